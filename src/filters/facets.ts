/**
 * Filtering and facet counts. Each item carries, per filter, the codes it has; an item passes a filter
 * when it has any selected code (OR within) and passes the state when it passes every filter (AND across).
 *
 * Built for national scale (thousands of items, thousands of municipality codes) on every keystroke:
 * the index keeps, per filter option, the positions of the items that have it; a selection and a
 * query become bit sets over positions; the result is their intersection, and a facet count is
 * computed only when asked for (the element shows a few dozen, not every municipality's).
 */
import { filterKeys, type FilterKey, type FilterState } from './state.js';

export type FilterValues = Readonly<Record<FilterKey, readonly string[]>>;

export interface Filterable {
  readonly key: string;
  readonly filterValues: FilterValues;
}

/** How many items one option of a filter would give (0 for a code no item has). */
export interface FacetCount {
  get(code: string): number;
}

/**
 * For each filter option, how many items it would give together with the other filters and the query:
 * the counts of a filter ignore that filter's own selection, so checking one more option of the same
 * filter (OR) adds exactly its count's new items.
 */
export type FacetCounts = Readonly<Record<FilterKey, FacetCount>>;

export interface ResultSet<T> {
  /** The query's matches best first (or, with no query, every item in its given order) that pass the filters. */
  readonly items: readonly T[];
  readonly facets: FacetCounts;
}

export interface FilterIndex<T> {
  /** The codes of a filter that at least one item has, in the order the items first have them. */
  codes(key: FilterKey): readonly string[];
  /**
   * The results for the keys a query matched, best first (unknown keys are ignored), or for no query
   * when `ranked` is undefined.
   */
  results(ranked: readonly string[] | undefined, state: FilterState): ResultSet<T>;
}

/** A set of item positions, one bit each; `undefined` stands for every item. */
type Bits = Uint32Array;

function setBit(bits: Bits, position: number): void {
  bits[position >>> 5] = (bits[position >>> 5] ?? 0) | (1 << (position & 31));
}

function hasBit(bits: Bits | undefined, position: number): boolean {
  return bits === undefined || ((bits[position >>> 5] ?? 0) & (1 << (position & 31))) !== 0;
}

/** The intersection of the given sets (undefined ones are every item); undefined when all are. */
function intersect(sets: ReadonlyArray<Bits | undefined>): Bits | undefined {
  const present = sets.filter((set): set is Bits => set !== undefined);
  const [first, ...rest] = present;
  if (!first) return undefined;
  const out = first.slice();
  for (const set of rest) for (let word = 0; word < out.length; word++) out[word] = (out[word] ?? 0) & (set[word] ?? 0);
  return out;
}

export function createFilterIndex<T extends Filterable>(items: readonly T[]): FilterIndex<T> {
  const words = (items.length + 31) >>> 5;
  // Built when first needed: a catalogue's first results (no query, no filter) are every item in order,
  // so at national scale the first paint does not wait for postings of thousands of codes.
  let built: ReturnType<typeof buildPostings> | undefined;
  const index = () => (built ??= buildPostings(items));

  // The last selection of each filter and its set: a keystroke changes the query, not the filters.
  const selections = new Map<FilterKey, { readonly signature: string; readonly bits: Bits | undefined }>();
  function selectionBits(key: FilterKey, selected: readonly string[]): Bits | undefined {
    const signature = selected.join('\n');
    const cached = selections.get(key);
    if (cached?.signature === signature) return cached.bits;
    let bits: Bits | undefined;
    if (selected.length > 0) {
      bits = new Uint32Array(words);
      if (built) {
        for (const code of selected) for (const position of built.postings[key].get(code) ?? []) setBit(bits, position);
      } else {
        // A first view with a selection (a preset municipality, a shared link) reads the items once
        // rather than wait for every option's postings, which only the facet counts need.
        const wanted = new Set(selected);
        items.forEach((item, position) => {
          if (item.filterValues[key].some((code) => wanted.has(code))) setBit(bits as Bits, position);
        });
      }
    }
    selections.set(key, { signature, bits });
    return bits;
  }

  return {
    codes: (key) => [...index().postings[key].keys()],
    results(ranked, state) {
      let order: number[] | undefined;
      let matched: Bits | undefined;
      if (ranked) {
        order = [];
        matched = new Uint32Array(words);
        const { positionOf } = index();
        for (const key of ranked) {
          const position = positionOf.get(key);
          if (position === undefined || hasBit(matched, position)) continue;
          setBit(matched, position);
          order.push(position);
        }
      }
      const selected = filterKeys.map((key) => selectionBits(key, state[key]));
      const passing = intersect([matched, ...selected]);

      let shown: readonly T[];
      if (order) shown = order.filter((position) => hasBit(passing, position)).map((position) => items[position] as T);
      else if (!passing) shown = items;
      else shown = items.filter((_, position) => hasBit(passing, position));

      const facets = Object.fromEntries(
        filterKeys.map((key, keyIndex) => {
          let others: { bits: Bits | undefined } | undefined;
          const known = new Map<string, number>();
          const count: FacetCount = {
            get(code) {
              let value = known.get(code);
              if (value === undefined) {
                others ??= { bits: intersect([matched, ...selected.filter((_, i) => i !== keyIndex)]) };
                value = 0;
                for (const position of index().postings[key].get(code) ?? []) if (hasBit(others.bits, position)) value++;
                known.set(code, value);
              }
              return value;
            },
          };
          return [key, count];
        }),
      ) as Record<FilterKey, FacetCount>;
      return { items: shown, facets };
    },
  };
}

/** Per filter option, the positions of the items that have it; and each item key's first position. */
function buildPostings(items: readonly Filterable[]) {
  const positionOf = new Map<string, number>();
  const collected = Object.fromEntries(filterKeys.map((key) => [key, new Map<string, number[]>()])) as Record<FilterKey, Map<string, number[]>>;
  items.forEach((item, position) => {
    if (!positionOf.has(item.key)) positionOf.set(item.key, position);
    for (const key of filterKeys) {
      const byCode = collected[key];
      for (const code of item.filterValues[key]) {
        const list = byCode.get(code);
        // A code an item lists twice still counts it once.
        if (!list) byCode.set(code, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
      }
    }
  });
  const postings = Object.fromEntries(
    filterKeys.map((key) => [key, new Map(Array.from(collected[key], ([code, list]) => [code, Int32Array.from(list)]))]),
  ) as Record<FilterKey, Map<string, Int32Array>>;
  return { positionOf, postings };
}

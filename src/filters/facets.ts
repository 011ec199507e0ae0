/**
 * Filtering and facet counts. Each item carries, per filter, the codes it has; an item passes a filter
 * when it has any selected code (OR within) and passes the state when it passes every filter (AND across).
 */
import { filterKeys, type FilterKey, type FilterState } from './state.js';

export type FilterValues = Readonly<Record<FilterKey, readonly string[]>>;

export interface Filterable {
  readonly key: string;
  readonly filterValues: FilterValues;
}

export type FacetCounts = Readonly<Record<FilterKey, ReadonlyMap<string, number>>>;

function passes(values: readonly string[], selected: readonly string[]): boolean {
  return selected.length === 0 || selected.some((value) => values.includes(value));
}

/** Whether the item passes every filter except `ignored` (used for the counts of that filter's own options). */
export function matchesFilters(values: FilterValues, state: FilterState, ignored?: FilterKey): boolean {
  return filterKeys.every((key) => key === ignored || passes(values[key], state[key]));
}

export function applyFilters<T extends Filterable>(items: readonly T[], state: FilterState): T[] {
  return items.filter((item) => matchesFilters(item.filterValues, state));
}

/**
 * For each filter option, how many items it would give together with the other filters and the query:
 * the counts of a filter ignore that filter's own selection, so checking one more option of the same
 * filter (OR) adds exactly its count's new items. `candidates` are the keys the query matched (all when undefined).
 */
export function facetCounts(
  items: readonly Filterable[],
  state: FilterState,
  candidates?: ReadonlySet<string>,
): FacetCounts {
  const counts = Object.fromEntries(filterKeys.map((key) => [key, new Map<string, number>()])) as Record<
    FilterKey,
    Map<string, number>
  >;
  for (const item of items) {
    if (candidates && !candidates.has(item.key)) continue;
    let failing: FilterKey | undefined;
    let failures = 0;
    for (const key of filterKeys) {
      if (!passes(item.filterValues[key], state[key])) {
        failing = key;
        failures++;
      }
    }
    // An item failing two filters cannot be brought in by changing one of them.
    if (failures > 1) continue;
    for (const key of filterKeys) {
      if (failing !== undefined && failing !== key) continue;
      const map = counts[key];
      // Codes are unique within an item (the schema says so), so each counts once.
      for (const value of item.filterValues[key]) map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  return counts;
}

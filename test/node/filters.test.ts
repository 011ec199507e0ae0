import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createFilterIndex, type FacetCount, type Filterable } from '../../src/filters/facets.js';
import { groupKinds } from '../../src/filters/kind-groups.js';
import { createMunicipalityIndex } from '../../src/filters/municipality-lookup.js';
import {
  activeFilterValues,
  emptyFilters,
  hasActiveFilters,
  sameFilters,
  setFilterValue,
  withFilter,
  type FilterState,
} from '../../src/filters/state.js';
import { fixtureCatalogue } from '../fixtures/catalogue/catalogue.js';

function item(key: string, values: Partial<Filterable['filterValues']>): Filterable {
  return { key, filterValues: { ...emptyFilters, ...values } };
}

const items: Filterable[] = [
  item('a', { municipality: ['1', '2'], kind: ['4'], form: ['ter'] }),
  item('b', { municipality: ['1'], kind: ['13'], form: ['pob'] }),
  item('c', { municipality: ['2'], kind: ['4'], form: ['amb', 'ter'] }),
  item('d', { municipality: ['3'], kind: ['1'], form: ['amb'] }),
];

const filterCases: Array<[string, FilterState, string[]]> = [
  ['no filter', emptyFilters, ['a', 'b', 'c', 'd']],
  ['one value', withFilter(emptyFilters, 'municipality', ['1']), ['a', 'b']],
  ['OR within a filter', withFilter(emptyFilters, 'municipality', ['1', '3']), ['a', 'b', 'd']],
  ['AND across filters', withFilter(withFilter(emptyFilters, 'municipality', ['1', '2']), 'kind', ['4']), ['a', 'c']],
  ['multi-valued item', withFilter(emptyFilters, 'form', ['amb']), ['c', 'd']],
  ['nothing matches', withFilter(withFilter(emptyFilters, 'municipality', ['3']), 'kind', ['4']), []],
];
const index = createFilterIndex(items);
const filtered = (state: FilterState) => index.results(undefined, state).items.map((i) => i.key);

test('the codes of a filter: each once, in the order the items first have them', () => {
  assert.deepEqual(index.codes('municipality'), ['1', '2', '3']);
  assert.deepEqual(index.codes('form'), ['ter', 'pob', 'amb']);
  assert.deepEqual(index.codes('ageGroup'), []);
});

/** The counts of these codes, for comparing with an object literal. */
function countsOf(count: FacetCount, codes: readonly string[]): Record<string, number> {
  return Object.fromEntries(codes.map((code) => [code, count.get(code)]));
}

for (const [name, state, expected] of filterCases) {
  test(`filters: ${name}`, () => {
    assert.deepEqual(filtered(state), expected);
  });
}

test('facet counts ignore their own filter and respect the others', () => {
  const state = withFilter(withFilter(emptyFilters, 'municipality', ['1']), 'kind', ['4']);
  const counts = index.results(undefined, state).facets;
  // Municipality options given kind 4: a (1, 2) and c (2).
  assert.deepEqual(countsOf(counts.municipality, ['1', '2', '3']), { '1': 1, '2': 2, '3': 0 });
  // Kind options given municipality 1: a (4), b (13).
  assert.deepEqual(countsOf(counts.kind, ['1', '4', '13']), { '1': 0, '4': 1, '13': 1 });
  // Form options given both: only a.
  assert.deepEqual(countsOf(counts.form, ['amb', 'pob', 'ter']), { amb: 0, pob: 0, ter: 1 });
  assert.equal(counts.form.get('unknown'), 0);
});

test('facet counts only count the query matches', () => {
  const counts = index.results(['c', 'd'], emptyFilters).facets;
  assert.deepEqual(countsOf(counts.form, ['amb', 'pob', 'ter']), { amb: 2, pob: 0, ter: 1 });
  assert.deepEqual(countsOf(counts.municipality, ['1', '2', '3']), { '1': 0, '2': 1, '3': 1 });
});

test('checking one more option of a filter adds exactly its count', () => {
  const state = withFilter(emptyFilters, 'kind', ['13']);
  const before = filtered(state).length;
  const count = index.results(undefined, state).facets.kind.get('1');
  assert.equal(filtered(setFilterValue(state, 'kind', '1', true)).length, before + count);
});

test('facet counts agree with filtering, for every option of every filter, on a larger catalogue', () => {
  // 100 items with codes spread so that the bit sets span several words.
  const many = Array.from({ length: 100 }, (_, i) =>
    item(`s${i}`, { municipality: [String(i % 7), String(i % 11)], kind: [String(i % 5)], form: i % 3 === 0 ? [] : ['amb'] }),
  );
  const large = createFilterIndex(many);
  const states: FilterState[] = [
    emptyFilters,
    withFilter(emptyFilters, 'kind', ['1', '3']),
    withFilter(withFilter(emptyFilters, 'municipality', ['2']), 'form', ['amb']),
  ];
  const ranked = many.filter((_, i) => i % 4 !== 1).map((i) => i.key).reverse();
  for (const state of states) {
    for (const query of [undefined, ranked]) {
      const { facets } = large.results(query, state);
      for (const key of ['municipality', 'kind', 'form'] as const) {
        for (const code of new Set(many.flatMap((i) => i.filterValues[key]))) {
          const others = { ...state, [key]: [] };
          const withOnlyThis = { ...state, [key]: [code] };
          const base = large.results(query, others).items.length;
          assert.ok(base >= facets[key].get(code));
          assert.equal(facets[key].get(code), large.results(query, withOnlyThis).items.length, `${key} ${code}`);
        }
      }
    }
  }
});

test('a selection made before any count or code is read filters the same as one made after', () => {
  // Until then the index has no postings and reads the selected codes from the items themselves.
  const many = Array.from({ length: 100 }, (_, i) =>
    item(`s${i}`, { municipality: [String(i % 7), String(i % 11), String(i % 7)], kind: [String(i % 5)], form: i % 3 === 0 ? [] : ['amb'] }),
  );
  const states: FilterState[] = [
    withFilter(emptyFilters, 'municipality', ['3']),
    withFilter(emptyFilters, 'municipality', ['2', '9', 'unknown']),
    withFilter(withFilter(emptyFilters, 'municipality', ['2']), 'form', ['amb']),
    withFilter(emptyFilters, 'kind', ['1', '3']),
  ];
  const ranked = many.filter((_, i) => i % 4 !== 1).map((i) => i.key).reverse();
  for (const state of states) {
    for (const query of [undefined, ranked]) {
      const primed = createFilterIndex(many);
      primed.codes('kind');
      const fresh = createFilterIndex(many);
      const keys = (index: typeof fresh) => index.results(query, state).items.map((i) => i.key);
      const expected = keys(primed);
      assert.ok(expected.length > 0 && expected.length < many.length, JSON.stringify(state));
      assert.deepEqual(keys(fresh), expected, JSON.stringify(state));
    }
  }
  for (const [name, state, expected] of filterCases) assert.deepEqual(createFilterIndex(items).results(undefined, state).items.map((i) => i.key), expected, name);
});

test('filter state helpers', () => {
  const one = setFilterValue(emptyFilters, 'kind', '4', true);
  assert.equal(setFilterValue(one, 'kind', '4', true), one, 'adding twice changes nothing');
  assert.ok(hasActiveFilters(one));
  assert.ok(!hasActiveFilters(setFilterValue(one, 'kind', '4', false)));
  const two = setFilterValue(one, 'municipality', '1', true);
  assert.deepEqual(activeFilterValues(two), [
    { key: 'municipality', value: '1' },
    { key: 'kind', value: '4' },
  ]);
  assert.ok(sameFilters(withFilter(emptyFilters, 'form', ['a', 'b']), withFilter(emptyFilters, 'form', ['b', 'a'])));
  assert.deepEqual(withFilter(emptyFilters, 'form', ['a', 'a']).form, ['a']);
});

test('kinds are grouped in the order of the law', () => {
  const grouped = groupKinds([
    { code: 30, group: 'prevention' as const },
    { code: 1, group: 'counselling' as const },
    { code: 4, group: 'care' as const },
    { code: 17, group: 'prevention' as const },
  ]);
  assert.deepEqual(
    grouped.map((g) => [g.group, g.kinds.map((k) => k.code)]),
    [
      ['counselling', [1]],
      ['care', [4]],
      ['prevention', [30, 17]],
    ],
  );
  assert.deepEqual(groupKinds([{ group: 'care' as const }]).map((g) => g.group), ['care'], 'empty groups left out');
});

const municipalities = createMunicipalityIndex(fixtureCatalogue(new Date(2026, 0, 1)).municipalities);

const resolveCases: Array<[string, string[]]> = [
  ['545058', ['545058']],
  [' 542989 ', ['542989']],
  ['Kelč', ['542989']],
  ['kelc', ['542989']],
  ['VALAŠSKÉ MEZIŘÍČÍ', ['545058']],
  ['Krásno nad Bečvou', ['545058']],
  ['krasno nad becvou', ['545058']],
  ['Lázy', ['544418']],
  ['Malá Lhota', ['545147']],
  ['Lhota', ['542989', '545058']],
  ['999999', []],
  ['Praha', []],
  ['', []],
];
for (const [input, expected] of resolveCases) {
  test(`municipality resolve(${JSON.stringify(input)})`, () => {
    assert.deepEqual(municipalities.resolve(input), expected);
  });
}

const suggestCases: Array<[string, Array<[string, string | undefined]>]> = [
  ['kel', [['Kelč', undefined]]],
  ['krasno', [['Valašské Meziříčí', 'Krásno nad Bečvou']]],
  // Municipalities before parts, then alphabetically by the name that matched.
  ['nad becvou', [['Střítež nad Bečvou', undefined], ['Valašské Meziříčí', 'Krásno nad Bečvou'], ['Lešná', 'Lhotka nad Bečvou']]],
  // Names starting with the input before names with a later word starting with it.
  ['lhot', [['Kelč', 'Lhota'], ['Valašské Meziříčí', 'Lhota'], ['Lešná', 'Lhotka nad Bečvou'], ['Velká Lhota', undefined], ['Velká Lhota', 'Malá Lhota']]],
  ['xyz', []],
];
for (const [input, expected] of suggestCases) {
  test(`municipality suggest(${JSON.stringify(input)})`, () => {
    assert.deepEqual(
      municipalities.suggest(input, 10).map((s) => [s.name, s.part]),
      expected,
    );
  });
}

test('suggestions stop at the limit', () => {
  assert.equal(municipalities.suggest('l', 3).length, 3);
});

test('results: no query keeps the given order, a query its ranking', () => {
  assert.deepEqual(index.results(undefined, emptyFilters).items, items, 'no query, no filter: every item');
  const ranked = index.results(['c', 'a', 'unknown', 'c'], emptyFilters);
  assert.deepEqual(ranked.items.map((i) => i.key), ['c', 'a']);
  const narrowed = index.results(['c', 'a'], withFilter(emptyFilters, 'form', ['amb']));
  assert.deepEqual(narrowed.items.map((i) => i.key), ['c']);
  assert.deepEqual(countsOf(narrowed.facets.form, ['amb', 'ter']), { amb: 1, ter: 2 });
  assert.deepEqual(index.results([], emptyFilters).items, []);
});

test('results: a filter changed back gives the same items again', () => {
  const state = withFilter(emptyFilters, 'kind', ['4']);
  const first = index.results(undefined, state).items.map((i) => i.key);
  index.results(undefined, withFilter(emptyFilters, 'kind', ['13']));
  assert.deepEqual(index.results(undefined, state).items.map((i) => i.key), first);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFilters, facetCounts, type Filterable } from '../../src/filters/facets.js';
import { groupKinds } from '../../src/filters/kind-groups.js';
import { deriveResults } from '../../src/filters/results.js';
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
for (const [name, state, expected] of filterCases) {
  test(`applyFilters: ${name}`, () => {
    assert.deepEqual(applyFilters(items, state).map((i) => i.key), expected);
  });
}

test('facet counts ignore their own filter and respect the others', () => {
  const state = withFilter(withFilter(emptyFilters, 'municipality', ['1']), 'kind', ['4']);
  const counts = facetCounts(items, state);
  // Municipality options given kind 4: a (1, 2) and c (2).
  assert.deepEqual(Object.fromEntries(counts.municipality), { '1': 1, '2': 2 });
  // Kind options given municipality 1: a (4), b (13).
  assert.deepEqual(Object.fromEntries(counts.kind), { '4': 1, '13': 1 });
  // Form options given both: only a.
  assert.deepEqual(Object.fromEntries(counts.form), { ter: 1 });
});

test('facet counts only count the query matches', () => {
  const counts = facetCounts(items, emptyFilters, new Set(['c', 'd']));
  assert.deepEqual(Object.fromEntries(counts.form), { amb: 2, ter: 1 });
  assert.deepEqual(Object.fromEntries(counts.municipality), { '2': 1, '3': 1 });
});

test('checking one more option of a filter adds exactly its count', () => {
  const state = withFilter(emptyFilters, 'kind', ['13']);
  const before = applyFilters(items, state).length;
  const count = facetCounts(items, state).kind.get('1') ?? 0;
  assert.equal(applyFilters(items, setFilterValue(state, 'kind', '1', true)).length, before + count);
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

test('deriveResults: no query keeps the given order, a query its ranking', () => {
  const search = (query: string) => (query === 'x' ? ['c', 'a', 'unknown'] : []);
  const all = deriveResults(items, '  ', emptyFilters, search);
  assert.deepEqual(all.items.map((i) => i.key), ['a', 'b', 'c', 'd']);
  const ranked = deriveResults(items, 'x', emptyFilters, search);
  assert.deepEqual(ranked.items.map((i) => i.key), ['c', 'a']);
  const filtered = deriveResults(items, 'x', withFilter(emptyFilters, 'form', ['amb']), search);
  assert.deepEqual(filtered.items.map((i) => i.key), ['c']);
  assert.deepEqual(Object.fromEntries(filtered.facets.form), { amb: 1, ter: 2 });
  assert.deepEqual(deriveResults(items, 'nothing', emptyFilters, search).items, []);
});

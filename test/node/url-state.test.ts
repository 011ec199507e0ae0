import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { emptyFilters, filterKeys, withFilter, type FilterState } from '../../src/filters/state.js';
import { emptyView, hasViewParams, readViewState, writeViewState, type ViewState } from '../../src/url-state/url-state.js';

const prefix = 'ssc-';

const writeCases: Array<[string, string, ViewState, string]> = [
  ['empty view, empty URL', '', emptyView, ''],
  ['query', '', { query: 'pečovatelská', filters: emptyFilters }, '?ssc-q=pe%C4%8Dovatelsk%C3%A1'],
  ['filters repeat the name', '', { query: '', filters: withFilter(emptyFilters, 'municipality', ['542989', '545058']) }, '?ssc-obec=542989&ssc-obec=545058'],
  ['host parameters are kept', '?page=2&lang=cs', { query: 'a', filters: withFilter(emptyFilters, 'kind', ['4']) }, '?page=2&lang=cs&ssc-q=a&ssc-druh=4'],
  ['own old parameters are replaced', '?ssc-q=old&x=1&ssc-forma=ter', { query: '', filters: withFilter(emptyFilters, 'form', ['amb']) }, '?x=1&ssc-forma=amb'],
  ['other instances are kept', '?b-q=x', { query: 'y', filters: emptyFilters }, '?b-q=x&ssc-q=y'],
];
for (const [name, search, view, expected] of writeCases) {
  test(`writeViewState: ${name}`, () => {
    assert.equal(writeViewState(search, prefix, view), expected);
  });
}

const readCases: Array<[string, string, ViewState]> = [
  ['nothing', '?page=2', emptyView],
  ['query and filters', '?ssc-q=kelc&ssc-obec=542989&ssc-skupina=24&ssc-vek=7', {
    query: 'kelc',
    filters: { ...emptyFilters, municipality: ['542989'], targetGroup: ['24'], ageGroup: ['7'] },
  }],
  ['commas written by hand', '?ssc-druh=4,13&ssc-druh=4', { query: '', filters: withFilter(emptyFilters, 'kind', ['4', '13']) }],
  ['other prefix ignored', '?other-q=x', emptyView],
];
for (const [name, search, expected] of readCases) {
  test(`readViewState: ${name}`, () => {
    assert.deepEqual(readViewState(search, prefix), expected);
  });
}

test('defaults: absent means default, empty means cleared', () => {
  const defaults: ViewState = { query: '', filters: withFilter(emptyFilters, 'municipality', ['542989']) };
  assert.deepEqual(readViewState('', prefix, defaults), defaults);
  assert.deepEqual(readViewState('?ssc-obec=', prefix, defaults), emptyView);
  assert.equal(writeViewState('', prefix, defaults, defaults), '', 'the default view needs no parameters');
  assert.equal(writeViewState('', prefix, emptyView, defaults), '?ssc-obec=');
});

test('hasViewParams sees only this prefix', () => {
  assert.ok(hasViewParams('?ssc-q=', prefix));
  assert.ok(!hasViewParams('?q=x&other-obec=1', prefix));
});

const code = fc.stringMatching(/^[a-z0-9]{1,6}$/);
const filtersArbitrary: fc.Arbitrary<FilterState> = fc
  .record(Object.fromEntries(filterKeys.map((key) => [key, fc.uniqueArray(code, { maxLength: 4 })])) as Record<
    keyof FilterState,
    fc.Arbitrary<string[]>
  >)
  .map((record) => ({ ...emptyFilters, ...record }));
const viewArbitrary: fc.Arbitrary<ViewState> = fc
  .record({ query: fc.string(), filters: filtersArbitrary })
  .map(({ query, filters }) => ({ query, filters }));

test('round trip: read(write(view)) = view, with and without defaults, host parameters untouched', () => {
  fc.assert(
    fc.property(viewArbitrary, viewArbitrary, fc.constantFrom('', '?page=2', '?ssc-q=old&x=%C5%BE'), (view, defaults, host) => {
      for (const d of [emptyView, defaults]) {
        const search = writeViewState(host, prefix, view, d);
        assert.deepEqual(readViewState(search, prefix, d), view);
        const others = new URLSearchParams(search);
        const hostParams = new URLSearchParams(host);
        for (const [name, value] of hostParams) if (!name.startsWith(prefix)) assert.equal(others.get(name), value);
      }
    }),
  );
});

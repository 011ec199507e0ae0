import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCatalogueModel } from '../../src/catalogue/model.js';
import { emptyFilters, withFilter, type FilterKey, type FilterState } from '../../src/filters/state.js';
import { localIsoDate } from '../../src/format/date.js';
import type { Lang } from '../../src/i18n/lang.js';
import { printSummary } from '../../src/print/print-summary.js';
import { codes, fixtureCatalogue } from '../fixtures/catalogue/catalogue.js';

const today = new Date(2026, 10, 22, 9, 30);

/** Labels as the element's chips show them: from the model's filter options, the code when unknown. */
function labelsFor(lang: Lang): (key: FilterKey, code: string) => string {
  const model = buildCatalogueModel(fixtureCatalogue(today), lang, today);
  return (key, code) => model.filterOptions[key].find((option) => option.code === code)?.label ?? code;
}

function filters(entries: Partial<Record<FilterKey, string[]>>): FilterState {
  return Object.entries(entries).reduce<FilterState>(
    (state, [key, values]) => withFilter(state, key as FilterKey, values),
    emptyFilters,
  );
}

const criteriaCases: Array<{ name: string; lang: Lang; query: string; filters: FilterState; expected: string }> = [
  {
    name: 'search, municipality and two kinds, in filter order',
    lang: 'cs',
    query: 'pečovatelská',
    filters: filters({ kind: ['4', '3'], municipality: [codes.kelc] }),
    expected: 'Hledání: „pečovatelská“ · Obec: Kelč · Druh služby: pečovatelská služba, osobní asistence',
  },
  {
    name: 'the query is trimmed and its inner spaces collapsed',
    lang: 'cs',
    query: '  domov   pro seniory ',
    filters: emptyFilters,
    expected: 'Hledání: „domov pro seniory“',
  },
  {
    name: 'several municipalities and a form',
    lang: 'cs',
    query: '',
    filters: filters({ municipality: [codes.kelc, codes.zasova], form: ['ter'] }),
    expected: 'Obec: Kelč, Zašová · Forma: terénní',
  },
  {
    name: 'nothing chosen says it is the whole catalogue',
    lang: 'cs',
    query: '   ',
    filters: emptyFilters,
    expected: 'Všechny služby katalogu (bez hledání a filtrů)',
  },
  {
    name: 'English labels and quotes',
    lang: 'en',
    query: 'home care',
    filters: filters({ kind: ['4'], targetGroup: ['24'] }),
    expected: 'Search: “home care” · Kind of service: home care service · For whom: seniors',
  },
  {
    name: 'a code the labels do not know is shown as the code',
    lang: 'cs',
    query: '',
    filters: filters({ municipality: ['999999'] }),
    expected: 'Obec: 999999',
  },
];

for (const c of criteriaCases) {
  test(`printSummary criteria: ${c.name}`, () => {
    const summary = printSummary({
      lang: c.lang,
      query: c.query,
      filters: c.filters,
      labelOf: labelsFor(c.lang),
      printedAt: today,
      catalogueDate: '2026-11-20',
    });
    assert.equal(summary.criteriaText, c.expected);
  });
}

test('criteria are listed one by one for a list layout', () => {
  const summary = printSummary({
    lang: 'cs',
    query: 'senioři',
    filters: filters({ ageGroup: ['7'] }),
    labelOf: labelsFor('cs'),
    printedAt: today,
    catalogueDate: '2026-11-20',
  });
  assert.deepEqual(summary.criteria, ['Hledání: „senioři“', 'Věk klientů: mladší senioři (65 – 80 let)']);
});

const dateCases: Array<{ lang: Lang; printedAt: Date; catalogueDate: string; printedOn: string; dataOf: string }> = [
  { lang: 'cs', printedAt: today, catalogueDate: '2026-11-20', printedOn: 'Vytištěno 22. listopadu 2026', dataOf: 'Údaje katalogu ke dni 20. listopadu 2026' },
  { lang: 'en', printedAt: today, catalogueDate: '2026-09-04', printedOn: 'Printed on 22 November 2026', dataOf: 'Catalogue data as of 4 September 2026' },
  // Just before local midnight the printout still carries that day, whatever UTC says.
  { lang: 'cs', printedAt: new Date(2027, 0, 1, 23, 59), catalogueDate: '2026-12-31', printedOn: 'Vytištěno 1. ledna 2027', dataOf: 'Údaje katalogu ke dni 31. prosince 2026' },
  // A catalogue date that is not a date is shown as it is rather than hidden.
  { lang: 'cs', printedAt: today, catalogueDate: 'neznámé', printedOn: 'Vytištěno 22. listopadu 2026', dataOf: 'Údaje katalogu ke dni neznámé' },
];

for (const c of dateCases) {
  test(`printSummary dates (${c.lang}, ${c.catalogueDate})`, () => {
    const summary = printSummary({
      lang: c.lang,
      query: '',
      filters: emptyFilters,
      labelOf: labelsFor(c.lang),
      printedAt: c.printedAt,
      catalogueDate: c.catalogueDate,
    });
    assert.equal(summary.printedOn, c.printedOn);
    assert.equal(summary.dataOf, c.dataOf);
  });
}

test('heading and QR captions follow the language', () => {
  const base = { query: '', filters: emptyFilters, labelOf: () => '', printedAt: today, catalogueDate: '2026-11-20' };
  const cs = printSummary({ ...base, lang: 'cs' });
  const en = printSummary({ ...base, lang: 'en' });
  assert.equal(cs.heading, 'Sociální služby');
  assert.equal(en.heading, 'Social services');
  assert.notEqual(cs.qrLabel, en.qrLabel);
  assert.notEqual(cs.qrCaption, en.qrCaption);
});

const isoDays: Array<[Date, string]> = [
  [new Date(2026, 10, 22, 0, 0), '2026-11-22'],
  [new Date(2026, 10, 22, 23, 59), '2026-11-22'],
  [new Date(2026, 0, 5), '2026-01-05'],
  [new Date(987, 2, 9), '0987-03-09'],
];
for (const [instant, expected] of isoDays) {
  test(`localIsoDate(${expected})`, () => {
    assert.equal(localIsoDate(instant), expected);
  });
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createSearchIndex,
  createSearchIndexInSlices,
  type SearchDocument,
  type SearchField,
} from '../../src/search/engine.js';

const emptyFields: Record<SearchField, string> = {
  name: '',
  provider: '',
  kind: '',
  targetGroups: '',
  municipalities: '',
  description: '',
};

function doc(id: string, fields: Partial<Record<SearchField, string>>): SearchDocument {
  return { id, fields: { ...emptyFields, ...fields } };
}

const documents: SearchDocument[] = [
  doc('care-kelc', { name: 'Pečovatelská služba Kelč', kind: 'pečovatelská služba', municipalities: 'Kelč, Babice' }),
  doc('care-town', { name: 'Pečovatelská služba', kind: 'pečovatelská služba', municipalities: 'Valašské Meziříčí' }),
  doc('assistance', {
    name: 'Osobní asistence',
    kind: 'osobní asistence',
    description: 'Navazuje na pečovatelskou službu, když je potřeba pomoc i večer.',
    municipalities: 'Kelč',
  }),
  doc('home', { name: 'Domov Testov', kind: 'domovy pro seniory', targetGroups: 'senioři' }),
  doc('respite-plural', { name: 'Odlehčovací služby', kind: 'odlehčovací služby' }),
  doc('respite-singular', { name: 'Odlehčovací služba', kind: 'odlehčovací služby' }),
  doc('shelter', { name: 'Noclehárna', kind: 'noclehárny', targetGroups: 'osoby bez přístřeší' }),
  doc('shelter-en', { name: 'Night shelter', kind: 'Night shelters', targetGroups: 'Homeless people' }),
];
const index = createSearchIndex(documents);
const ids = (query: string, within?: ReadonlySet<string>) => index.search(query, within).map((hit) => hit.id);

const cases: Array<{ name: string; query: string; expected: string[]; within?: string[] }> = [
  { name: 'an empty query finds nothing', query: '  ', expected: [] },
  { name: 'punctuation alone finds nothing', query: ' ,.- ', expected: [] },
  { name: 'a word found nowhere finds nothing', query: 'xylofon', expected: [] },
  { name: 'every word must match (AND), in any field', query: 'pečovatelská kelč', expected: ['care-kelc', 'assistance'] },
  { name: 'case and diacritics do not matter', query: 'NOCLEHARNA', expected: ['shelter'] },
  { name: 'an inflected form finds the others', query: 'noclehárny', expected: ['shelter'] },
  { name: 'a word being typed finds its completions', query: 'nocleh', expected: ['shelter'] },
  { name: 'a typo is corrected', query: 'nocleharan', expected: ['shelter'] },
  { name: 'a function word does not narrow', query: 'domov pro seniory', expected: ['home'] },
  { name: 'a query of function words only still searches', query: 'pro', expected: ['home'] },
  { name: 'English function words do not narrow either', query: 'shelter for the homeless', expected: ['shelter-en'] },
  { name: 'within limits the hits', query: 'pečovatelská', within: ['care-town', 'home'], expected: ['care-town'] },
  { name: 'an empty within finds nothing', query: 'pečovatelská', within: [], expected: [] },
  { name: 'unknown ids in within are ignored', query: 'noclehárna', within: ['shelter', 'gone'], expected: ['shelter'] },
];

for (const { name, query, expected, within } of cases) {
  test(name, () => {
    assert.deepEqual(ids(query, within && new Set(within)), expected);
  });
}

test('a within set changed in place between searches is read afresh', () => {
  const within = new Set(['care-town']);
  assert.deepEqual(ids('pečovatelská', within), ['care-town']);
  within.delete('care-town');
  within.add('care-kelc');
  assert.deepEqual(ids('pečovatelská', within), ['care-kelc']);
});

test('a name or kind match ranks above a description match', () => {
  assert.deepEqual(ids('pečovatelskou'), ['care-town', 'care-kelc', 'assistance']);
});

test('words in a row, as typed, rank above the same words apart', () => {
  const places = createSearchIndex([
    doc('apart', { name: 'Terénní program', municipalities: 'Horní Moštěnice, Dolní Bečva' }),
    doc('in-a-row', { name: 'Terénní program', municipalities: 'Dolní Moštěnice, Horní Bečva' }),
    doc('one-between', { name: 'Terénní program', municipalities: 'Krásno nad Bečvou' }),
  ]);
  assert.deepEqual(places.search('horni becva').map((hit) => hit.id), ['in-a-row', 'apart']);
  assert.deepEqual(places.search('krasno becvou').map((hit) => hit.id), ['one-between']);
  const [inARow, apart] = places.search('horni becva');
  assert.ok((inARow?.score ?? 1) < (apart?.score ?? 0));
});

test('an exact word ranks above another form of it', () => {
  assert.deepEqual(ids('služby').slice(0, 2), ['respite-plural', 'care-town']);
  assert.deepEqual(ids('odlehčovací služba'), ['respite-singular', 'respite-plural']);
});

test('an exact match ranks above a corrected typo', () => {
  const typo = index.search('pecovatelksa');
  const exact = index.search('pecovatelska');
  assert.deepEqual(typo.map((hit) => hit.id), exact.map((hit) => hit.id));
  typo.forEach((hit, i) => assert.ok(hit.score > (exact[i]?.score ?? 1), hit.id));
});

test('scores run from 0 (best) to 1, best first, ties in document order', () => {
  for (const query of ['p', 'pečovatelská', 'služby', 'kelč', 'o']) {
    const hits = index.search(query);
    assert.ok(hits.length > 0, query);
    hits.forEach((hit, i) => {
      assert.ok(hit.score >= 0 && hit.score <= 1, `${query}: ${hit.score}`);
      const previous = hits[i - 1];
      if (!previous) return;
      assert.ok(previous.score <= hit.score, `${query}: sorted`);
      if (previous.score === hit.score) {
        assert.ok(documents.findIndex((d) => d.id === previous.id) < documents.findIndex((d) => d.id === hit.id));
      }
    });
  }
});

test('matchedTerms lists the catalogue words the query stands for', () => {
  assert.deepEqual([...index.matchedTerms('Nocleharny pro')].sort(), ['nocleharna', 'nocleharny', 'pro']);
  assert.deepEqual([...index.matchedTerms('asistnce')], ['asistence']);
  assert.equal(index.matchedTerms('').size, 0);
});

test('long and odd queries do not throw', () => {
  assert.deepEqual(ids('x'.repeat(80)), []);
  assert.deepEqual(ids('pečovatelská '.repeat(40)), ids('pečovatelská'));
  assert.doesNotThrow(() => index.search('\u0301\ud83d\ude00 \u0000'));
});

test('building in slices gives the same index as building at once', async () => {
  const pauses: number[] = [];
  const sliced = await createSearchIndexInSlices(documents, async () => {
    pauses.push(pauses.length);
  }, 2);
  assert.equal(pauses.length, Math.ceil(documents.length / 2) + 1);
  for (const query of ['pečovatelská', 'služby', 'nocleharan', 'domov pro seniory', 'k']) {
    assert.deepEqual(sliced.search(query), index.search(query), query);
  }
});

test('prepared one-letter words give the same hits, and each first letter of the terms is prepared once', async () => {
  const prepared = createSearchIndex(documents);
  const queries = ['p', 'o', 'k', 'n', 'x', 'p', 'pe', 'o s', 'noclehárna k'];
  const before = queries.map((query) => prepared.search(query));
  let pauses = 0;
  await prepared.prepareLetters(async () => {
    pauses++;
  });
  // d, h, k, n, o, p, s, b, v, a, … : the distinct first letters of the folded terms.
  const firstLetters = new Set(documents.flatMap((d) => Object.values(d.fields).join(' ').toLowerCase().normalize('NFD').replace(/[^a-z0-9 ]/g, '').split(/\s+/).filter(Boolean).map((word) => word.charAt(0))));
  assert.equal(pauses, firstLetters.size);
  assert.deepEqual(queries.map((query) => prepared.search(query)), before);
  assert.deepEqual(queries.map((query) => prepared.search(query, new Set(['shelter', 'home']))), queries.map((query) => index.search(query, new Set(['shelter', 'home']))));
});

test('an index over no documents finds nothing', () => {
  assert.deepEqual(createSearchIndex([]).search('cokoli'), []);
});

test('more documents and distinct words than 16-bit ids can count still work', () => {
  const many = Array.from({ length: 70_000 }, (_, i) => doc(`d${i}`, { name: `slovo${i}` }));
  const large = createSearchIndex(many);
  assert.deepEqual(large.search('slovo69999').map((hit) => hit.id), ['d69999']);
  assert.deepEqual(large.search('slovo69999 slovo1').map((hit) => hit.id), []);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CatalogueLifeSituation } from '../../src/generated/catalogue-types.js';
import { createSearchIndex, type SearchDocument, type SearchField } from '../../src/search/engine.js';
import { createSituationSearch, type SituationService } from '../../src/search/situation-search.js';
import { createSituationIndex } from '../../src/search/situations.js';

const CARE = 4;
const ASSISTANCE = 3;
const COUNSELLING = 1;
const ACTIVATION = 29;
const SENIORS = 24;
const DISABLED = 14;

const emptyFields: Record<SearchField, string> = { name: '', provider: '', kind: '', targetGroups: '', municipalities: '', description: '' };

interface TestService extends SituationService {
  readonly fields: Partial<Record<SearchField, string>>;
}

/** Synthetic services: names say what the test needs, nothing here is a real provider. */
const services: TestService[] = [
  { id: 'klub', kind: ACTIVATION, targetGroups: [SENIORS], fields: { name: 'Testovací klub Dovoz obědů', description: 'Klub seniorů.' } },
  { id: 'pece-a', kind: CARE, targetGroups: [DISABLED], fields: { name: 'Testovací terénní služba A', kind: 'pečovatelská služba' } },
  { id: 'pece-b', kind: CARE, targetGroups: [SENIORS], fields: { name: 'Testovací terénní služba B', kind: 'pečovatelská služba' } },
  { id: 'pece-c', kind: CARE, targetGroups: [SENIORS, DISABLED], fields: { name: 'Testovací terénní služba C', kind: 'pečovatelská služba', description: 'Dovoz obědů a nákupy.' } },
  { id: 'asistence-a', kind: ASSISTANCE, targetGroups: [DISABLED], fields: { name: 'Testovací asistence A', kind: 'osobní asistence' } },
  { id: 'asistence-b', kind: ASSISTANCE, targetGroups: [DISABLED], fields: { name: 'Testovací asistence B', kind: 'osobní asistence' } },
  { id: 'poradna', kind: COUNSELLING, targetGroups: [], fields: { name: 'Testovací poradna', kind: 'odborné sociální poradenství' } },
  { id: 'bez-druhu', targetGroups: [], fields: { name: 'Testovací svépomocná skupina' } },
];
const documents: SearchDocument[] = services.map(({ id, fields }) => ({ id, fields: { ...emptyFields, ...fields } }));

const situations: CatalogueLifeSituation[] = [
  {
    id: 'dovoz-obedu',
    label: { cs: 'Dovoz obědů domů', en: 'Meals delivered home' },
    phrases: ['dovoz obědů', 'obědy pro babičku'],
    kinds: [{ kind: CARE, weight: 3 }],
    targetGroups: [SENIORS],
  },
  {
    id: 'hygiena',
    label: { cs: 'Pomoc s mytím doma' },
    phrases: ['pomoc s mytím', 'koupání babičky'],
    kinds: [{ kind: CARE, weight: 3 }, { kind: ASSISTANCE, weight: 3 }],
  },
  {
    id: 'dluhy',
    label: { cs: 'Dluhy a exekuce' },
    phrases: ['exekuce', 'dluhová poradna'],
    kinds: [{ kind: COUNSELLING, weight: 3 }, { kind: CARE, weight: 1 }],
  },
];

const index = createSearchIndex(documents);
const search = createSituationSearch(index, createSituationIndex(situations), services);
const ids = (query: string, within?: ReadonlySet<string>) => search.search(query, within).map((hit) => hit.id);

test('services that match directly come first, then those reached only through a situation', () => {
  const hits = search.search('dovoz obědů');
  const direct = new Set(index.search('dovoz obědů').map((hit) => hit.id));
  assert.deepEqual(new Set(hits.slice(0, direct.size).map((hit) => hit.id)), direct);
  assert.ok(hits.slice(0, direct.size).every((hit) => hit.reason === undefined), 'direct matches carry no reason');
  assert.deepEqual(hits.slice(direct.size).map((hit) => hit.id), ['pece-b', 'pece-a']);
});

test('among direct matches, those of a kind the situation leads to come first', () => {
  // Both mention "dovoz obědů": the club in its name, first for the engine; the care service fits the situation.
  assert.deepEqual(index.search('dovoz obědů').map((hit) => hit.id), ['klub', 'pece-c']);
  assert.deepEqual(ids('dovoz obědů').slice(0, 2), ['pece-c', 'klub']);
});

test('a service reached through a situation says which situation and which kind brought it', () => {
  const reached = search.search('dovoz obědů').find((hit) => hit.id === 'pece-b');
  assert.deepEqual(reached?.reason, { situationId: 'dovoz-obedu', situationLabel: { cs: 'Dovoz obědů domů', en: 'Meals delivered home' }, kind: CARE });
});

test('within a kind, services sharing more target groups with the situation come first, then the given order', () => {
  // The situation is about seniors: B (seniors) before A (disabled), whatever their order in the list.
  assert.deepEqual(ids('obědy pro babičku'), ['pece-b', 'pece-c', 'pece-a']);
});

test('within a kind, a service that states no target group comes before one whose stated groups are all others', () => {
  const pair: TestService[] = [
    { id: 'pro-jine', kind: CARE, targetGroups: [DISABLED], fields: { name: 'Testovací služba pro jiné' } },
    { id: 'neuvedeno', kind: CARE, targetGroups: [], fields: { name: 'Testovací služba bez skupin' } },
  ];
  const pairIndex = createSearchIndex(pair.map(({ id, fields }) => ({ id, fields: { ...emptyFields, ...fields } })));
  const pairSearch = createSituationSearch(pairIndex, createSituationIndex(situations), pair);
  // The situation is about seniors: the first service says it is for others, the second has not said.
  assert.deepEqual(pairSearch.search('obědy pro babičku').map((hit) => hit.id), ['neuvedeno', 'pro-jine']);
  // A situation naming no group ranks them in the given order.
  assert.deepEqual(pairSearch.search('koupání babičky').map((hit) => hit.id), ['pro-jine', 'neuvedeno']);
});

test('kinds of the same weight alternate, so the first results show each of them', () => {
  const hits = search.search('koupání babičky');
  assert.deepEqual(hits.slice(0, 2).map((hit) => hit.reason?.kind).sort(), [ASSISTANCE, CARE]);
  assert.equal(hits.length, 5);
});

test('a kind of lower weight comes after the kind the situation is meant for', () => {
  const hits = search.search('exekuce');
  assert.deepEqual(hits.map((hit) => [hit.id, hit.reason?.kind]), [
    ['poradna', COUNSELLING],
    ['pece-a', CARE],
    ['pece-b', CARE],
    ['pece-c', CARE],
  ]);
});

test('`within` (the filters) limits both the direct matches and the services reached through a situation', () => {
  const within = new Set(['klub', 'pece-a', 'asistence-b']);
  assert.deepEqual(ids('dovoz obědů', within), ['klub', 'pece-a']);
  assert.deepEqual(ids('koupání babičky', within), ['pece-a', 'asistence-b']);
  assert.deepEqual(ids('exekuce', new Set()), []);
});

test('each service is listed once, however many situations lead to it', () => {
  const all = ids('pomoc s mytím a dovoz obědů');
  assert.equal(new Set(all).size, all.length);
});

test('a query no situation matches gives exactly the direct matches', () => {
  for (const query of ['Testovací asistence', 'svépomocná', 'nic takového']) {
    assert.deepEqual(ids(query), index.search(query).map((hit) => hit.id), query);
  }
});

test('suggestions: the situations the query describes, best first, at most the limit', () => {
  assert.deepEqual(search.suggest('dovoz').map((situation) => situation.id), ['dovoz-obedu']);
  assert.deepEqual(search.suggest('babičky').map((situation) => situation.id).sort(), ['dovoz-obedu', 'hygiena']);
  assert.equal(search.suggest('babičky', 1).length, 1);
  assert.deepEqual(search.suggest(''), []);
});

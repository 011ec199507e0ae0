import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCatalogueModel, type ServiceView } from '../../src/catalogue/model.js';
import { emptyFilters, withFilter } from '../../src/filters/state.js';
import { codes, fixtureCatalogue, fixtureCatalogueWithDistricts, fixtureServiceCount, otherDistrictMunicipality } from '../fixtures/catalogue/catalogue.js';

const today = new Date(2026, 10, 22);
const model = buildCatalogueModel(fixtureCatalogue(today), 'cs', today);

function service(name: string): ServiceView {
  const found = model.services.find((s) => s.name === name);
  assert.ok(found, `no service ${name}`);
  return found;
}

test('one flat record per service, keys unique', () => {
  assert.equal(model.services.length, fixtureServiceCount);
  assert.equal(new Set(model.services.map((s) => s.key)).size, fixtureServiceCount);
  assert.equal(model.searchDocuments.length, fixtureServiceCount);
});

test('services are in Czech alphabetical order (ch after h)', () => {
  const names = model.services.map((s) => s.name);
  assert.ok(names.indexOf('Testovací hospicová následná péče') < names.indexOf('Testovací chráněné bydlení'));
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'cs')));
});

test('services of the same name are in Czech order of provider, then in catalogue order', () => {
  const catalogue = fixtureCatalogue(today);
  const template = catalogue.providers[0]?.services[0];
  assert.ok(template);
  const provider = (id: string, name: string, serviceIds: string[]) => ({
    id,
    name,
    services: serviceIds.map((serviceId) => ({ ...template, id: serviceId, name: 'Testovací služba' })) as [typeof template, ...Array<typeof template>],
  });
  catalogue.providers = [
    provider('testovaci-d', 'Testovací Hora', ['d1']),
    provider('testovaci-c', 'Testovací Chata', ['c1', 'c2']),
    provider('testovaci-b', 'Testovací Čáp', ['b1']),
    provider('testovaci-a', 'Testovací Cesta', ['a1']),
    provider('testovaci-e', 'Testovací Chata', ['e1']),
  ];
  const order = buildCatalogueModel(catalogue, 'cs', today).services.map((s) => s.key);
  assert.deepEqual(order, ['testovaci-a/a1', 'testovaci-b/b1', 'testovaci-d/d1', 'testovaci-c/c1', 'testovaci-c/c2', 'testovaci-e/e1']);
});

test('labels come from the codebooks in the interface language', () => {
  const care = service('Testovací pečovatelská služba');
  assert.equal(care.kind?.label, 'pečovatelská služba');
  assert.equal(care.kind?.group, 'care');
  assert.deepEqual(care.forms, [{ code: 'ter', label: 'terénní' }]);
  assert.deepEqual(care.targetGroups.map((g) => g.label), ['osoby se zdravotním postižením', 'senioři']);
  const english = buildCatalogueModel(fixtureCatalogue(today), 'en', today);
  const englishCare = english.services.find((s) => s.id === 'testovaci-pecovatelska-sluzba');
  assert.equal(englishCare?.kind?.label, 'home care service');
  assert.equal(englishCare?.forms[0]?.label, 'field');
});

const municipalityCases: Array<[string, string[]]> = [
  // Service area given: it wins over the places.
  ['Testovací pečovatelská služba', ['Kelč', 'Lešná', 'Valašské Meziříčí']],
  // No service area: the places' municipalities count.
  ['Testovací domov pro seniory', ['Kelč']],
  ['Testovací chráněné bydlení', ['Loučka']],
  ['Testovací osobní asistence', ['Valašské Meziříčí', 'Zašová']],
];
for (const [name, expected] of municipalityCases) {
  test(`effective municipalities of ${name}`, () => {
    const s = service(name);
    assert.deepEqual(s.municipalities.map((m) => m.label), expected);
    // The filter matches the same municipalities; their order there does not matter.
    assert.deepEqual([...s.filterValues.municipality].sort(), s.municipalities.map((m) => m.code).sort());
  });
}

test('contacts: the service’s own, each missing kind from the provider', () => {
  assert.deepEqual(service('Testovací pečovatelská služba').contacts, {
    web: ['https://www.example.cz/pecovatelska'],
    email: ['pecovatelska@example.cz'],
    phone: ['+420 000 000 001'],
  });
  assert.deepEqual(service('Testovací domov pro seniory').contacts, {
    web: ['https://alfa.example.cz'],
    email: ['alfa@example.cz'],
    phone: ['+420 000 000 000'],
  });
  assert.deepEqual(service('Testovací osobní asistence').contacts, {
    web: ['https://beta.example.org'],
    email: ['beta@example.org'],
    phone: ['000 000 006'],
  });
});

test('stale: reviewed over 12 months ago or never', () => {
  assert.equal(service('Testovací pečovatelská služba').stale, false);
  assert.equal(service('Testovací raná péče').stale, true);
  assert.equal(service('Testovací tísňová péče').stale, true);
  assert.equal(service('Testovací tísňová péče').reviewed, undefined);
});

test('register details and unregistered services', () => {
  const care = service('Testovací pečovatelská služba');
  assert.equal(care.registered, true);
  assert.equal(care.registerIdentifier, '0000001');
  assert.equal(care.portalId, 900001);
  const group = service('Testovací svépomocná skupina pečujících');
  assert.equal(group.registered, false);
  assert.equal(group.kind, undefined);
  assert.deepEqual(group.filterValues.kind, []);
});

test('filter options: only codes some service has, kinds with their group', () => {
  assert.deepEqual(
    model.filterOptions.form.map((o) => o.code),
    ['amb', 'pob', 'ter'],
  );
  assert.ok(model.filterOptions.municipality.some((o) => o.code === codes.kelc && o.label === 'Kelč'));
  assert.equal(model.filterOptions.kind.length, 10);
  assert.equal(model.filterOptions.kindGroups['1'], 'counselling');
  assert.deepEqual(model.filterOptions.ageGroup.map((o) => o.code), ['1', '3', '4', '6', '7', '8', '10']);
});

test('search documents carry the texts search looks at', () => {
  const doc = model.searchDocuments.find((d) => d.id === 'testovaci-poskytovatel-alfa/testovaci-pecovatelska-sluzba');
  assert.ok(doc);
  assert.equal(doc.fields.name, 'Testovací pečovatelská služba');
  assert.equal(doc.fields.provider, 'Testovací poskytovatel Alfa');
  assert.match(doc.fields.kind, /pečovatelská služba/);
  assert.match(doc.fields.kind, /terénní/);
  assert.match(doc.fields.targetGroups, /senioři/);
  assert.match(doc.fields.municipalities, /Krásno nad Bečvou/);
  assert.match(doc.fields.description, /donáška obědů/);
});

test('duplicate ids still give distinct keys', () => {
  const catalogue = fixtureCatalogue(today);
  const provider = catalogue.providers[0];
  assert.ok(provider);
  provider.services.push({ ...provider.services[0] });
  const keys = buildCatalogueModel(catalogue, 'cs', today).services.map((s) => s.key);
  assert.equal(new Set(keys).size, keys.length);
});

test('ids that join into the same key still give distinct keys', () => {
  // "a/b" + "c" and "a" + "b/c": no id repeats, yet both join into "a/b/c".
  const catalogue = fixtureCatalogue(today);
  const [first, second] = catalogue.providers;
  assert.ok(first && second);
  first.id = 'testovaci/poskytovatel';
  first.services = [{ ...first.services[0], id: 'sluzba' }];
  second.id = 'testovaci';
  second.services = [{ ...second.services[0], id: 'poskytovatel/sluzba' }];
  const keys = buildCatalogueModel(catalogue, 'cs', today).services.map((s) => s.key);
  assert.equal(new Set(keys).size, keys.length);
});

test('unknown codes are named as unknown in the interface language, unknown kinds are left out', () => {
  const catalogue = fixtureCatalogue(today);
  const first = catalogue.providers[0]?.services[0];
  assert.ok(first);
  first.targetGroups = [999];
  first.kind = 999;
  const s = buildCatalogueModel(catalogue, 'cs', today).services.find((x) => x.id === first.id);
  assert.deepEqual(s?.targetGroups, [{ code: 999, label: 'neznámý kód 999' }]);
  assert.equal(s?.kind, undefined);
  const english = buildCatalogueModel(catalogue, 'en', today).services.find((x) => x.id === first.id);
  assert.deepEqual(english?.targetGroups, [{ code: 999, label: 'unknown code 999' }]);
});

test('a service serving whole districts serves every municipality in them, and names the districts', () => {
  const withDistricts = buildCatalogueModel(fixtureCatalogueWithDistricts(today), 'cs', today);
  const find = (id: string) => withDistricts.services.find((s) => s.id === id);
  const vsetin = find('testovaci-osobni-asistence-vsetin');
  const zlin = find('testovaci-osobni-asistence-zlin');
  assert.ok(vsetin && zlin);
  assert.deepEqual(vsetin.districts, [{ code: '3810', label: 'Vsetín' }]);
  // All 18 municipalities of the microregion lie in the Vsetín district; the Zlín one does not.
  assert.equal(vsetin.municipalities.length, 18);
  assert.ok(!vsetin.filterValues.municipality.includes(otherDistrictMunicipality.code));
  assert.deepEqual(zlin.municipalities.map((m) => m.label), ['Kelč', 'Želechovice nad Dřevnicí']);
  assert.deepEqual(zlin.districts.map((d) => d.label), ['Zlín']);
  // Filtering by a municipality finds the services of its whole district, and the option counts them.
  const podoli = '569496';
  const { items, facets } = withDistricts.filterIndex.results(undefined, withFilter(emptyFilters, 'municipality', [podoli]));
  assert.deepEqual(items.map((s) => s.id).sort(), ['testovaci-osobni-asistence-vsetin', 'testovaci-poradna']);
  assert.equal(facets.municipality.get(podoli), 2);
  assert.equal(facets.municipality.get(otherDistrictMunicipality.code), 1);
  const doc = withDistricts.searchDocuments.find((d) => d.id.endsWith('/testovaci-osobni-asistence-zlin'));
  assert.match(doc?.fields.municipalities ?? '', /Želechovice nad Dřevnicí.*Zlín/);
});

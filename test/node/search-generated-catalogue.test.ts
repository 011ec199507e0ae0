import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.js';
import { createSchemaValidators } from '../../scripts/lib/json-schema.js';
import { parseCatalogue } from '../../src/catalogue/parse.js';

const national = generateCatalogue({ services: 7000, providers: 2600, seed: 1 });
const services = national.providers.flatMap((provider) => provider.services);

test('the national catalogue is valid against catalogue.schema.json (ajv) and the element parses all of it', () => {
  const validate = createSchemaValidators(fileURLToPath(new URL('../../schema', import.meta.url)))('catalogue');
  assert.ok(validate);
  const valid = validate(national);
  assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  const parsed = parseCatalogue(JSON.parse(JSON.stringify(national)));
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.skipped, []);
});

test('it has the services and providers asked for, each provider with at least one', () => {
  assert.equal(services.length, 7000);
  assert.equal(national.providers.length, 2600);
  assert.equal(new Set(services.map((service) => service.id)).size, 7000);
  assert.equal(new Set(national.providers.map((provider) => provider.id)).size, 2600);
});

test('it lists every Czech municipality of the reference list, with its parts', () => {
  const csv = readFileSync(new URL('../../../shared/reference/cz-casti-obci-psc.csv', import.meta.url), 'utf8');
  const rows = csv.trim().split('\n').slice(1).map((line) => line.split(','));
  const codes = new Set(rows.map((row) => (row[3] ?? '').padStart(6, '0')));
  const parts = new Set(rows.map((row) => String(Number(row[0]))));
  assert.deepEqual(new Set(national.municipalities.map((municipality) => municipality.code)), codes);
  assert.deepEqual(new Set(national.municipalities.flatMap((municipality) => municipality.parts.map((part) => part.code))), parts);
  const districtOf = new Map(rows.map((row) => [(row[3] ?? '').padStart(6, '0'), row[5]]));
  for (const municipality of national.municipalities) assert.equal(municipality.districtCode, districtOf.get(municipality.code), municipality.name);
});

test('every reference points at something in the catalogue', () => {
  const municipalities = new Set(national.municipalities.map((municipality) => municipality.code));
  const districts = new Set(national.municipalities.map((municipality) => municipality.districtCode));
  const kinds = new Set(national.codebooks.kinds.map((kind) => kind.code));
  const groups = new Set(national.codebooks.targetGroups.map((group) => group.code));
  const units = new Map(national.codebooks.capacityUnits.map((unit) => [unit.code, unit.forms ?? []]));
  for (const service of services) {
    if (service.kind !== undefined) assert.ok(kinds.has(service.kind), service.id);
    for (const code of service.targetGroups ?? []) assert.ok(groups.has(code), service.id);
    for (const code of service.serviceArea?.municipalities ?? []) assert.ok(municipalities.has(code), service.id);
    for (const code of service.serviceArea?.districts ?? []) assert.ok(districts.has(code), service.id);
    for (const place of service.places ?? []) assert.ok(municipalities.has(place.municipality), service.id);
    for (const capacity of service.capacity ?? []) {
      assert.ok(service.forms?.includes(capacity.form), service.id);
      assert.ok(units.get(capacity.unit)?.includes(capacity.form), `${service.id}: ${capacity.unit} for ${capacity.form}`);
    }
  }
});

test('contacts are obviously fake and descriptions realistically long and varied', () => {
  const contacts = national.providers.flatMap((provider) => [provider.contacts, ...provider.services.map((service) => service.contacts)]);
  for (const contact of contacts) {
    for (const phone of contact?.phone ?? []) assert.match(phone, /^\+420 000 \d{3} \d{3}$/);
    for (const web of contact?.web ?? []) assert.match(web, /^https:\/\/[a-z0-9-]+\.example\.cz$/);
    for (const email of contact?.email ?? []) assert.match(email, /@[a-z0-9-]+\.example\.cz$/);
  }
  for (const service of services) {
    const length = service.description?.length ?? 0;
    assert.ok(length >= 200 && length <= 800, `${service.id}: ${length} characters`);
  }
  assert.ok(new Set(services.map((service) => service.name)).size > 2000);
  assert.ok(new Set(services.map((service) => service.description)).size > 6900);
});

test('the same seed gives the same catalogue; another seed another one', () => {
  const again = (seed: number) => JSON.stringify(generateCatalogue({ services: 250, providers: 93, seed }));
  assert.equal(again(7), again(7));
  assert.notEqual(again(7), again(8));
});

test('asking for fewer services than providers is an error', () => {
  assert.throws(() => generateCatalogue({ services: 5, providers: 10, seed: 1 }), RangeError);
});

/**
 * `npm run build:data`: the built catalogue is valid against schema/catalogue.schema.json, deterministic,
 * and refused when the data are not valid.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildCatalogueFromDirectory, dataDate, serializeCatalogue } from '../../scripts/lib/catalogue-build.js';
import { listDataFiles } from '../../scripts/lib/catalogue-files.js';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import type { Catalogue } from '../../src/generated/catalogue-types.js';
import { createSchemaValidators } from '../../scripts/lib/json-schema.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtureData = join(root, 'test/fixtures/validation/data');
const validateCatalogue = createSchemaValidators(join(root, 'schema'))('catalogue');
const work = mkdtempSync(join(tmpdir(), 'build-data-'));
after(() => rmSync(work, { recursive: true, force: true }));

function buildData(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1788480000' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('the built catalogue is valid against schema/catalogue.schema.json', async () => {
  const { catalogue, errors } = await buildCatalogueFromDirectory(fixtureData);
  assert.deepEqual(errors, []);
  assert.ok(validateCatalogue?.(catalogue), JSON.stringify(validateCatalogue?.errors));
  assert.equal(catalogue.providers.length, 2);
});

test('stable order: providers by id, services in file order, codebook entries by code; no $schema', async () => {
  const { catalogue } = await buildCatalogueFromDirectory(fixtureData);
  assert.deepEqual(catalogue.providers.map((provider) => provider.id), ['testovaci-poskytovatel-a', 'testovaci-poskytovatel-b']);
  assert.deepEqual(catalogue.providers[0]?.services.map((service) => service.id), ['0000001', 'testovaci-poskytovatel-a-klub']);
  assert.deepEqual(catalogue.codebooks.forms.map((entry) => entry.code), ['amb', 'pob', 'ter']);
  assert.deepEqual(catalogue.codebooks.targetGroups.map((entry) => entry.code), [19, 24]);
  assert.equal(catalogue.municipalities[0]?.code, '000002', 'municipalities keep the order of their file');
  assert.ok(!('$schema' in (catalogue.providers[0] ?? {})));
});

test('npm run build:data writes dist/catalogue.json byte-identical on a second run', () => {
  const out = join(work, 'nested', 'dist', 'catalogue.json');
  const first = buildData('--data', fixtureData, '--out', out);
  assert.equal(first.code, 0, first.stderr);
  const firstBytes = readFileSync(out);
  const second = buildData('--data', fixtureData, '--out', out);
  assert.equal(second.code, 0, second.stderr);
  assert.ok(readFileSync(out).equals(firstBytes));
  const catalogue = JSON.parse(firstBytes.toString('utf8')) as { built: string; version: string };
  assert.ok(validateCatalogue?.(catalogue), JSON.stringify(validateCatalogue?.errors));
  assert.equal(catalogue.built, '2026-09-04', 'SOURCE_DATE_EPOCH sets the date');
  assert.match(catalogue.version, /^[0-9a-f]{64}$/);
});

test('the content version changes with the data and only with the data', async () => {
  const copy = join(work, 'changed');
  cpSync(fixtureData, copy, { recursive: true });
  const before = await buildCatalogueFromDirectory(copy);
  const again = await buildCatalogueFromDirectory(copy);
  assert.equal(again.catalogue.version, before.catalogue.version);
  const file = join(copy, 'providers', 'testovaci-poskytovatel-b.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('Testovací poskytovatel B', 'Testovací poskytovatel B2'));
  const after = await buildCatalogueFromDirectory(copy);
  assert.deepEqual(after.errors, []);
  assert.notEqual(after.catalogue.version, before.catalogue.version);
});

test('invalid data are refused: exit code 1, the problems listed, nothing written', () => {
  const broken = join(work, 'broken');
  cpSync(fixtureData, broken, { recursive: true });
  writeFileSync(join(broken, 'providers', 'testovaci-rozbity.json'), '{\n  "id": "testovaci-rozbity",\n  "name": "Testovací",\n  "ico": "00000018",\n  "services": [],\n}\n');
  writeFileSync(join(broken, 'providers', 'testovaci-ico.json'), JSON.stringify({ id: 'testovaci-ico', name: 'T', ico: '00000018', services: [{ id: 'x', registered: false, name: 'T' }] }));
  const out = join(work, 'refused', 'catalogue.json');
  const { code, stderr, stdout } = buildData('--data', broken, '--out', out);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /testovaci-rozbity\.json:5:17 {2}- {2}chyba: Za poslední položkou je čárka navíc/);
  assert.match(stderr, /testovaci-ico\.json:1:\d+ {2}ico {2}chyba: IČO 00000018 nemá platnou kontrolní číslici/);
  assert.match(stderr, /Katalog nebyl sestaven/);
  assert.ok(!existsSync(out));
});

test('municipalities are written in Czech order of name, whatever order the data list them in', async () => {
  const { catalogue } = await buildCatalogueFromDirectory(fixtureData);
  // The fixture lists Zkušebná before Testov.
  assert.deepEqual(catalogue.municipalities.map((m) => m.name), ['Zkušebná', 'Testov']);
  const written = (JSON.parse(serializeCatalogue(catalogue)) as Catalogue).municipalities.map((m) => m.name);
  assert.deepEqual(written, ['Testov', 'Zkušebná']);
});

test('the written catalogue leaves out only what the element never reads, and stays valid', () => {
  const full = JSON.parse(readFileSync(join(root, 'test/fixtures/contract/valid/catalogue-full.json'), 'utf8')) as Catalogue;
  const written = JSON.parse(serializeCatalogue(full)) as Catalogue;
  assert.ok(validateCatalogue?.(written), JSON.stringify(validateCatalogue?.errors));
  const parsed = parseCatalogue(written);
  assert.ok(parsed.ok && parsed.skipped.length === 0);
  // Municipality parts keep their names only; municipalities keep their code, district and district code.
  const testov = written.municipalities.find((municipality) => municipality.code === '000001');
  assert.deepEqual(testov, { code: '000001', name: 'Testov', district: 'Testovací okres', districtCode: '0001', parts: [{ name: 'Testov' }, { name: 'Horní Testov' }] });
  const service = written.providers[0]?.services[0];
  const source = full.providers[0]?.services[0];
  assert.ok(service && source);
  // Places without postcode, address point and coordinates; the register without its dates.
  assert.deepEqual(service.places?.[0], { name: 'Testovací dům', address: source.places?.[0]?.address, municipality: '000001', municipalityPart: 'Testov' });
  assert.deepEqual(service.register, { identifier: source.register?.identifier, portalId: source.register?.portalId });
  // Everything else as it was: names, texts, area, contacts, sources, capacity.
  assert.deepEqual({ ...service, places: [], register: {} }, { ...source, places: [], register: {} });
  assert.deepEqual(written.providers[0]?.sources, full.providers[0]?.sources);
});

test('with errors the dev server still gets every entry that is valid on its own', async () => {
  const partial = join(work, 'partial');
  cpSync(fixtureData, partial, { recursive: true });
  writeFileSync(join(partial, 'providers', 'testovaci-spatny.json'), JSON.stringify({ id: 'testovaci-spatny', name: '', services: [{ id: 'y', registered: false, name: 'T' }] }));
  const { catalogue, errors } = await buildCatalogueFromDirectory(partial);
  assert.ok(errors.length > 0);
  assert.deepEqual(catalogue.providers.map((provider) => provider.id), ['testovaci-poskytovatel-a', 'testovaci-poskytovatel-b']);
  assert.ok(validateCatalogue?.(catalogue));
  assert.equal(serializeCatalogue(catalogue).endsWith('}\n'), true);
});

test('a codebook entry that is not even an object is reported, and the build does not throw', async () => {
  const damagedCodebook = join(work, 'damaged-codebook');
  cpSync(fixtureData, damagedCodebook, { recursive: true });
  const path = join(damagedCodebook, 'codebooks', 'forms.json');
  const forms = JSON.parse(readFileSync(path, 'utf8')) as { entries: unknown[] };
  forms.entries.splice(1, 0, null, 'ter');
  writeFileSync(path, JSON.stringify(forms));
  const { errors } = await buildCatalogueFromDirectory(damagedCodebook);
  assert.ok(errors.some((error) => error.includes('forms.json')), errors.join('\n'));
});

test('the data date: SOURCE_DATE_EPOCH, else the last git commit, else the newest file', () => {
  const files = listDataFiles(fixtureData);
  assert.equal(dataDate(fixtureData, files, { SOURCE_DATE_EPOCH: '0' }), '1970-01-01');
  const outsideGit = join(work, 'no-git');
  cpSync(fixtureData, outsideGit, { recursive: true });
  const copied = listDataFiles(outsideGit);
  copied.forEach((file, index) => utimesSync(file, new Date('2020-01-01T12:00:00Z'), new Date(Date.UTC(2021, 0, 1 + index, 12))));
  assert.equal(dataDate(outsideGit, copied, {}), `2021-01-${String(copied.length).padStart(2, '0')}`);
  const committed = spawnSync('git', ['log', '-1', '--format=%cs', '--', '.'], { cwd: join(root, 'schema'), encoding: 'utf8' }).stdout.trim();
  if (committed) assert.equal(dataDate(join(root, 'schema'), [], {}), committed);
});

test('the real catalogue-data/ builds into a valid catalogue', { skip: !existsSync(join(root, 'catalogue-data', 'providers')) }, async () => {
  const { catalogue, errors } = await buildCatalogueFromDirectory(join(root, 'catalogue-data'));
  assert.deepEqual(errors, []);
  assert.ok(validateCatalogue?.(catalogue), JSON.stringify(validateCatalogue?.errors?.slice(0, 3)));
  assert.ok(catalogue.providers.length > 0);
});

/**
 * The register import end to end on temp copies of test/fixtures/register: what is added, refreshed,
 * flagged, skipped and reported, that the written files pass the data contract, and that a second run
 * changes nothing.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ImportError, runImport } from '../../scripts/import-register.js';
import type { ImportResult } from '../../scripts/import-register.js';
import { createSchemaValidators } from '../../scripts/lib/json-schema.js';
import { providerFileSchema } from '../../src/catalogue/schema.js';
import type { ProviderFile, Service } from '../../src/generated/catalogue-types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'test/fixtures/register');
const input = join(fixtures, 'rpss.json');
const date = '2026-09-08';
const validatorFor = createSchemaValidators(join(root, 'schema'));

const temporaryDirs: string[] = [];
async function copyOfFixtureData(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'register-import-'));
  temporaryDirs.push(dir);
  await cp(join(fixtures, 'catalogue-data'), dir, { recursive: true });
  return dir;
}
after(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function readProvider(dataDir: string, id: string): Promise<ProviderFile> {
  return JSON.parse(await readFile(join(dataDir, 'providers', `${id}.json`), 'utf8')) as ProviderFile;
}

async function snapshot(dataDir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const sub of ['providers', 'codebooks']) {
    for (const name of (await readdir(join(dataDir, sub))).sort()) files.set(`${sub}/${name}`, await readFile(join(dataDir, sub, name), 'utf8'));
  }
  return files;
}

function service(provider: ProviderFile, id: string): Service {
  const found = provider.services.find((item) => item.id === id);
  assert.ok(found, `service ${id} in ${provider.id}`);
  return found;
}

test('the fixture data folder itself follows the data contract', async () => {
  const data = join(fixtures, 'catalogue-data');
  const files: Array<['provider' | 'codebook' | 'municipalities', string]> = [
    ['municipalities', join(data, 'municipalities.json')],
    ...(await readdir(join(data, 'codebooks'))).map((name): ['codebook', string] => ['codebook', join(data, 'codebooks', name)]),
    ...(await readdir(join(data, 'providers'))).map((name): ['provider', string] => ['provider', join(data, 'providers', name)]),
  ];
  for (const [schema, file] of files) {
    const validate = validatorFor(schema);
    assert.ok(validate?.(JSON.parse(await readFile(file, 'utf8'))), `${file}: ${JSON.stringify(validate?.errors)}`);
  }
});

describe('import from the register fixture', () => {
  let dataDir: string;
  let result: ImportResult;
  let alfa: ProviderFile;
  let beta: ProviderFile;

  before(async () => {
    dataDir = await copyOfFixtureData();
    result = await runImport({ input, dataDir, date });
    alfa = await readProvider(dataDir, 'testovaci-spolek-alfa');
    beta = await readProvider(dataDir, 'testovaci-poskytovatel-beta-o-p-s');
  });

  test('every written provider file passes the data contract (JSON Schema and the element\'s zod parser)', async () => {
    const validate = validatorFor('provider');
    assert.ok(validate);
    const names = await readdir(join(dataDir, 'providers'));
    assert.deepEqual(names.sort(), ['testovaci-poskytovatel-beta-o-p-s.json', 'testovaci-spolek-alfa.json']);
    for (const name of names) {
      const text = await readFile(join(dataDir, 'providers', name), 'utf8');
      const data = JSON.parse(text) as unknown;
      assert.ok(validate(data), `${name}: ${JSON.stringify(validate.errors)}`);
      const parsed = providerFileSchema.safeParse(data);
      assert.ok(parsed.success, `${name}: ${JSON.stringify(parsed.error?.issues)}`);
      assert.ok(text.startsWith('{\n  "$schema": "../../schema/provider.schema.json",\n  "id": '), name);
      assert.ok(text.endsWith('}\n'));
    }
  });

  test('a new provider gets a slug of its name, its IČO as 8-digit text and its services', () => {
    assert.equal(beta.id, 'testovaci-poskytovatel-beta-o-p-s');
    assert.equal(beta.name, 'Testovací poskytovatel Beta, o. p. s.');
    assert.equal(beta.ico, '00123455');
    assert.deepEqual(beta.contacts, { email: ['info@beta.example.org'], phone: ['000 000 020'] });
    assert.deepEqual(
      beta.services.map((item) => item.id),
      ['1000010', 'mpsv-90011'],
    );
    assert.deepEqual(result.report?.newProviders, ['testovaci-poskytovatel-beta-o-p-s']);
  });

  test('a new service carries the register facts: codes, capacity per form with its unit, places, contacts', () => {
    const home = service(beta, '1000010');
    assert.deepEqual(home.register, { identifier: '1000010', portalId: 90010, validFrom: '2015-01-01' });
    assert.equal(home.registered, true);
    assert.equal(home.name, 'Domov Beta');
    assert.equal(home.kind, 13);
    assert.deepEqual(home.forms, ['pob']);
    assert.deepEqual(home.targetGroups, [24]);
    assert.deepEqual(home.ageGroups, [7, 8]);
    assert.deepEqual(home.capacity, [{ form: 'pob', unit: 'luzka', count: 40, note: 'Maximální kapacita 40 lůžek s účinností od 01.09.2016.' }]);
    // Two records of one registration (one per floor) and the facility outside the microregion: one place.
    assert.deepEqual(home.places, [
      {
        name: 'Domov Beta',
        address: 'Zkušební 900/2, Krásno nad Bečvou, 757 01 Valašské Meziříčí',
        municipality: '545058',
        municipalityPart: 'Krásno nad Bečvou',
        postcode: '75701',
        addressPointCode: 99000010,
      },
    ]);
    assert.deepEqual(home.contacts, { web: ['http://www.beta.example.org'], email: ['domov@beta.example.org'], phone: ['000 000 021'] });
    assert.deepEqual(home.sources, [
      {
        source: `Registr poskytovatelů sociálních služeb MPSV (https://data.mpsv.cz/od/soubory/rpss/rpss.json), stav k ${date}`,
        fields: ['register', 'kind', 'forms', 'targetGroups', 'ageGroups', 'capacity', 'places', 'contacts'],
        retrieved: date,
      },
    ]);
  });

  test('a registration without a 7-digit identifier is mpsv-<portalId>; without own contacts it relies on the provider', () => {
    const assistance = service(beta, 'mpsv-90011');
    assert.deepEqual(assistance.register, { portalId: 90011, validFrom: '2021-02-01' });
    assert.equal(assistance.contacts, undefined);
    assert.equal(assistance.places?.[0]?.address, 'Zkušební 10, 756 51 Zašová');
  });

  test('a facility without an address-point code still becomes a place, with its evidence number', () => {
    assert.deepEqual(service(alfa, '1000004').places, [
      { name: 'Sociální rehabilitace Alfa', address: 'Kelč č. ev. 12, 756 43 Kelč', municipality: '542989', municipalityPart: 'Kelč', postcode: '75643' },
    ]);
  });

  test('register facts are refreshed and hand-maintained fields kept', () => {
    const care = service(alfa, '1000001');
    assert.deepEqual(care.capacity, [{ form: 'ter', unit: 'klient', count: 12, note: 'Maximální kapacita 12 klientů s účinností od 01.01.2026.' }]);
    assert.deepEqual(care.targetGroups, [15, 24, 30]);
    // The register writes "www.alfa.example.cz"; the file already had its https form, which stays.
    assert.deepEqual(care.contacts, {
      web: ['https://www.alfa.example.cz'],
      email: ['pecovatelska@alfa.example.cz'],
      phone: ['000 000 011', '000 000 012'],
    });
    // The facility in Zašová ended at facility level, the one in Aš is outside: only the active one here.
    assert.deepEqual(care.places, [
      {
        name: 'Pečovatelská služba Alfa',
        address: 'Zkušební 1234/5, 757 01 Valašské Meziříčí',
        municipality: '545058',
        municipalityPart: 'Valašské Meziříčí',
        postcode: '75701',
        addressPointCode: 99000001,
        coordinates: { lat: 49.47, lng: 17.97 },
      },
    ]);
    assert.equal(care.name, 'Pečovatelská služba Alfa');
    assert.equal(care.description, 'Pomáháme seniorům zůstat doma. (testovací text)');
    assert.equal(care.openingHours, 'Po–Pá 7:00–15:30');
    assert.deepEqual(care.serviceArea, { municipalities: ['545058', '545236'], description: 'Valašské Meziříčí a Zašová (testovací text)' });
    assert.deepEqual(care.sources?.[0], { source: 'https://www.alfa.example.cz/pecovatelska-sluzba', fields: ['description', 'serviceArea', 'openingHours'], retrieved: '2026-03-01' });
    assert.equal(care.sources?.length, 2);
    assert.equal(alfa.reviewed, '2026-03-01');
    assert.deepEqual(alfa.sources?.[0], { source: 'https://www.alfa.example.cz/o-nas', retrieved: '2026-03-01' });
    assert.equal(alfa.name, 'Testovací spolek Alfa, z. s.');
    assert.equal(alfa.id, 'testovaci-spolek-alfa', 'the existing id stays although the name changed');
  });

  test('an ended registration is kept and flagged, not deleted', () => {
    const dayCentre = service(alfa, '1000002');
    assert.equal(dayCentre.register?.validTo, '2025-12-31');
    assert.equal(dayCentre.description, 'Denní program pro seniory. (testovací text)');
    assert.deepEqual(dayCentre.places?.map((place) => place.address), ['Zkušební 1235, 757 01 Valašské Meziříčí']);
    assert.deepEqual(
      result.report?.ended.map((item) => [item.serviceId, item.validTo, item.newlyFlagged]),
      [['1000002', '2025-12-31', true]],
    );
  });

  test('a hand-written service of the same kind is paired with its registration and keeps its id', () => {
    const counselling = service(alfa, 'testovaci-spolek-alfa-poradna');
    assert.equal(counselling.register?.portalId, 90003);
    assert.equal(counselling.openingHours, 'Út a Čt 9:00–17:00');
    assert.ok(result.report?.updated.some((item) => item.serviceId === 'testovaci-spolek-alfa-poradna' && item.note !== undefined));
  });

  test('services the register does not know are left alone', () => {
    assert.deepEqual(service(alfa, 'testovaci-spolek-alfa-pujcovna'), {
      id: 'testovaci-spolek-alfa-pujcovna',
      registered: false,
      name: 'Půjčovna pomůcek Alfa',
      description: 'Půjčujeme chodítka a vozíky. (testovací text)',
    });
    assert.equal(service(alfa, '1000009').register?.validTo, undefined);
    assert.deepEqual(result.report?.notInRegister.map((item) => item.serviceId), ['1000009']);
  });

  test('only the microregion is imported; inactive registrations and facilities are counted, not added', () => {
    const ids = [...alfa.services, ...beta.services].map((item) => item.register?.portalId);
    for (const portalId of [90012, 90013, 90030]) assert.ok(!ids.includes(portalId), String(portalId));
    assert.deepEqual(result.report?.notImported, { registrationEnded: 1, registrationNotStarted: 0, facilitiesEnded: 1 });
  });

  test('malformed records are reported and skipped, the rest imported', () => {
    assert.deepEqual(
      result.report?.skipped.map((item) => [item.recordNumber, item.portalId]),
      [[10, 90040], [11, 90041], [12, 90042], [13, undefined], [14, 90043]],
    );
    assert.ok(result.report?.skipped.every((item) => item.reason.length > 0));
    assert.equal(result.report?.added.length, 3);
  });

  test('unknown codebook codes are kept and reported', () => {
    assert.deepEqual(result.report?.unknownCodes, [{ codebook: 'CilovaSkupinaOsoby', code: '30', services: ['testovaci-spolek-alfa › 1000001'] }]);
  });

  test('personal data and document links of the register never reach the files', async () => {
    const register = await readFile(input, 'utf8');
    const written = [...(await snapshot(dataDir)).values()].join('\n');
    for (const text of ['Testovací-Statutárová', 'Testovací-Vedoucí', 'agportal-server', 'předsedkyně']) {
      assert.ok(register.includes(text), `the fixture has ${text}`);
      assert.ok(!written.includes(text), `the output has ${text}`);
    }
  });

  test('the report says in Czech what happened, field by field', () => {
    const text = result.text;
    for (const line of [
      '+ testovaci-poskytovatel-beta-o-p-s › Domov Beta [1000010, portalId 90010]',
      '    kapacita: ter 10 klient → ter 12 klient',
      '    název: Testovací spolek Alfa → Testovací spolek Alfa, z. s.',
      '! testovaci-spolek-alfa › Denní stacionář Alfa [1000002, portalId 90002]: registrace skončila 2025-12-31 (nově označeno)',
      '- záznam č. 10, portalId 90040: IČO poskytovatele chybí nebo je neplatné ("12345678")',
      '? CilovaSkupinaOsoby/30: testovaci-spolek-alfa › 1000001',
      'Nepřevzato (v obcích katalogu, ale neplatné k 2026-09-08): ukončená registrace 1, registrace ještě nezačala 0, všechna zařízení v obcích ukončena 1',
    ]) {
      assert.ok(text.includes(`${line}\n`), `missing line: ${line}\n---\n${text}`);
    }
    assert.match(text, /webová adresa „javascript:alert\(1\)“ nemá schéma http ani https/);
  });

  test('a second run changes nothing, byte for byte, even on a later date', async () => {
    const first = await snapshot(dataDir);
    const again = await runImport({ input, dataDir, date: '2026-09-09' });
    assert.deepEqual(again.writtenFiles, []);
    assert.deepEqual(await snapshot(dataDir), first);
    assert.deepEqual(again.report?.added, []);
    assert.deepEqual(again.report?.updated, []);
    assert.deepEqual(again.report?.ended.map((item) => item.newlyFlagged), [false]);
  });
});

describe('codebook refresh', () => {
  test('takes in new codes and labels, keeps English labels, group and section, and clears the unknown-code report', async () => {
    const dataDir = await copyOfFixtureData();
    const result = await runImport({ input, dataDir, date, codebooksFrom: join(fixtures, 'register-codebooks') });
    assert.match(result.text, /\+ nový kód CilovaSkupinaOsoby\/30: osoby žijící s demencí/);
    assert.match(result.text, /~ DruhSocialniSluzby\/33: „sociální rehabilitace“ → „sociální rehabilitace \(testovací změna názvu\)“/);
    assert.match(result.text, /forms\.json \(FormaSocialniSluzby\): beze změny/);
    assert.deepEqual(result.report?.unknownCodes, []);

    const validate = validatorFor('codebook');
    assert.ok(validate);
    const targetGroups = JSON.parse(await readFile(join(dataDir, 'codebooks', 'target-groups.json'), 'utf8')) as { entries: Array<{ code: number; label: { cs: string; en?: string } }> };
    assert.ok(validate(targetGroups), JSON.stringify(validate.errors));
    assert.deepEqual(targetGroups.entries.at(-1), { code: 30, label: { cs: 'osoby žijící s demencí' }, validFrom: '2026-08-01' });
    assert.deepEqual(targetGroups.entries.find((entry) => entry.code === 24)?.label, { cs: 'senioři', en: 'Older people' });
    const kinds = JSON.parse(await readFile(join(dataDir, 'codebooks', 'kinds.json'), 'utf8')) as { entries: Array<Record<string, unknown>> };
    assert.ok(validate(kinds), JSON.stringify(validate.errors));
    assert.deepEqual(kinds.entries.find((entry) => entry.code === 4), {
      code: 4,
      label: { cs: 'pečovatelská služba', en: 'Home care service' },
      group: 'care',
      section: '§ 40',
      validFrom: '2024-07-24',
    });

    const before = await snapshot(dataDir);
    const again = await runImport({ dataDir, date: '2026-09-10', codebooksFrom: join(fixtures, 'register-codebooks') });
    assert.deepEqual(again.writtenFiles, []);
    assert.deepEqual(await snapshot(dataDir), before);
  });
});

describe('input that cannot be used', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['a truncated file', '{"polozky": [{"portalId": 1,', /nelze přečíst/],
    ['a file without polozky', '{"data": []}', /žádné služby/],
    ['an empty polozky', '{"polozky": []}', /žádné služby/],
  ];
  for (const [name, content, message] of cases) {
    test(`stops with a message and writes nothing: ${name}`, async () => {
      const dataDir = await copyOfFixtureData();
      const before = await snapshot(dataDir);
      const path = join(dataDir, 'rpss.json');
      await writeFile(path, content);
      await assert.rejects(runImport({ input: path, dataDir, date }), (error: unknown) => error instanceof ImportError && message.test(error.message));
      assert.deepEqual(await snapshot(dataDir), before);
    });
  }
});

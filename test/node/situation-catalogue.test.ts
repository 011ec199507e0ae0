/**
 * Life situations in the built catalogue: the build carries them without their law notes, and the
 * element keeps every valid situation and skips a broken one, as it does with services.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildCatalogueFromDirectory, serializeCatalogue } from '../../scripts/lib/catalogue-build.js';
import { createSchemaValidators } from '../../scripts/lib/json-schema.js';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import type { Catalogue, LifeSituationsFile } from '../../src/generated/catalogue-types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const validateCatalogue = createSchemaValidators(join(root, 'schema'))('catalogue');
const work = mkdtempSync(join(tmpdir(), 'situation-catalogue-'));
after(() => rmSync(work, { recursive: true, force: true }));

const fixture = JSON.parse(readFileSync(join(root, 'test/fixtures/contract/valid/catalogue-full.json'), 'utf8')) as Catalogue;

/** A synthetic situations file for the validation fixture data (kinds 1, 4, 8; target groups 19, 24). */
const situationsFile: LifeSituationsFile = {
  $schema: '../../../../schema/life-situations.schema.json',
  source: 'Testovací situace pro sestavení katalogu.',
  situations: [
    {
      id: 'testovaci-dovoz-obedu',
      label: { cs: 'Testovací dovoz obědů', en: 'Test meals delivered' },
      phrases: ['testovací obědy', 'zkušební rozvoz', 'pokusná donáška'],
      kinds: [{ kind: 4, weight: 3 }, { kind: 8, weight: 1 }],
      targetGroups: [24],
      lawNote: '§ 40 pečovatelská služba: testovací zdůvodnění.',
    },
    {
      id: 'testovaci-poradna',
      label: { cs: 'Testovací poradna' },
      phrases: ['testovací rada', 'zkušební dotaz', 'pokusná otázka'],
      kinds: [{ kind: 1, weight: 3 }],
      lawNote: '§ 37 odborné sociální poradenství: testovací zdůvodnění.',
    },
  ],
};

function dataWithSituations(name: string, file: LifeSituationsFile): string {
  const dir = join(work, name);
  cpSync(join(root, 'test/fixtures/validation/data'), dir, { recursive: true });
  writeFileSync(join(dir, 'life-situations.json'), `${JSON.stringify(file, null, 2)}\n`);
  return dir;
}

test('the build carries the situations in their order, without law notes, and the result is valid', async () => {
  const { catalogue, errors } = await buildCatalogueFromDirectory(dataWithSituations('valid', situationsFile));
  assert.deepEqual(errors, []);
  assert.deepEqual(
    catalogue.lifeSituations,
    situationsFile.situations.map(({ id, label, phrases, kinds, targetGroups }) => ({ id, label, phrases, kinds, ...(targetGroups ? { targetGroups } : {}) })),
  );
  assert.ok(validateCatalogue?.(catalogue), JSON.stringify(validateCatalogue?.errors));
  const serialized = serializeCatalogue(catalogue);
  assert.ok(!serialized.includes('lawNote') && !serialized.includes('zdůvodnění'));
  assert.deepEqual(Object.keys(JSON.parse(serialized) as object).at(-1), 'lifeSituations');
});

test('without a situations file the catalogue has no lifeSituations field', async () => {
  const { catalogue } = await buildCatalogueFromDirectory(join(root, 'test/fixtures/validation/data'));
  assert.ok(!('lifeSituations' in catalogue));
  assert.ok(!serializeCatalogue(catalogue).includes('lifeSituations'));
});

test('the content version changes with the situations, and only with them', async () => {
  const first = await buildCatalogueFromDirectory(dataWithSituations('first', situationsFile));
  const again = await buildCatalogueFromDirectory(dataWithSituations('again', situationsFile));
  assert.equal(again.catalogue.version, first.catalogue.version);
  const changed = structuredClone(situationsFile);
  changed.situations[0]?.phrases.push('další testovací fráze');
  const second = await buildCatalogueFromDirectory(dataWithSituations('changed', changed));
  assert.deepEqual(second.errors, []);
  assert.notEqual(second.catalogue.version, first.catalogue.version);
  const noteOnly = structuredClone(situationsFile);
  if (noteOnly.situations[0]) noteOnly.situations[0].lawNote = '§ 40 jiné testovací zdůvodnění.';
  const third = await buildCatalogueFromDirectory(dataWithSituations('note', noteOnly));
  assert.equal(third.catalogue.version, first.catalogue.version, 'the law note is not in the catalogue');
});

test('the element keeps the valid situations and skips a broken one, saying where and why', () => {
  const input = structuredClone(fixture) as unknown as Record<string, unknown>;
  const [first, second] = fixture.lifeSituations ?? [];
  input['lifeSituations'] = [first, { ...second, kinds: [{ kind: 1, weight: 9 }] }, 'not a situation', { ...first, label: { cs: 'Duplicitní' } }];
  const result = parseCatalogue(input);
  assert.ok(result.ok);
  assert.deepEqual(result.catalogue.lifeSituations, [first]);
  assert.deepEqual(
    result.skipped.map((entry) => entry.path),
    ['lifeSituations[1]', 'lifeSituations[2]', 'lifeSituations[3]'],
  );
  assert.match(result.skipped[0]?.problems[0] ?? '', /^lifeSituations\[1\]\.kinds\[0\]\.weight: /);
  assert.match(result.skipped[2]?.problems[0] ?? '', /duplicate life situation id "testovaci-situace"/);
  assert.equal(result.catalogue.providers.length, fixture.providers.length, 'broken situations cost no service');
});

test('a catalogue without situations stays without them; one that is not a list is not a catalogue', () => {
  const { lifeSituations, ...withoutSituations } = structuredClone(fixture);
  assert.ok(lifeSituations);
  const result = parseCatalogue(withoutSituations);
  assert.ok(result.ok);
  assert.ok(!('lifeSituations' in result.catalogue));
  const broken = parseCatalogue({ ...withoutSituations, lifeSituations: { id: 'x' } });
  assert.equal(broken.ok, false);
});

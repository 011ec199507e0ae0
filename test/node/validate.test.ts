/**
 * `npm run validate` as a provider runs it: a child process on fixture folders, checking the lines it
 * prints and its exit code.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkFiles } from '../../scripts/lib/catalogue-files.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = 'test/fixtures/validation';
const fixtureData = `${fixtures}/data`;

/** Runs the validator as `npm run validate` would from `userDirectory` (npm runs it in the root, INIT_CWD says where the user is). */
function validateFrom(userDirectory: string, ...args: string[]): { code: number | null; stdout: string; stderr: string; lines: string[] } {
  const env = { ...process.env, INIT_CWD: userDirectory };
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/validate.ts'), ...args], { cwd: root, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.trim().split('\n') };
}

function validate(...args: string[]): ReturnType<typeof validateFrom> {
  return validateFrom(root, ...args);
}

function assertNoStackTrace(output: string): void {
  assert.doesNotMatch(output, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace');
  assert.doesNotMatch(output, /\b(TypeError|RangeError|SyntaxError|ReferenceError)\b/, 'no raw JavaScript error');
}

test('the "done when" provider file: one clear line per problem and exit code 1', () => {
  const file = `${fixtures}/broken/testovaci-poskytovatel.json`;
  const { code, lines, stderr } = validate(file, '--data', fixtureData);
  assert.equal(code, 1);
  assert.equal(stderr, '');
  const expected: Array<[string, string, RegExp]> = [
    ['1:1', 'name', /Chybí povinný údaj: název poskytovatele\. Doplňte pole „name“\./],
    ['3:10', 'ico', /IČO 12345678 nemá platnou kontrolní číslici \(poslední číslice má být 9\)/],
    ['5:13', 'contacts.web[0]', /Webová adresa „javascript:alert\(1\)“ musí být celá adresa začínající https:\/\/ nebo http:\/\//],
    ['13:15', 'services[0].kind', /Druh služby: kód 99 není v číselníku DruhSocialniSluzby/],
    ['14:62', 'services[0].places[0].municipality', /Obec s kódem 999999 není v seznamu obcí/],
    ['17:13', 'services[1].id', /Identifikátor služby „testovaci-poskytovatel-sluzba“ už má jiná služba \(.*, services\[0\]\)/],
  ];
  const problemLines = lines.slice(0, -1);
  assert.equal(problemLines.length, expected.length, lines.join('\n'));
  expected.forEach(([position, field, message], index) => {
    const line = problemLines[index] ?? '';
    assert.ok(line.startsWith(`${file}:${position}  ${field}  chyba: `), line);
    assert.match(line, message);
  });
  assert.equal(lines.at(-1), 'Zkontrolováno 1 soubor: 6 chyb, 0 varování.');
});

test('a trailing comma gets its line and column, and the other files are still checked', () => {
  const { code, lines } = validate(`${fixtures}/trailing-comma`, '--data', fixtureData);
  assert.equal(code, 1);
  assert.deepEqual(lines.slice(0, 2).map((line) => line.split('  ').slice(0, 2)), [
    [`${fixtures}/trailing-comma/testovaci-carka.json:5:88`, '-'],
    [`${fixtures}/trailing-comma/testovaci-ico.json:4:10`, 'ico'],
  ]);
  assert.match(lines[0] ?? '', /Za poslední položkou je čárka navíc/);
  assert.match(lines[1] ?? '', /IČO 00000018 nemá platnou kontrolní číslici \(poslední číslice má být 9\)/);
  assert.equal(lines.at(-1), 'Zkontrolováno 2 soubory: 2 chyby, 0 varování.');
});

test('--lang en prints the same problems in English', () => {
  const { code, lines } = validate(`${fixtures}/trailing-comma`, '--data', fixtureData, '--lang', 'en');
  assert.equal(code, 1);
  assert.match(lines[0] ?? '', /:5:88 {2}- {2}error: There is an extra comma after the last item\./);
  assert.match(lines[1] ?? '', /:4:10 {2}ico {2}error: IČO 00000018 has an invalid check digit \(the last digit should be 9\)/);
  assert.equal(lines.at(-1), 'Checked 2 files: 2 errors, 0 warnings.');
});

test('warnings only: exit code 0', () => {
  const { code, lines } = validate(`${fixtures}/warnings-only`, '--data', fixtureData);
  assert.equal(code, 0);
  assert.match(lines.find((line) => line.includes('testovaci-stary.json')) ?? '', /:4:15 {2}reviewed {2}varování: Údaje poskytovatele byly naposledy ověřeny 2000-01-31, před více než 12 měsíci/);
  assert.match(lines.find((line) => line.includes('testovaci-neovereny.json:1:1')) ?? '', /reviewed {2}varování: Poskytovatel údaje zatím nepotvrdil/);
  assert.match(lines.find((line) => line.includes('municipalityPart')) ?? '', /varování: Obec Testov nemá v seznamu obcí část „Dolní Testov“/);
  assert.equal(lines.at(-1), 'Zkontrolováno 2 soubory: 0 chyb, 3 varování.');
});

test('a complete, valid data folder passes', () => {
  const { code, lines } = validate('--data', fixtureData);
  assert.equal(code, 0);
  assert.deepEqual(lines, ['Zkontrolováno 8 souborů: bez chyb.']);
});

test('explicit paths are still checked against the codebooks and municipalities of catalogue-data/', () => {
  const { code, stdout } = validate(`${fixtures}/broken/testovaci-poskytovatel.json`);
  assert.equal(code, 1);
  assert.match(stdout, /services\[0\]\.kind {2}chyba: Druh služby: kód 99 není v číselníku/);
  assert.match(stdout, /services\[0\]\.places\[0\]\.municipality {2}chyba: Obec s kódem 999999 není v seznamu obcí/);
});

const hostileDir = mkdtempSync(join(tmpdir(), 'validate-hostile-'));
after(() => rmSync(hostileDir, { recursive: true, force: true }));

test('bad input of every kind gets a sentence, never a stack trace', () => {
  const files: Record<string, string | Buffer> = {
    'random.json': Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256)),
    'empty.json': '',
    'whitespace.json': ' \n\t ',
    'binary.json': Buffer.from([0, 1, 2, 123, 125, 255, 254]),
    'huge.json': `{"id": "${'a'.repeat(6 * 1024 * 1024)}"}`,
    'deep.json': `${'['.repeat(100000)}${']'.repeat(100000)}`,
    'top-level-array.json': '[1, 2, 3]',
    'top-level-null.json': 'null',
    'wrong-types.json': JSON.stringify({
      id: 5,
      name: [],
      ico: {},
      contacts: [],
      reviewed: 20260101,
      services: [null, 1, 'x', [], { id: {}, registered: 'yes', kind: '4', forms: 'amb', capacity: [{ form: 1, unit: null, count: '5' }], places: { a: 1 } }],
    }),
    'prototype.json': '{"__proto__": {"polluted": 1}, "constructor": 1, "id": "prototype", "name": "T", "services": [{"id": "t", "registered": false, "name": "T", "toString": 1}]}',
    'comment.json': '{\n  // komentář\n  "id": "comment"\n}',
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(hostileDir, name), content);
  const { code, stdout, stderr, lines } = validate(hostileDir, join(hostileDir, 'missing.json'), '--data', fixtureData);
  assert.equal(code, 1);
  assert.equal(stderr, '');
  assertNoStackTrace(stdout);
  for (const name of [...Object.keys(files), 'missing.json']) {
    assert.ok(lines.some((line) => line.includes(`${name}`) && line.includes('chyba: ')), `a line for ${name}`);
  }
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
});

test('an unknown option is a usage error (exit code 2), not a crash', () => {
  const { code, stderr } = validate('--nonsense');
  assert.equal(code, 2);
  assert.match(stderr, /Použití: npm run validate/);
  assertNoStackTrace(stderr);
});

const strayDir = mkdtempSync(join(tmpdir(), 'validate-stray-'));
after(() => rmSync(strayDir, { recursive: true, force: true }));

/** A copy of the fixture data with provider files the build would skip, and files that are not data. */
function dataWithStrayFiles(): string {
  const data = mkdtempSync(join(strayDir, 'data-'));
  cpSync(join(root, fixtureData), data, { recursive: true });
  // A valid provider of its own: without the warning, checking it alone would pass.
  const provider = JSON.parse(readFileSync(join(data, 'providers', 'testovaci-poskytovatel-a.json'), 'utf8')) as { id: string; services: Array<{ id: string }> };
  provider.id = 'novy';
  provider.services.forEach((service, index) => (service.id = `novy-sluzba-${index}`));
  mkdirSync(join(data, 'providers', 'nove'));
  for (const path of ['providers/novy.JSON', 'providers/novy.json.txt', 'novy.json', 'providers/nove/novy.json']) writeFileSync(join(data, path), JSON.stringify(provider, null, 2));
  writeFileSync(join(data, 'README.md'), '# Data\n');
  writeFileSync(join(data, 'providers', '.DS_Store'), '');
  return data;
}

test('every file under the data folder that the build would skip is an error that says how to fix it', () => {
  const data = dataWithStrayFiles();
  const relativeData = relative(root, data);
  const { code, lines } = validate('--data', data);
  assert.equal(code, 1);
  const line = (path: string) => lines.find((candidate) => candidate.startsWith(`${relativeData}/${path}  -  chyba: `)) ?? '';
  assert.match(line('providers/novy.JSON'), /nenačte, a tak se nezveřejní: čte jen soubory s příponou \.json .*Přejmenujte ho na .*\/providers\/novy\.json\./);
  assert.match(line('providers/novy.json.txt'), /Přejmenujte ho na .*\/providers\/novy\.json\. .*Poznámkový blok přidává \.txt/);
  assert.match(line('novy.json'), /soubory poskytovatelů čte jen přímo ze složky .*\/providers\/, .*Přesuňte ho tam: .*\/providers\/novy\.json\./);
  assert.match(line('providers/nove/novy.json'), /ne z jiných složek ani podsložek\. Přesuňte ho tam: .*\/providers\/novy\.json\./);
  assert.ok(!lines.some((candidate) => /README\.md|\.DS_Store/.test(candidate)), lines.join('\n'));
  assert.equal(lines.at(-1), 'Zkontrolováno 12 souborů: 4 chyby, 0 varování.');
  const english = validate('--data', data, '--lang', 'en');
  assert.match(english.stdout, /novy\.JSON {2}- {2}error: The catalogue build does not read this file, so it will not be published: .*Rename it to /);
  assert.match(english.stdout, /nove\/novy\.json {2}- {2}error: .*Move it there: /);
});

test('a file named explicitly or in a named folder is told when the build would skip it', () => {
  const data = dataWithStrayFiles();
  const single = validate(join(data, 'novy.json'), '--data', data);
  assert.equal(single.code, 1);
  assert.match(single.stdout, /novy\.json {2}- {2}chyba: Sestavení katalogu tento soubor nenačte/);
  assert.equal(single.lines.at(-1), 'Zkontrolováno 1 soubor: 1 chyba, 0 varování.');
  const folder = validate(join(data, 'providers'), '--data', data);
  assert.match(folder.stdout, /novy\.JSON {2}- {2}chyba: Sestavení katalogu tento soubor nenačte/);
  assert.match(folder.stdout, /novy\.json\.txt {2}- {2}chyba: Sestavení katalogu tento soubor nenačte/);
  assert.doesNotMatch(folder.stdout, /testovaci-poskytovatel-a\.json {2}- {2}chyba/);
});

test('relative paths are taken from where the user typed the command, and a missing file is said in words', () => {
  const userDirectory = join(root, fixtures, 'broken');
  const { code, lines } = validateFrom(userDirectory, 'testovaci-poskytovatel.json', 'chybi.json', '--data', join('..', 'data'));
  assert.equal(code, 1);
  assert.ok(lines.some((line) => line.startsWith('testovaci-poskytovatel.json:3:10  ico  chyba: IČO 12345678')), lines.join('\n'));
  const missing = lines.find((line) => line.startsWith('chybi.json  -  chyba: ')) ?? '';
  assert.equal(missing, `chybi.json  -  chyba: Soubor ${join(userDirectory, 'chybi.json')} neexistuje. Zkontrolujte název souboru a složku, ze které příkaz spouštíte.`);
  assert.doesNotMatch(lines.join('\n'), /ENOENT/);
  const english = validateFrom(userDirectory, 'chybi.json', '--lang', 'en');
  assert.match(english.stdout, /chybi\.json {2}- {2}error: The file .*chybi\.json does not exist\. Check the file name and the folder you run the command from\./);
});

test('life-situations.json: a list with too few items says how many it has and needs, not that it is empty', () => {
  const path = join(strayDir, 'life-situations.json');
  const situation = { id: 'testovaci-situace', label: { cs: 'Testovací situace' }, phrases: ['dovoz obědů'], kinds: [{ kind: 4, weight: 3 }], lawNote: 'Pečovatelská služba podle § 40.' };
  writeFileSync(path, JSON.stringify({ source: 'Testovací', situations: [situation] }, null, 2));
  const { problems } = checkFiles({ files: [path], dataDir: join(root, fixtureData), today: '2026-09-04' });
  assert.deepEqual(problems.map((problem) => [problem.path.join('.'), problem.code, problem.params]), [['situations.0.phrases', 'tooFewItems', { count: 1, min: 3 }]]);
});

test('life-situations.json: leaving out an empty list is offered only for an optional one', () => {
  const path = join(strayDir, 'life-situations.json');
  const situation = { id: 'testovaci-situace', label: { cs: 'Testovací situace' }, phrases: ['dovoz obědů', 'obědy domů', 'teplé jídlo'], kinds: [], targetGroups: [], lawNote: 'Pečovatelská služba podle § 40.' };
  writeFileSync(path, JSON.stringify({ source: 'Testovací', situations: [situation] }, null, 2));
  const { problems } = checkFiles({ files: [path], dataDir: join(root, fixtureData), today: '2026-09-04' });
  assert.deepEqual(problems.map((problem) => `${problem.path.join('.')} ${problem.code}`).sort(), ['situations.0.kinds emptyList', 'situations.0.targetGroups emptyOptionalList']);
});

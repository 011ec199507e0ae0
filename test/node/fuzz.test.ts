/**
 * Fuzzing the data tools with fast-check: a catalogue-data folder whose files are replaced by random bytes,
 * random JSON or randomly damaged copies of the real files never crashes the validator or the data build.
 * In process, no run throws and every broken file is named; as commands, `npm run validate` and
 * `npm run build:data` exit with 1 and a sentence, never a stack trace, and the build writes nothing.
 * The element's sliced validation gives the same answer as the plain one on the same random input.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseCatalogue, parseCatalogueInSlices } from '../../src/catalogue/parse.js';
import { buildCatalogueFromDirectory } from '../../scripts/lib/catalogue-build.js';
import { checkFiles, listDataFiles, todayInPrague } from '../../scripts/lib/catalogue-files.js';
import { damage, damaged, type Damage, type Json } from '../fixtures/hostile/damage.js';
import { fixtureCatalogue } from '../fixtures/catalogue/catalogue.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const realData = join(root, 'catalogue-data');
const work = mkdtempSync(join(tmpdir(), 'fuzz-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The data files, relative to the data folder: codebooks, municipalities, life situations, providers. */
const dataFiles = listDataFiles(realData).map((path) => relative(realData, path));

type Breakage =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'json'; text: string }
  | { kind: 'damage'; damages: Damage[] };

const breakage: fc.Arbitrary<Breakage> = fc.oneof(
  fc.record({ kind: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 2000 }) }),
  fc.record({ kind: fc.constant('json' as const), text: fc.json({ maxDepth: 3 }) }),
  fc.record({ kind: fc.constant('damage' as const), damages: fc.array(damage, { minLength: 1, maxLength: 4 }) }),
);

/** Which file to break (an index into the data files, or a new provider file) and how. */
const brokenFile = fc.record({ file: fc.oneof(fc.nat(), fc.constant(-1)), breakage });

let runs = 0;

/** A copy of catalogue-data with the given files broken; returns the folder and the files replaced by noise. */
function brokenDataDir(broken: ReadonlyArray<{ file: number; breakage: Breakage }>): { dir: string; noise: string[] } {
  const dir = join(work, `run-${++runs}`);
  cpSync(realData, dir, { recursive: true });
  // The last breakage of a file wins, as if the same file had been saved again.
  const breakages = new Map<string, Breakage>();
  broken.forEach(({ file, breakage: how }, index) => {
    breakages.set(file < 0 ? join('providers', `testovaci-nahodny-${index}.json`) : (dataFiles[file % dataFiles.length] ?? ''), how);
  });
  const noise: string[] = [];
  for (const [name, how] of breakages) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    if (how.kind === 'damage') {
      const original = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Json) : {};
      writeFileSync(path, JSON.stringify(damaged(original, how.damages), null, 2));
    } else {
      writeFileSync(path, how.kind === 'bytes' ? how.bytes : how.text);
      noise.push(path);
    }
  }
  return { dir, noise };
}

test('random bytes, random JSON and damaged files: the checks and the build never throw, and name every broken file', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(brokenFile, { minLength: 1, maxLength: 3 }), async (broken) => {
      const { dir, noise } = brokenDataDir(broken);
      try {
        const { problems } = checkFiles({ files: listDataFiles(dir), dataDir: dir, today: todayInPrague(), complete: true });
        for (const path of noise) {
          assert.ok(
            problems.some((problem) => problem.file.endsWith(relative(dir, path)) || problem.file === path),
            `a problem for ${relative(dir, path)}`,
          );
        }
        const { errors } = await buildCatalogueFromDirectory(dir);
        if (noise.length > 0) assert.ok(errors.length > 0, 'the build refuses the broken data');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }),
    { numRuns: 40 },
  );
});

function runScript(script: string, ...args: string[]): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function assertPlainMessage(output: string): void {
  assert.match(output, /\S/, 'says something');
  assert.doesNotMatch(output, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace');
  assert.doesNotMatch(output, /\b(TypeError|RangeError|SyntaxError|ReferenceError)\b/, 'no raw JavaScript error');
  assert.doesNotMatch(output, /neočekávanou chybou/, 'no internal error caught at the top');
}

test('npm run validate and npm run build:data on random data: exit 1 with a message, no stack trace, nothing written', () => {
  // A few runs only: each starts two Node processes.
  const samples = fc.sample(fc.array(brokenFile, { minLength: 2, maxLength: 4 }), { numRuns: 3, seed: 20_260_917 });
  for (const broken of samples) {
    // At least one file of pure noise, so that the data are certainly invalid.
    const { dir } = brokenDataDir([...broken, { file: -1, breakage: { kind: 'bytes', bytes: new Uint8Array([0xff, 0xfe, 0x7b, 0x00]) } }]);
    const out = join(dir, 'out', 'catalogue.json');
    const validate = runScript('scripts/validate.ts', '--data', dir);
    assert.equal(validate.code, 1, validate.output);
    assertPlainMessage(validate.output);
    assert.match(validate.output, /testovaci-nahodny-\d+\.json/);
    const build = runScript('scripts/build-data.ts', '--data', dir, '--out', out);
    assert.equal(build.code, 1, build.output);
    assertPlainMessage(build.output);
    assert.match(build.output, /Katalog nebyl sestaven/);
    assert.equal(existsSync(out), false, 'nothing written');
  }
});

test('an empty or missing data folder: exit 1 with a message', () => {
  const empty = join(work, 'empty');
  mkdirSync(empty, { recursive: true });
  for (const dir of [empty, join(work, 'missing')]) {
    const validate = runScript('scripts/validate.ts', '--data', dir);
    assert.equal(validate.code, 1, validate.output);
    assertPlainMessage(validate.output);
    const build = runScript('scripts/build-data.ts', '--data', dir, '--out', join(dir, 'catalogue.json'));
    assert.equal(build.code, 1, build.output);
    assertPlainMessage(build.output);
  }
});

const catalogue = fixtureCatalogue() as unknown as Json;

test('sliced validation gives the same result as the plain one, for random and damaged catalogues', async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>, fc.array(damage, { minLength: 1, maxLength: 5 }).map((d) => damaged(catalogue, d))), async (input) => {
      assert.deepEqual(await parseCatalogueInSlices(structuredClone(input)), parseCatalogue(structuredClone(input)));
    }),
    { numRuns: 200 },
  );
});

test('sliced validation of a big catalogue lets other work run between slices, and stops when aborted', async () => {
  const template = fixtureCatalogue().providers[0];
  assert.ok(template);
  const big = {
    ...fixtureCatalogue(),
    providers: Array.from({ length: 3000 }, (_, index) => ({
      ...template,
      id: `testovaci-poskytovatel-${index}`,
      services: template.services.map((service) => ({ ...service, id: `${service.id}-${index}` })),
    })),
  };
  let ticks = 0;
  const ticker = setInterval(() => ticks++, 1);
  const result = await parseCatalogueInSlices(big);
  clearInterval(ticker);
  assert.ok(result.ok && result.catalogue.providers.length === 3000);
  assert.ok(ticks > 0, 'timers ran during the validation');

  const controller = new AbortController();
  const parsing = parseCatalogueInSlices(big, controller.signal);
  controller.abort();
  await assert.rejects(parsing, { name: 'AbortError' });
});

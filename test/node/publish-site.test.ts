/**
 * `npm run publish:site`: demo pages rewritten for the built bundle, the catalogue with its versioned
 * copies carried over from the live site, and a check that fails on every kind of broken folder. Also
 * holds the deploy workflow to the same steps.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildCatalogueFromDirectory, serializeCatalogue } from '../../scripts/lib/catalogue-build.js';
import { buildIfMissing } from '../../scripts/lib/publish-package.js';
import { startStaticServer } from '../../scripts/lib/publish-server.js';
import { assembleSite, checkSite, localReferences, rewriteDemoPage, type SiteSources } from '../../scripts/lib/publish-site.js';
import {
  fetchPublishedVersions,
  type FetchText,
  hashedCatalogueName,
  mergeVersions,
  nameMatchesVersion,
  parseVersionsIndex,
  type PublishedVersion,
  versionOf,
  versionsIndex,
} from '../../scripts/lib/publish-versions.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'publish-site-'));
after(() => rmSync(work, { recursive: true, force: true }));

const rewrites = [
  { name: 'the dev entry becomes the bundle', html: '<script type="module" src="./main.ts"></script>', expected: '<script type="module" src="./social-services-catalogue.js"></script>' },
  { name: 'a nested dev entry too', html: '<script type="module" src="../demo/main.ts"></script>', expected: '<script type="module" src="./social-services-catalogue.js"></script>' },
  { name: 'a root-relative catalogue becomes relative', html: '<x-y src="/catalogue.json"></x-y>', expected: '<x-y src="./catalogue.json"></x-y>' },
  { name: 'relative links stay', html: '<a href="./en.html">English</a><link href="site.css">', expected: '<a href="./en.html">English</a><link href="site.css">' },
  { name: 'fragments stay', html: '<a href="#obsah">', expected: '<a href="#obsah">' },
  { name: 'other sites stay', html: '<a href="https://example.org/main.ts"></a><script src="//cdn.example.org/x.js">', expected: '<a href="https://example.org/main.ts"></a><script src="//cdn.example.org/x.js">' },
  { name: 'data URLs stay', html: '<link rel="icon" href="data:," />', expected: '<link rel="icon" href="data:," />' },
];
for (const { name, html, expected } of rewrites) {
  test(`rewriteDemoPage: ${name}`, () => assert.equal(rewriteDemoPage(html), expected));
}

test('localReferences: local src and href values without query or fragment', () => {
  const html = '<a href="#top"></a><a href="./en.html#x"></a><img src="logo.svg?v=2"><a href="mailto:obec@example.cz"></a><a href="https://example.org"></a><a href="./">';
  assert.deepEqual(localReferences(html), ['./en.html', 'logo.svg', './']);
});

const names = [
  { version: 'a6aec592ffbac378f2f605a1954a2f7bd3a2c4a243e8a86c2b8088d55041e814', expected: 'catalogue.a6aec592ffba.json' },
  { version: '0000000000000000', expected: 'catalogue.000000000000.json' },
];
for (const { version, expected } of names) {
  test(`hashedCatalogueName(${version.slice(0, 16)}…)`, () => {
    assert.equal(hashedCatalogueName(version), expected);
    assert.ok(nameMatchesVersion(expected, version));
  });
}
for (const version of ['', 'A6AEC592FFBAC378', '../../etc/passwd', 'a6aec592ffba']) {
  test(`hashedCatalogueName refuses "${version}"`, () => assert.throws(() => hashedCatalogueName(version), /Not a catalogue content version/));
}
test('nameMatchesVersion: another version, another name pattern', () => {
  assert.equal(nameMatchesVersion('catalogue.a6aec592ffba.json', 'b6aec592ffbac378'), false);
  assert.equal(nameMatchesVersion('catalogue.json', 'a6aec592ffbac378'), false);
  assert.equal(nameMatchesVersion('x/catalogue.a6aec592ffba.json', 'a6aec592ffbac378'), false);
});

/** A synthetic catalogue text with the given version and date (fixture data, only the envelope differs). */
let fixtureText = '';
function catalogueText(version: string, built: string): string {
  return fixtureText.replace(/"version":"[0-9a-f]+","built":"[0-9-]+"/, `"version":"${version}","built":"${built}"`);
}
const versionA = 'a'.repeat(64);
const versionB = 'b'.repeat(64);
const versionC = 'c'.repeat(64);

before(async () => {
  const { catalogue, errors } = await buildCatalogueFromDirectory(join(root, 'test/fixtures/validation/data'));
  assert.deepEqual(errors, []);
  fixtureText = serializeCatalogue(catalogue);
});

test('mergeVersions: the current version first, then the rest newest first; an earlier copy under the same name is kept as it was', () => {
  const current = versionOf(catalogueText(versionB, '2026-10-01'));
  const previous = [
    versionOf(catalogueText(versionA, '2026-09-01')),
    versionOf(catalogueText(versionB, '2026-09-15')),
    versionOf(catalogueText(versionC, '2026-09-20')),
  ];
  const merged = mergeVersions(current, previous);
  assert.deepEqual(
    merged.map((copy) => [copy.entry.file, copy.entry.built]),
    [
      ['catalogue.bbbbbbbbbbbb.json', '2026-09-15'],
      ['catalogue.cccccccccccc.json', '2026-09-20'],
      ['catalogue.aaaaaaaaaaaa.json', '2026-09-01'],
    ],
  );
  assert.equal(versionsIndex(merged).latest, 'catalogue.bbbbbbbbbbbb.json');
});

test('parseVersionsIndex reads what versionsIndex writes and refuses broken indexes', () => {
  const index = versionsIndex([versionOf(catalogueText(versionA, '2026-09-01'))]);
  assert.deepEqual(parseVersionsIndex(JSON.stringify(index)), index);
  const entry = index.versions[0];
  const broken = [
    { ...index, formatVersion: 2 },
    { ...index, latest: 'catalogue.bbbbbbbbbbbb.json' },
    { ...index, versions: [{ ...entry, file: 'catalogue.bbbbbbbbbbbb.json' }] },
    { ...index, versions: [{ ...entry, sha256: 'abc' }] },
    { ...index, versions: 'all' },
  ];
  for (const value of broken) assert.throws(() => parseVersionsIndex(JSON.stringify(value)), /catalogue-versions\.json/, JSON.stringify(value));
});

/** A demo folder, a bundle and custom-elements.json as the real build leaves them, in small. */
function sources(catalogue: string, previousVersions: readonly PublishedVersion[] = []): SiteSources {
  const demoDir = join(work, 'demo');
  mkdirSync(demoDir, { recursive: true });
  writeFileSync(join(demoDir, 'index.html'), '<!doctype html><link rel="stylesheet" href="./site.css"><script type="module" src="./main.ts"></script><a href="./en.html">EN</a><testovaci-prvek src="/catalogue.json"></testovaci-prvek>\n');
  writeFileSync(join(demoDir, 'en.html'), '<!doctype html><script type="module" src="./main.ts"></script><a href="./">CS</a>\n');
  writeFileSync(join(demoDir, 'site.css'), 'body { margin: 0; }\n');
  writeFileSync(join(demoDir, 'main.ts'), "import '../src/index.js';\n");
  writeFileSync(join(work, 'bundle.js'), 'export {};\n');
  writeFileSync(join(work, 'custom-elements.json'), '{"schemaVersion":"1.0.0","modules":[]}\n');
  writeFileSync(join(work, 'catalogue.json'), catalogue);
  return {
    demoDir,
    demoFiles: ['en.html', 'index.html', 'main.ts', 'site.css'],
    bundle: join(work, 'bundle.js'),
    catalogue: join(work, 'catalogue.json'),
    manifest: join(work, 'custom-elements.json'),
    previousVersions,
  };
}

test('assembleSite writes the pages for the bundle, the catalogue under both names and the index; checkSite finds nothing wrong', () => {
  const out = join(work, 'site-ok');
  const index = assembleSite(out, sources(fixtureText));
  assert.deepEqual(checkSite(out), []);
  const file = hashedCatalogueName(versionOf(fixtureText).entry.version);
  assert.equal(index.latest, file);
  assert.equal(readFileSync(join(out, file), 'utf8'), fixtureText);
  assert.equal(readFileSync(join(out, 'catalogue.json'), 'utf8'), fixtureText);
  const page = readFileSync(join(out, 'index.html'), 'utf8');
  assert.match(page, /src="\.\/social-services-catalogue\.js"/);
  assert.match(page, /src="\.\/catalogue\.json"/);
  assert.throws(() => readFileSync(join(out, 'main.ts')), /ENOENT/);
});

test('assembleSite refuses to empty a folder that is not an earlier site', () => {
  const out = join(work, 'not-a-site');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'poznamky.txt'), 'Testovací poznámka\n');
  assert.throws(() => assembleSite(out, sources(fixtureText)), /refusing to replace it/);
  assert.equal(readFileSync(join(out, 'poznamky.txt'), 'utf8'), 'Testovací poznámka\n');
});

const breakages: Array<{ name: string; breakSite: (dir: string) => void; expected: RegExp }> = [
  { name: 'no bundle', breakSite: (dir) => unlinkSync(join(dir, 'social-services-catalogue.js')), expected: /^social-services-catalogue\.js is missing/ },
  { name: 'no index page', breakSite: (dir) => unlinkSync(join(dir, 'index.html')), expected: /^index\.html is missing/ },
  { name: 'no versions index', breakSite: (dir) => unlinkSync(join(dir, 'catalogue-versions.json')), expected: /^catalogue-versions\.json is missing/ },
  { name: 'an empty bundle', breakSite: (dir) => writeFileSync(join(dir, 'social-services-catalogue.js'), ''), expected: /is empty/ },
  { name: 'a manifest that is not JSON', breakSite: (dir) => writeFileSync(join(dir, 'custom-elements.json'), '{'), expected: /custom-elements\.json: not JSON/ },
  { name: 'a catalogue that is not JSON', breakSite: (dir) => writeFileSync(join(dir, 'catalogue.json'), '{"formatVersion":'), expected: /catalogue\.json: not JSON/ },
  {
    name: 'a catalogue the schema refuses',
    breakSite: (dir) => writeFileSync(join(dir, 'catalogue.json'), fixtureText.replace('"formatVersion":1', '"formatVersion":1,"extra":true')),
    expected: /^catalogue\.json: must NOT have additional properties/,
  },
  {
    name: 'a service with a broken field',
    breakSite: (dir) => writeFileSync(join(dir, 'catalogue.json'), fixtureText.replace(/"kind":\d+/, '"kind":"pečovatelská služba"')),
    expected: /^catalogue\.json\/providers\/0\/services\/0\/kind: must be integer/,
  },
  {
    name: 'catalogue.json newer than the index says',
    breakSite: (dir) => writeFileSync(join(dir, 'catalogue.json'), catalogueText(versionC, '2026-10-01')),
    expected: /latest is catalogue\.[0-9a-f]{12}\.json, but catalogue\.json is catalogue\.cccccccccccc\.json/,
  },
  {
    name: 'a hashed copy changed after publishing',
    breakSite: (dir) => writeFileSync(join(dir, hashedCatalogueName(versionOf(fixtureText).entry.version)), fixtureText.replace('Testovací', 'Upravený')),
    expected: /do not match the SHA-256/,
  },
  {
    name: 'a hashed copy listed but gone',
    breakSite: (dir) => unlinkSync(join(dir, hashedCatalogueName(versionOf(fixtureText).entry.version))),
    expected: /listed in catalogue-versions\.json but missing/,
  },
  {
    name: 'a hashed copy nobody listed',
    breakSite: (dir) => writeFileSync(join(dir, 'catalogue.cccccccccccc.json'), catalogueText(versionC, '2026-10-01')),
    expected: /catalogue\.cccccccccccc\.json is not listed/,
  },
  {
    name: 'a page that still loads the dev entry',
    breakSite: (dir) => writeFileSync(join(dir, 'en.html'), '<script type="module" src="./main.ts"></script>'),
    expected: /en\.html still loads \.\/main\.ts/,
  },
  {
    name: 'a page that links to a file the site lacks',
    breakSite: (dir) => writeFileSync(join(dir, 'en.html'), '<a href="./tisk.html">Tisk</a>'),
    expected: /en\.html refers to \.\/tisk\.html, which the site does not have/,
  },
  {
    name: 'a page that links outside the site',
    breakSite: (dir) => writeFileSync(join(dir, 'en.html'), '<a href="../package.json">x</a>'),
    expected: /refers to \.\.\/package\.json/,
  },
];
for (const { name, breakSite, expected } of breakages) {
  test(`checkSite finds ${name}`, () => {
    const out = join(work, `site-broken-${name.replace(/\W+/g, '-')}`);
    assembleSite(out, sources(fixtureText));
    breakSite(out);
    const problems = checkSite(out);
    assert.ok(problems.some((problem) => expected.test(problem)), `expected ${String(expected)} in:\n${problems.join('\n')}`);
  });
}

test('fetchPublishedVersions: no index yet is a first deployment; a listed copy is checked against its hash', async () => {
  const copyA = versionOf(catalogueText(versionA, '2026-09-01'));
  const files = new Map<string, string>([
    ['/site/catalogue-versions.json', JSON.stringify(versionsIndex([copyA]))],
    [`/site/${copyA.entry.file}`, copyA.text],
  ]);
  const requested: string[] = [];
  const get: FetchText = (url) => {
    requested.push(url.href);
    const text = files.get(url.pathname);
    return Promise.resolve(text === undefined ? { status: 404, text: '' } : { status: 200, text });
  };
  assert.deepEqual(await fetchPublishedVersions('https://example.org/other', get), []);
  assert.deepEqual(await fetchPublishedVersions('https://example.org/site', get), [copyA]);
  assert.ok(requested.includes(`https://example.org/site/${copyA.entry.file}`), 'a site address without a trailing slash is a folder');

  files.set(`/site/${copyA.entry.file}`, copyA.text.replace('Testovací', 'Podvržený'));
  await assert.rejects(fetchPublishedVersions('https://example.org/site/', get), /do not match the SHA-256/);
  files.delete(`/site/${copyA.entry.file}`);
  await assert.rejects(fetchPublishedVersions('https://example.org/site/', get), /HTTP 404/);
  await assert.rejects(fetchPublishedVersions('https://example.org/site/', () => Promise.resolve({ status: 503, text: '' })), /HTTP 503/);
});

/** Runs the CLI without blocking this process, which may be serving the "live" site it reads. */
function publishSite(...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/publish-site.ts', '--skip-build', ...args], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolveRun({ code, output }));
  });
}

test('npm run publish:site -- --previous-site carries the live site\'s versions over; a second deployment keeps the first one\'s copy', async () => {
  buildIfMissing(root, 'build', 'dist/social-services-catalogue.js');
  buildIfMissing(root, 'build:data', 'dist/catalogue.json');
  const live = join(work, 'live');
  const first = await publishSite('--out', live);
  assert.equal(first.code, 0, first.output);
  assert.deepEqual(checkSite(live), []);
  // The live site also has an older version that today's build no longer produces.
  const older = versionOf(catalogueText(versionA, '2020-01-01'));
  const liveIndex = parseVersionsIndex(readFileSync(join(live, 'catalogue-versions.json'), 'utf8'));
  writeFileSync(join(live, older.entry.file), older.text);
  writeFileSync(join(live, 'catalogue-versions.json'), JSON.stringify({ ...liveIndex, versions: [...liveIndex.versions, older.entry] }));

  const server = await startStaticServer({ root: live });
  try {
    const next = join(work, 'next');
    const second = await publishSite('--out', next, '--previous-site', server.url);
    assert.equal(second.code, 0, second.output);
    assert.match(second.output, /2 published catalogue versions carried over/);
    const index = parseVersionsIndex(readFileSync(join(next, 'catalogue-versions.json'), 'utf8'));
    assert.deepEqual(index.versions.map((entry) => entry.file), [liveIndex.latest, older.entry.file]);
    assert.equal(readFileSync(join(next, older.entry.file), 'utf8'), older.text);
    assert.deepEqual(checkSite(next), []);
  } finally {
    await server.close();
  }
});

test('npm run publish:site exits 1 with the reason when the live site cannot be read, and writes nothing', async () => {
  const out = join(work, 'cli-unreachable');
  const result = await publishSite('--out', out, '--previous-site', 'http://127.0.0.1:9/');
  assert.equal(result.code, 1);
  assert.match(result.output, /fetch failed/);
  assert.equal(existsSync(out), false);
});

test('the deploy workflow runs the same steps: npm ci, npm test, publish:site, then uploads site/ to GitHub Pages', () => {
  const workflow = readFileSync(join(root, '.github/workflows/deploy.yml'), 'utf8');
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const commands = [...workflow.matchAll(/^\s*(?:-\s+)?run:\s*(.+)$/gm)].map((match) => (match[1] ?? '').trim());
  const npmSteps = commands.filter((command) => command.startsWith('npm '));
  const order = ['npm ci', 'npm test', 'npm run publish:site'].map((step) => npmSteps.findIndex((command) => command.startsWith(step)));
  assert.ok(order.every((position, index) => position >= 0 && (index === 0 || position > (order[index - 1] ?? -1))), `steps in order: ${npmSteps.join(' | ')}`);
  for (const command of npmSteps) {
    const script = /^npm run ([\w:-]+)/.exec(command)?.[1];
    if (script) assert.ok(script in scripts, `the workflow runs npm run ${script}, which package.json does not have`);
  }
  assert.match(workflow, /^\s*push:\s*\n\s*branches:\s*\[main\]/m);
  assert.match(workflow, /uses: actions\/upload-pages-artifact@v\d+\s*\n\s*with:\s*\n\s*path: site\b/);
  assert.match(workflow, /uses: actions\/deploy-pages@v\d+/);
  assert.match(workflow, /pages: write/);
  assert.match(workflow, /id-token: write/);
});

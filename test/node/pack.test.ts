/**
 * `npm pack`: exactly the bundle, the type declarations, custom-elements.json, README, licence and
 * changelog; package.json points at files the package has; the declarations work for a TypeScript user
 * who imports the package by name.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  buildIfMissing,
  comparePackFiles,
  expectedPackFiles,
  packFileList,
  PACKAGE_FILES,
  TYPES_DIR,
} from '../../scripts/lib/publish-package.js';
import { listFilesUnder } from '../../scripts/lib/publish-site.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'pack-'));
after(() => rmSync(work, { recursive: true, force: true }));

interface PackageJson {
  name: string;
  version: string;
  main: string;
  module: string;
  types: string;
  exports: Record<string, string | Record<string, string>>;
  sideEffects: string[];
  dependencies: Record<string, string>;
}
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

function typeFiles(): string[] {
  return listFilesUnder(join(root, TYPES_DIR)).map((file) => `${TYPES_DIR}/${file}`);
}

let packed: ReturnType<typeof packFileList>;
before(() => {
  buildIfMissing(root, 'build', 'dist/social-services-catalogue.js');
  buildIfMissing(root, 'build:types', `${TYPES_DIR}/index.d.ts`);
  packed = packFileList(root);
});

const comparisons = [
  { name: 'the exact list', actual: ['README.md', 'LICENSE'], expected: ['LICENSE', 'README.md'], missing: [], unexpected: [] },
  { name: 'an extra file sneaks in', actual: ['LICENSE', 'dist/catalogue.json'], expected: ['LICENSE'], missing: [], unexpected: ['dist/catalogue.json'] },
  { name: 'a file is left out', actual: ['LICENSE'], expected: ['CHANGELOG.md', 'LICENSE'], missing: ['CHANGELOG.md'], unexpected: [] },
];
for (const { name, actual, expected, missing, unexpected } of comparisons) {
  test(`comparePackFiles: ${name}`, () => {
    assert.deepEqual(comparePackFiles(actual, expected), { missing, unexpected });
  });
}

test('expectedPackFiles takes declaration files only, and only from dist/types', () => {
  const expected = expectedPackFiles(['dist/types/index.d.ts', 'dist/types/index.js', 'src/index.d.ts', 'dist/types/a/b.d.ts']);
  assert.deepEqual(expected, [...PACKAGE_FILES, 'dist/types/a/b.d.ts', 'dist/types/index.d.ts'].sort());
});

test('npm pack puts exactly the bundle, types, custom-elements.json, README, licence and changelog in the package', () => {
  const { missing, unexpected } = comparePackFiles(packed.files, expectedPackFiles(typeFiles()));
  assert.deepEqual({ missing, unexpected }, { missing: [], unexpected: [] });
  assert.ok(packed.files.includes(`${TYPES_DIR}/index.d.ts`));
  assert.ok(packed.size < 200_000, `the packed package is ${packed.size} bytes`);
});

test('main, module, types, exports and sideEffects point at files in the package', () => {
  const files = new Set(packed.files);
  const targets = [
    packageJson.main,
    packageJson.module,
    packageJson.types,
    ...Object.values(packageJson.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
    ...packageJson.sideEffects,
  ];
  for (const target of targets) assert.ok(files.has(target.replace(/^\.\//, '')), `${target} is not in the package`);
  assert.deepEqual(Object.keys(packageJson.exports).sort(), ['.', './custom-elements.json']);
  assert.ok(packageJson.sideEffects.includes(packageJson.main), 'the entry defines the element: it has side effects');
});

test('the version is semver and the changelog has a section for it', () => {
  assert.match(packageJson.version, /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/);
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  assert.match(changelog, new RegExp(`^## \\[${packageJson.version.replaceAll('.', '\\.')}\\]`, 'm'));
});

test('a TypeScript user importing the package by name gets the element, its events and the tag name map', () => {
  const project = join(work, 'consumer');
  const modules = join(project, 'node_modules');
  const installed = join(modules, packageJson.name);
  mkdirSync(installed, { recursive: true });
  // The package as npm would install it: only the packed files, dependencies beside it.
  for (const file of packed.files) {
    mkdirSync(join(installed, file, '..'), { recursive: true });
    writeFileSync(join(installed, file), readFileSync(join(root, file)));
  }
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== packageJson.name && !entry.startsWith('.')) symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  writeFileSync(
    join(project, 'consumer.ts'),
    [
      `import { SocialServicesCatalogue, tagName, type Catalogue, type CatalogueLoadEvent } from '${packageJson.name}';`,
      `const element: SocialServicesCatalogue = document.createElement(tagName);`,
      `element.src = 'https://example.org/catalogue.json';`,
      `element.addEventListener('catalogue-load', (event: CatalogueLoadEvent) => console.log(event.serviceCount));`,
      `export const built: Catalogue['built'] | undefined = undefined;`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, lib: ['ES2023', 'DOM'], types: [] },
      files: ['consumer.ts'],
    }),
  );
  writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});

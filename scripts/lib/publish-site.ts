/**
 * The static site the deploy workflow publishes (GitHub Pages, or any static server): the demo pages
 * rewritten to load the built bundle, the bundle, catalogue.json with its versioned copies and their
 * index, and custom-elements.json; and the checks the assembled folder must pass before it is deployed.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import { repositoryRoot } from './catalogue-files.js';
import { createSchemaValidators } from './json-schema.js';
import {
  checkPublishedVersion,
  mergeVersions,
  parseVersionsIndex,
  type PublishedVersion,
  type VersionsIndex,
  versionOf,
  VERSIONS_INDEX,
  versionsIndex,
} from './publish-versions.js';

export const SITE_BUNDLE = 'social-services-catalogue.js';
export const SITE_CATALOGUE = 'catalogue.json';
export const SITE_MANIFEST = 'custom-elements.json';
export const REQUIRED_SITE_FILES = ['index.html', SITE_BUNDLE, SITE_CATALOGUE, SITE_MANIFEST, VERSIONS_INDEX] as const;

const ATTRIBUTE_URL = /\b(src|href)="([^"]*)"/g;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function isLocal(url: string): boolean {
  return url !== '' && !url.startsWith('#') && !url.startsWith('//') && !HAS_SCHEME.test(url);
}

/**
 * A demo page as the site serves it: the TypeScript entry the dev server compiles becomes the built
 * bundle, and root-relative URLs become relative, because a project site lives under a path
 * (https://owner.github.io/social-services-catalogue/).
 */
export function rewriteDemoPage(html: string): string {
  return html.replace(ATTRIBUTE_URL, (whole, attribute: string, url: string) => {
    if (!isLocal(url)) return whole;
    if (/\.ts$/.test(url)) return `${attribute}="./${SITE_BUNDLE}"`;
    if (url.startsWith('/')) return `${attribute}=".${url}"`;
    return whole;
  });
}

/** The local files a page refers to by src or href, without query or fragment. */
export function localReferences(html: string): string[] {
  return [...html.matchAll(ATTRIBUTE_URL)]
    .map((match) => (match[2] ?? '').replace(/[?#].*$/, ''))
    .filter((url) => isLocal(url));
}

/** Every file under dir, as forward-slash paths relative to it. */
export function listFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The demo's files as committed (untracked experiments stay out), or every file outside git. */
export function listDemoFiles(demoDir: string): string[] {
  try {
    const tracked = execFileSync('git', ['ls-files', '-z', '--', '.'], { cwd: demoDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = tracked.split('\0').filter((file) => file !== '');
    if (files.length > 0) return files.sort();
  } catch {
    // Not a git checkout: take the folder as it is.
  }
  return listFilesUnder(demoDir);
}

export interface SiteSources {
  demoDir: string;
  /** Paths relative to demoDir; TypeScript files are left out, pages are rewritten, the rest is copied. */
  demoFiles: readonly string[];
  bundle: string;
  catalogue: string;
  manifest: string;
  /** Versions the live site already publishes, carried over so their URLs keep working. */
  previousVersions?: readonly PublishedVersion[];
}

/** Empties outDir, refusing a folder that does not look like an earlier site: a wrong --out must not delete work. */
function prepareOutDir(outDir: string): void {
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(join(outDir, VERSIONS_INDEX))) {
    throw new Error(`${outDir} is not empty and holds no ${VERSIONS_INDEX}: refusing to replace it.`);
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
}

/** Writes the site into outDir and returns its versions index. */
export function assembleSite(outDir: string, sources: SiteSources): VersionsIndex {
  prepareOutDir(outDir);
  for (const file of sources.demoFiles) {
    if (file.endsWith('.ts')) continue;
    const target = join(outDir, file);
    mkdirSync(dirname(target), { recursive: true });
    if (file.endsWith('.html')) writeFileSync(target, rewriteDemoPage(readFileSync(join(sources.demoDir, file), 'utf8')));
    else copyFileSync(join(sources.demoDir, file), target);
  }
  copyFileSync(sources.bundle, join(outDir, SITE_BUNDLE));
  copyFileSync(sources.manifest, join(outDir, SITE_MANIFEST));
  const catalogueText = readFileSync(sources.catalogue, 'utf8');
  writeFileSync(join(outDir, SITE_CATALOGUE), catalogueText);
  const versions = mergeVersions(versionOf(catalogueText), sources.previousVersions ?? []);
  for (const copy of versions) writeFileSync(join(outDir, copy.entry.file), copy.text);
  const index = versionsIndex(versions);
  writeFileSync(join(outDir, VERSIONS_INDEX), `${JSON.stringify(index, null, 2)}\n`);
  return index;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function checkCatalogue(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [`${SITE_CATALOGUE}: not JSON (${errorText(error)}).`];
  }
  const validate = createSchemaValidators(join(repositoryRoot, 'schema'))('catalogue');
  if (!validate) return ['schema/catalogue.schema.json is missing.'];
  if (!validate(value)) {
    return (validate.errors ?? []).slice(0, 10).map((error) => `${SITE_CATALOGUE}${error.instancePath}: ${error.message ?? 'invalid'}.`);
  }
  // The element's own check: what it would skip is not fit to publish either.
  const parsed = parseCatalogue(value);
  if (!parsed.ok) return parsed.problems.map((problem) => `${SITE_CATALOGUE}: ${problem}`);
  return parsed.skipped.flatMap((entry) => entry.problems.map((problem) => `${SITE_CATALOGUE} ${entry.path}: ${problem}`));
}

function checkVersions(dir: string, files: readonly string[], catalogueText: string): string[] {
  let index: VersionsIndex;
  let currentFile: string;
  let currentVersion: string;
  try {
    index = parseVersionsIndex(readFileSync(join(dir, VERSIONS_INDEX), 'utf8'));
    ({ file: currentFile, version: currentVersion } = versionOf(catalogueText).entry);
  } catch (error) {
    return [errorText(error)];
  }
  const problems: string[] = [];
  if (index.latest !== currentFile) problems.push(`${VERSIONS_INDEX}: latest is ${index.latest}, but ${SITE_CATALOGUE} is ${currentFile}.`);
  for (const entry of index.versions) {
    if (!files.includes(entry.file)) problems.push(`${entry.file} is listed in ${VERSIONS_INDEX} but missing.`);
    else problems.push(...checkPublishedVersion({ entry, text: readFileSync(join(dir, entry.file), 'utf8') }));
  }
  const listed = new Set(index.versions.map((entry) => entry.file));
  for (const file of files) {
    if (/^catalogue\.[^/]+\.json$/.test(file) && file !== VERSIONS_INDEX && !listed.has(file)) {
      problems.push(`${file} is not listed in ${VERSIONS_INDEX}.`);
    }
  }
  const latest = index.versions[0];
  if (latest && latest.version !== currentVersion) problems.push(`${latest.file} does not hold the data of ${SITE_CATALOGUE}.`);
  return problems;
}

function checkPages(files: readonly string[], dir: string): string[] {
  const problems: string[] = [];
  const present = new Set(files);
  for (const page of files.filter((file) => file.endsWith('.html'))) {
    for (const reference of localReferences(readFileSync(join(dir, page), 'utf8'))) {
      if (reference.endsWith('.ts')) problems.push(`${page} still loads ${reference}: the site serves the built bundle.`);
      const target = posix.normalize(posix.join(posix.dirname(page), reference));
      const file = target === '.' || target.endsWith('/') ? posix.join(target, 'index.html') : target;
      if (file.startsWith('..') || (!present.has(file) && !present.has(posix.join(file, 'index.html')))) {
        problems.push(`${page} refers to ${reference}, which the site does not have.`);
      }
    }
  }
  return problems;
}

/** Everything wrong with an assembled site; empty when it is fit to deploy. */
export function checkSite(siteDir: string): string[] {
  const dir = resolve(siteDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [`${siteDir} is not a folder.`];
  const files = listFilesUnder(dir);
  const missing = REQUIRED_SITE_FILES.filter((file) => !files.includes(file));
  if (missing.length > 0) return missing.map((file) => `${file} is missing.`);
  const problems: string[] = [];
  if (statSync(join(dir, SITE_BUNDLE)).size === 0) problems.push(`${SITE_BUNDLE} is empty.`);
  try {
    const manifest = JSON.parse(readFileSync(join(dir, SITE_MANIFEST), 'utf8')) as { modules?: unknown };
    if (!Array.isArray(manifest.modules)) problems.push(`${SITE_MANIFEST} has no modules.`);
  } catch (error) {
    problems.push(`${SITE_MANIFEST}: not JSON (${errorText(error)}).`);
  }
  const catalogueText = readFileSync(join(dir, SITE_CATALOGUE), 'utf8');
  const catalogueProblems = checkCatalogue(catalogueText);
  problems.push(...catalogueProblems);
  if (catalogueProblems.length === 0) problems.push(...checkVersions(dir, files, catalogueText));
  problems.push(...checkPages(files, dir));
  return problems;
}

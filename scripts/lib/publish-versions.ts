/**
 * Versioned copies of the published catalogue: `catalogue.<version>.json` under a name taken from the
 * catalogue's content version, and `catalogue-versions.json`, the index of every copy published so far.
 * A hashed URL never changes its content, so servers can cache it for a year; the plain catalogue.json
 * always holds the newest data.
 */
import { createHash } from 'node:crypto';

export const VERSIONS_INDEX = 'catalogue-versions.json';
/** Hex digits of the content version kept in the file name: enough to never collide in one catalogue's history. */
const NAME_DIGITS = 12;
const HASHED_NAME = /^catalogue\.([0-9a-f]{12})\.json$/;

export interface VersionEntry {
  /** File name on the site, e.g. `catalogue.a6aec592ffba.json`. */
  file: string;
  /** The catalogue's content version (its `version` field). */
  version: string;
  /** The catalogue's data date (its `built` field). */
  built: string;
  bytes: number;
  /** SHA-256 of the file's bytes, hex: what a copy taken from the live site is checked against. */
  sha256: string;
}

export interface VersionsIndex {
  formatVersion: 1;
  /** The newest copy: the same data as catalogue.json. */
  latest: string;
  /** Newest first. */
  versions: VersionEntry[];
}

/** A published copy: its index entry and its exact text. */
export interface PublishedVersion {
  entry: VersionEntry;
  text: string;
}

export function hashedCatalogueName(version: string): string {
  if (!/^[0-9a-f]{16,64}$/.test(version)) throw new Error(`Not a catalogue content version: "${version}".`);
  return `catalogue.${version.slice(0, NAME_DIGITS)}.json`;
}

/** Whether `file` is the hashed name for `version`. */
export function nameMatchesVersion(file: string, version: string): boolean {
  const match = HASHED_NAME.exec(file);
  return match !== null && version.startsWith(match[1] ?? '');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The index entry of a catalogue's text; throws when the text is not a catalogue with a version and a date. */
export function versionOf(text: string): PublishedVersion {
  const value = JSON.parse(text) as unknown;
  if (typeof value !== 'object' || value === null) throw new Error('The catalogue is not a JSON object.');
  const { version, built } = value as { version?: unknown; built?: unknown };
  if (typeof version !== 'string' || typeof built !== 'string') throw new Error('The catalogue has no version or no date.');
  return { entry: { file: hashedCatalogueName(version), version, built, bytes: Buffer.byteLength(text), sha256: sha256(text) }, text };
}

/**
 * The current version first, then the earlier ones, newest first. A copy published before under the
 * same name is kept as it was: the same content version with another date (a commit that touched the
 * data without changing them) must not change a URL that may be cached as immutable.
 */
export function mergeVersions(current: PublishedVersion, previous: readonly PublishedVersion[]): PublishedVersion[] {
  const byFile = new Map<string, PublishedVersion>();
  for (const copy of previous) if (!byFile.has(copy.entry.file)) byFile.set(copy.entry.file, copy);
  const latest = byFile.get(current.entry.file) ?? current;
  byFile.delete(current.entry.file);
  const older = [...byFile.values()].sort(
    (a, b) => b.entry.built.localeCompare(a.entry.built) || a.entry.file.localeCompare(b.entry.file),
  );
  return [latest, ...older];
}

export function versionsIndex(versions: readonly PublishedVersion[]): VersionsIndex {
  const latest = versions[0];
  if (!latest) throw new Error('A versions index needs at least one version.');
  return { formatVersion: 1, latest: latest.entry.file, versions: versions.map((copy) => copy.entry) };
}

function isVersionEntry(value: unknown): value is VersionEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry['file'] === 'string' &&
    typeof entry['version'] === 'string' &&
    nameMatchesVersion(entry['file'], entry['version']) &&
    typeof entry['built'] === 'string' &&
    typeof entry['bytes'] === 'number' &&
    typeof entry['sha256'] === 'string' &&
    /^[0-9a-f]{64}$/.test(entry['sha256'])
  );
}

/** Reads a versions index; throws with the reason when it is not one. */
export function parseVersionsIndex(text: string): VersionsIndex {
  const value = JSON.parse(text) as unknown;
  if (typeof value !== 'object' || value === null) throw new Error(`${VERSIONS_INDEX} is not a JSON object.`);
  const index = value as Partial<VersionsIndex>;
  if (index.formatVersion !== 1) throw new Error(`${VERSIONS_INDEX} has an unknown formatVersion.`);
  if (!Array.isArray(index.versions) || !index.versions.every(isVersionEntry)) {
    throw new Error(`${VERSIONS_INDEX} has an entry without a valid file, version, date, size or SHA-256.`);
  }
  if (typeof index.latest !== 'string' || index.versions[0]?.file !== index.latest) {
    throw new Error(`${VERSIONS_INDEX}: "latest" is not the first entry.`);
  }
  return { formatVersion: 1, latest: index.latest, versions: index.versions };
}

/** Problems of one copy against its index entry: the hash of its bytes and the version inside. */
export function checkPublishedVersion(copy: PublishedVersion): string[] {
  const { entry, text } = copy;
  const problems: string[] = [];
  if (sha256(text) !== entry.sha256 || Buffer.byteLength(text) !== entry.bytes) {
    problems.push(`${entry.file}: its bytes do not match the SHA-256 and size in ${VERSIONS_INDEX}.`);
  }
  let inside: string | undefined;
  try {
    inside = versionOf(text).entry.version;
  } catch (error) {
    problems.push(`${entry.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (inside !== undefined && (inside !== entry.version || !nameMatchesVersion(entry.file, inside))) {
    problems.push(`${entry.file}: holds version ${inside.slice(0, 12)}, not the one its name and the index say.`);
  }
  return problems;
}

export type FetchText = (url: URL) => Promise<{ status: number; text: string }>;

/** GET with a timeout, for copies taken from the live site. */
export function fetchText(timeoutMs: number): FetchText {
  return async (url) => {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, text: response.status === 200 ? await response.text() : '' };
  };
}

/**
 * Every version the live site lists, each checked against its index entry. A site with no index yet
 * (the first deployment) gives none; anything else that goes wrong throws, so a deployment never drops
 * or corrupts published versions silently.
 */
export async function fetchPublishedVersions(siteUrl: string, get: FetchText): Promise<PublishedVersion[]> {
  const base = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  const indexUrl = new URL(VERSIONS_INDEX, base);
  const index = await get(indexUrl);
  if (index.status === 404) return [];
  if (index.status !== 200) throw new Error(`${indexUrl.href}: HTTP ${index.status}.`);
  const copies: PublishedVersion[] = [];
  for (const entry of parseVersionsIndex(index.text).versions) {
    const url = new URL(entry.file, base);
    const response = await get(url);
    if (response.status !== 200) throw new Error(`${url.href}: HTTP ${response.status}.`);
    const copy = { entry, text: response.text };
    const problems = checkPublishedVersion(copy);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    copies.push(copy);
  }
  return copies;
}

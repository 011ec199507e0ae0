/**
 * Reading catalogue files from disk and checking them: the part of `npm run validate` and
 * `npm run build:data` that touches the file system. The checks themselves are in src/validation/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { DocumentKind, JsonPath } from '../../src/validation/fields.js';
import { offsetOfPath, parseJsonDocument, positionOfOffset, computeLineStarts } from '../../src/validation/json-document.js';
import type { JsonDocument } from '../../src/validation/json-document.js';
import type { MessageCode, MessageParams } from '../../src/validation/messages.js';
import type { Problem } from '../../src/validation/problem.js';
import { asArray, displayValue, valueAt } from '../../src/validation/problem.js';
import { compareProblems } from '../../src/validation/report.js';
import type { LocatedProblem } from '../../src/validation/report.js';
import { explainSchemaProblems, referenceFromDocuments, validateDocuments } from '../../src/validation/validate.js';
import { createSchemaValidators } from './json-schema.js';

export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const defaultDataDir = join(repositoryRoot, 'catalogue-data');
const schemaDir = join(repositoryRoot, 'schema');

/** A provider file holds one provider: anything near this size is a mistake (or an attack). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface LoadedFile {
  /** Absolute path. */
  path: string;
  kind: DocumentKind;
  document?: JsonDocument;
  /** Problems found while reading and parsing, already with their position. */
  problems: LocatedProblem[];
}

/** Which schema a file follows, from where it sits: codebooks/…, municipalities.json, life-situations.json, else a provider. */
export function kindOfPath(path: string): DocumentKind {
  const name = basename(path);
  if (name === 'municipalities.json') return 'municipalities';
  if (name === 'life-situations.json') return 'life-situations';
  if (basename(dirname(path)) === 'codebooks') return 'codebook';
  return 'provider';
}

function jsonFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** Every file of a catalogue-data directory, in a stable order: what the build reads, and nothing else. */
export function listDataFiles(dataDir: string): string[] {
  const singles = ['municipalities.json', 'life-situations.json'].map((name) => join(dataDir, name)).filter((path) => existsSync(path));
  return [...jsonFilesIn(join(dataDir, 'codebooks')), ...singles, ...jsonFilesIn(join(dataDir, 'providers'))];
}

/** Notes for people (README.md) and hidden files (.DS_Store, editor swap files) are not data. */
function isNotData(name: string): boolean {
  return name.startsWith('.') || name.toLowerCase().endsWith('.md');
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return isNotData(entry.name) ? [] : [path];
  });
}

/**
 * Files under a catalogue-data directory that the build skips (a provider would think them published),
 * sorted: listDataFiles is the one definition of what the build reads.
 */
export function unreadDataFiles(dataDir: string): string[] {
  const read = new Set(listDataFiles(dataDir));
  return filesUnder(dataDir)
    .filter((path) => !read.has(path))
    .sort();
}

/** Why the build skips a file of dataDir, and where it would be read instead. */
function notReadProblem(path: string, dataDir: string): LocatedProblem {
  // "novy.JSON", "novy.json.txt" and "novy.txt" all become "novy.json".
  const name = `${basename(path).replace(/(\.json)?(\.[^.]*)?$/i, '')}.json`;
  const folder = dirname(path);
  const readFolders = [join(dataDir, 'codebooks'), join(dataDir, 'providers')];
  // In a folder the build reads (or municipalities.JSON beside them), only the name is wrong.
  if (readFolders.includes(folder) || (folder === dataDir && kindOfPath(join(folder, name)) !== 'provider')) {
    return fileProblem(path, kindOfPath(path), 'notReadByBuildName', { target: displayPath(join(folder, name)) });
  }
  const providers = join(dataDir, 'providers');
  return fileProblem(path, 'provider', 'notReadByBuildFolder', { folder: `${displayPath(providers)}/`, target: displayPath(join(providers, name)) });
}

/** Where the user typed the command: npm runs scripts from the package root but says where it was started. */
export function userDirectory(): string {
  return process.env['INIT_CWD'] || process.cwd();
}

/**
 * The files named on the command line (absolute paths), folders expanded to the JSON files under them
 * and to the files of dataDir the build would skip, so that those are reported too.
 */
export function expandPaths(paths: readonly string[], dataDir: string): string[] {
  const unread = new Set(unreadDataFiles(dataDir));
  const expand = (candidates: readonly string[]): string[] =>
    candidates.flatMap((path) => {
      let isDirectory = false;
      try {
        isDirectory = statSync(path).isDirectory();
      } catch {
        // A missing path is reported when it is read.
      }
      if (!isDirectory) return [path];
      const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
      const kept = entries.filter((entry) => entry.isDirectory() || entry.name.endsWith('.json') || unread.has(join(path, entry.name)));
      return expand(kept.map((entry) => join(path, entry.name)));
    });
  return [...new Set(expand(paths))];
}

function displayPath(path: string): string {
  return relative(userDirectory(), path) || path;
}

function fileProblem(path: string, kind: DocumentKind, code: MessageCode, params: MessageParams = {}): LocatedProblem {
  return { file: displayPath(path), kind, path: [], severity: 'error', code, params };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads and parses one file; never throws. */
export function loadFile(path: string): LoadedFile {
  const kind = kindOfPath(path);
  const fail = (code: MessageCode, params: MessageParams = {}): LoadedFile => ({ path, kind, problems: [fileProblem(path, kind, code, params)] });
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) return fail('fileTooLarge', { size: Math.round((size / 1024 / 1024) * 10) / 10, max: MAX_FILE_BYTES / 1024 / 1024 });
    text = utf8.decode(readFileSync(path));
  } catch (error) {
    if (error instanceof TypeError) return fail('notUtf8');
    const code = (error as NodeJS.ErrnoException).code;
    // The absolute path: it shows the folder the name was looked up in.
    if (code === 'ENOENT' || code === 'ENOTDIR') return fail('fileNotFound', { path });
    return fail('unreadable', { detail: code ?? 'unknown' });
  }
  const outcome = parseJsonDocument(displayPath(path), kind, text);
  const lineStarts = outcome.document?.lineStarts ?? computeLineStarts(text);
  const problems = outcome.problems.map((problem) => ({ ...problem, position: positionOfOffset(lineStarts, problem.offset ?? 0) }));
  return outcome.document ? { path, kind, document: outcome.document, problems } : { path, kind, problems };
}

/** ajv's findings on life-situations.json in the validator's own words where there is one. */
function ajvProblems(document: JsonDocument, errors: readonly ErrorObject[]): Problem[] {
  return errors.map((error): Problem => {
    const path: Array<string | number> = [];
    for (const token of error.instancePath.split('/').slice(1)) {
      const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
      path.push(Array.isArray(valueAt(document.value, path)) ? Number(key) : key);
    }
    const value = displayValue(valueAt(document.value, path));
    const base = { file: document.file, kind: document.kind, severity: 'error' as const };
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case 'required':
        return { ...base, path: [...path, String(params['missingProperty'])], code: 'required', params: { key: String(params['missingProperty']) } };
      case 'additionalProperties':
        return { ...base, path: [...path, String(params['additionalProperty'])], code: 'unknownField', params: { key: displayValue(params['additionalProperty']) }, atKey: true };
      case 'minItems': {
        const count = asArray(valueAt(document.value, path)).length;
        if (count > 0) return { ...base, path, code: 'tooFewItems', params: { count, min: Number(params['limit']) } };
        return { ...base, path, code: 'emptyList', params: { key: String(path.findLast((key) => typeof key === 'string') ?? '') } };
      }
      case 'uniqueItems':
        return { ...base, path, code: 'duplicateItem', params: { value } };
      case 'enum':
        return { ...base, path, code: 'notAllowed', params: { value, allowed: (params['allowedValues'] as unknown[]).map(String).join(', ') } };
      default:
        return { ...base, path, code: 'schemaMismatch', params: { schema: 'life-situations.schema.json', detail: `${error.message ?? error.keyword}` } };
    }
  });
}

export interface CheckOptions {
  /** The files to check (absolute paths). */
  files: readonly string[];
  /** Where the codebooks, municipalities and the other providers come from. */
  dataDir: string;
  /** Today in Czech time, YYYY-MM-DD. */
  today: string;
  /** The whole catalogue is being checked (or built): every codebook, the municipalities and a provider must exist. */
  complete?: boolean;
}

export interface CheckResult {
  loaded: LoadedFile[];
  problems: LocatedProblem[];
  /** Files of dataDir the build skips that were reported: all of them for a complete check, else those checked. */
  notRead: string[];
}

/** Reads the files, checks them against the catalogue in dataDir, and returns every problem located. */
export function checkFiles(options: CheckOptions): CheckResult {
  const loaded = options.files.map(loadFile);
  const byPath = new Map(loaded.map((file) => [file.path, file]));
  const dataFiles = listDataFiles(options.dataDir).map((path) => byPath.get(path) ?? loadFile(path));
  const documentsOf = (files: readonly LoadedFile[]) => files.flatMap((file) => (file.document ? [file.document] : []));

  const referenceFiles = dataFiles.filter((file) => file.kind === 'codebook' || file.kind === 'municipalities');
  const checkedPaths = new Set(loaded.map((file) => file.path));
  const documents = documentsOf(loaded);
  const complete = options.complete === true;

  const problems: Problem[] = validateDocuments({
    documents,
    otherProviders: documentsOf(dataFiles.filter((file) => file.kind === 'provider' && !checkedPaths.has(file.path))),
    reference: referenceFromDocuments(documentsOf(referenceFiles)),
    today: options.today,
    ...(complete ? { codebookDirectory: displayPath(join(options.dataDir, 'codebooks')) } : {}),
    fileStem: (document) => basename(document.file, '.json'),
  });

  const notRead = unreadDataFiles(options.dataDir).filter((path) => complete || checkedPaths.has(path));
  const notReadProblems = notRead.map((path) => notReadProblem(path, options.dataDir));

  if (complete) {
    const missing = [join(options.dataDir, 'municipalities.json'), join(options.dataDir, 'providers', '*.json')].filter((path, index) =>
      index === 0 ? !existsSync(path) : !dataFiles.some((file) => file.kind === 'provider'),
    );
    problems.push(...missing.map((path) => fileProblem(path, 'provider', 'missingDataFile', { value: displayPath(path) })));
  }

  // Reference files outside the checked set still decide which codes exist: say when they cannot.
  for (const file of referenceFiles.filter((candidate) => !checkedPaths.has(candidate.path))) {
    const own = validateDocuments({ documents: documentsOf([file]), reference: { codebooks: {} }, today: options.today, fileStem: () => '' });
    if (file.problems.length > 0 || own.some((problem) => problem.severity === 'error')) {
      problems.push(fileProblem(file.path, file.kind, 'referenceUnavailable', { file: displayPath(file.path) }));
    }
  }

  const lifeSituations = documents.filter((document) => document.kind === 'life-situations');
  const validate = lifeSituations.length > 0 && existsSync(join(schemaDir, 'life-situations.schema.json')) ? createSchemaValidators(schemaDir)('life-situations') : undefined;
  for (const document of lifeSituations) {
    if (!validate) continue;
    const check = (value: unknown): Problem[] => (validate(value) ? [] : ajvProblems({ ...document, value }, validate.errors ?? []));
    problems.push(...explainSchemaProblems(document, check(document.value), check));
  }

  const documentsByFile = new Map(documents.map((document) => [document.file, document]));
  const located: LocatedProblem[] = [
    ...loaded.flatMap((file) => file.problems),
    ...notReadProblems,
    ...problems.map((problem) => locate(problem, documentsByFile.get(problem.file))),
  ];
  return { loaded, problems: located.sort(compareProblems), notRead };
}

function locate(problem: Problem, document: JsonDocument | undefined): LocatedProblem {
  if (!document) return problem;
  const offset = problem.offset ?? offsetOfPath(document, problem.path as JsonPath, problem.atKey);
  return { ...problem, position: positionOfOffset(document.lineStarts, offset) };
}

/** Today's date in Czech time: a provider in Prague reviewing at 00:30 must not be told it is tomorrow. */
export function todayInPrague(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Prague', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

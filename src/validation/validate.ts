/**
 * Checks parsed catalogue files: each against its schema and the rules a schema cannot say, then across
 * files (ids unique in the whole catalogue, every codebook present once). Pure: the caller reads the files.
 */
import type * as z from 'zod/mini';
import { codebookFileSchema, municipalitiesFileSchema, providerFileSchema } from '../catalogue/schema.js';
import type { CodebookFile, MunicipalitiesFile } from '../generated/catalogue-types.js';
import type { DocumentKind, JsonPath } from './fields.js';
import { formatFieldPath } from './fields.js';
import type { JsonDocument } from './json-document.js';
import { asArray, asRecord, displayValue, valueAt } from './problem.js';
import type { Problem } from './problem.js';
import { checkLifeSituations } from './life-situation-checks.js';
import { checkProvider } from './provider-checks.js';
import { checkCodebook, checkMunicipalities } from './reference-checks.js';
import { buildReference } from './reference.js';
import type { CodebookName, Reference } from './reference.js';
import { schemaProblems } from './schema-problems.js';

export const CODEBOOK_NAMES: readonly CodebookName[] = [
  'DruhSocialniSluzby',
  'FormaSocialniSluzby',
  'CilovaSkupinaOsoby',
  'VekovaSkupinaOsoby',
  'TypKapacitySocialniSluzby',
];

const schemas: Partial<Record<DocumentKind, z.ZodMiniType>> = {
  provider: providerFileSchema,
  codebook: codebookFileSchema,
  municipalities: municipalitiesFileSchema,
};

/** The codebooks and municipalities that passed their schema, indexed for the provider checks. */
export function referenceFromDocuments(documents: readonly JsonDocument[]): Reference {
  const codebooks = documents
    .filter((document) => document.kind === 'codebook' && codebookFileSchema.safeParse(document.value).success)
    .map((document) => document.value as CodebookFile);
  const municipalities = documents.find((document) => document.kind === 'municipalities');
  const validMunicipalities = municipalities && municipalitiesFileSchema.safeParse(municipalities.value).success ? (municipalities.value as MunicipalitiesFile) : undefined;
  return buildReference(codebooks, validMunicipalities);
}

export interface ValidationRun {
  /** The files to check. */
  documents: readonly JsonDocument[];
  /** Other provider files of the catalogue: not reported on, but their ids count as taken. */
  otherProviders?: readonly JsonDocument[];
  reference: Reference;
  /** Today in Czech time, YYYY-MM-DD. */
  today: string;
  /** When the whole catalogue-data/ is checked, every codebook must be there. */
  codebookDirectory?: string;
  /** The file name without `.json` for each provider document (must equal its id). */
  fileStem: (document: JsonDocument) => string;
}

export function validateDocuments(run: ValidationRun): Problem[] {
  const problems: Problem[] = [];
  for (const document of run.documents) {
    try {
      problems.push(...checkDocument(document, run));
    } catch (error) {
      // One file that trips a check must not stop the others from being checked.
      const detail = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
      problems.push({ file: document.file, kind: document.kind, path: [], severity: 'error', code: 'unexpected', params: { detail } });
    }
  }
  problems.push(...duplicateIds(run.documents, run.otherProviders ?? []));
  problems.push(...codebookSet(run.documents, run.codebookDirectory));
  return withoutRepeats(problems);
}

function checkDocument(document: JsonDocument, run: ValidationRun): Problem[] {
  const schema = schemas[document.kind];
  const problems = schema ? explainSchemaProblems(document, schemaProblems(document, schema), (value) => schemaProblems({ ...document, value }, schema)) : [];
  switch (document.kind) {
    case 'provider':
      return [...problems, ...checkProvider(document, { reference: run.reference, today: run.today, fileStem: run.fileStem(document) })];
    case 'codebook':
      return [...problems, ...checkCodebook(document, run.reference)];
    case 'municipalities':
      return [...problems, ...checkMunicipalities(document)];
    case 'life-situations':
      return [...problems, ...checkLifeSituations(document, run.reference)];
  }
}

// Looks like an ordinary space but is not (no-break, thin, figure…), or cannot be seen at all.
const UNUSUAL_CHARACTER = /[^\S ]|[\p{Cc}\p{Cf}]/u;
const NO_BREAK_SPACE = /[\u00A0\u2007\u202F]/u;

/**
 * Schema problems made more precise where the schema's own finding misleads: advice to leave out an
 * empty list only when the schema lets it be left out, and a phone number that fails only because of a
 * character that looks like a space. `recheck` runs the same schema on another value of the document.
 */
export function explainSchemaProblems(document: JsonDocument, problems: readonly Problem[], recheck: (value: unknown) => readonly Problem[]): Problem[] {
  return problems.map((problem): Problem => {
    const value = valueAt(document.value, problem.path);
    if (problem.code === 'emptyList' && mayBeLeftOut(document.value, problem.path, recheck)) return { ...problem, code: 'emptyOptionalList' };
    if (problem.code === 'formatPhone' && typeof value === 'string') {
      const character = UNUSUAL_CHARACTER.exec(value)?.[0];
      if (character && NO_BREAK_SPACE.test(character)) return { ...problem, code: 'phoneNoBreakSpace' };
      if (character) return { ...problem, code: 'phoneUnusualCharacter', params: { ...problem.params, character: codePoint(character) } };
    }
    return problem;
  });
}

/** The schema does not call the field missing once it is removed: it is optional. */
function mayBeLeftOut(root: unknown, path: JsonPath, recheck: (value: unknown) => readonly Problem[]): boolean {
  const key = path.at(-1);
  if (typeof key !== 'string') return false;
  const copy = structuredClone(root);
  const parent = asRecord(valueAt(copy, path.slice(0, -1)));
  if (!parent) return false;
  Reflect.deleteProperty(parent, key);
  const missing = JSON.stringify(path);
  return !recheck(copy).some((problem) => problem.code === 'required' && JSON.stringify(problem.path) === missing);
}

function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

interface Occurrence {
  document: JsonDocument;
  path: JsonPath;
}

/**
 * Provider ids and service ids unique across the catalogue. The other providers come first, so a checked
 * file that takes an id already in the catalogue is the one reported.
 */
function duplicateIds(documents: readonly JsonDocument[], otherProviders: readonly JsonDocument[]): Problem[] {
  const checked = new Set(documents);
  const providers = [...otherProviders, ...documents].filter((document) => document.kind === 'provider');
  const providerIds = new Map<string, Occurrence>();
  const serviceIds = new Map<string, Occurrence>();
  const problems: Problem[] = [];
  const claim = (ids: Map<string, Occurrence>, id: unknown, occurrence: Occurrence, code: 'duplicateProviderId' | 'duplicateServiceId') => {
    if (typeof id !== 'string') return;
    const first = ids.get(id);
    if (!first) {
      ids.set(id, occurrence);
      return;
    }
    if (!checked.has(occurrence.document)) return;
    problems.push({
      file: occurrence.document.file,
      kind: 'provider',
      path: [...occurrence.path, 'id'],
      severity: 'error',
      code,
      params: { value: displayValue(id), otherFile: first.document.file, otherPath: formatFieldPath(first.path) },
    });
  };
  for (const document of providers) {
    const provider = asRecord(document.value);
    if (!provider) continue;
    claim(providerIds, provider['id'], { document, path: [] }, 'duplicateProviderId');
    asArray(provider['services']).forEach((service, index) => {
      claim(serviceIds, asRecord(service)?.['id'], { document, path: ['services', index] }, 'duplicateServiceId');
    });
  }
  return problems;
}

/** Each codebook in exactly one file; with the whole catalogue checked, none missing. */
function codebookSet(documents: readonly JsonDocument[], codebookDirectory: string | undefined): Problem[] {
  const problems: Problem[] = [];
  const files = new Map<string, string>();
  for (const document of documents.filter((candidate) => candidate.kind === 'codebook')) {
    const name = asRecord(document.value)?.['name'];
    if (typeof name !== 'string') continue;
    const first = files.get(name);
    if (first) problems.push({ file: document.file, kind: 'codebook', path: ['name'], severity: 'error', code: 'duplicateCodebook', params: { value: displayValue(name), otherFile: first } });
    else files.set(name, document.file);
  }
  if (codebookDirectory !== undefined) {
    for (const name of CODEBOOK_NAMES.filter((candidate) => !files.has(candidate))) {
      problems.push({ file: codebookDirectory, kind: 'codebook', path: [], severity: 'error', code: 'missingCodebook', params: { value: name } });
    }
  }
  return problems;
}

/** The same message at the same place once (a schema rule and a cross-check may both find it). */
function withoutRepeats(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify([problem.file, problem.path, problem.code, problem.params]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

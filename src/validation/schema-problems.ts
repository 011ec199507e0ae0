/**
 * zod issues, turned into the validator's problems: one per place, with a message code chosen from the
 * check that failed and the field it failed on.
 */
import type * as z from 'zod/mini';
import { PATTERNS } from '../catalogue/schema.js';
import type { JsonDocument } from './json-document.js';
import type { JsonPath } from './fields.js';
import type { MessageCode, MessageParams, TypeWordKey } from './messages.js';
import { displayValue, valueAt } from './problem.js';
import type { Problem } from './problem.js';

const formatMessages = new Map<string, MessageCode>([
  [String(PATTERNS.slug), 'formatSlug'],
  [String(PATTERNS.notBlank), 'emptyText'],
  [String(PATTERNS.ico), 'formatIco'],
  [String(PATTERNS.date), 'formatDate'],
  [String(PATTERNS.municipalityCode), 'formatMunicipalityCode'],
  [String(PATTERNS.districtCode), 'formatDistrictCode'],
  [String(PATTERNS.municipalityPartCode), 'formatPartCode'],
  [String(PATTERNS.webUrl), 'formatWebUrl'],
  [String(PATTERNS.email), 'formatEmail'],
  [String(PATTERNS.phone), 'formatPhone'],
  [String(PATTERNS.code), 'formatCode'],
  [String(PATTERNS.postcode), 'formatPostcode'],
  [String(PATTERNS.registerIdentifier), 'formatRegisterIdentifier'],
  [String(PATTERNS.section), 'formatSection'],
]);

type Finding = { path: JsonPath; code: MessageCode; params: MessageParams; atKey?: boolean };

/** Runs the schema and reports each failing place once (the first failed check explains it best). */
export function schemaProblems(document: JsonDocument, schema: z.ZodMiniType): Problem[] {
  const result = schema.safeParse(document.value);
  if (result.success) return [];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    for (const finding of findingsOf(issue, document.value)) {
      const key = JSON.stringify([finding.path, finding.atKey === true]);
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({ file: document.file, kind: document.kind, severity: 'error', ...finding });
    }
  }
  return problems;
}

function typeOf(value: unknown): TypeWordKey {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'object') return typeof value as TypeWordKey;
  return 'nothing';
}

function lastKey(path: JsonPath): string {
  return String(path.findLast((key) => typeof key === 'string') ?? '');
}

function findingsOf(issue: z.core.$ZodIssue, root: unknown): Finding[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const value = valueAt(root, path);
  const shown = displayValue(value);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        const parentPath = path.slice(0, -1);
        // A missing first item means a list that must not be empty (minItems: 1) is empty.
        if (Array.isArray(valueAt(root, parentPath))) return [{ path: parentPath, code: 'emptyList', params: { key: lastKey(parentPath) } }];
        return [{ path, code: 'required', params: { key: lastKey(path) } }];
      }
      const expected: TypeWordKey = issue.expected === 'tuple' ? 'array' : (issue.expected as TypeWordKey);
      return [{ path, code: 'wrongType', params: { expected: { typeWord: expected }, actual: { typeWord: typeOf(value) } } }];
    }
    case 'invalid_union':
      return [{ path, code: 'wrongType', params: { expected: { typeWord: 'integerOrString' }, actual: { typeWord: typeOf(value) } } }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], code: 'unknownField', params: { key: displayValue(key) }, atKey: true }));
    case 'too_small':
      if (issue.origin === 'array') return [{ path, code: 'emptyList', params: { key: lastKey(path) } }];
      if (issue.origin === 'string') return [{ path, code: 'emptyText', params: {} }];
      return [{ path, code: 'numberTooSmall', params: { min: Number(issue.minimum), value: shown } }];
    case 'too_big':
      return [{ path, code: 'numberTooLarge', params: { max: Number(issue.maximum), value: shown } }];
    case 'invalid_format': {
      const pattern = 'pattern' in issue && typeof issue.pattern === 'string' ? issue.pattern : '';
      return [{ path, code: formatMessages.get(pattern) ?? 'formatOther', params: { value: shown } }];
    }
    case 'invalid_value':
      return [{ path, code: 'notAllowed', params: { value: shown, allowed: issue.values.map((allowed) => String(allowed)).join(', ') } }];
    case 'custom':
      return [customFinding(issue.message, path, value)];
    default:
      return [{ path, code: 'formatOther', params: { value: shown } }];
  }
}

/** The checks schema.ts adds with z.refine, identified by their message. */
function customFinding(check: string, path: JsonPath, value: unknown): Finding {
  const shown = displayValue(value);
  const [name, limit] = check.split(':');
  switch (name) {
    case 'min-length':
      return { path, code: 'emptyText', params: {} };
    case 'max-length':
      return { path, code: 'textTooLong', params: { length: typeof value === 'string' ? Array.from(value).length : 0, max: Number(limit) } };
    case 'integer':
      return { path, code: 'notInteger', params: { value: shown } };
    case 'date':
      return { path, code: 'invalidDate', params: { value: shown } };
    case 'web-url':
      return { path, code: 'unsafeWebUrl', params: { value: shown } };
    case 'kind-required':
      return { path: path.slice(0, -1), code: 'kindRequired', params: {} };
    case 'unique-items': {
      const items = Array.isArray(value) ? value : [];
      const repeated = items.findIndex((item, index) => items.indexOf(item) !== index);
      return { path: [...path, Math.max(repeated, 0)], code: 'duplicateItem', params: { value: displayValue(items[repeated]) } };
    }
    default:
      return { path, code: 'formatOther', params: { value: shown } };
  }
}

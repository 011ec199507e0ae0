/**
 * What the codebook and municipality schemas cannot say: codes unique and of the right type for their
 * codebook, every kind in a group under the law, capacity units naming known forms.
 */
import { PATTERNS } from '../catalogue/schema.js';
import type { JsonDocument } from './json-document.js';
import type { MessageCode, MessageParams } from './messages.js';
import { asArray, asRecord, displayValue } from './problem.js';
import type { Problem } from './problem.js';
import type { CodebookName, Reference } from './reference.js';
import type { JsonPath } from './fields.js';

const NUMERIC_CODEBOOKS: ReadonlySet<CodebookName> = new Set(['DruhSocialniSluzby', 'CilovaSkupinaOsoby', 'VekovaSkupinaOsoby']);

function reporter(document: JsonDocument, problems: Problem[]) {
  return (path: JsonPath, code: MessageCode, params: MessageParams = {}) =>
    problems.push({ file: document.file, kind: document.kind, path, severity: 'error', code, params });
}

export function checkCodebook(document: JsonDocument, reference: Reference): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(document, problems);
  const root = asRecord(document.value);
  const name = root?.['name'];
  if (!root || typeof name !== 'string') return problems;
  const codebook = name as CodebookName;
  const numeric = NUMERIC_CODEBOOKS.has(codebook);
  const seen = new Set<unknown>();
  asArray(root['entries']).forEach((item, index) => {
    const entry = asRecord(item);
    if (!entry) return;
    const path = ['entries', index];
    const code = entry['code'];
    if (seen.has(code)) report([...path, 'code'], 'duplicateCode', { value: displayValue(code) });
    seen.add(code);
    const rightType = numeric ? typeof code === 'number' && Number.isInteger(code) && code >= 1 : typeof code === 'string' && PATTERNS.code.test(code);
    if (code !== undefined && !rightType) {
      report([...path, 'code'], 'codebookCodeType', { codebook, expected: { typeWord: numeric ? 'integerCodes' : 'textCodes' }, value: displayValue(code) });
    }
    if (codebook === 'DruhSocialniSluzby' && entry['group'] === undefined) report(path, 'kindWithoutGroup', { value: displayValue(code) });
    const forms = reference.codebooks.FormaSocialniSluzby;
    if (codebook === 'TypKapacitySocialniSluzby' && forms) {
      asArray(entry['forms']).forEach((form, formIndex) => {
        if (typeof form === 'string' && PATTERNS.code.test(form) && !forms.has(form)) {
          report([...path, 'forms', formIndex], 'unknownCode', { value: form, codebook: 'FormaSocialniSluzby' });
        }
      });
    }
  });
  return problems;
}

export function checkMunicipalities(document: JsonDocument): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(document, problems);
  const seen = new Set<unknown>();
  asArray(asRecord(document.value)?.['municipalities']).forEach((municipality, index) => {
    const code = asRecord(municipality)?.['code'];
    if (code === undefined) return;
    if (seen.has(code)) report(['municipalities', index, 'code'], 'duplicateMunicipality', { value: displayValue(code) });
    seen.add(code);
  });
  return problems;
}

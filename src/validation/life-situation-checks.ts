/**
 * What the life-situations schema cannot say: situation ids unique, a phrase under one situation only
 * (compared as search compares it, without case and diacritics), kind and target-group codes known.
 */
import { normalizeText } from '../search/normalize.js';
import type { JsonDocument } from './json-document.js';
import { asArray, asRecord, displayValue } from './problem.js';
import type { Problem } from './problem.js';
import type { CodebookName, Reference } from './reference.js';
import { formatFieldPath } from './fields.js';
import type { JsonPath } from './fields.js';
import type { MessageCode, MessageParams } from './messages.js';

export function checkLifeSituations(document: JsonDocument, reference: Reference): Problem[] {
  const problems: Problem[] = [];
  const report = (path: JsonPath, code: MessageCode, params: MessageParams) =>
    problems.push({ file: document.file, kind: document.kind, path, severity: 'error', code, params });
  const checkCode = (codebook: CodebookName, code: unknown, path: JsonPath) => {
    const entries = reference.codebooks[codebook];
    if (entries && typeof code === 'number' && Number.isInteger(code) && code >= 1 && !entries.has(code)) {
      report(path, 'unknownCode', { value: code, codebook });
    }
  };
  const ids = new Map<string, JsonPath>();
  const phrases = new Map<string, string>();
  asArray(asRecord(document.value)?.['situations']).forEach((item, index) => {
    const situation = asRecord(item);
    if (!situation) return;
    const path: JsonPath = ['situations', index];
    const id = situation['id'];
    const situationId = typeof id === 'string' ? id : String(index);
    if (typeof id === 'string') {
      const first = ids.get(id);
      if (first) report([...path, 'id'], 'duplicateSituationId', { value: displayValue(id), otherPath: formatFieldPath(first) });
      else ids.set(id, path);
    }
    const own = new Set<string>();
    asArray(situation['phrases']).forEach((phrase, phraseIndex) => {
      if (typeof phrase !== 'string') return;
      const key = normalizeText(phrase);
      const owner = phrases.get(key);
      if (owner !== undefined && !own.has(key)) report([...path, 'phrases', phraseIndex], 'duplicatePhrase', { value: displayValue(phrase), otherId: owner });
      if (owner === undefined) phrases.set(key, situationId);
      own.add(key);
    });
    asArray(situation['kinds']).forEach((link, linkIndex) => checkCode('DruhSocialniSluzby', asRecord(link)?.['kind'], [...path, 'kinds', linkIndex, 'kind']));
    asArray(situation['targetGroups']).forEach((group, groupIndex) => checkCode('CilovaSkupinaOsoby', group, [...path, 'targetGroups', groupIndex]));
  });
  return problems;
}

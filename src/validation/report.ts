/**
 * The validator's output: one line per problem, `file:line:column  field.path  severity: message`,
 * sorted by file and position, and a summary line with Czech plural forms.
 */
import type { Lang } from '../i18n/lang.js';
import { countWithNoun } from '../i18n/plural.js';
import type { PluralForms } from '../i18n/plural.js';
import { fieldName, formatFieldPath } from './fields.js';
import { syntaxDetail } from './json-document.js';
import type { Position } from './json-document.js';
import { formatMessage } from './messages.js';
import type { Problem } from './problem.js';

export interface LocatedProblem extends Problem {
  /** Missing for problems about a whole folder or a file that could not be read. */
  position?: Position;
}

const severityWords: Record<Lang, Record<Problem['severity'], string>> = {
  cs: { error: 'chyba', warning: 'varování' },
  en: { error: 'error', warning: 'warning' },
};

export function formatProblem(problem: LocatedProblem, lang: Lang): string {
  const where = problem.position ? `${problem.file}:${problem.position.line}:${problem.position.column}` : problem.file;
  const params = problem.code === 'syntaxError' ? { ...problem.params, detail: syntaxDetail(lang, Number(problem.params['syntaxCode'])) } : problem.params;
  const message = formatMessage(lang, problem.code, params, fieldName(problem.kind, problem.path, lang));
  return `${where}  ${formatFieldPath(problem.path)}  ${severityWords[lang][problem.severity]}: ${message}`;
}

export function compareProblems(a: LocatedProblem, b: LocatedProblem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0);
}

const nouns: Record<Lang, Record<'file' | 'error' | 'warning', PluralForms>> = {
  cs: {
    file: { one: 'soubor', few: 'soubory', many: 'souboru', other: 'souborů' },
    error: { one: 'chyba', few: 'chyby', many: 'chyby', other: 'chyb' },
    warning: { other: 'varování' },
  },
  en: {
    file: { one: 'file', other: 'files' },
    error: { one: 'error', other: 'errors' },
    warning: { one: 'warning', other: 'warnings' },
  },
};

/** "Zkontrolováno 6 souborů: 2 chyby, 1 varování." */
export function formatSummary(lang: Lang, files: number, errors: number, warnings: number): string {
  const words = nouns[lang];
  const counts = [countWithNoun(lang, errors, words.error), countWithNoun(lang, warnings, words.warning)].join(', ');
  const checked = countWithNoun(lang, files, words.file);
  if (lang === 'cs') return `Zkontrolováno ${checked}: ${errors === 0 && warnings === 0 ? 'bez chyb' : counts}.`;
  return `Checked ${checked}: ${errors === 0 && warnings === 0 ? 'no problems' : counts}.`;
}

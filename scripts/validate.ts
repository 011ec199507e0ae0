/**
 * `npm run validate [paths…] [--lang en] [--data <dir>]`: checks catalogue files and prints one line per
 * problem (file:line:column, the field, what is wrong and how to fix it). Exit code 1 on any error,
 * 0 with warnings only, 2 when the command itself is used wrongly.
 */
import { resolve } from 'node:path';
import { resolveLang } from '../src/i18n/lang.js';
import type { Lang } from '../src/i18n/lang.js';
import { formatProblem, formatSummary } from '../src/validation/report.js';
import { checkFiles, defaultDataDir, expandPaths, listDataFiles, todayInPrague, userDirectory } from './lib/catalogue-files.js';

interface Arguments {
  /** Absolute: relative paths are taken from where the user typed the command. */
  paths: string[];
  lang: Lang;
  dataDir: string;
}

const usage: Record<Lang, string> = {
  cs: 'Použití: npm run validate -- [soubory nebo složky…] [--lang en] [--data <složka catalogue-data>]',
  en: 'Usage: npm run validate -- [files or folders…] [--lang en] [--data <catalogue-data folder>]',
};

function parseArguments(argv: readonly string[]): Arguments | { error: string; lang: Lang } {
  const result: Arguments = { paths: [], lang: 'cs', dataDir: defaultDataDir };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    const [flag, inline] = argument.startsWith('--') ? argument.split('=', 2) : [argument, undefined];
    const value = () => inline ?? argv[++index];
    if (flag === '--lang') result.lang = resolveLang(value());
    else if (flag === '--data') result.dataDir = resolve(userDirectory(), value() ?? '');
    else if (flag === '--help' || flag === '-h') return { error: '', lang: result.lang };
    else if (flag?.startsWith('-')) return { error: `${flag}?`, lang: result.lang };
    else result.paths.push(resolve(userDirectory(), argument));
  }
  return result;
}

function main(argv: readonly string[]): number {
  const parsed = parseArguments(argv);
  if ('error' in parsed) {
    console.error([parsed.error, usage[parsed.lang]].filter(Boolean).join('\n'));
    return parsed.error === '' ? 0 : 2;
  }
  const complete = parsed.paths.length === 0;
  const files = complete ? listDataFiles(parsed.dataDir) : expandPaths(parsed.paths, parsed.dataDir);
  const { problems, notRead } = checkFiles({ files, dataDir: parsed.dataDir, today: todayInPrague(), complete });
  for (const problem of problems) console.log(formatProblem(problem, parsed.lang));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  // A file the build skips was still looked at: it counts.
  console.log(formatSummary(parsed.lang, new Set([...files, ...notRead]).size, errors, problems.length - errors));
  return errors > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Whatever the input, a provider sees a sentence, not a stack trace.
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(
 /--lang[= ]en/.test(process.argv.join(' '))
      ? `The validator stopped on an unexpected error (${detail}). Please report it to the catalogue maintainers.`
      : `Kontrola skončila neočekávanou chybou (${detail}). Nahlaste ji prosím správcům katalogu.`,
  );
  process.exitCode = 1;
}

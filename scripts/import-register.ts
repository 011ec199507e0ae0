/**
 * Fills and refreshes catalogue-data/ from the national register of social service providers (MPSV open
 * data, rpss.json) and its codebooks.
 *
 *   npm run import:register -- --input rpss.json [--municipalities catalogue-data/municipalities.json]
 *       [--date YYYY-MM-DD] [--data-dir catalogue-data] [--codebooks-from dir] [--report file] [--stats]
 *
 * The register file (about 100 MB) is read as a stream, one service at a time, so memory stays flat; only
 * the services that touch the chosen municipalities or an existing catalogue service are kept.
 * Prints a plain-Czech report; exits 1 when the input cannot be used (nothing is written then).
 */
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import type { CodebookFile, MunicipalitiesFile, ProviderFile } from '../src/generated/catalogue-types.js';
import { indexMunicipalities } from '../src/register/address.js';
import { canonicalize, stringifyDataFile } from '../src/register/canonical-json.js';
import type { JsonSchemaNode } from '../src/register/canonical-json.js';
import { CATALOGUE_CODEBOOK_FILES, describeCodebookRefresh, readRegisterCodebook, refreshCodebook } from '../src/register/codebooks.js';
import { readRegisterDate, todayInPrague } from '../src/register/dates.js';
import { knownRegisterKeys, planImport } from '../src/register/import-plan.js';
import type { CodebookLabels } from '../src/register/import-plan.js';
import { readRegisterRecord, registerRecordKeys } from '../src/register/record.js';
import type { RegisterService } from '../src/register/record.js';
import { emptyReport, formatImportReport } from '../src/register/report.js';
import type { ImportReport } from '../src/register/report.js';

const SCHEMA_DIR = path.resolve(import.meta.dirname, '..', 'schema');

export interface ImportOptions {
  /** The register's rpss.json; without it only the codebooks are refreshed. */
  input?: string;
  dataDir: string;
  /** Defaults to <dataDir>/municipalities.json. */
  municipalities?: string;
  /** The day the services must be active on (YYYY-MM-DD); also the data date named in `sources`. */
  date: string;
  /** A folder with the register's codebook files (druhy-socialni-sluzby.json, …). */
  codebooksFrom?: string;
}

export interface ImportResult {
  /** The plain-Czech report. */
  text: string;
  report?: ImportReport;
  writtenFiles: string[];
}

/** A problem with the input or the data folder that stops the import before anything is written. */
export class ImportError extends Error {}

export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const texts: string[] = [];
  const writtenFiles: string[] = [];
  if (options.codebooksFrom !== undefined) {
    texts.push(await refreshCodebooks(options, writtenFiles));
  }
  let report: ImportReport | undefined;
  if (options.input !== undefined) {
    report = await importRegister(options.input, options, writtenFiles);
    texts.push(formatImportReport(report));
  }
  return { text: texts.join('\n'), ...(report === undefined ? {} : { report }), writtenFiles };
}

async function importRegister(input: string, options: ImportOptions, writtenFiles: string[]): Promise<ImportReport> {
  const municipalitiesFile = await readJson<MunicipalitiesFile>(options.municipalities ?? path.join(options.dataDir, 'municipalities.json'));
  if (!Array.isArray(municipalitiesFile.municipalities)) throw new ImportError('soubor obcí nemá pole "municipalities"');
  const municipalities = indexMunicipalities(municipalitiesFile);
  const codebooks = await loadCodebookLabels(path.join(options.dataDir, 'codebooks'));
  const existing = await loadProviders(path.join(options.dataDir, 'providers'));
  const known = knownRegisterKeys(existing.map(({ file }) => file));

  const report = emptyReport(options.date, path.basename(input), municipalities.size);
  const services: RegisterService[] = [];
  const skippedPortalIds = new Set<number>();
  await forEachRegisterItem(input, (raw, recordNumber) => {
    report.recordsRead = recordNumber;
    const keys = registerRecordKeys(raw);
    const relevant =
      keys.unreadable ||
      keys.municipalities.some((code) => municipalities.has(code)) ||
      (keys.portalId !== undefined && known.portalIds.has(keys.portalId)) ||
      (keys.identifier !== undefined && known.identifiers.has(keys.identifier));
    if (!relevant) return;
    report.candidates += 1;
    const reading = readRegisterRecord(raw, recordNumber);
    if (reading.ok) {
      services.push(reading.service);
    } else {
      report.skipped.push({ recordNumber: reading.recordNumber, ...(reading.portalId === undefined ? {} : { portalId: reading.portalId }), reason: reading.reason });
      if (reading.portalId !== undefined) skippedPortalIds.add(reading.portalId);
    }
  });
  if (report.recordsRead === 0) throw new ImportError(`${input}: soubor neobsahuje žádné služby (chybí pole "polozky" nebo je prázdné); nic nezapsáno`);

  const plan = planImport({ date: options.date, services, skippedPortalIds, existing: existing.map(({ file }) => file), municipalities, codebooks, report });
  const providerSchema = await readJson<JsonSchemaNode>(path.join(SCHEMA_DIR, 'provider.schema.json'));
  const paths = new Map(existing.map(({ file, filePath }) => [file.id, filePath]));
  for (const provider of plan.changed) {
    const filePath = paths.get(provider.id) ?? path.join(options.dataDir, 'providers', `${provider.id}.json`);
    if (await writeIfDifferent(filePath, stringifyDataFile(canonicalize(provider, providerSchema)))) writtenFiles.push(filePath);
  }
  report.writtenFiles = writtenFiles.map((file) => path.relative(options.dataDir, file));
  return report;
}

/** Calls `visit` for every item of the top-level `polozky` array, one at a time. */
async function forEachRegisterItem(input: string, visit: (raw: unknown, recordNumber: number) => void): Promise<void> {
  let recordNumber = 0;
  try {
    await pipeline(
      createReadStream(input),
      // Only packed values: the streamed chunk tokens would double the work for nothing.
      parser.asStream({ streamValues: false }),
      pick.asStream({ filter: 'polozky' }),
      streamArray.asStream(),
      async function consume(items: AsyncIterable<{ value: unknown }>) {
        for await (const item of items) {
          recordNumber += 1;
          visit(item.value, recordNumber);
        }
      },
    );
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`${input}: soubor nelze přečíst jako JSON registru (${error instanceof Error ? error.message : String(error)}); nic nezapsáno`);
  }
}

async function readJson<T>(filePath: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    throw new ImportError(`${filePath}: soubor nelze otevřít (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new ImportError(`${filePath}: neplatný JSON (${(error as Error).message}); opravte soubor a spusťte import znovu`);
  }
}

async function jsonFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith('.json')).sort().map((name) => path.join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function loadProviders(dir: string): Promise<Array<{ file: ProviderFile; filePath: string }>> {
  const providers: Array<{ file: ProviderFile; filePath: string }> = [];
  for (const filePath of await jsonFiles(dir)) {
    const file = await readJson<ProviderFile>(filePath);
    if (typeof file !== 'object' || file === null || typeof file.id !== 'string' || typeof file.name !== 'string' || !Array.isArray(file.services)) {
      throw new ImportError(`${filePath}: není soubor poskytovatele (chybí id, name nebo services); zkontrolujte ho příkazem npm run validate`);
    }
    providers.push({ file, filePath });
  }
  return providers;
}

async function loadCodebooks(dir: string): Promise<Array<{ file: CodebookFile; filePath: string }>> {
  const codebooks: Array<{ file: CodebookFile; filePath: string }> = [];
  for (const filePath of await jsonFiles(dir)) {
    const file = await readJson<CodebookFile>(filePath);
    if (typeof file?.name === 'string' && Array.isArray(file.entries)) codebooks.push({ file, filePath });
  }
  return codebooks;
}

async function loadCodebookLabels(dir: string): Promise<CodebookLabels> {
  const codebooks = await loadCodebooks(dir);
  return new Map(codebooks.map(({ file }) => [file.name, new Map(file.entries.map((entry) => [String(entry.code), entry.label.cs]))]));
}

async function refreshCodebooks(options: ImportOptions, writtenFiles: string[]): Promise<string> {
  const codebookSchema = await readJson<JsonSchemaNode>(path.join(SCHEMA_DIR, 'codebook.schema.json'));
  const dir = path.join(options.dataDir, 'codebooks');
  const existing = await loadCodebooks(dir);
  const lines = [`Obnova číselníků z ${options.codebooksFrom ?? ''} (stav k ${options.date})`];
  let recognised = 0;
  for (const sourcePath of await jsonFiles(options.codebooksFrom ?? '')) {
    const codebook = readRegisterCodebook(await readJson<unknown>(sourcePath), path.basename(sourcePath));
    if (codebook === undefined) continue;
    recognised += 1;
    const current = existing.find(({ file }) => file.name === codebook.name);
    const filePath = current?.filePath ?? path.join(dir, CATALOGUE_CODEBOOK_FILES[codebook.name]);
    if (codebook.items.length === 0) {
      lines.push(`${path.basename(sourcePath)}: žádná použitelná položka, číselník ${codebook.name} nezměněn`, ...codebook.problems.map((problem) => `  - ${problem}`));
      continue;
    }
    const refresh = refreshCodebook(current?.file, codebook, path.basename(sourcePath), options.date);
    lines.push(...describeCodebookRefresh(path.relative(options.dataDir, filePath), refresh), ...codebook.problems.map((problem) => `  - ${problem}`));
    if (refresh.changed && (await writeIfDifferent(filePath, stringifyDataFile(canonicalize(refresh.file, codebookSchema))))) writtenFiles.push(filePath);
  }
  if (recognised === 0) throw new ImportError(`${options.codebooksFrom ?? ''}: žádný číselník registru (druhy-socialni-sluzby.json, cilove-skupiny-osoby.json, …) nenalezen`);
  return `${lines.join('\n')}\n`;
}

/** Writes only when the text differs, so an import that changes nothing leaves every file untouched. */
async function writeIfDifferent(filePath: string, text: string): Promise<boolean> {
  const current = await readFile(filePath, 'utf8').catch(() => undefined);
  if (current === text) return false;
  await mkdir(path.dirname(filePath), { recursive: true });
  await writeFile(filePath, text, 'utf8');
  return true;
}

const USAGE = `Použití: npm run import:register -- --input rpss.json [--municipalities soubor] [--date RRRR-MM-DD]
       [--data-dir catalogue-data] [--codebooks-from složka] [--report soubor] [--stats]
  --input           soubor registru MPSV (https://data.mpsv.cz/od/soubory/rpss/rpss.json)
  --municipalities  obce katalogu (výchozí: <data-dir>/municipalities.json)
  --date            den, ke kterému musí služba platit; výchozí dnešek (Europe/Prague)
  --data-dir        složka s daty katalogu (výchozí: catalogue-data)
  --codebooks-from  složka s číselníky registru (druhy-socialni-sluzby.json, …) k obnově číselníků
  --report          uložit zprávu i do souboru
  --stats           vypsat dobu běhu a nejvyšší spotřebu paměti`;

async function main(): Promise<number> {
  const started = performance.now();
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        input: { type: 'string' },
        municipalities: { type: 'string' },
        date: { type: 'string' },
        'data-dir': { type: 'string', default: 'catalogue-data' },
        'codebooks-from': { type: 'string' },
        report: { type: 'string' },
        stats: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const date = values.date ?? todayInPrague();
  if (values.help || (values.input === undefined && values['codebooks-from'] === undefined) || readRegisterDate(date) !== date) {
    console.error(values.help ? USAGE : `Zadejte --input nebo --codebooks-from a datum ve tvaru RRRR-MM-DD.\n\n${USAGE}`);
    return values.help ? 0 : 2;
  }
  try {
    const result = await runImport({
      dataDir: values['data-dir'],
      date,
      ...(values.input === undefined ? {} : { input: values.input }),
      ...(values.municipalities === undefined ? {} : { municipalities: values.municipalities }),
      ...(values['codebooks-from'] === undefined ? {} : { codebooksFrom: values['codebooks-from'] }),
    });
    process.stdout.write(result.text);
    if (values.report !== undefined) await writeFile(values.report, result.text, 'utf8');
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    console.error(`Chyba: ${error.message}`);
    return 1;
  }
  if (values.stats) {
    const seconds = (performance.now() - started) / 1000;
    // maxRSS is in kilobytes.
    const peakMegabytes = process.resourceUsage().maxRSS / 1024;
    console.error(`stats: time ${seconds.toFixed(1)} s, peak RSS ${peakMegabytes.toFixed(0)} MB`);
  }
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main();
}

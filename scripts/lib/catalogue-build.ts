/**
 * Builds the one file the element loads (schema/catalogue.schema.json) from catalogue-data/: codebooks,
 * municipalities, providers and their services, a content version and the data's date. Deterministic:
 * the same data gives byte-identical output.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import { sortByCzech } from '../../src/i18n/collation.js';
import type {
  Catalogue,
  CatalogueLifeSituation,
  CodebookEntry,
  CodebookFile,
  LifeSituationsFile,
  MunicipalitiesFile,
  Municipality,
  ProviderFile,
  Service,
} from '../../src/generated/catalogue-types.js';
import { formatProblem } from '../../src/validation/report.js';
import type { CodebookName } from '../../src/validation/reference.js';
import { checkFiles, listDataFiles, todayInPrague } from './catalogue-files.js';
import type { LoadedFile } from './catalogue-files.js';

export interface CatalogueBuild {
  catalogue: Catalogue;
  /** One line per error, as `npm run validate` prints them; empty when the data are valid. */
  errors: string[];
}

type Codebooks = Catalogue['codebooks'];

const codebookKeys: Record<CodebookName, keyof Codebooks> = {
  DruhSocialniSluzby: 'kinds',
  FormaSocialniSluzby: 'forms',
  CilovaSkupinaOsoby: 'targetGroups',
  VekovaSkupinaOsoby: 'ageGroups',
  TypKapacitySocialniSluzby: 'capacityUnits',
};

function compareCodes(a: CodebookEntry, b: CodebookEntry): number {
  if (typeof a.code === 'number' && typeof b.code === 'number') return a.code - b.code;
  return String(a.code) < String(b.code) ? -1 : String(a.code) > String(b.code) ? 1 : 0;
}

/**
 * A codebook file's entries in the built catalogue's shape (no validity dates), sorted by code. With errors
 * the file is still read for the dev server: an entry that is not even an object is left out here.
 */
function catalogueEntries(codebook: CodebookFile): Array<Record<string, unknown>> {
  const key = codebookKeys[codebook.name];
  const entries = (codebook.entries as unknown[]).filter((entry): entry is CodebookEntry => typeof entry === 'object' && entry !== null);
  return entries.sort(compareCodes).map((entry) => {
    const base = { code: entry.code, label: entry.label };
    if (key === 'kinds') return { ...base, group: entry.group, ...(entry.section ? { section: entry.section } : {}) };
    if (key === 'capacityUnits') return { ...base, ...(entry.forms ? { forms: entry.forms } : {}) };
    return base;
  });
}

function withoutSchemaReference<T extends { $schema?: string }>(value: T): Omit<T, '$schema'> {
  const copy = { ...value };
  delete copy.$schema;
  return copy;
}

/** The date the data last changed: SOURCE_DATE_EPOCH, else the last commit touching it, else the newest file. */
export function dataDate(dataDir: string, files: readonly string[], environment: NodeJS.ProcessEnv = process.env): string {
  const epoch = environment['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  try {
    const committed = execFileSync('git', ['log', '-1', '--format=%cs', '--', '.'], { cwd: dataDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(committed)) return committed;
  } catch {
    // No git or not a repository: fall back to the files themselves.
  }
  const newest = Math.max(0, ...files.map((file) => statSync(file).mtimeMs));
  return new Date(newest).toISOString().slice(0, 10);
}

/** A life situation as the element needs it: the law note is for editors and reviewers only. */
function catalogueSituation({ id, label, phrases, kinds, targetGroups }: CatalogueLifeSituation): CatalogueLifeSituation {
  return { id, label, phrases, kinds, ...(targetGroups ? { targetGroups } : {}) };
}

type Content = Pick<Catalogue, 'codebooks' | 'municipalities' | 'providers' | 'lifeSituations'>;

function contentOf({ codebooks, municipalities, providers, lifeSituations }: Catalogue): Content {
  return { codebooks, municipalities, providers, ...(lifeSituations ? { lifeSituations } : {}) };
}

/** The version is a digest of the content, so it changes exactly when the data do. */
function contentVersion(content: Pick<Catalogue, 'formatVersion'> & Content): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

function assemble(loaded: readonly LoadedFile[]): Content {
  const codebooks: Record<keyof Codebooks, unknown[]> = { kinds: [], forms: [], targetGroups: [], ageGroups: [], capacityUnits: [] };
  const filled = new Set<keyof Codebooks>();
  let municipalities: Municipality[] = [];
  const providers: ProviderFile[] = [];
  let lifeSituations: CatalogueLifeSituation[] | undefined;
  for (const file of loaded) {
    const value = file.document?.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    if (file.kind === 'codebook') {
      const codebook = value as CodebookFile;
      const key = codebookKeys[codebook.name] as keyof Codebooks | undefined;
      if (key && !filled.has(key) && Array.isArray(codebook.entries)) {
        codebooks[key] = catalogueEntries(codebook);
        filled.add(key);
      }
    } else if (file.kind === 'municipalities') {
      municipalities = (value as MunicipalitiesFile).municipalities;
    } else if (file.kind === 'life-situations') {
      // With errors the file is still read for the dev server: whatever is not even an object is left out here.
      const situations = (value as LifeSituationsFile).situations as unknown;
      if (Array.isArray(situations)) {
        lifeSituations = situations
          .filter((situation): situation is CatalogueLifeSituation => typeof situation === 'object' && situation !== null)
          .map(catalogueSituation);
      }
    } else if (file.kind === 'provider') {
      providers.push(withoutSchemaReference(value as ProviderFile));
    }
  }
  providers.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { codebooks: codebooks as unknown as Codebooks, municipalities, providers, ...(lifeSituations ? { lifeSituations } : {}) };
}

const EMPTY_CODEBOOKS: Codebooks = { kinds: [], forms: [], targetGroups: [], ageGroups: [], capacityUnits: [] };

/**
 * Validates catalogue-data/ as `npm run validate` does and builds the catalogue. With errors, the catalogue
 * still holds every entry that is valid on its own (the demo server shows them); `npm run build:data` refuses.
 */
export async function buildCatalogueFromDirectory(dataDir: string): Promise<CatalogueBuild> {
  const files = listDataFiles(dataDir);
  const { loaded, problems } = checkFiles({ files, dataDir, today: todayInPrague(), complete: true });
  const errors = problems.filter((problem) => problem.severity === 'error').map((problem) => formatProblem(problem, 'cs'));
  const content = { formatVersion: 1 as const, ...assemble(loaded) };

  // The same lenient check the element runs: whatever passes it is what the element would show.
  const checked = parseCatalogue({ ...content, version: '0'.repeat(64), built: '1970-01-01' });
  const kept = checked.ok ? contentOf(checked.catalogue) : { codebooks: EMPTY_CODEBOOKS, municipalities: [], providers: [] };
  if (!checked.ok) errors.push(...checked.problems.map((problem) => `${dataDir}: ${problem}`));
  else if (errors.length === 0) errors.push(...checked.skipped.flatMap((entry) => entry.problems.map((problem) => `${dataDir}: ${problem}`)));

  const final = { formatVersion: 1 as const, ...kept };
  const catalogue: Catalogue = {
    formatVersion: 1,
    version: contentVersion(final),
    built: dataDate(dataDir, files),
    ...kept,
  };
  return Promise.resolve({ catalogue, errors });
}

/*
 * Facts the data keep but the element never reads (nothing in src/ does: the municipality lookup, filters,
 * search, cards, printout and CSV), left out of the file every visitor downloads. At national scale they
 * were a tenth of it (170 kB of 1,598 kB gzip). catalogue-data/ keeps them all.
 * - a municipality part's RÚIAN code and postcodes: the element finds a municipality by a part's name;
 * - a place's postcode, RÚIAN address point and coordinates: its address text, which the card shows, has the postcode;
 * - the register's dates of provision (validFrom, validTo): the card shows the register's identifier and number.
 */

function municipalityForElement(municipality: Municipality): Municipality {
  return { ...municipality, parts: municipality.parts.map((part) => ({ name: part.name })) };
}

function serviceForElement(service: Service): Service {
  const copy = { ...service };
  if (service.places) {
    copy.places = service.places.map((place) => {
      const kept = { ...place };
      delete kept.postcode;
      delete kept.addressPointCode;
      delete kept.coordinates;
      return kept;
    }) as Service['places'];
  }
  if (service.register) {
    const register = { ...service.register };
    delete register.validFrom;
    delete register.validTo;
    if (Object.keys(register).length > 0) copy.register = register;
    else delete copy.register;
  }
  return copy;
}

function providerForElement(provider: ProviderFile): ProviderFile {
  return { ...provider, services: provider.services.map(serviceForElement) as ProviderFile['services'] };
}

/**
 * The catalogue as written to dist/catalogue.json: compact JSON, keys in a fixed order, one trailing
 * newline, without the facts the element never reads (above). Municipalities are written in Czech order
 * of name, the order the element shows them in: it then checks that order with one comparison per name
 * instead of sorting thousands of them on every visitor's page.
 */
export function serializeCatalogue(catalogue: Catalogue): string {
  const { formatVersion, version, built, codebooks, lifeSituations } = catalogue;
  const municipalities = sortByCzech(catalogue.municipalities, (municipality) => municipality.name).map(municipalityForElement);
  const providers = catalogue.providers.map(providerForElement);
  return `${JSON.stringify({ formatVersion, version, built, codebooks, municipalities, providers, lifeSituations })}\n`;
}

/**
 * Refreshing the catalogue's codebooks (catalogue-data/codebooks/*.json) from the register's codebook
 * files (`{"polozky": [{"id": "DruhSocialniSluzby/13", "nazev": {"cs": "domovy pro seniory"}}]}`).
 * Czech labels and validity come from the register; English labels, group, section and forms are ours
 * and are kept. Codes are never removed: a code the register no longer lists is reported.
 */
import type { CodebookEntry, CodebookFile } from '../generated/catalogue-types.js';
import { readRegisterDate } from './dates.js';
import { isRecord } from '../catalogue/is-record.js';

export type CodebookName = CodebookFile['name'];

/** The register's codebook file names (https://data.mpsv.cz/od/soubory/ciselniky/<name>.json). */
export const REGISTER_CODEBOOK_FILES: Readonly<Record<string, CodebookName>> = {
  'druhy-socialni-sluzby': 'DruhSocialniSluzby',
  'formy-soc-sluzby': 'FormaSocialniSluzby',
  'cilove-skupiny-osoby': 'CilovaSkupinaOsoby',
  'vekove-skupiny-osoby': 'VekovaSkupinaOsoby',
  'typy-kapacity-socialni-sluzby': 'TypKapacitySocialniSluzby',
};

/** File names in catalogue-data/codebooks/ for a codebook that has no file yet. */
export const CATALOGUE_CODEBOOK_FILES: Readonly<Record<CodebookName, string>> = {
  DruhSocialniSluzby: 'kinds.json',
  FormaSocialniSluzby: 'forms.json',
  CilovaSkupinaOsoby: 'target-groups.json',
  VekovaSkupinaOsoby: 'age-groups.json',
  TypKapacitySocialniSluzby: 'capacity-units.json',
};

const NUMERIC_CODEBOOKS: ReadonlySet<CodebookName> = new Set(['DruhSocialniSluzby', 'CilovaSkupinaOsoby', 'VekovaSkupinaOsoby']);
// The codebook service's own name for the forms differs from the prefix the data use.
const PREFIX_ALIASES: Readonly<Record<string, CodebookName>> = { FormaSocSluzby: 'FormaSocialniSluzby' };

export interface RegisterCodebookItem {
  code: number | string;
  label: string;
  validFrom?: string;
  validTo?: string;
}

export interface RegisterCodebook {
  name: CodebookName;
  items: RegisterCodebookItem[];
  problems: string[];
}

function codebookName(prefix: string): CodebookName | undefined {
  if (prefix in PREFIX_ALIASES) return PREFIX_ALIASES[prefix];
  return Object.values(REGISTER_CODEBOOK_FILES).find((name) => name === prefix);
}

/**
 * Reads one register codebook file. The codebook is recognised by its file name (without .json) or else by
 * the prefix of its items' ids; undefined when it is not one of the five codebooks the catalogue uses.
 */
export function readRegisterCodebook(raw: unknown, fileName: string): RegisterCodebook | undefined {
  const items = isRecord(raw) && Array.isArray(raw.polozky) ? raw.polozky : undefined;
  if (items === undefined) return undefined;
  const firstId = items.map((item) => (isRecord(item) ? item.id : undefined)).find((id): id is string => typeof id === 'string');
  const name = REGISTER_CODEBOOK_FILES[fileName.replace(/\.json$/, '')] ?? codebookName(firstId?.split('/')[0] ?? '');
  if (name === undefined) return undefined;
  const problems: string[] = [];
  const read: RegisterCodebookItem[] = [];
  for (const item of items) {
    const id = isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
    const [prefix, code] = id?.split('/') ?? [];
    const label = isRecord(item) ? readLabel(item.nazev) : undefined;
    if (!isRecord(item) || prefix === undefined || code === undefined || codebookName(prefix) !== name || label === undefined) {
      problems.push(`${name}: položka ${JSON.stringify(item)} nemá id „${name}/kód“ a český název, vynechána`);
      continue;
    }
    const numeric = NUMERIC_CODEBOOKS.has(name);
    if (numeric ? !/^[1-9][0-9]*$/.test(code) : !/^[a-z]+$/.test(code)) {
      problems.push(`${name}: kód „${code}“ nemá očekávaný tvar, vynechán`);
      continue;
    }
    // Validity keys as the reference CSVs name them (platnost_od/do); not verified in the JSON itself.
    const validFrom = readRegisterDate(item.platnostOd);
    const validTo = readRegisterDate(item.platnostDo);
    read.push({
      code: numeric ? Number(code) : code,
      label,
      ...(typeof validFrom === 'string' ? { validFrom } : {}),
      ...(typeof validTo === 'string' ? { validTo } : {}),
    });
  }
  return { name, items: read, problems };
}

function readLabel(value: unknown): string | undefined {
  const text = isRecord(value) ? value.cs : value;
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}

export interface CodebookRefresh {
  file: CodebookFile;
  added: RegisterCodebookItem[];
  relabelled: Array<{ code: number | string; before: string; after: string }>;
  notInRegister: Array<number | string>;
  changed: boolean;
}

/** The codebook file after taking in the register's items; `changed` is false when nothing differs. */
export function refreshCodebook(existing: CodebookFile | undefined, codebook: RegisterCodebook, registerFileName: string, date: string): CodebookRefresh {
  const fromRegister = new Map(codebook.items.map((item) => [item.code, item]));
  const relabelled: CodebookRefresh['relabelled'] = [];
  let changed = existing === undefined;
  const entries: CodebookEntry[] = (existing?.entries ?? []).map((entry) => {
    const item = fromRegister.get(entry.code);
    if (item === undefined) return entry;
    const updated: CodebookEntry = {
      ...entry,
      label: { ...entry.label, cs: item.label },
      ...(item.validFrom === undefined ? {} : { validFrom: item.validFrom }),
      ...(item.validTo === undefined ? {} : { validTo: item.validTo }),
    };
    if (entry.label.cs !== item.label) relabelled.push({ code: entry.code, before: entry.label.cs, after: item.label });
    if (entry.label.cs !== item.label || entry.validFrom !== updated.validFrom || entry.validTo !== updated.validTo) changed = true;
    return updated;
  });
  const known = new Set(entries.map((entry) => entry.code));
  const added = codebook.items.filter((item) => !known.has(item.code)).sort((a, b) => String(a.code).localeCompare(String(b.code), 'en', { numeric: true }));
  for (const item of added) {
    entries.push({ code: item.code, label: { cs: item.label }, ...(item.validFrom === undefined ? {} : { validFrom: item.validFrom }), ...(item.validTo === undefined ? {} : { validTo: item.validTo }) });
    changed = true;
  }
  const notInRegister = entries.map((entry) => entry.code).filter((code) => !fromRegister.has(code));
  const source = changed || existing === undefined
    ? `Číselník MPSV ${codebook.name} (https://data.mpsv.cz/od/soubory/ciselniky/${registerFileName}), stav k ${date}`
    : existing.source;
  const file: CodebookFile = {
    $schema: existing?.$schema ?? '../../schema/codebook.schema.json',
    name: codebook.name,
    source,
    entries: entries as [CodebookEntry, ...CodebookEntry[]],
  };
  return { file, added, relabelled, notInRegister, changed };
}

/** Plain-Czech lines about one refreshed codebook. */
export function describeCodebookRefresh(fileName: string, refresh: CodebookRefresh): string[] {
  const { name } = refresh.file;
  return [
    `${fileName} (${name}): ${refresh.changed ? 'aktualizováno' : 'beze změny'}`,
    ...refresh.added.map((item) => `  + nový kód ${name}/${item.code}: ${item.label} (doplňte anglický název${name === 'DruhSocialniSluzby' ? ', skupinu a paragraf' : ''})`),
    ...refresh.relabelled.map((item) => `  ~ ${name}/${item.code}: „${item.before}“ → „${item.after}“`),
    ...refresh.notInRegister.map((code) => `  ? ${name}/${code}: v číselníku registru není, ponecháno`),
  ];
}

/**
 * Finding municipalities by what people type: a RÚIAN code ("545058"), a name ("valasske mezirici") or the
 * name of a part ("Krásno nad Bečvou" is part of Valašské Meziříčí), ignoring case and diacritics.
 */
import { normalizeText } from '../search/normalize.js';
import { compareCzech } from '../i18n/collation.js';

export interface MunicipalityRecord {
  readonly code: string;
  readonly name: string;
  readonly district?: string;
  readonly parts: ReadonlyArray<{ readonly name: string }>;
}

export interface MunicipalitySuggestion {
  readonly code: string;
  readonly name: string;
  readonly district?: string;
  /** The part whose name matched, when the municipality was found through one of its parts. */
  readonly part?: string;
}

export interface MunicipalityIndex {
  /** The municipality with this code, if known. */
  byCode(code: string): MunicipalityRecord | undefined;
  /**
   * The codes an exact input stands for: a known code, else municipalities of that name, else
   * municipalities with a part of that name (several when the name is shared, e.g. "Lhota").
   */
  resolve(input: string): string[];
  /** Municipalities and parts whose name starts with the input, or has a word starting with it; best first. */
  suggest(input: string, limit: number): MunicipalitySuggestion[];
  /** Folds every name now; otherwise the first lookup by name does (tens of ms for the whole country). */
  prepare(): void;
}

interface NameEntry {
  readonly normalized: string;
  readonly words: readonly string[];
  readonly suggestion: MunicipalitySuggestion;
}

/** 0 exact, 1 prefix, 2 a later word starts with the input, undefined no match. */
function matchRank(entry: NameEntry, needle: string): number | undefined {
  if (entry.normalized === needle) return 0;
  if (entry.normalized.startsWith(needle)) return 1;
  if (entry.words.some((word, i) => i > 0 && word.startsWith(needle))) return 2;
  // A multi-word input such as "nad becvou" may start inside the name.
  if (needle.includes(' ') && entry.normalized.includes(` ${needle}`)) return 2;
  return undefined;
}

export function createMunicipalityIndex(municipalities: readonly MunicipalityRecord[]): MunicipalityIndex {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  // Folded when first needed: a code (what the `municipality` attribute usually holds) needs no name,
  // a municipality's name no part's.
  let names: string[] | undefined;
  const foldedNames = () => (names ??= municipalities.map((municipality) => normalizeText(municipality.name)));
  let nameList: NameEntry[] | undefined;
  const entries = () => (nameList ??= nameEntries(municipalities, foldedNames()));

  return {
    byCode: (code) => byCode.get(code.trim()),
    resolve(input) {
      const trimmed = input.trim();
      if (byCode.has(trimmed)) return [trimmed];
      const needle = normalizeText(trimmed);
      if (!needle) return [];
      const folded = foldedNames();
      const named = municipalities.filter((_, index) => folded[index] === needle);
      const found = named.length > 0 ? named : entries().filter((entry) => entry.normalized === needle).map((entry) => entry.suggestion);
      return [...new Set(found.map((municipality) => municipality.code))];
    },
    suggest(input, limit) {
      const needle = normalizeText(input);
      if (!needle) return [];
      const ranked: Array<{ rank: number; entry: NameEntry }> = [];
      for (const entry of entries()) {
        const rank = matchRank(entry, needle);
        if (rank !== undefined) ranked.push({ rank, entry });
      }
      ranked.sort(
        (a, b) =>
          a.rank - b.rank ||
          Number(a.entry.suggestion.part !== undefined) - Number(b.entry.suggestion.part !== undefined) ||
          compareCzech(a.entry.suggestion.part ?? a.entry.suggestion.name, b.entry.suggestion.part ?? b.entry.suggestion.name) ||
          compareCzech(a.entry.suggestion.name, b.entry.suggestion.name),
      );
      return ranked.slice(0, limit).map(({ entry }) => entry.suggestion);
    },
    prepare() {
      entries();
    },
  };
}

/** Each municipality's folded name, and the folded name of each of its parts named otherwise. */
function nameEntries(municipalities: readonly MunicipalityRecord[], foldedNames: readonly string[]): NameEntry[] {
  const entries: NameEntry[] = [];
  for (const [index, municipality] of municipalities.entries()) {
    const base = { code: municipality.code, name: municipality.name, district: municipality.district };
    const normalizedName = foldedNames[index] ?? '';
    entries.push({ normalized: normalizedName, words: normalizedName.split(' '), suggestion: base });
    for (const part of municipality.parts) {
      const normalizedPart = normalizeText(part.name);
      // Most municipalities have a part of their own name; it adds nothing to the municipality itself.
      if (normalizedPart === normalizedName) continue;
      entries.push({ normalized: normalizedPart, words: normalizedPart.split(' '), suggestion: { ...base, part: part.name } });
    }
  }
  return entries;
}

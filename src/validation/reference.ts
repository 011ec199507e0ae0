/**
 * The codes a provider file may use: codebook entries and municipalities from catalogue-data/, indexed
 * for the cross-file checks. A codebook that is missing or broken is left out, and the checks that need
 * it are skipped (its own file reports why).
 */
import type { CodebookFile, MunicipalitiesFile } from '../generated/catalogue-types.js';

export type CodebookName = CodebookFile['name'];

export interface ReferenceEntry {
  label: string;
  /** Capacity units only: the forms the unit may be used with. */
  forms?: readonly string[];
}

export interface ReferenceMunicipality {
  name: string;
  parts: ReadonlySet<string>;
}

export interface Reference {
  codebooks: Partial<Record<CodebookName, ReadonlyMap<string | number, ReferenceEntry>>>;
  municipalities?: ReadonlyMap<string, ReferenceMunicipality>;
  /** The district codes some municipality of the list names (a service may serve those districts whole). */
  districts?: ReadonlySet<string>;
}

/** Builds the index from codebook and municipality files that passed their schema. */
export function buildReference(codebooks: readonly CodebookFile[], municipalities: MunicipalitiesFile | undefined): Reference {
  const reference: Reference = { codebooks: {} };
  for (const codebook of codebooks) {
    // The first file with a given codebook wins; a second one is reported as a duplicate.
    if (reference.codebooks[codebook.name]) continue;
    reference.codebooks[codebook.name] = new Map(
      codebook.entries.map((entry) => [entry.code, { label: entry.label.cs, ...(entry.forms ? { forms: entry.forms } : {}) }]),
    );
  }
  if (municipalities) {
    reference.municipalities = new Map(
      municipalities.municipalities.map((municipality) => [
        municipality.code,
        { name: municipality.name, parts: new Set(municipality.parts.map((part) => part.name)) },
      ]),
    );
    reference.districts = new Set(municipalities.municipalities.flatMap((municipality) => municipality.districtCode ?? []));
  }
  return reference;
}

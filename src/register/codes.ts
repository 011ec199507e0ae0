/**
 * The register refers to codebook items as `{"id": "<Codebook>/<code>"}` (e.g. `CilovaSkupinaOsoby/24`).
 * These helpers read such references without trusting their shape.
 */

/** The code after the slash when `reference` is `{id: "<codebook>/<code>"}`, otherwise undefined. */
export function codeOf(reference: unknown, codebook: string): string | undefined {
  if (typeof reference !== 'object' || reference === null) return undefined;
  const id = (reference as { id?: unknown }).id;
  if (typeof id !== 'string') return undefined;
  const prefix = `${codebook}/`;
  if (!id.startsWith(prefix)) return undefined;
  const code = id.slice(prefix.length).trim();
  return code === '' ? undefined : code;
}

/** Like {@link codeOf} for codebooks with numeric codes: a positive integer, otherwise undefined. */
export function numericCodeOf(reference: unknown, codebook: string): number | undefined {
  const code = codeOf(reference, codebook);
  return code !== undefined && /^[1-9][0-9]{0,8}$/.test(code) ? Number(code) : undefined;
}

/** The raw `id` text of a reference, for messages about references that could not be read. */
export function describeReference(reference: unknown): string {
  if (typeof reference === 'object' && reference !== null && 'id' in reference) {
    return JSON.stringify((reference as { id: unknown }).id);
  }
  return JSON.stringify(reference) ?? 'undefined';
}

/** The names of the register's codebooks that service records refer to. */
export const REGISTER_CODEBOOKS = {
  kind: 'DruhSocialniSluzby',
  form: 'FormaSocialniSluzby',
  targetGroup: 'CilovaSkupinaOsoby',
  ageGroup: 'VekovaSkupinaOsoby',
  capacityUnit: 'TypKapacitySocialniSluzby',
  municipality: 'Obec',
  municipalityPart: 'CastObce',
  buildingNumberType: 'TypStavebnihoObjektu',
} as const;

/**
 * Which municipalities a service serves: the whole districts its area names, the municipalities it
 * lists, or, when its area names neither, the municipalities of its places. A district stands for every
 * municipality of the catalogue's list that lies in it ("celý okres Vsetín" without its 61 codes).
 * DOM-free; the model, the filters and search all read the expanded list.
 */
import type { Municipality, Service } from '../generated/catalogue-types.js';

/** District code → the codes of the list's municipalities in that district, in list order. */
export type DistrictMunicipalities = ReadonlyMap<string, readonly string[]>;

export function municipalitiesByDistrict(municipalities: readonly Municipality[]): DistrictMunicipalities {
  const byDistrict = new Map<string, string[]>();
  for (const { code, districtCode } of municipalities) {
    if (districtCode === undefined) continue;
    const codes = byDistrict.get(districtCode);
    if (codes) codes.push(code);
    else byDistrict.set(districtCode, [code]);
  }
  return byDistrict;
}

/** District code → its name as the municipalities give it (the first one that does), for display. */
export function districtNames(municipalities: readonly Municipality[]): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const { district, districtCode } of municipalities) {
    if (districtCode !== undefined && district !== undefined && !names.has(districtCode)) names.set(districtCode, district);
  }
  return names;
}

/** Whether the entry names the municipalities or districts it serves (otherwise its places stand in). */
export function statesArea(service: Pick<Service, 'serviceArea'>): boolean {
  return (service.serviceArea?.districts?.length ?? 0) + (service.serviceArea?.municipalities?.length ?? 0) > 0;
}

/**
 * The codes of every municipality `service` serves, each once: its districts' municipalities, then the
 * municipalities it lists. A district nobody in the list lies in adds nothing (the validator reports it).
 */
export function servedMunicipalityCodes(service: Pick<Service, 'serviceArea' | 'places'>, byDistrict: DistrictMunicipalities): readonly string[] {
  const districts = service.serviceArea?.districts ?? [];
  const listed = service.serviceArea?.municipalities ?? [];
  if (!statesArea(service)) return [...new Set((service.places ?? []).map((place) => place.municipality))];
  // Most district services name one district and nothing else: they share the district's own list.
  if (districts.length === 1 && listed.length === 0) return byDistrict.get(districts[0] as string) ?? [];
  // Codes in a service area are unique (the schema says so), so without districts the list is the answer.
  if (districts.length === 0) return listed;
  return [...new Set([...districts.flatMap((district) => byDistrict.get(district) ?? []), ...listed])];
}

import type { Catalogue, CodebookLabel, Service } from '../generated/catalogue-types.js';
import type { Lang } from '../i18n/lang.js';
import type { SearchDocument } from './engine.js';

/**
 * The searchable texts of every service in a catalogue, in the interface language. A service's
 * municipalities are those it serves or, where it does not say, those where it is provided, plus
 * the names of the municipality parts of its places (so "Krásno nad Bečvou" finds what is there).
 */
export function catalogueSearchDocuments(catalogue: Catalogue, lang: Lang = 'cs'): SearchDocument[] {
  const text = (label: CodebookLabel | undefined): string => (label ? (label[lang] ?? label.cs) : '');
  const kinds = new Map(catalogue.codebooks.kinds.map((entry) => [entry.code, text(entry.label)]));
  const targetGroups = new Map(catalogue.codebooks.targetGroups.map((entry) => [entry.code, text(entry.label)]));
  const municipalityNames = new Map(catalogue.municipalities.map((municipality) => [municipality.code, municipality.name]));
  return catalogue.providers.flatMap((provider) =>
    provider.services.map((service) => ({
      id: service.id,
      fields: {
        name: service.name,
        provider: provider.name,
        kind: service.kind === undefined ? '' : (kinds.get(service.kind) ?? ''),
        targetGroups: (service.targetGroups ?? []).map((code) => targetGroups.get(code) ?? '').filter(Boolean).join(', '),
        municipalities: placeNames(service, municipalityNames).join(', '),
        description: service.description ?? '',
      },
    })),
  );
}

function placeNames(service: Service, municipalityNames: ReadonlyMap<string, string>): string[] {
  const places = service.places ?? [];
  const codes = service.serviceArea?.municipalities ?? places.map((place) => place.municipality);
  const names = codes.map((code) => municipalityNames.get(code) ?? '');
  for (const place of places) if (place.municipalityPart) names.push(place.municipalityPart);
  return [...new Set(names.filter(Boolean))];
}

/**
 * The in-memory model the element renders: one flat, display-ready record per service, with labels in
 * the interface language, the municipalities it serves, its contacts and freshness resolved once,
 * plus the documents the search index needs. DOM-free; built again only when the data or language change.
 */
import type {
  Catalogue,
  CodebookLabel,
  Contacts,
  Municipality,
  Place,
  ProviderFile,
  Service,
} from '../generated/catalogue-types.js';
import type { FilterValues } from '../filters/facets.js';
import type { FilterKey } from '../filters/state.js';
import type { KindGroupName } from '../filters/kind-groups.js';
import type { SearchDocument } from '../search/engine.js';
import { compareCzech, sortByCzech } from '../i18n/collation.js';
import type { Lang } from '../i18n/lang.js';
import { messagesFor } from '../i18n/messages.js';
import { isOlderThanMonths } from '../format/date.js';

/** Entries not confirmed for this many months are marked as possibly out of date. */
export const staleAfterMonths = 12;

export interface Labelled<C extends string | number> {
  readonly code: C;
  readonly label: string;
}

export interface KindOption extends Labelled<number> {
  readonly group: KindGroupName;
  readonly section?: string;
}

export interface CapacityView {
  readonly form: Labelled<string>;
  readonly unit: string;
  readonly count: number;
  readonly note?: string;
}

export interface PlaceView {
  readonly name?: string;
  readonly address: string;
  readonly municipality: Labelled<string>;
  readonly part?: string;
  readonly postcode?: string;
}

export interface ServiceView {
  /** Unique in the model: provider id and service id. */
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly provider: { readonly id: string; readonly name: string; readonly ico?: string };
  readonly registered: boolean;
  readonly registerIdentifier?: string;
  readonly portalId?: number;
  readonly kind?: KindOption;
  readonly forms: ReadonlyArray<Labelled<string>>;
  readonly targetGroups: ReadonlyArray<Labelled<number>>;
  readonly ageGroups: ReadonlyArray<Labelled<number>>;
  readonly capacity: readonly CapacityView[];
  /** Where the service's clients live: the service area, or where it is not given, the places' municipalities. */
  readonly municipalities: ReadonlyArray<Labelled<string>>;
  readonly serviceAreaDescription?: string;
  readonly places: readonly PlaceView[];
  /** The service's own contacts; each kind it leaves out comes from its provider. */
  readonly contacts: Contacts;
  readonly description?: string;
  readonly openingHours?: string;
  /** The day the provider last confirmed the entry (ISO date). */
  readonly reviewed?: string;
  /** Not confirmed for over a year, or never. */
  readonly stale: boolean;
  readonly filterValues: FilterValues;
}

/** The options one filter offers: every code some service has, in display order. */
export type FilterOptions = Readonly<Record<FilterKey, ReadonlyArray<Labelled<string>>>> & {
  readonly kindGroups: Readonly<Record<string, KindGroupName>>;
};

export interface CatalogueModel {
  /** In Czech alphabetical order of name, then provider. */
  readonly services: readonly ServiceView[];
  readonly municipalities: readonly Municipality[];
  readonly filterOptions: FilterOptions;
  readonly searchDocuments: readonly SearchDocument[];
  readonly built: string;
}

function labelIn(lang: Lang, label: CodebookLabel): string {
  return (lang === 'en' ? label.en : undefined) ?? label.cs;
}

/**
 * code → label lookup for one list (a codebook, the municipalities), and an order for those labels:
 * each label's place in Czech alphabetical order is computed once, because collating the same names
 * again for every one of thousands of services is what made building the model slow. Each code has
 * one shared label object. A code the list lacks (a codebook newer than the catalogue's) is named by
 * `unknownLabel` and sorts last.
 */
function labeller<C extends string | number>(
  entries: ReadonlyArray<{ code: C; label: string }>,
  unknownLabel: (code: C) => string = String,
): { label: (code: C) => Labelled<C>; sort: (items: ReadonlyArray<Labelled<C>>) => Array<Labelled<C>> } {
  // A code listed twice takes its last label and place, as a Map built from the list would.
  const labels = new Map(entries.map((entry) => [entry.code, entry.label]));
  const rank = new Map(sortByCzech(entries, (entry) => entry.label).map((entry, index) => [entry.code, index]));
  const unknownRank = rank.size;
  const labelled = new Map<C, Labelled<C>>();
  const label = (code: C): Labelled<C> => {
    let found = labelled.get(code);
    if (!found) {
      found = { code, label: labels.get(code) ?? unknownLabel(code) };
      labelled.set(code, found);
    }
    return found;
  };
  return {
    label,
    sort: (items) => {
      if (items.length < 2) return [...items];
      const ranked = items.map((item) => ({ item, rank: rank.get(item.code) ?? unknownRank }));
      ranked.sort((a, b) => a.rank - b.rank || (a.rank === unknownRank ? compareCzech(a.item.label, b.item.label) : 0));
      return ranked.map(({ item }) => item);
    },
  };
}

function codebookLabeller<C extends string | number>(lang: Lang, entries: ReadonlyArray<{ code: C; label: CodebookLabel }>) {
  return labeller(
    entries.map((entry) => ({ code: entry.code, label: labelIn(lang, entry.label) })),
    messagesFor(lang).unknownCode,
  );
}

function effectiveContacts(service: Service, provider: ProviderFile): Contacts {
  const own = service.contacts ?? {};
  const fallback = provider.contacts ?? {};
  const contacts: Contacts = {};
  const web = own.web ?? fallback.web;
  const email = own.email ?? fallback.email;
  const phone = own.phone ?? fallback.phone;
  if (web) contacts.web = web;
  if (email) contacts.email = email;
  if (phone) contacts.phone = phone;
  return contacts;
}

function servedMunicipalityCodes(service: Service): readonly string[] {
  const area = service.serviceArea?.municipalities;
  const codes = area && area.length > 0 ? area : (service.places ?? []).map((place: Place) => place.municipality);
  // Codes in a service area are unique (the schema says so); places may share a municipality.
  return area && area.length > 0 ? codes : [...new Set(codes)];
}

/**
 * Sorts in place by Czech alphabetical order of name, then of provider name. Each distinct name is
 * collated once (thousands of services share a few thousand names), then the sort compares numbers.
 */
function sortByNameAndProvider(services: ServiceView[]): void {
  const rankOf = (names: Iterable<string>) => new Map(sortByCzech(new Set(names), (name) => name).map((name, index) => [name, index]));
  const nameRank = rankOf(services.map((service) => service.name));
  const providerRank = rankOf(services.map((service) => service.provider.name));
  const keyed = services.map((service) => ({ service, name: nameRank.get(service.name) ?? 0, provider: providerRank.get(service.provider.name) ?? 0 }));
  keyed.sort((a, b) => a.name - b.name || a.provider - b.provider);
  keyed.forEach(({ service }, index) => {
    services[index] = service;
  });
}

/** Builds the display model; `today` decides which entries are stale. */
export function buildCatalogueModel(catalogue: Catalogue, lang: Lang, today: Date): CatalogueModel {
  const { codebooks } = catalogue;
  const kinds = new Map(
    codebooks.kinds.map((kind): [number, KindOption] => [kind.code, { code: kind.code, label: labelIn(lang, kind.label), group: kind.group, section: kind.section }]),
  );
  const formLabel = codebookLabeller(lang, codebooks.forms).label;
  const targetGroups = codebookLabeller(lang, codebooks.targetGroups);
  const ageGroupLabel = codebookLabeller(lang, codebooks.ageGroups).label;
  const municipalities = labeller(catalogue.municipalities.map((m) => ({ code: m.code, label: m.name })));

  const keys = new Set<string>();
  const services: ServiceView[] = [];
  for (const provider of catalogue.providers) {
    // The same for every service of the provider.
    const providerView = { id: provider.id, name: provider.name, ico: provider.ico };
    const stale = isOlderThanMonths(provider.reviewed, today, staleAfterMonths);
    for (const service of provider.services) {
      let key = `${provider.id}/${service.id}`;
      // Duplicate ids are the validator's business; the element must still render both rows apart.
      for (let n = 2; keys.has(key); n++) key = `${provider.id}/${service.id}#${n}`;
      keys.add(key);

      // A kind the codebook lacks has no group and no label worth showing; the validator reports it.
      const kind = service.kind === undefined ? undefined : kinds.get(service.kind);
      const served = municipalities.sort(servedMunicipalityCodes(service).map(municipalities.label));
      const forms = (service.forms ?? []).map(formLabel);
      const groups = targetGroups.sort((service.targetGroups ?? []).map(targetGroups.label));
      const ageGroups = (service.ageGroups ?? []).map(ageGroupLabel);

      services.push({
        key,
        id: service.id,
        name: service.name,
        provider: providerView,
        registered: service.registered,
        registerIdentifier: service.register?.identifier,
        portalId: service.register?.portalId,
        kind,
        forms,
        targetGroups: groups,
        ageGroups,
        capacity: (service.capacity ?? []).map((c) => ({ form: formLabel(c.form), unit: c.unit, count: c.count, note: c.note })),
        municipalities: served,
        serviceAreaDescription: service.serviceArea?.description,
        places: (service.places ?? []).map((place) => ({
          name: place.name,
          address: place.address,
          municipality: municipalities.label(place.municipality),
          part: place.municipalityPart,
          postcode: place.postcode,
        })),
        contacts: effectiveContacts(service, provider),
        description: service.description,
        openingHours: service.openingHours,
        reviewed: provider.reviewed,
        stale,
        filterValues: {
          municipality: served.map((m) => m.code),
          kind: kind ? [String(kind.code)] : [],
          targetGroup: groups.map((g) => String(g.code)),
          form: forms.map((f) => f.code),
          ageGroup: ageGroups.map((g) => String(g.code)),
        },
      });
    }
  }
  sortByNameAndProvider(services);

  let searchDocuments: SearchDocument[] | undefined;
  return {
    services,
    municipalities: catalogue.municipalities,
    filterOptions: buildFilterOptions(services, municipalities.sort),
    // Only search needs them, and the element builds its index after the first results are shown.
    get searchDocuments() {
      return (searchDocuments ??= services.map(searchDocument));
    },
    built: catalogue.built,
  };
}

type Sorter = (items: ReadonlyArray<Labelled<string>>) => Array<Labelled<string>>;

/**
 * The options of each filter that at least one service has: labels in Czech order (municipalities in
 * the order already computed for thousands of names), age groups in code order.
 */
function buildFilterOptions(services: readonly ServiceView[], sortMunicipalities: Sorter): FilterOptions {
  const seen = {
    municipality: new Map<string, string>(),
    kind: new Map<string, string>(),
    targetGroup: new Map<string, string>(),
    form: new Map<string, string>(),
    ageGroup: new Map<string, string>(),
  } satisfies Record<FilterKey, Map<string, string>>;
  const kindGroups: Record<string, KindGroupName> = {};
  for (const service of services) {
    for (const m of service.municipalities) seen.municipality.set(m.code, m.label);
    if (service.kind) {
      seen.kind.set(String(service.kind.code), service.kind.label);
      kindGroups[String(service.kind.code)] = service.kind.group;
    }
    for (const g of service.targetGroups) seen.targetGroup.set(String(g.code), g.label);
    for (const f of service.forms) seen.form.set(f.code, f.label);
    for (const g of service.ageGroups) seen.ageGroup.set(String(g.code), g.label);
  }
  const byLabel = (map: Map<string, string>) => sortByCzech(toOptions(map), (o) => o.label);
  const byCode = (map: Map<string, string>) =>
    toOptions(map).sort((a, b) => compareCzech(a.code, b.code));
  return {
    municipality: sortMunicipalities(toOptions(seen.municipality)),
    kind: byLabel(seen.kind),
    targetGroup: byLabel(seen.targetGroup),
    form: byLabel(seen.form),
    ageGroup: byCode(seen.ageGroup),
    kindGroups,
  };
}

function toOptions(map: Map<string, string>): Array<Labelled<string>> {
  return [...map].map(([code, label]) => ({ code, label }));
}

/** What search reads of a service: its texts by field, in the interface language. */
export function searchDocument(service: ServiceView): SearchDocument {
  const placeNames = service.places.flatMap((place) => [place.part, place.municipality.label, place.address]);
  return {
    id: service.key,
    fields: {
      name: service.name,
      provider: service.provider.name,
      kind: [service.kind?.label, ...service.forms.map((f) => f.label)].filter(Boolean).join(' · '),
      targetGroups: [...service.targetGroups, ...service.ageGroups].map((g) => g.label).join(' · '),
      municipalities: [...service.municipalities.map((m) => m.label), ...placeNames].filter(Boolean).join(' · '),
      description: [service.description, service.serviceAreaDescription].filter(Boolean).join(' '),
    },
  };
}

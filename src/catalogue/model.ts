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
 * again for every one of thousands of services is what made building the model slow.
 * A code the list lacks (a codebook newer than the catalogue's) is named by `unknownLabel` and sorts last.
 */
function labeller<C extends string | number>(
  entries: ReadonlyArray<{ code: C; label: string }>,
  unknownLabel: (code: C) => string = String,
): { label: (code: C) => Labelled<C>; sort: (items: ReadonlyArray<Labelled<C>>) => Array<Labelled<C>> } {
  const labels = new Map(entries.map((entry) => [entry.code, entry.label]));
  const rank = new Map(sortByCzech(entries, (entry) => entry.label).map((entry, index) => [entry.code, index]));
  const rankOf = (item: Labelled<C>) => rank.get(item.code) ?? rank.size;
  return {
    label: (code) => ({ code, label: labels.get(code) ?? unknownLabel(code) }),
    sort: (items) => [...items].sort((a, b) => rankOf(a) - rankOf(b) || compareCzech(a.label, b.label)),
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

function servedMunicipalityCodes(service: Service): string[] {
  const area = service.serviceArea?.municipalities;
  const codes = area && area.length > 0 ? area : (service.places ?? []).map((place: Place) => place.municipality);
  return [...new Set(codes)];
}

/** Builds the display model; `today` decides which entries are stale. */
export function buildCatalogueModel(catalogue: Catalogue, lang: Lang, today: Date): CatalogueModel {
  const { codebooks } = catalogue;
  const kindEntries = new Map(codebooks.kinds.map((kind) => [kind.code, kind]));
  const formLabel = codebookLabeller(lang, codebooks.forms).label;
  const targetGroups = codebookLabeller(lang, codebooks.targetGroups);
  const ageGroupLabel = codebookLabeller(lang, codebooks.ageGroups).label;
  const municipalities = labeller(catalogue.municipalities.map((m) => ({ code: m.code, label: m.name })));

  const keys = new Set<string>();
  const services: ServiceView[] = [];
  for (const provider of catalogue.providers) {
    for (const service of provider.services) {
      let key = `${provider.id}/${service.id}`;
      // Duplicate ids are the validator's business; the element must still render both rows apart.
      for (let n = 2; keys.has(key); n++) key = `${provider.id}/${service.id}#${n}`;
      keys.add(key);

      const kindEntry = service.kind === undefined ? undefined : kindEntries.get(service.kind);
      // A kind the codebook lacks has no group and no label worth showing; the validator reports it.
      const kind: KindOption | undefined = kindEntry && {
        code: kindEntry.code,
        label: labelIn(lang, kindEntry.label),
        group: kindEntry.group,
        section: kindEntry.section,
      };
      const served = municipalities.sort(servedMunicipalityCodes(service).map(municipalities.label));
      const forms = (service.forms ?? []).map(formLabel);
      const groups = targetGroups.sort((service.targetGroups ?? []).map(targetGroups.label));
      const ageGroups = (service.ageGroups ?? []).map(ageGroupLabel);

      services.push({
        key,
        id: service.id,
        name: service.name,
        provider: { id: provider.id, name: provider.name, ico: provider.ico },
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
        stale: isOlderThanMonths(provider.reviewed, today, staleAfterMonths),
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
  services.sort((a, b) => compareCzech(a.name, b.name) || compareCzech(a.provider.name, b.provider.name));

  return {
    services,
    municipalities: catalogue.municipalities,
    filterOptions: buildFilterOptions(services, municipalities.sort),
    searchDocuments: services.map((service) => searchDocument(service)),
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

function searchDocument(service: ServiceView): SearchDocument {
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

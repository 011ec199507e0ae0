/**
 * Deciding what an import changes: which register services are added, which existing services are
 * refreshed or flagged as ended, and what the provider files look like afterwards. Pure: the caller reads
 * the register and the data files and writes the result.
 *
 * Rules (issue 9):
 * - register facts are refreshed; a fact the register does not give keeps its current value;
 * - hand-maintained fields (name of an existing service, description, serviceArea, openingHours, reviewed,
 *   sources other than the register's) are never touched;
 * - a registration that ended is kept and gets `register.validTo`; nothing is deleted;
 * - existing ids are kept: a service is found by portalId, then identifier, then id.
 */
import type { Contacts, Place, ProviderFile, Service, Source } from '../generated/catalogue-types.js';
import { placeFromFacility } from './address.js';
import type { MunicipalityIndex } from './address.js';
import { REGISTER_CODEBOOKS } from './codes.js';
import { isActiveOn } from './dates.js';
import { PROVIDER_WARNING_PREFIX } from './record.js';
import type { RegisterContacts, RegisterFacility, RegisterProvider, RegisterService } from './record.js';
import { emptyReport } from './report.js';
import type { FieldChange, ImportReport, ServiceMention } from './report.js';
import { slugify } from './slug.js';

/** Start of the `sources` entry the import owns; other entries belong to the provider. */
export const REGISTER_SOURCE_NAME = 'Registr poskytovatelů sociálních služeb MPSV';
const REGISTER_SOURCE = `${REGISTER_SOURCE_NAME} (https://data.mpsv.cz/od/soubory/rpss/rpss.json)`;
const PROVIDER_SCHEMA = '../../schema/provider.schema.json';

/** Codebook labels by codebook name and code (codes as text), for unknown-code checks and default names. */
export type CodebookLabels = ReadonlyMap<string, ReadonlyMap<string, string>>;

export interface ImportPlanInput {
  date: string;
  /** Readable register services that touch the chosen municipalities or an existing service. */
  services: readonly RegisterService[];
  /** portalIds of records that were skipped as malformed (they are in the register, just unreadable). */
  skippedPortalIds: ReadonlySet<number>;
  existing: readonly ProviderFile[];
  municipalities: MunicipalityIndex;
  codebooks: CodebookLabels;
  report?: ImportReport;
}

export interface ImportPlan {
  /** Provider files that are new or whose data changed, in their final form. */
  changed: ProviderFile[];
  report: ImportReport;
}

interface Located {
  provider: ProviderFile;
  index: number;
}

/** Registration numbers of existing services, so the reader keeps their records wherever they are now. */
export function knownRegisterKeys(existing: readonly ProviderFile[]): { portalIds: Set<number>; identifiers: Set<string> } {
  const portalIds = new Set<number>();
  const identifiers = new Set<string>();
  for (const provider of existing) {
    for (const service of provider.services) {
      if (service.register?.portalId !== undefined) portalIds.add(service.register.portalId);
      if (service.register?.identifier !== undefined) identifiers.add(service.register.identifier);
      if (/^[0-9]{7}$/.test(service.id)) identifiers.add(service.id);
      const portalId = /^mpsv-([1-9][0-9]*)$/.exec(service.id)?.[1];
      if (portalId !== undefined) portalIds.add(Number(portalId));
    }
  }
  return { portalIds, identifiers };
}

export function planImport(input: ImportPlanInput): ImportPlan {
  const report = input.report ?? emptyReport(input.date, '', input.municipalities.size);
  const originals = new Map(input.existing.map((provider) => [provider.id, provider]));
  const providers = new Map(input.existing.map((provider) => [provider.id, structuredClone(provider)]));
  const touched = new Map<string, RegisterProvider>();
  const seenPortalIds = new Set(input.skippedPortalIds);
  const seenIdentifiers = new Set<string>();
  const pending: Array<{ source: RegisterService; service: Service }> = [];
  const checkedServices: Array<{ mention: string; source: RegisterService }> = [];

  for (const source of mergeDuplicateRegistrations(input.services, report)) {
    seenPortalIds.add(source.portalId);
    if (source.identifier !== undefined) seenIdentifiers.add(source.identifier);
    const located = locate(providers, source);
    const inArea = source.facilities.filter((facility) => facility.address?.municipality !== undefined && input.municipalities.has(facility.address.municipality));
    if (!isActiveOn(input.date, source.validFrom, source.validTo)) {
      handleInactive(input.date, source, located, inArea.length > 0, report);
      continue;
    }
    const places = placesOf(inArea.filter((facility) => isActiveOn(input.date, facility.from, facility.to)), input.municipalities);
    if (places.length === 0) {
      if (located !== undefined) {
        const reason = inArea.length > 0 ? 'všechna zařízení v obcích katalogu jsou ukončena' : 'registr u služby neuvádí žádné zařízení v obcích katalogu';
        report.withoutPlace.push({ ...mentionOf(located), reason });
      } else if (inArea.length > 0) {
        report.notImported.facilitiesEnded += 1;
      }
      continue;
    }
    const imported = serviceFromRegister(source, places, input.codebooks);
    if (located === undefined) {
      pending.push({ source, service: imported });
      continue;
    }
    const existing = located.provider.services[located.index] as Service;
    const merged = mergeService(existing, imported, input.date, websOf(located.provider));
    located.provider.services[located.index] = merged;
    recordServiceChanges(report, located.provider.id, existing, merged);
    checkedServices.push({ mention: `${located.provider.id} › ${merged.id}`, source });
    if (located.provider.ico === undefined || located.provider.ico === source.provider.ico) {
      if (!touched.has(located.provider.id)) touched.set(located.provider.id, source.provider);
    } else {
      report.warnings.push({ recordNumber: source.recordNumber, portalId: source.portalId, message: `služba ${merged.id} je v souboru ${located.provider.id}.json, ale registr ji vede u poskytovatele s IČO ${source.provider.ico}; údaje poskytovatele nezměněny` });
    }
  }

  for (const group of groupByProvider(pending)) {
    const first = group[0] as { source: RegisterService; service: Service };
    const provider = findProvider(providers, first.source.provider) ?? createProvider(providers, first.source.provider, report);
    if (!touched.has(provider.id)) touched.set(provider.id, first.source.provider);
    for (const { source, service } of group) {
      const adopted = adoptableService(provider, group, source);
      if (adopted !== undefined) {
        const existing = provider.services[adopted] as Service;
        const merged = mergeService(existing, service, input.date, websOf(provider));
        provider.services[adopted] = merged;
        recordServiceChanges(report, provider.id, existing, merged, 'spárováno s ručně zapsanou službou stejného druhu, zkontrolujte');
        checkedServices.push({ mention: `${provider.id} › ${merged.id}`, source });
        continue;
      }
      const contacts = mergeContacts(undefined, service.contacts, websOf(provider));
      const added: Service = {
        ...service,
        id: uniqueServiceId(providers, service.id, source.portalId),
        ...(contacts === undefined ? {} : { contacts }),
        sources: [registerSourceEntry(service, input.date)],
      };
      provider.services.push(added);
      report.added.push({ providerId: provider.id, serviceId: added.id, name: added.name, portalId: source.portalId });
      checkedServices.push({ mention: `${provider.id} › ${added.id}`, source });
    }
  }

  for (const [providerId, registerProvider] of touched) {
    const provider = providers.get(providerId) as ProviderFile;
    const before = originals.get(providerId);
    refreshProvider(provider, registerProvider, input.date);
    if (before !== undefined) {
      const changes = changedFields(before, provider, ['name', 'ico', 'contacts']);
      if (changes.length > 0) report.updated.push({ providerId, name: provider.name, changes });
    }
  }

  reportNotInRegister(input.existing, seenPortalIds, seenIdentifiers, report);
  reportUnknownCodes(checkedServices, input.codebooks, report);
  reportRecordWarnings(checkedServices, report);

  const changed = [...providers.values()]
    .filter((provider) => {
      const before = originals.get(provider.id);
      return before === undefined || !sameJson(before, provider);
    })
    .map((provider) => ({ $schema: provider.$schema ?? PROVIDER_SCHEMA, ...provider }));
  return { changed, report };
}

/** The same registration listed twice is one service: facilities are joined, the current record wins. */
function mergeDuplicateRegistrations(services: readonly RegisterService[], report: ImportReport): RegisterService[] {
  const byPortalId = new Map<number, RegisterService[]>();
  for (const service of services) byPortalId.set(service.portalId, [...(byPortalId.get(service.portalId) ?? []), service]);
  const merged: RegisterService[] = [];
  for (const [portalId, copies] of [...byPortalId].sort(([a], [b]) => a - b)) {
    const [first] = copies as [RegisterService, ...RegisterService[]];
    if (copies.length === 1) {
      merged.push(first);
      continue;
    }
    const primary = copies.reduce((best, copy) => (compareCurrency(copy, best) > 0 ? copy : best), first);
    report.warnings.push({ portalId, message: `registrace je v souboru vícekrát (záznamy č. ${copies.map((copy) => copy.recordNumber).join(', ')}); sloučeno, platí záznam č. ${primary.recordNumber}` });
    merged.push({ ...primary, facilities: copies.flatMap((copy) => copy.facilities), warnings: copies.flatMap((copy) => copy.warnings) });
  }
  return merged;
}

// A record still running (no end date) beats one that ends; later starts beat earlier ones.
function compareCurrency(a: RegisterService, b: RegisterService): number {
  const end = (service: RegisterService): string => service.validTo ?? '9999-12-31';
  const start = (service: RegisterService): string => service.validFrom ?? '0000-01-01';
  return end(a).localeCompare(end(b)) || start(a).localeCompare(start(b));
}

function locate(providers: ReadonlyMap<string, ProviderFile>, source: RegisterService): Located | undefined {
  const matchers: Array<(service: Service) => boolean> = [
    (service) => service.register?.portalId === source.portalId,
    (service) => source.identifier !== undefined && (service.register?.identifier === source.identifier || service.id === source.identifier),
    (service) => service.id === `mpsv-${source.portalId}`,
  ];
  for (const matches of matchers) {
    for (const provider of providers.values()) {
      const index = provider.services.findIndex(matches);
      if (index >= 0) return { provider, index };
    }
  }
  return undefined;
}

function handleInactive(date: string, source: RegisterService, located: Located | undefined, inArea: boolean, report: ImportReport): void {
  const ended = source.validTo !== undefined && source.validTo < date;
  if (located === undefined) {
    if (inArea && ended) report.notImported.registrationEnded += 1;
    else if (inArea) report.notImported.registrationNotStarted += 1;
    return;
  }
  const existing = located.provider.services[located.index] as Service;
  if (!ended) {
    report.withoutPlace.push({ ...mentionOf(located), reason: `registrace začíná až ${source.validFrom ?? '?'}` });
    return;
  }
  const register = registerOf(source);
  const flagged: Service = { ...existing, registered: true, register };
  flagged.sources = withRegisterSource(existing, flagged, date, { register });
  located.provider.services[located.index] = flagged;
  report.ended.push({ ...mentionOf(located), validTo: source.validTo as string, newlyFlagged: existing.register?.validTo !== source.validTo });
}

function mentionOf(located: Located): ServiceMention {
  const service = located.provider.services[located.index] as Service;
  return {
    providerId: located.provider.id,
    serviceId: service.id,
    name: service.name,
    ...(service.register?.portalId === undefined ? {} : { portalId: service.register.portalId }),
  };
}

/**
 * Places of the active facilities. Facilities repeat in the register (same name, address point and dates),
 * and one registration may list a facility per floor of one building: one place per address is kept.
 */
function placesOf(facilities: readonly RegisterFacility[], municipalities: MunicipalityIndex): Place[] {
  const places = facilities
    .map((facility) => placeFromFacility(facility, municipalities))
    .filter((place) => place !== undefined)
    // The register's order is not stable between downloads; a fixed order keeps the files quiet.
    .sort((a, b) => collator.compare(a.address, b.address) || collator.compare(a.name ?? '', b.name ?? ''));
  const byAddress = new Map<string, Place>();
  for (const place of places) {
    const key = `${place.municipality} ${place.address}`;
    if (!byAddress.has(key)) byAddress.set(key, place);
  }
  return [...byAddress.values()];
}

const collator = new Intl.Collator('cs');

function serviceFromRegister(source: RegisterService, places: Place[], codebooks: CodebookLabels): Service {
  const forms = source.forms.map((form) => form.form).sort();
  const capacity = source.forms
    .flatMap((form) => form.capacities.map((item) => ({ form: form.form, unit: item.unit, count: item.count, ...(item.note === undefined ? {} : { note: item.note }) })))
    .sort((a, b) => a.form.localeCompare(b.form) || a.unit.localeCompare(b.unit) || a.count - b.count);
  const contacts = contactsOf(source.contacts);
  return {
    id: source.identifier ?? `mpsv-${source.portalId}`,
    registered: true,
    register: registerOf(source),
    name: places.find((place) => place.name !== undefined)?.name ?? defaultName(source.kind, codebooks),
    kind: source.kind,
    ...(forms.length === 0 ? {} : { forms: forms as [string, ...string[]] }),
    ...(source.targetGroups.length === 0 ? {} : { targetGroups: [...source.targetGroups].sort((a, b) => a - b) as [number, ...number[]] }),
    ...(source.ageGroups.length === 0 ? {} : { ageGroups: [...source.ageGroups].sort((a, b) => a - b) as [number, ...number[]] }),
    ...(capacity.length === 0 ? {} : { capacity: capacity as [(typeof capacity)[number], ...typeof capacity] }),
    places: places as [Place, ...Place[]],
    ...(contacts === undefined ? {} : { contacts }),
  };
}

function registerOf(source: RegisterService): NonNullable<Service['register']> {
  return {
    ...(source.identifier === undefined ? {} : { identifier: source.identifier }),
    portalId: source.portalId,
    ...(source.validFrom === undefined ? {} : { validFrom: source.validFrom }),
    ...(source.validTo === undefined ? {} : { validTo: source.validTo }),
  };
}

function defaultName(kind: number, codebooks: CodebookLabels): string {
  const label = codebooks.get(REGISTER_CODEBOOKS.kind)?.get(String(kind));
  return label === undefined ? `Sociální služba (druh ${kind})` : label.charAt(0).toLocaleUpperCase('cs') + label.slice(1);
}

function contactsOf(contacts: RegisterContacts): Contacts | undefined {
  const result: Contacts = {};
  if (contacts.web.length > 0) result.web = contacts.web as [string, ...string[]];
  if (contacts.email.length > 0) result.email = contacts.email as [string, ...string[]];
  if (contacts.phone.length > 0) result.phone = contacts.phone as [string, ...string[]];
  return Object.keys(result).length === 0 ? undefined : result;
}

/**
 * Each kind of contact the register gives replaces the current one; kinds it does not give are kept.
 * `knownWebs` are addresses already in the data: when one is the https form of a register address, it wins,
 * because the register often writes "www.example.cz" and a maintainer has checked that https works.
 */
function mergeContacts(current: Contacts | undefined, fromRegister: Contacts | undefined, knownWebs: readonly string[] = current?.web ?? []): Contacts | undefined {
  const web = fromRegister?.web?.map((url) => {
    const secure = url.replace(/^http:\/\//, 'https://');
    return knownWebs.includes(secure) ? secure : url;
  });
  const merged: Contacts = { ...current, ...fromRegister, ...(web === undefined ? {} : { web: [...new Set(web)] as [string, ...string[]] }) };
  return Object.keys(merged).length === 0 ? undefined : merged;
}

/** Web addresses a provider file already has, anywhere in it. */
function websOf(provider: ProviderFile): string[] {
  return [...(provider.contacts?.web ?? []), ...provider.services.flatMap((service) => service.contacts?.web ?? [])];
}

/**
 * The register's places, each keeping what only the data knows about the same place (same address point,
 * or the same address text): its coordinates.
 */
function withKnownCoordinates(places: readonly Place[], current: readonly Place[] | undefined): Place[] {
  return places.map((place) => {
    const same = current?.find(
      (known) =>
        known.coordinates !== undefined &&
        ((place.addressPointCode !== undefined && known.addressPointCode === place.addressPointCode) || (known.municipality === place.municipality && known.address === place.address)),
    );
    return place.coordinates === undefined && same?.coordinates !== undefined ? { ...place, coordinates: same.coordinates } : place;
  });
}

function mergeService(existing: Service, imported: Service, date: string, knownWebs: readonly string[]): Service {
  const forms = imported.forms ?? existing.forms;
  // Capacity must name one of the forms; a kept capacity whose form the register no longer lists goes.
  const capacity = (imported.capacity ?? existing.capacity)?.filter((item) => forms?.includes(item.form));
  const contacts = mergeContacts(existing.contacts, imported.contacts, knownWebs);
  const targetGroups = imported.targetGroups ?? existing.targetGroups;
  const ageGroups = imported.ageGroups ?? existing.ageGroups;
  const merged: Service = {
    ...existing,
    registered: true,
    register: imported.register,
    kind: imported.kind,
    ...(forms === undefined ? {} : { forms }),
    ...(targetGroups === undefined ? {} : { targetGroups }),
    ...(ageGroups === undefined ? {} : { ageGroups }),
    places: withKnownCoordinates(imported.places ?? [], existing.places) as [Place, ...Place[]],
  };
  if (capacity !== undefined && capacity.length > 0) merged.capacity = capacity as [(typeof capacity)[number], ...typeof capacity];
  else delete merged.capacity;
  if (contacts === undefined) delete merged.contacts;
  else merged.contacts = contacts;
  merged.sources = withRegisterSource(existing, merged, date, imported);
  return merged;
}

const REGISTER_FIELDS = ['register', 'kind', 'forms', 'targetGroups', 'ageGroups', 'capacity', 'places', 'contacts'] as const;

function registerSourceEntry(fromRegister: Partial<Service>, date: string): Source {
  return {
    source: `${REGISTER_SOURCE}, stav k ${date}`,
    fields: REGISTER_FIELDS.filter((field) => fromRegister[field] !== undefined),
    retrieved: date,
  };
}

function isRegisterSource(source: Source): boolean {
  return source.source.startsWith(REGISTER_SOURCE_NAME);
}

/**
 * The service's sources with the register's entry up to date. Its date moves only when a register fact
 * changed: an import that finds nothing new leaves the file as it was (no daily churn in the history).
 */
function withRegisterSource(existing: Service, updated: Service, date: string, fromRegister: Partial<Service>): Source[] {
  const current = existing.sources ?? [];
  const currentEntry = current.find(isRegisterSource);
  const unchanged = sameJson(withoutSources(existing), withoutSources(updated));
  const fields = REGISTER_FIELDS.filter((field) => fromRegister[field] !== undefined);
  const entry = currentEntry !== undefined && unchanged && sameJson(currentEntry.fields ?? [], fields) ? currentEntry : registerSourceEntry(fromRegister, date);
  return currentEntry === undefined ? [...current, entry] : current.map((source) => (source === currentEntry ? entry : source));
}

function withoutSources(service: Service): Service {
  return { ...service, sources: undefined };
}

function recordServiceChanges(report: ImportReport, providerId: string, before: Service, after: Service, note?: string): void {
  const changes = changedFields(before, after, ['registered', ...REGISTER_FIELDS]);
  if (changes.length > 0 || note !== undefined) {
    report.updated.push({ providerId, serviceId: after.id, name: after.name, changes, ...(note === undefined ? {} : { note }) });
  }
}

function changedFields<T extends object>(before: T, after: T, fields: ReadonlyArray<keyof T & string>): FieldChange[] {
  return fields.filter((field) => !sameJson(before[field], after[field])).map((field) => ({ field, before: before[field], after: after[field] }));
}

/** New services of one provider together (by IČO), in portalId order. */
function groupByProvider<T extends { source: RegisterService }>(items: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.source.provider.ico, [...(groups.get(item.source.provider.ico) ?? []), item]);
  return [...groups.values()];
}

/** The provider's file: same IČO, or (for a hand-made file without IČO) the same name. */
function findProvider(providers: ReadonlyMap<string, ProviderFile>, source: RegisterProvider): ProviderFile | undefined {
  const all = [...providers.values()];
  const slug = slugify(source.name);
  return (
    all.find((provider) => provider.ico === source.ico) ??
    all.find((provider) => provider.ico === undefined && (provider.id === slug || slugify(provider.name) === slug))
  );
}

function createProvider(providers: Map<string, ProviderFile>, source: RegisterProvider, report: ImportReport): ProviderFile {
  const slug = slugify(source.name) || `poskytovatel-${source.ico}`;
  const id = providers.has(slug) ? `${slug}-${source.ico}` : slug;
  // services is filled by the caller right away; the contract's minItems holds once the plan is done.
  const provider = { $schema: PROVIDER_SCHEMA, id, name: source.name, ico: source.ico, services: [] } as unknown as ProviderFile;
  providers.set(id, provider);
  report.newProviders.push(id);
  return provider;
}

/**
 * A hand-written registered service of the same kind that has no register numbers yet is taken to be this
 * registration, but only when that pairing is unambiguous on both sides.
 */
function adoptableService(provider: ProviderFile, group: ReadonlyArray<{ source: RegisterService }>, source: RegisterService): number | undefined {
  if (group.filter((item) => item.source.kind === source.kind).length !== 1) return undefined;
  const candidates = provider.services
    .map((service, index) => ({ service, index }))
    .filter(({ service }) => service.registered && service.kind === source.kind && service.register?.portalId === undefined && service.register?.identifier === undefined);
  return candidates.length === 1 ? candidates[0]?.index : undefined;
}

function uniqueServiceId(providers: ReadonlyMap<string, ProviderFile>, preferred: string, portalId: number): string {
  const taken = new Set([...providers.values()].flatMap((provider) => provider.services.map((service) => service.id)));
  for (const candidate of [preferred, `mpsv-${portalId}`]) if (!taken.has(candidate)) return candidate;
  let suffix = 2;
  while (taken.has(`mpsv-${portalId}-${suffix}`)) suffix += 1;
  return `mpsv-${portalId}-${suffix}`;
}

function refreshProvider(provider: ProviderFile, source: RegisterProvider, date: string): void {
  const before = { name: provider.name, ico: provider.ico, contacts: provider.contacts };
  provider.name = source.name;
  provider.ico = source.ico;
  const contacts = mergeContacts(provider.contacts, contactsOf(source.contacts), websOf(provider));
  if (contacts === undefined) delete provider.contacts;
  else provider.contacts = contacts;
  const fields = ['name', 'ico', ...(contactsOf(source.contacts) === undefined ? [] : ['contacts'])];
  const current = provider.sources ?? [];
  const currentEntry = current.find(isRegisterSource);
  const unchanged = sameJson(before, { name: provider.name, ico: provider.ico, contacts: provider.contacts });
  const entry: Source =
    currentEntry !== undefined && unchanged && sameJson(currentEntry.fields ?? [], fields)
      ? currentEntry
      : { source: `${REGISTER_SOURCE}, stav k ${date}`, fields, retrieved: date };
  provider.sources = currentEntry === undefined ? [...current, entry] : current.map((item) => (item === currentEntry ? entry : item));
}

function reportNotInRegister(existing: readonly ProviderFile[], portalIds: ReadonlySet<number>, identifiers: ReadonlySet<string>, report: ImportReport): void {
  for (const provider of existing) {
    for (const service of provider.services) {
      const portalId = service.register?.portalId;
      const identifier = service.register?.identifier;
      if (portalId === undefined && identifier === undefined) continue;
      if ((portalId !== undefined && portalIds.has(portalId)) || (identifier !== undefined && identifiers.has(identifier))) continue;
      report.notInRegister.push({ providerId: provider.id, serviceId: service.id, name: service.name, ...(portalId === undefined ? {} : { portalId }) });
    }
  }
}

function reportUnknownCodes(services: ReadonlyArray<{ mention: string; source: RegisterService }>, codebooks: CodebookLabels, report: ImportReport): void {
  const unknown = new Map<string, { codebook: string; code: string; services: string[] }>();
  const missing = new Set<string>();
  for (const { mention, source } of services) {
    const used: Array<[string, string]> = [
      [REGISTER_CODEBOOKS.kind, String(source.kind)],
      ...source.forms.map((form): [string, string] => [REGISTER_CODEBOOKS.form, form.form]),
      ...source.forms.flatMap((form) => form.capacities.map((item): [string, string] => [REGISTER_CODEBOOKS.capacityUnit, item.unit])),
      ...source.targetGroups.map((code): [string, string] => [REGISTER_CODEBOOKS.targetGroup, String(code)]),
      ...source.ageGroups.map((code): [string, string] => [REGISTER_CODEBOOKS.ageGroup, String(code)]),
    ];
    for (const [codebook, code] of used) {
      const labels = codebooks.get(codebook);
      if (labels === undefined) {
        missing.add(codebook);
        continue;
      }
      if (labels.has(code)) continue;
      const key = `${codebook}/${code}`;
      const entry = unknown.get(key) ?? { codebook, code, services: [] };
      if (!entry.services.includes(mention)) entry.services.push(mention);
      unknown.set(key, entry);
    }
  }
  report.unknownCodes.push(...[...unknown.values()].sort((a, b) => a.codebook.localeCompare(b.codebook) || a.code.localeCompare(b.code, 'en', { numeric: true })));
  report.missingCodebooks.push(...[...missing].sort());
}

/** Left-out parts of the records that were imported; other records' quirks do not concern this catalogue. */
function reportRecordWarnings(services: ReadonlyArray<{ source: RegisterService }>, report: ImportReport): void {
  const seen = new Set<string>();
  for (const { source } of services) {
    for (const message of source.warnings) {
      // The provider's part of a record repeats in each of its services: one mention is enough.
      const key = message.startsWith(PROVIDER_WARNING_PREFIX) ? message : `${source.portalId} ${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report.warnings.push({ recordNumber: source.recordNumber, portalId: source.portalId, message });
    }
  }
}

/** Structural equality of JSON data, independent of key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => [key, sortKeys(item)]),
  );
}

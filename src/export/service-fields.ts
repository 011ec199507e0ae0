/**
 * A service as labelled plain-text fields, in one fixed order: the columns of the CSV export and the
 * facts under each service on a printout. One place decides how capacity, contacts and places read as
 * text, so the file and the paper say the same.
 */
import type { ServiceView } from '../catalogue/model.js';
import { formatCapacity } from '../format/capacity.js';
import { formatDate } from '../format/date.js';
import { formatPhone } from '../format/phone.js';
import type { Lang } from '../i18n/lang.js';
import { messagesFor } from '../i18n/messages.js';

export const serviceFieldKeys = [
  'name',
  'provider',
  'kind',
  'forms',
  'description',
  'targetGroups',
  'capacity',
  'districts',
  'municipalities',
  'serviceArea',
  'addresses',
  'openingHours',
  'phones',
  'emails',
  'web',
  'registered',
  'registerIdentifier',
  'reviewed',
] as const;

export type ServiceFieldKey = (typeof serviceFieldKeys)[number];

export interface ServiceField {
  readonly key: ServiceFieldKey;
  readonly label: string;
  /** Plain text; empty when the service says nothing. Several addresses are on separate lines. */
  readonly value: string;
}

/** Labels the screen does not need; the rest come from i18n/messages. */
const ownLabels: Readonly<
  Record<Lang, { name: string; description: string; addresses: string; registered: string; registerIdentifier: string; reviewed: string; yes: string; no: string }>
> = {
  cs: {
    name: 'Název služby',
    description: 'Popis',
    addresses: 'Adresa',
    registered: 'Registrovaná služba',
    registerIdentifier: 'Identifikátor v registru',
    reviewed: 'Údaje ověřeny dne',
    yes: 'ano',
    no: 'ne',
  },
  en: {
    name: 'Service name',
    description: 'Description',
    addresses: 'Address',
    registered: 'Registered service',
    registerIdentifier: 'Register identifier',
    reviewed: 'Details confirmed on',
    yes: 'yes',
    no: 'no',
  },
};

export function serviceFieldLabels(lang: Lang): Readonly<Record<ServiceFieldKey, string>> {
  const m = messagesFor(lang);
  const own = ownLabels[lang];
  return {
    name: own.name,
    provider: m.provider,
    kind: m.kind,
    forms: m.forms,
    description: own.description,
    targetGroups: m.targetGroups,
    capacity: m.capacity,
    districts: m.districts,
    municipalities: m.municipalities,
    serviceArea: m.serviceArea,
    addresses: own.addresses,
    openingHours: m.openingHours,
    phones: m.phone,
    emails: m.email,
    web: m.web,
    registered: own.registered,
    registerIdentifier: own.registerIdentifier,
    reviewed: own.reviewed,
  };
}

export interface ServiceFieldOptions {
  /** `iso` ("2026-09-04") sorts in a spreadsheet; `long` ("4. září 2026") reads well on paper. */
  readonly dates: 'iso' | 'long';
}

/** Every field of `service` in column order, labelled in `lang`. */
export function serviceFields(service: ServiceView, lang: Lang, options: ServiceFieldOptions): ServiceField[] {
  const labels = serviceFieldLabels(lang);
  const own = ownLabels[lang];
  const list = (items: readonly string[]) => items.join(', ');
  const { phone = [], email = [], web = [] } = service.contacts;
  const values: Record<ServiceFieldKey, string> = {
    name: service.name,
    provider: service.provider.name,
    kind: service.kind?.label ?? '',
    forms: list(service.forms.map((form) => form.label)),
    description: service.description ?? '',
    targetGroups: list(service.targetGroups.map((group) => group.label)),
    // Always with its form ("terénní: 12 klientů"): a column is read without the other columns in view.
    capacity: list(
      service.capacity.map(
        (capacity) => `${capacity.form.label}: ${formatCapacity(lang, capacity)}${capacity.note ? ` (${capacity.note})` : ''}`,
      ),
    ),
    districts: list(service.districts.map((district) => district.label)),
    // Every municipality, a whole district's included: a spreadsheet filtered by a village's name still finds the
    // service. Only an area the entry states: the places' municipalities are in the address column.
    municipalities: service.areaStated ? list(service.municipalities.map((municipality) => municipality.label)) : '',
    serviceArea: service.serviceAreaDescription ?? '',
    // Addresses contain commas themselves, so each one takes its own line.
    addresses: service.places.map((place) => [place.name, place.address].filter(Boolean).join(', ')).join('\n'),
    openingHours: service.openingHours ?? '',
    phones: list(phone.map(formatPhone)),
    emails: list(email),
    web: list(web),
    registered: service.registered ? own.yes : own.no,
    registerIdentifier: service.registerIdentifier ?? '',
    reviewed: service.reviewed === undefined ? '' : options.dates === 'iso' ? service.reviewed : formatDate(lang, service.reviewed),
  };
  return serviceFieldKeys.map((key) => ({ key, label: labels[key], value: values[key] }));
}

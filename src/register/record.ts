/**
 * Reading one service record (`polozky[i]`) of the register's open data (rpss.json) into a checked,
 * typed shape. Only the keys listed here are read: personal data (`poskytovatel.statutarniOrgany`, names
 * of facility heads) and document links (`doplnkoveUdaje`) are never touched, so they cannot leak.
 * Format notes: /work/shared/reference/mpsv-registr-format.md.
 */
import { REGISTER_CODEBOOKS, codeOf, describeReference, numericCodeOf } from './codes.js';
import { normalizeEmail, normalizePhones, normalizeWebUrl } from './contacts.js';
import type { NormalizedContact } from './contacts.js';
import { readRegisterDate } from './dates.js';
import { readIco } from './ico.js';
import { isRecord } from '../catalogue/is-record.js';

export interface RegisterContacts {
  web: string[];
  email: string[];
  phone: string[];
}

export interface RegisterAddress {
  /** RÚIAN municipality code, 6 digits (from `obec.id` "Obec/545058"). */
  municipality?: string;
  /** RÚIAN code of the part of the municipality, without leading zeros (as in municipalities.json). */
  municipalityPart?: string;
  street?: string;
  houseNumber?: string;
  /** The house number is a "číslo evidenční" (TypStavebnihoObjektu/2), written "č. ev. 12". */
  evidenceNumber: boolean;
  orientationNumber?: string;
  supplement?: string;
  postcode?: string;
  addressPointCode?: number;
}

export interface RegisterFacility {
  name?: string;
  from?: string;
  to?: string;
  address?: RegisterAddress;
}

export interface RegisterCapacity {
  unit: string;
  count: number;
  note?: string;
}

export interface RegisterForm {
  form: string;
  capacities: RegisterCapacity[];
}

export interface RegisterProvider {
  name: string;
  ico: string;
  contacts: RegisterContacts;
}

/** One registration as the import uses it. */
export interface RegisterService {
  /** 1-based position in `polozky`, so the report can point at the record. */
  recordNumber: number;
  portalId: number;
  /** The 7-digit "identifikátor služby", when the record has one in that form. */
  identifier?: string;
  validFrom?: string;
  validTo?: string;
  kind: number;
  forms: RegisterForm[];
  targetGroups: number[];
  ageGroups: number[];
  facilities: RegisterFacility[];
  contacts: RegisterContacts;
  provider: RegisterProvider;
  /** Parts of the record that were left out, each with its reason (in Czech). */
  warnings: string[];
}

export type RecordReading =
  | { ok: true; service: RegisterService }
  | { ok: false; recordNumber: number; portalId?: number; reason: string };

class MalformedRecord extends Error {}

/** Starts the warnings about the provider's part of a record. */
export const PROVIDER_WARNING_PREFIX = 'poskytovatel: ';

type Json = Record<string, unknown>;

/** Reads one `polozky` item; a record that cannot be used is returned with the reason it was skipped. */
export function readRegisterRecord(raw: unknown, recordNumber: number): RecordReading {
  const portalId = isRecord(raw) ? readPositiveInteger(raw.portalId) : undefined;
  try {
    if (!isRecord(raw)) throw new MalformedRecord('položka není objekt');
    if (portalId === undefined) throw new MalformedRecord(`chybí portalId nebo není kladné celé číslo (${JSON.stringify(raw.portalId)})`);
    return { ok: true, service: readService(raw, recordNumber, portalId) };
  } catch (error) {
    if (!(error instanceof MalformedRecord)) throw error;
    return { ok: false, recordNumber, ...(portalId === undefined ? {} : { portalId }), reason: error.message };
  }
}

function readService(raw: Json, recordNumber: number, portalId: number): RegisterService {
  const warnings: string[] = [];
  const kind = numericCodeOf(raw.druhSocialniSluzby, REGISTER_CODEBOOKS.kind);
  if (kind === undefined) throw new MalformedRecord(`chybí druh služby nebo je neplatný (druhSocialniSluzby ${describeReference(raw.druhSocialniSluzby)})`);
  const identifier = readIdentifier(raw.identifikator);
  const validFrom = requireDate(raw.datumPoskytovaniOd, 'datumPoskytovaniOd');
  const validTo = requireDate(raw.datumPoskytovaniDo, 'datumPoskytovaniDo');
  return {
    recordNumber,
    portalId,
    ...(identifier === undefined ? {} : { identifier }),
    ...(validFrom === undefined ? {} : { validFrom }),
    ...(validTo === undefined ? {} : { validTo }),
    kind,
    forms: readForms(requireList(raw.formy, 'formy'), warnings),
    targetGroups: readCodeList(raw.ciloveSkupiny, 'cilovaSkupina', REGISTER_CODEBOOKS.targetGroup, warnings),
    ageGroups: readCodeList(raw.vekoveSkupiny, 'vekovaSkupina', REGISTER_CODEBOOKS.ageGroup, warnings),
    facilities: readFacilities(requireList(raw.zarizeni, 'zarizeni'), warnings),
    contacts: readContacts(raw, warnings),
    provider: readProvider(raw.poskytovatel, warnings),
    warnings,
  };
}

function readProvider(raw: unknown, warnings: string[]): RegisterProvider {
  if (!isRecord(raw)) throw new MalformedRecord('chybí poskytovatel');
  const name = readText(raw.nazev);
  if (name === undefined) throw new MalformedRecord('chybí název poskytovatele');
  const ico = readIco(raw.ico);
  if (ico === undefined) throw new MalformedRecord(`IČO poskytovatele chybí nebo je neplatné (${JSON.stringify(raw.ico)})`);
  return { name, ico, contacts: readContacts(raw, warnings, PROVIDER_WARNING_PREFIX) };
}

function readIdentifier(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  return typeof text === 'string' && /^[0-9]{7}$/.test(text.trim()) ? text.trim() : undefined;
}

function requireDate(value: unknown, key: string): string | undefined {
  const date = readRegisterDate(value);
  if (date === null) throw new MalformedRecord(`neplatné datum ${key} (${JSON.stringify(value)})`);
  return date;
}

function requireList(value: unknown, key: string): unknown[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new MalformedRecord(`pole ${key} není seznam`);
  return value;
}

function readPositiveInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  if (typeof value === 'string' && /^[1-9][0-9]{0,14}$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

/** Trimmed text with single spaces, or undefined for anything empty or not text. */
function readText(value: unknown, maxLength = 500): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text.slice(0, maxLength);
}

function readCodeList(value: unknown, itemKey: string, codebook: string, warnings: string[]): number[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    warnings.push(`${itemKey}: pole není seznam, vynecháno`);
    return [];
  }
  const codes: number[] = [];
  for (const item of value) {
    // Documented shape: {"cilovaSkupina": {"id": "CilovaSkupinaOsoby/24"}}; a bare reference is read as well.
    const reference = isRecord(item) && itemKey in item ? item[itemKey] : item;
    const code = numericCodeOf(reference, codebook);
    if (code === undefined) warnings.push(`${itemKey}: neznámý tvar odkazu ${describeReference(reference)}, vynecháno`);
    else if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

function readForms(items: unknown[], warnings: string[]): RegisterForm[] {
  const forms: RegisterForm[] = [];
  for (const item of items) {
    const form = isRecord(item) ? codeOf(item.forma, REGISTER_CODEBOOKS.form) : undefined;
    if (!isRecord(item) || form === undefined || !/^[a-z]+$/.test(form)) {
      warnings.push(`forma: neznámý tvar ${describeReference(isRecord(item) ? item.forma : item)}, vynecháno`);
      continue;
    }
    const capacities = readCapacities(item.kapacity, form, warnings);
    const existing = forms.find((known) => known.form === form);
    if (existing) existing.capacities.push(...capacities);
    else forms.push({ form, capacities });
  }
  return forms;
}

function readCapacities(value: unknown, form: string, warnings: string[]): RegisterCapacity[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    warnings.push(`kapacita formy ${form}: pole není seznam, vynecháno`);
    return [];
  }
  const capacities: RegisterCapacity[] = [];
  for (const item of value) {
    const unit = isRecord(item) ? codeOf(item.typ, REGISTER_CODEBOOKS.capacityUnit) : undefined;
    const count = isRecord(item) ? item.pocet : undefined;
    if (!isRecord(item) || unit === undefined || !/^[a-z]+$/.test(unit) || typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 1_000_000) {
      warnings.push(`kapacita formy ${form}: neplatná položka ${JSON.stringify(item)}, vynecháno`);
      continue;
    }
    const note = readText(item.popis, 20000);
    capacities.push({ unit, count, ...(note === undefined ? {} : { note }) });
  }
  return capacities;
}

function readFacilities(items: unknown[], warnings: string[]): RegisterFacility[] {
  const facilities: RegisterFacility[] = [];
  for (const item of items) {
    if (!isRecord(item)) {
      warnings.push('zařízení: položka není objekt, vynecháno');
      continue;
    }
    const name = readText(item.nazev);
    const from = readRegisterDate(item.poskytujeOd);
    const to = readRegisterDate(item.poskytujeDo);
    if (from === null || to === null) {
      warnings.push(`zařízení ${JSON.stringify(name ?? '')}: neplatné datum poskytujeOd/poskytujeDo, vynecháno`);
      continue;
    }
    const address = isRecord(item.adresa) ? readAddress(item.adresa) : undefined;
    facilities.push({
      ...(name === undefined ? {} : { name }),
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      ...(address === undefined ? {} : { address }),
    });
  }
  return facilities;
}

function readAddress(raw: Json): RegisterAddress {
  const municipality = codeOf(raw.obec, REGISTER_CODEBOOKS.municipality);
  const part = codeOf(raw.castObce, REGISTER_CODEBOOKS.municipalityPart);
  const houseNumber = readNumberText(raw.cisloDomovni);
  const orientationNumber = readNumberText(raw.cisloOrientacni);
  const postcode = typeof raw.psc === 'string' || typeof raw.psc === 'number' ? String(raw.psc).replace(/\s+/g, '') : '';
  const addressPointCode = readPositiveInteger(raw.kodAdresnihoMista);
  const street = isRecord(raw.ulice) ? readText(raw.ulice.nazev) : undefined;
  const supplement = readText(raw.dodatekAdresy);
  return {
    ...(municipality !== undefined && /^[0-9]{6}$/.test(municipality) ? { municipality } : {}),
    ...(part !== undefined && /^0*[1-9][0-9]{0,5}$/.test(part) ? { municipalityPart: String(Number(part)) } : {}),
    ...(street === undefined ? {} : { street }),
    ...(houseNumber === undefined ? {} : { houseNumber }),
    evidenceNumber: codeOf(raw.typCislaDomovniho, REGISTER_CODEBOOKS.buildingNumberType) === '2',
    ...(orientationNumber === undefined ? {} : { orientationNumber }),
    ...(supplement === undefined ? {} : { supplement }),
    ...(/^[0-9]{5}$/.test(postcode) ? { postcode } : {}),
    ...(addressPointCode === undefined ? {} : { addressPointCode }),
  };
}

function readNumberText(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? String(value) : undefined;
  return readText(value, 20);
}

const CONTACT_KEYS = [
  { list: 'weby', item: 'web', kind: 'web', normalize: (raw: string): NormalizedContact[] => [normalizeWebUrl(raw)] },
  { list: 'emaily', item: 'email', kind: 'email', normalize: (raw: string): NormalizedContact[] => [normalizeEmail(raw)] },
  { list: 'telefony', item: 'telefon', kind: 'phone', normalize: normalizePhones },
] as const;

/** Contacts from the given keys only; "http" found anywhere else in a record is never a web site. */
function readContacts(raw: Json, warnings: string[], label = ''): RegisterContacts {
  const contacts: RegisterContacts = { web: [], email: [], phone: [] };
  for (const { list, item, kind, normalize } of CONTACT_KEYS) {
    const entries = raw[list];
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      const text = isRecord(entry) ? entry[item] : entry;
      if (typeof text !== 'string') continue;
      for (const result of normalize(text)) {
        if ('problem' in result) warnings.push(`${label}${result.problem}, vynecháno`);
        else if (!contacts[kind].includes(result.value)) contacts[kind].push(result.value);
      }
    }
  }
  return contacts;
}

/**
 * What the streaming reader needs to decide whether a record matters, read without validating it: its
 * registration numbers and the municipality codes of its facilities. `unreadable` marks a record whose
 * place cannot be told (no portalId, facilities not a list): it is read in full so the report names it.
 */
export function registerRecordKeys(raw: unknown): { portalId?: number; identifier?: string; municipalities: string[]; unreadable: boolean } {
  if (!isRecord(raw)) return { municipalities: [], unreadable: true };
  const portalId = readPositiveInteger(raw.portalId);
  const identifier = readIdentifier(raw.identifikator);
  const facilities = raw.zarizeni ?? [];
  const municipalities: string[] = [];
  if (Array.isArray(facilities)) {
    for (const facility of facilities) {
      const code = isRecord(facility) && isRecord(facility.adresa) ? codeOf(facility.adresa.obec, REGISTER_CODEBOOKS.municipality) : undefined;
      if (code !== undefined) municipalities.push(code);
    }
  }
  return {
    ...(portalId === undefined ? {} : { portalId }),
    ...(identifier === undefined ? {} : { identifier }),
    municipalities,
    unreadable: portalId === undefined || !Array.isArray(facilities),
  };
}

/**
 * What the provider schema cannot say: check digits, codes that must exist in the codebooks and the list
 * of municipalities, dates relative to today, links that must work, capacity that fits its form.
 * The checks read the raw document defensively, so they also run on a file with schema errors and every
 * problem is reported at once. A value with the wrong shape is left to the schema's message.
 */
import { mailtoHref, safeWebHref, telHref } from '../catalogue/links.js';
import { expectedIcoCheckDigit, isValidIco } from '../catalogue/ico.js';
import { isCalendarDate, PATTERNS } from '../catalogue/schema.js';
import { isOlderThanMonths } from '../format/date.js';
import type { JsonPath } from './fields.js';
import type { JsonDocument } from './json-document.js';
import type { MessageCode, MessageParams } from './messages.js';
import { asArray, asRecord, displayValue } from './problem.js';
import type { Problem, Severity } from './problem.js';
import type { CodebookName, Reference } from './reference.js';

export interface ProviderCheckContext {
  reference: Reference;
  /** Today in Czech time, YYYY-MM-DD. */
  today: string;
  /** The file name without `.json`, which must equal the provider id. */
  fileStem: string;
}

const REVIEW_MAX_AGE_MONTHS = 12;

type Report = (path: JsonPath, code: MessageCode, params?: MessageParams, severity?: Severity) => void;

function isDate(value: unknown): value is string {
  return typeof value === 'string' && PATTERNS.date.test(value) && isCalendarDate(value);
}

function localDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, day ?? 1);
}

export function checkProvider(document: JsonDocument, context: ProviderCheckContext): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, code, params = {}, severity = 'error') =>
    problems.push({ file: document.file, kind: document.kind, path, severity, code, params });
  const provider = asRecord(document.value);
  if (!provider) return problems;

  const id = provider['id'];
  if (typeof id === 'string' && id !== context.fileStem) {
    report(['id'], 'fileNameMismatch', { value: displayValue(id), fileName: `${context.fileStem}.json` });
  }
  const ico = provider['ico'];
  if (typeof ico === 'string' && PATTERNS.ico.test(ico) && !isValidIco(ico)) {
    report(['ico'], 'icoCheckDigit', { value: ico, expected: expectedIcoCheckDigit(ico) ?? '' });
  }
  checkReviewed(provider['reviewed'], context.today, report);
  checkContacts(provider['contacts'], ['contacts'], report);
  checkSources(provider['sources'], ['sources'], context.today, report);
  asArray(provider['services']).forEach((service, index) => checkService(service, ['services', index], context, report));
  return problems;
}

function checkReviewed(reviewed: unknown, today: string, report: Report): void {
  if (reviewed === undefined) {
    report(['reviewed'], 'reviewedMissing', {}, 'warning');
  } else if (isDate(reviewed)) {
    if (reviewed > today) report(['reviewed'], 'dateInFuture', { value: reviewed, today });
    else if (isOlderThanMonths(reviewed, localDate(today), REVIEW_MAX_AGE_MONTHS)) report(['reviewed'], 'reviewedOld', { value: reviewed }, 'warning');
  }
}

function checkContacts(value: unknown, path: JsonPath, report: Report): void {
  const contacts = asRecord(value);
  if (!contacts) return;
  asArray(contacts['email']).forEach((email, index) => {
    if (typeof email === 'string' && PATTERNS.email.test(email) && email.length <= 254 && mailtoHref(email) === undefined) {
      report([...path, 'email', index], 'emailNotLinkable', { value: displayValue(email) });
    }
  });
  asArray(contacts['phone']).forEach((phone, index) => {
    if (typeof phone === 'string' && PATTERNS.phone.test(phone) && telHref(phone) === undefined) {
      report([...path, 'phone', index], 'phoneNotLinkable', { value: displayValue(phone) });
    }
  });
}

/** A source without spaces and with a colon is meant as an address; it must then be a safe one. */
function looksLikeAddress(source: string): boolean {
  return !/\s/.test(source) && /^[a-z][a-z0-9+.-]*:/i.test(source);
}

function checkSources(value: unknown, path: JsonPath, today: string, report: Report): void {
  asArray(value).forEach((item, index) => {
    const source = asRecord(item);
    if (!source) return;
    const text = source['source'];
    if (typeof text === 'string' && looksLikeAddress(text) && safeWebHref(text) === undefined) {
      report([...path, index, 'source'], 'unsafeSourceUrl', { value: displayValue(text) });
    }
    const retrieved = source['retrieved'];
    if (isDate(retrieved) && retrieved > today) report([...path, index, 'retrieved'], 'dateInFuture', { value: retrieved, today });
  });
}

const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;

function checkService(value: unknown, path: JsonPath, context: ProviderCheckContext, report: Report): void {
  const service = asRecord(value);
  if (!service) return;
  const { reference } = context;
  const checkCode = (codebook: CodebookName, code: unknown, codePath: JsonPath, validShape: boolean) => {
    const entries = reference.codebooks[codebook];
    if (validShape && entries && !entries.has(code as string | number)) report(codePath, 'unknownCode', { value: displayValue(code), codebook });
  };
  const isPositiveInteger = (code: unknown) => typeof code === 'number' && Number.isInteger(code) && code >= 1;
  const isTextCode = (code: unknown) => typeof code === 'string' && PATTERNS.code.test(code);

  if (service['registered'] === true && service['kind'] === undefined) report(path, 'kindRequired');
  checkCode('DruhSocialniSluzby', service['kind'], [...path, 'kind'], isPositiveInteger(service['kind']));
  asArray(service['forms']).forEach((form, index) => checkCode('FormaSocialniSluzby', form, [...path, 'forms', index], isTextCode(form)));
  asArray(service['targetGroups']).forEach((group, index) =>
    checkCode('CilovaSkupinaOsoby', group, [...path, 'targetGroups', index], isPositiveInteger(group)),
  );
  asArray(service['ageGroups']).forEach((group, index) =>
    checkCode('VekovaSkupinaOsoby', group, [...path, 'ageGroups', index], isPositiveInteger(group)),
  );

  // The element shows texts as they are: markup would be printed as its tags.
  for (const key of ['name', 'description', 'openingHours'] as const) {
    const tag = typeof service[key] === 'string' ? HTML_TAG.exec(service[key])?.[0] : undefined;
    if (tag) report([...path, key], 'htmlInText', { tag }, 'warning');
  }

  const forms = asArray(service['forms']);
  asArray(service['capacity']).forEach((item, index) => {
    const capacity = asRecord(item);
    if (!capacity) return;
    const capacityPath = [...path, 'capacity', index];
    // "0" for an unknown capacity reads as a service that takes nobody (CONTRIBUTING: leave it out).
    if (capacity['count'] === 0) report([...capacityPath, 'count'], 'capacityZero', {}, 'warning');
    const { form, unit } = capacity;
    checkCode('FormaSocialniSluzby', form, [...capacityPath, 'form'], isTextCode(form));
    checkCode('TypKapacitySocialniSluzby', unit, [...capacityPath, 'unit'], isTextCode(unit));
    if (isTextCode(form) && !forms.includes(form)) report([...capacityPath, 'form'], 'capacityFormNotListed', { form: displayValue(form) });
    const unitEntry = isTextCode(unit) ? reference.codebooks.TypKapacitySocialniSluzby?.get(unit as string) : undefined;
    if (isTextCode(form) && unitEntry?.forms && !unitEntry.forms.includes(form as string)) {
      report([...capacityPath, 'unit'], 'capacityUnitForm', {
        unit: displayValue(unit),
        unitLabel: unitEntry.label,
        form: displayValue(form),
        allowed: unitEntry.forms.join(', '),
      });
    }
  });

  const id = service['id'];
  const identifier = asRecord(service['register'])?.['identifier'];
  if (typeof id === 'string' && PATTERNS.registerIdentifier.test(id) && typeof identifier === 'string' && identifier !== id) {
    report([...path, 'register', 'identifier'], 'registerIdentifierMismatch', { id, value: displayValue(identifier) });
  }

  const municipalities = reference.municipalities;
  const checkMunicipality = (code: unknown, codePath: JsonPath) => {
    if (municipalities && typeof code === 'string' && PATTERNS.municipalityCode.test(code) && !municipalities.has(code)) {
      report(codePath, 'unknownMunicipality', { value: code });
    }
  };
  asArray(service['places']).forEach((item, index) => {
    const place = asRecord(item);
    if (!place) return;
    const placePath = [...path, 'places', index];
    checkMunicipality(place['municipality'], [...placePath, 'municipality']);
    const municipality = typeof place['municipality'] === 'string' ? municipalities?.get(place['municipality']) : undefined;
    const part = place['municipalityPart'];
    if (municipality && typeof part === 'string' && !municipality.parts.has(part)) {
      report([...placePath, 'municipalityPart'], 'unknownMunicipalityPart', { value: displayValue(part), municipality: municipality.name }, 'warning');
    }
  });
  const area = asRecord(service['serviceArea']);
  asArray(area?.['municipalities']).forEach((code, index) => checkMunicipality(code, [...path, 'serviceArea', 'municipalities', index]));
  // Without an area the municipality filter finds the service only where it has a place, and the card names no area.
  if (asArray(area?.['municipalities']).length === 0 && asArray(area?.['districts']).length === 0) {
    const placeNames = asArray(service['places']).flatMap((item) => {
      const code = asRecord(item)?.['municipality'];
      return typeof code === 'string' ? [municipalities?.get(code)?.name ?? code] : [];
    });
    const places = [...new Set(placeNames)].join(', ');
    report(path, places ? 'serviceAreaMissing' : 'serviceAreaAndPlacesMissing', { places }, 'warning');
  }
  const districts = reference.districts;
  asArray(area?.['districts']).forEach((code, index) => {
    if (districts && typeof code === 'string' && PATTERNS.districtCode.test(code) && !districts.has(code)) {
      report([...path, 'serviceArea', 'districts', index], 'unknownDistrict', { value: code });
    }
  });

  checkRegisterDates(asRecord(service['register']), [...path, 'register'], context.today, report);
  checkContacts(service['contacts'], [...path, 'contacts'], report);
  checkSources(service['sources'], [...path, 'sources'], context.today, report);
}

/**
 * The register's dates of provision. The built catalogue leaves them out, so a service whose provision
 * has ended would be shown as current: the provider or the maintainers must decide (remove it, or correct
 * the date, which in imported data is sometimes the end of a funding period rather than of the service).
 */
function checkRegisterDates(register: Record<string, unknown> | undefined, path: JsonPath, today: string, report: Report): void {
  const from = register?.['validFrom'];
  const to = register?.['validTo'];
  if (!isDate(to)) return;
  if (isDate(from) && from > to) report([...path, 'validTo'], 'registerDatesReversed', { value: to, from });
  else if (to < today) report([...path, 'validTo'], 'registerEnded', { value: to }, 'warning');
}

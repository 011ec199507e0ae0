/**
 * Field names in words for the validator's messages ("název služby" rather than services[2].name), and
 * the field path printed next to them.
 */
import { formatPath } from '../catalogue/parse.js';
import type { Lang } from '../i18n/lang.js';

export type DocumentKind = 'provider' | 'codebook' | 'municipalities' | 'life-situations';
export type JsonPath = ReadonlyArray<string | number>;

type Words = readonly [cs: string, en: string];

// Keyed by the path without array indices; the longest matching suffix wins, so "places.name" beats "name".
const providerFields: Record<string, Words> = {
  $schema: ['odkaz na schéma', 'schema reference'],
  id: ['identifikátor poskytovatele', 'provider id'],
  name: ['název poskytovatele', 'provider name'],
  ico: ['IČO', 'IČO (company id)'],
  contacts: ['kontakty', 'contacts'],
  'contacts.web': ['webová adresa', 'web address'],
  'contacts.email': ['e-mail', 'e-mail address'],
  'contacts.phone': ['telefon', 'phone number'],
  reviewed: ['datum ověření poskytovatelem', "date of the provider's review"],
  sources: ['zdroje', 'sources'],
  'sources.source': ['zdroj', 'source'],
  'sources.fields': ['doložené údaje zdroje', 'facts the source documents'],
  'sources.retrieved': ['datum přečtení zdroje', 'date the source was read'],
  'sources.note': ['poznámka ke zdroji', 'note on the source'],
  services: ['služby', 'services'],
  'services.id': ['identifikátor služby', 'service id'],
  'services.registered': ['registrace služby', 'registered flag'],
  'services.register': ['údaje z registru', 'register details'],
  'register.identifier': ['identifikátor v registru', 'register identifier'],
  'register.portalId': ['číslo registrace v portálu MPSV', 'MPSV portal id'],
  'register.validFrom': ['datum zahájení poskytování', 'start date of the service'],
  'register.validTo': ['datum ukončení poskytování', 'end date of the service'],
  'services.name': ['název služby', 'service name'],
  'services.kind': ['druh služby', 'kind of service'],
  'services.forms': ['forma poskytování', 'form of provision'],
  'services.targetGroups': ['cílová skupina', 'target group'],
  'services.ageGroups': ['věková skupina', 'age group'],
  'services.capacity': ['registrovaná kapacita', 'registered capacity'],
  'capacity.form': ['forma u kapacity', 'form of the capacity'],
  'capacity.unit': ['jednotka kapacity', 'capacity unit'],
  'capacity.count': ['počet u kapacity', 'capacity count'],
  'capacity.note': ['poznámka ke kapacitě', 'note on the capacity'],
  'services.serviceArea': ['území působnosti', 'service area'],
  'serviceArea.districts': ['celý obsluhovaný okres', 'district served as a whole'],
  'serviceArea.municipalities': ['obsluhovaná obec', 'municipality served'],
  'serviceArea.description': ['popis území', 'description of the area'],
  'services.places': ['místa poskytování', 'places of provision'],
  'places.name': ['název místa', 'name of the place'],
  'places.address': ['adresa místa', 'address of the place'],
  'places.municipality': ['obec místa (kód RÚIAN)', 'municipality of the place (RÚIAN code)'],
  'places.municipalityPart': ['část obce', 'part of the municipality'],
  'places.postcode': ['PSČ', 'postcode'],
  'places.addressPointCode': ['kód adresního místa', 'address point code'],
  'places.coordinates': ['souřadnice', 'coordinates'],
  'coordinates.lat': ['zeměpisná šířka', 'latitude'],
  'coordinates.lng': ['zeměpisná délka', 'longitude'],
  'services.description': ['popis služby', 'description of the service'],
  'services.contacts': ['kontakty služby', 'contacts of the service'],
  'services.openingHours': ['provozní doba', 'opening hours'],
  'services.sources': ['zdroje údajů o službě', 'sources of the service'],
};

const codebookFields: Record<string, Words> = {
  $schema: ['odkaz na schéma', 'schema reference'],
  name: ['název číselníku', 'codebook name'],
  source: ['zdroj číselníku', 'source of the codebook'],
  entries: ['položky číselníku', 'codebook entries'],
  'entries.code': ['kód položky', 'entry code'],
  'entries.label': ['název položky', 'entry label'],
  'label.cs': ['český název položky', 'Czech label'],
  'label.en': ['anglický název položky', 'English label'],
  'entries.group': ['skupina podle zákona', 'group under the law'],
  'entries.section': ['paragraf zákona', 'section of the law'],
  'entries.forms': ['forma u jednotky kapacity', 'form of the capacity unit'],
  'entries.validFrom': ['platnost od', 'valid from'],
  'entries.validTo': ['platnost do', 'valid to'],
};

const municipalityFields: Record<string, Words> = {
  $schema: ['odkaz na schéma', 'schema reference'],
  source: ['zdroj seznamu obcí', 'source of the list'],
  municipalities: ['obce', 'municipalities'],
  'municipalities.code': ['kód obce', 'municipality code'],
  'municipalities.name': ['název obce', 'municipality name'],
  'municipalities.district': ['okres', 'district'],
  'municipalities.districtCode': ['kód okresu', 'district code'],
  'municipalities.parts': ['části obce', 'parts of the municipality'],
  'parts.code': ['kód části obce', 'code of the municipality part'],
  'parts.name': ['název části obce', 'name of the municipality part'],
  'parts.postcodes': ['PSČ části obce', 'postcode of the municipality part'],
};

const lifeSituationFields: Record<string, Words> = {
  $schema: ['odkaz na schéma', 'schema reference'],
  source: ['zdroj', 'source'],
  notes: ['poznámky pro editory', 'notes for editors'],
  situations: ['situace', 'situations'],
  'situations.id': ['identifikátor situace', 'situation id'],
  'situations.label': ['název situace', 'situation label'],
  'label.cs': ['český název situace', 'Czech label'],
  'label.en': ['anglický název situace', 'English label'],
  'situations.phrases': ['fráze', 'phrase'],
  'situations.kinds': ['druhy služeb situace', 'kinds of service of the situation'],
  'kinds.kind': ['druh služby', 'kind of service'],
  'kinds.weight': ['váha druhu služby', 'weight of the kind'],
  'situations.targetGroups': ['cílová skupina', 'target group'],
  'situations.lawNote': ['odůvodnění podle zákona', 'legal reasoning'],
};

// One item of a list, for a problem with the item as a whole ("služba" rather than "služby").
const itemFields: Record<string, Words> = {
  services: ['služba', 'service'],
  sources: ['zdroj', 'source'],
  capacity: ['kapacita', 'capacity'],
  places: ['místo poskytování', 'place of provision'],
  entries: ['položka číselníku', 'codebook entry'],
  municipalities: ['obec', 'municipality'],
  parts: ['část obce', 'part of the municipality'],
  situations: ['situace', 'situation'],
  kinds: ['druh služby situace', 'kind of service of the situation'],
};

const fieldsByKind: Record<DocumentKind, Record<string, Words>> = {
  provider: providerFields,
  codebook: codebookFields,
  municipalities: municipalityFields,
  'life-situations': lifeSituationFields,
};

/** The path without array indices: services[2].contacts.web[0] → "services.contacts.web". */
export function namedPath(path: JsonPath): string {
  return path.filter((key): key is string => typeof key === 'string').join('.');
}

/** The field in words, e.g. "webová adresa"; an unknown field falls back to its key in quotes. */
export function fieldName(kind: DocumentKind, path: JsonPath, lang: Lang): string {
  const fields = fieldsByKind[kind];
  const language = lang === 'cs' ? 0 : 1;
  // Own keys only: a field named "__proto__" or "constructor" must not find Object.prototype.
  const lookup = (table: Record<string, Words>, key: string) => (Object.hasOwn(table, key) ? table[key]?.[language] : undefined);
  const keys = namedPath(path).split('.');
  const last = keys.at(-1) ?? '';
  // The most specific name first: "serviceArea.municipalities" before the item word "obec" before "municipalities".
  for (let start = 0; start < keys.length - 1; start++) {
    const words = lookup(fields, keys.slice(start).join('.'));
    if (words) return words;
  }
  const words = (typeof path.at(-1) === 'number' ? lookup(itemFields, last) : undefined) ?? lookup(fields, last);
  if (words) return words;
  if (!last) return lang === 'cs' ? 'soubor' : 'the file';
  return lang === 'cs' ? `pole „${last}“` : `the field "${last}"`;
}

/** `services[2].contacts.web[0]`, or "-" for the file as a whole. */
export function formatFieldPath(path: JsonPath): string {
  return formatPath(path) || '-';
}

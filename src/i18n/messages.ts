/**
 * Every interface string, in Czech (default) and English. Counts go through Intl plural rules;
 * catalogue texts (names, codebook labels) come from the data, not from here.
 */
import type { FilterKey } from '../filters/state.js';
import type { KindGroupName } from '../filters/kind-groups.js';
import type { Lang } from './lang.js';
import { countWithNoun, formatNumber, selectPlural, type PluralForms } from './plural.js';

/** Why a catalogue could not be shown; each has its own plain-language message. */
export type LoadErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'not-a-catalogue' | 'unsupported-format';

export interface Messages {
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly filtersLabel: string;
  readonly filterLegend: Readonly<Record<FilterKey, string>>;
  readonly kindGroup: Readonly<Record<KindGroupName, string>>;
  readonly municipalityInputLabel: string;
  readonly municipalitySuggestionsLabel: string;
  municipalityPartOf(part: string, municipality: string): string;
  readonly municipalityNoMatch: string;
  municipalityAlreadySelected(municipality: string): string;
  municipalityDistrict(district: string): string;
  showMoreOptions(hidden: number): string;
  readonly showFewerOptions: string;
  resultCount(shown: number, total: number): string;
  readonly loading: string;
  loadError(kind: LoadErrorKind, status?: number): string;
  readonly retry: string;
  skipped(count: number): string;
  readonly emptyCatalogue: string;
  readonly noResults: string;
  readonly clearQuery: string;
  readonly clearFilters: string;
  readonly clearEverything: string;
  readonly activeFiltersLabel: string;
  removeFilter(legend: string, value: string): string;
  readonly clearAllFilters: string;
  readonly resultsLabel: string;
  readonly provider: string;
  readonly kind: string;
  readonly forms: string;
  readonly targetGroups: string;
  readonly ageGroups: string;
  readonly capacity: string;
  capacityCount(count: number, unit: string): string;
  /** Districts a service serves as a whole. */
  readonly districts: string;
  readonly municipalities: string;
  readonly serviceArea: string;
  showAllMunicipalities(count: number): string;
  readonly showFewerMunicipalities: string;
  moreMunicipalities(count: number): string;
  readonly places: string;
  readonly openingHours: string;
  readonly contacts: string;
  readonly phone: string;
  readonly email: string;
  readonly web: string;
  readonly registered: string;
  readonly notRegistered: string;
  registerIdentifier(identifier: string): string;
  registerPortalId(portalId: number): string;
  reviewed(date: string): string;
  readonly reviewedMissing: string;
  readonly stale: string;
  readonly unconfirmed: string;
  unknownCode(code: string | number): string;
  dataOf(date: string): string;
  shownOf(shown: number, total: number): string;
  showMoreResults(count: number): string;
  readonly shareToolbarLabel: string;
  readonly printButton: string;
  readonly copyLinkButton: string;
  readonly downloadCsvButton: string;
  readonly linkCopied: string;
  readonly linkCopyFallback: string;
  readonly shareLinkLabel: string;
  csvDownloading(fileName: string, count: number): string;
  /** Before the life situations suggested under the search field. */
  readonly situationSuggestionsLabel: string;
  /** Before the situation on a result found through it. */
  readonly foundBySituation: string;
  /** Read out instead of the arrow between the situation and the kind of service. */
  readonly situationKind: string;
}

type Forms = Readonly<Record<string, PluralForms>>;

const csNouns = {
  service: { one: 'služba', few: 'služby', many: 'služby', other: 'služeb' },
  entry: { one: 'záznam', few: 'záznamy', many: 'záznamu', other: 'záznamů' },
  municipality: { one: 'obec', few: 'obce', many: 'obce', other: 'obcí' },
  serviceAccusative: { one: 'službu', few: 'služby', many: 'služby', other: 'služeb' },
  next: { one: 'další', few: 'další', many: 'další', other: 'dalších' },
  all: { one: 'celou', few: 'všechny', many: 'všechny', other: 'všech' },
} satisfies Forms;

/** Czech units of registered capacity (codebook TypKapacitySocialniSluzby). */
const csCapacityUnits: Forms = {
  luzka: { one: 'lůžko', few: 'lůžka', many: 'lůžka', other: 'lůžek' },
  klient: { one: 'klient', few: 'klienti', many: 'klienta', other: 'klientů' },
  interv: { one: 'intervence', few: 'intervence', many: 'intervence', other: 'intervencí' },
  kontakt: { one: 'kontakt', few: 'kontakty', many: 'kontaktu', other: 'kontaktů' },
  hovor: { one: 'hovor', few: 'hovory', many: 'hovoru', other: 'hovorů' },
};

const enCapacityUnits: Forms = {
  luzka: { one: 'bed', other: 'beds' },
  klient: { one: 'client', other: 'clients' },
  interv: { one: 'intervention', other: 'interventions' },
  kontakt: { one: 'contact', other: 'contacts' },
  hovor: { one: 'call', other: 'calls' },
};

const cs: Messages = {
  searchLabel: 'Hledat sociální službu',
  searchPlaceholder: 'např. pečovatelská služba, senioři, Kelč',
  filtersLabel: 'Filtry',
  filterLegend: {
    municipality: 'Obec',
    kind: 'Druh služby',
    targetGroup: 'Pro koho',
    form: 'Forma',
    ageGroup: 'Věk klientů',
  },
  kindGroup: {
    counselling: 'Sociální poradenství (§ 37)',
    care: 'Služby sociální péče (§ 39–52)',
    prevention: 'Služby sociální prevence (§ 53–70)',
  },
  municipalityInputLabel: 'Obec nebo její část',
  municipalitySuggestionsLabel: 'Nalezené obce',
  municipalityPartOf: (part, municipality) => `${part} (část obce ${municipality})`,
  municipalityNoMatch: 'Žádná obec tohoto názvu v katalogu není.',
  municipalityAlreadySelected: (municipality) => `Obec ${municipality} už je vybraná.`,
  municipalityDistrict: (district) => `okres ${district}`,
  showMoreOptions: (hidden) => `Zobrazit další možnosti (${formatNumber('cs', hidden)})`,
  showFewerOptions: 'Zobrazit méně',
  resultCount(shown, total) {
    const found = selectPlural('cs', shown, { one: 'Nalezena', few: 'Nalezeny', many: 'Nalezeno', other: 'Nalezeno' });
    const counted = `${found} ${countWithNoun('cs', shown, csNouns.service)}`;
    return shown === total ? counted : `${counted} z ${formatNumber('cs', total)}`;
  },
  loading: 'Načítám katalog sociálních služeb…',
  loadError(kind, status) {
    switch (kind) {
      case 'network':
        return 'Katalog se nepodařilo stáhnout. Zkontrolujte připojení k internetu a zkuste to znovu.';
      case 'timeout':
        return 'Stahování katalogu trvá příliš dlouho. Zkuste to prosím znovu.';
      case 'http':
        return status === 404
          ? 'Katalog na zadané adrese není (chyba 404). Správce webu by měl zkontrolovat adresu katalogu.'
          : `Server katalogu teď neodpovídá správně (chyba ${status ?? ''}). Zkuste to prosím za chvíli znovu.`;
      case 'not-json':
      case 'not-a-catalogue':
        return 'Stažený soubor není katalog sociálních služeb. Správce webu by měl zkontrolovat adresu katalogu.';
      case 'unsupported-format':
        return 'Katalog je v novější verzi, než jakou tento prvek umí zobrazit. Správce webu by měl prvek aktualizovat.';
    }
  },
  retry: 'Zkusit znovu',
  skipped: (count) => {
    const verb = selectPlural('cs', count, { one: 'obsahuje', few: 'obsahují', many: 'obsahuje', other: 'obsahuje' });
    return `${countWithNoun('cs', count, csNouns.entry)} nelze zobrazit, protože ${verb} chybu. Ostatní služby jsou zobrazeny.`;
  },
  emptyCatalogue: 'Katalog zatím neobsahuje žádné služby.',
  noResults: 'Hledání ani filtrům neodpovídá žádná služba.',
  clearQuery: 'Smazat hledaný text',
  clearFilters: 'Zrušit filtry',
  clearEverything: 'Zobrazit všechny služby',
  activeFiltersLabel: 'Vybrané filtry',
  removeFilter: (legend, value) => `Odebrat filtr ${legend}: ${value}`,
  clearAllFilters: 'Zrušit všechny filtry',
  resultsLabel: 'Sociální služby',
  provider: 'Poskytovatel',
  kind: 'Druh služby',
  forms: 'Forma',
  targetGroups: 'Pro koho',
  ageGroups: 'Věk klientů',
  capacity: 'Registrovaná kapacita',
  capacityCount: (count, unit) => countWithNoun('cs', count, csCapacityUnits[unit] ?? { other: unit }),
  districts: 'Pro obyvatele celých okresů',
  municipalities: 'Pro obyvatele obcí',
  serviceArea: 'Území působnosti',
  showAllMunicipalities: (count) =>
    `Zobrazit ${selectPlural('cs', count, csNouns.all)} ${countWithNoun('cs', count, csNouns.municipality)}`,
  showFewerMunicipalities: 'Zobrazit méně obcí',
  moreMunicipalities: (count) => `a ${selectPlural('cs', count, csNouns.next)} ${countWithNoun('cs', count, csNouns.municipality)}`,
  places: 'Kde',
  openingHours: 'Provozní doba',
  contacts: 'Kontakt',
  phone: 'Telefon',
  email: 'E-mail',
  web: 'Web',
  registered: 'Registrovaná sociální služba',
  notRegistered: 'Služba bez registrace podle zákona o sociálních službách',
  registerIdentifier: (identifier) => `identifikátor ${identifier}`,
  registerPortalId: (portalId) => `číslo v registru MPSV ${portalId}`,
  reviewed: (date) => `Údaje ověřeny ${date}`,
  reviewedMissing: 'Datum ověření údajů chybí',
  stale: 'Údaje mohou být zastaralé: naposledy ověřeny před více než rokem.',
  unconfirmed: 'Poskytovatel tyto údaje zatím nepotvrdil: před použitím si je ověřte u něj.',
  unknownCode: (code) => `neznámý kód ${code}`,
  dataOf: (date) => `Údaje katalogu ke dni ${date}`,
  shownOf: (shown, total) => `Zobrazeno ${formatNumber('cs', shown)} z ${formatNumber('cs', total)}`,
  showMoreResults: (count) =>
    `Zobrazit ${selectPlural('cs', count, csNouns.next)} ${countWithNoun('cs', count, csNouns.serviceAccusative)}`,
  shareToolbarLabel: 'Vytisknout nebo sdílet tento výběr',
  printButton: 'Vytisknout',
  copyLinkButton: 'Kopírovat odkaz',
  downloadCsvButton: 'Stáhnout tabulku (CSV)',
  linkCopied: 'Odkaz na tento výběr je zkopírovaný do schránky.',
  linkCopyFallback: 'Odkaz se nepodařilo zkopírovat automaticky. Je označený v poli níže, zkopírujte ho klávesami Ctrl+C.',
  shareLinkLabel: 'Odkaz na tento výběr',
  csvDownloading: (fileName, count) => `Stahuje se soubor ${fileName} (${countWithNoun('cs', count, csNouns.service)}).`,
  situationSuggestionsLabel: 'Hledáte pomoc v situaci:',
  foundBySituation: 'Nalezeno podle situace',
  situationKind: 'druh služby',
};

const en: Messages = {
  searchLabel: 'Search social services',
  searchPlaceholder: 'e.g. home care, seniors, Kelč',
  filtersLabel: 'Filters',
  filterLegend: {
    municipality: 'Municipality',
    kind: 'Kind of service',
    targetGroup: 'For whom',
    form: 'Form',
    ageGroup: 'Age of clients',
  },
  kindGroup: {
    counselling: 'Social counselling (§ 37)',
    care: 'Social care services (§ 39–52)',
    prevention: 'Social prevention services (§ 53–70)',
  },
  municipalityInputLabel: 'Municipality or its part',
  municipalitySuggestionsLabel: 'Matching municipalities',
  municipalityPartOf: (part, municipality) => `${part} (part of ${municipality})`,
  municipalityNoMatch: 'No municipality of that name in the catalogue.',
  municipalityAlreadySelected: (municipality) => `${municipality} is already selected.`,
  municipalityDistrict: (district) => `district ${district}`,
  showMoreOptions: (hidden) => `Show more options (${formatNumber('en', hidden)})`,
  showFewerOptions: 'Show fewer',
  resultCount(shown, total) {
    if (shown === total) return countWithNoun('en', shown, { one: 'service found', other: 'services found' });
    return `${formatNumber('en', shown)} of ${countWithNoun('en', total, { one: 'service found', other: 'services found' })}`;
  },
  loading: 'Loading the catalogue of social services…',
  loadError(kind, status) {
    switch (kind) {
      case 'network':
        return 'The catalogue could not be downloaded. Check your internet connection and try again.';
      case 'timeout':
        return 'Downloading the catalogue is taking too long. Please try again.';
      case 'http':
        return status === 404
          ? 'There is no catalogue at the given address (error 404). The site administrator should check it.'
          : `The catalogue server is not responding correctly (error ${status ?? ''}). Please try again in a moment.`;
      case 'not-json':
      case 'not-a-catalogue':
        return 'The downloaded file is not a catalogue of social services. The site administrator should check its address.';
      case 'unsupported-format':
        return 'The catalogue is in a newer format than this element can show. The site administrator should update the element.';
    }
  },
  retry: 'Try again',
  skipped: (count) =>
    `${countWithNoun('en', count, { one: 'entry', other: 'entries' })} cannot be shown because of errors. All other services are shown.`,
  emptyCatalogue: 'The catalogue has no services yet.',
  noResults: 'No service matches the search and filters.',
  clearQuery: 'Clear the search text',
  clearFilters: 'Clear the filters',
  clearEverything: 'Show all services',
  activeFiltersLabel: 'Active filters',
  removeFilter: (legend, value) => `Remove filter ${legend}: ${value}`,
  clearAllFilters: 'Clear all filters',
  resultsLabel: 'Social services',
  provider: 'Provider',
  kind: 'Kind of service',
  forms: 'Form',
  targetGroups: 'For whom',
  ageGroups: 'Age of clients',
  capacity: 'Registered capacity',
  capacityCount: (count, unit) => countWithNoun('en', count, enCapacityUnits[unit] ?? { other: unit }),
  districts: 'For residents of whole districts',
  municipalities: 'For residents of',
  serviceArea: 'Area served',
  showAllMunicipalities: (count) => `Show all ${formatNumber('en', count)} municipalities`,
  showFewerMunicipalities: 'Show fewer municipalities',
  moreMunicipalities: (count) =>
    `and ${countWithNoun('en', count, { one: 'more municipality', other: 'more municipalities' })}`,
  places: 'Where',
  openingHours: 'Opening hours',
  contacts: 'Contact',
  phone: 'Phone',
  email: 'E-mail',
  web: 'Web',
  registered: 'Registered social service',
  notRegistered: 'Service not registered under the Social Services Act',
  registerIdentifier: (identifier) => `identifier ${identifier}`,
  registerPortalId: (portalId) => `MPSV register number ${portalId}`,
  reviewed: (date) => `Details confirmed on ${date}`,
  reviewedMissing: 'No date of confirmation',
  stale: 'Details may be out of date: last confirmed more than a year ago.',
  unconfirmed: 'The provider has not confirmed these details yet: check them with the provider before relying on them.',
  unknownCode: (code) => `unknown code ${code}`,
  dataOf: (date) => `Catalogue data as of ${date}`,
  shownOf: (shown, total) => `Showing ${formatNumber('en', shown)} of ${formatNumber('en', total)}`,
  showMoreResults: (count) => `Show ${countWithNoun('en', count, { one: 'more service', other: 'more services' })}`,
  shareToolbarLabel: 'Print or share this selection',
  printButton: 'Print',
  copyLinkButton: 'Copy link',
  downloadCsvButton: 'Download table (CSV)',
  linkCopied: 'The link to this selection is copied to the clipboard.',
  linkCopyFallback: 'The link could not be copied automatically. It is selected in the field below: copy it with Ctrl+C.',
  shareLinkLabel: 'Link to this selection',
  csvDownloading: (fileName, count) =>
    `Downloading ${fileName} (${countWithNoun('en', count, { one: 'service', other: 'services' })}).`,
  situationSuggestionsLabel: 'Looking for help with:',
  foundBySituation: 'Found by situation',
  situationKind: 'kind of service',
};

const messagesByLang: Readonly<Record<Lang, Messages>> = { cs, en };

export function messagesFor(lang: Lang): Messages {
  return messagesByLang[lang];
}

/**
 * What a printout says above the list: the heading, the search and filters in words
 * ("Hledání: „pečovatelská“ · Obec: Kelč · Druh služby: pečovatelská služba, osobní asistence"), the day
 * it was printed and the day of the catalogue data. DOM-free; the element renders the strings as text.
 */
import { filterKeys, type FilterKey, type FilterState } from '../filters/state.js';
import { formatDate, localIsoDate } from '../format/date.js';
import type { Lang } from '../i18n/lang.js';
import { messagesFor } from '../i18n/messages.js';

/** Strings only the printout needs; everything the screen also shows comes from i18n/messages. */
interface PrintMessages {
  readonly search: string;
  quoted(text: string): string;
  readonly noCriteria: string;
  printedOn(date: string): string;
  readonly qrCaption: string;
  readonly qrLabel: string;
}

const printMessages: Readonly<Record<Lang, PrintMessages>> = {
  cs: {
    search: 'Hledání',
    quoted: (text) => `„${text}“`,
    noCriteria: 'Všechny služby katalogu (bez hledání a filtrů)',
    printedOn: (date) => `Vytištěno ${date}`,
    qrCaption: 'Tento výběr na internetu',
    qrLabel: 'QR kód s odkazem na tento výběr v katalogu',
  },
  en: {
    search: 'Search',
    quoted: (text) => `“${text}”`,
    noCriteria: 'All services in the catalogue (no search or filters)',
    printedOn: (date) => `Printed on ${date}`,
    qrCaption: 'This selection online',
    qrLabel: 'QR code linking to this selection in the catalogue',
  },
};

/** Joins the search and the filters on one line; a middle dot reads as a separator in both languages. */
export const criteriaSeparator = ' · ';

export interface PrintSummaryInput {
  readonly lang: Lang;
  readonly query: string;
  readonly filters: FilterState;
  /** The display label of a selected filter value, as the chips show it (a municipality's name for its code). */
  readonly labelOf: (key: FilterKey, code: string) => string;
  /** When the printout is made; its day is taken in the reader's time zone. */
  readonly printedAt: Date;
  /** The day of the catalogue data (the catalogue's `built`, an ISO date). */
  readonly catalogueDate: string;
}

export interface PrintSummary {
  readonly heading: string;
  /** Each active criterion in words: "Hledání: „pečovatelská“", "Obec: Kelč, Zašová". */
  readonly criteria: readonly string[];
  /** The criteria on one line, or a sentence saying the list is the whole catalogue. */
  readonly criteriaText: string;
  readonly printedOn: string;
  readonly dataOf: string;
  /** A visible caption under the QR code, and its accessible name. */
  readonly qrCaption: string;
  readonly qrLabel: string;
}

export function printSummary(input: PrintSummaryInput): PrintSummary {
  const { lang } = input;
  const messages = messagesFor(lang);
  const own = printMessages[lang];
  const query = input.query.trim().replace(/\s+/g, ' ');
  const criteria = [
    ...(query === '' ? [] : [`${own.search}: ${own.quoted(query)}`]),
    ...filterKeys
      .filter((key) => input.filters[key].length > 0)
      .map((key) => `${messages.filterLegend[key]}: ${input.filters[key].map((code) => input.labelOf(key, code)).join(', ')}`),
  ];
  return {
    heading: messages.resultsLabel,
    criteria,
    criteriaText: criteria.length > 0 ? criteria.join(criteriaSeparator) : own.noCriteria,
    printedOn: own.printedOn(formatDate(lang, localIsoDate(input.printedAt))),
    dataOf: messages.dataOf(formatDate(lang, input.catalogueDate)),
    qrCaption: own.qrCaption,
    qrLabel: own.qrLabel,
  };
}

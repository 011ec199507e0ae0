/**
 * The filtered services as a CSV file that Czech Excel opens correctly by double-click: UTF-8 with a
 * byte-order mark (without it Excel reads the bytes as windows-1250), `;` as the separator (the Czech
 * list separator, because `,` is the decimal comma), CRLF line ends and RFC 4180 quoting.
 */
import type { ServiceView } from '../catalogue/model.js';
import type { Lang } from '../i18n/lang.js';
import { localIsoDate } from '../format/date.js';
import { serviceFieldLabels, serviceFieldKeys, serviceFields } from './service-fields.js';

export const csvMimeType = 'text/csv;charset=utf-8';
export const csvSeparator = ';';
const byteOrderMark = '\uFEFF';
const lineEnd = '\r\n';

/**
 * Spreadsheets run a cell that starts with one of these as a formula (or as part of one, for tab and CR
 * after a separator); catalogue data is untrusted, so such a cell gets a leading apostrophe (OWASP CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

/** One cell: formula guard first, then RFC 4180 quoting with quotes doubled. */
export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

export function csvRow(values: readonly string[]): string {
  return values.map(csvCell).join(csvSeparator) + lineEnd;
}

/** The whole file: byte-order mark, a header in the interface language, one row per service in the given order. */
export function servicesCsv(services: readonly ServiceView[], lang: Lang): string {
  const labels = serviceFieldLabels(lang);
  let text = byteOrderMark + csvRow(serviceFieldKeys.map((key) => labels[key]));
  for (const service of services) {
    text += csvRow(serviceFields(service, lang, { dates: 'iso' }).map((field) => field.value));
  }
  return text;
}

/** "socialni-sluzby-2026-11-22.csv": ASCII only, so every mail client and file system keeps it intact. */
export function csvFileName(lang: Lang, day: Date): string {
  return `${lang === 'en' ? 'social-services' : 'socialni-sluzby'}-${localIsoDate(day)}.csv`;
}

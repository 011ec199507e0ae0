/**
 * Calendar dates from the catalogue ("2026-09-04") for display. They are days, not instants, so they are
 * read and formatted in UTC: the reader's time zone must never move them to the day before.
 */
import type { Lang } from '../i18n/lang.js';

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
/**
 * Dates already formatted, by language and day: every render shows the data's date and each new card its
 * review date, and Intl formatting is the dear part (a catalogue has at most a few thousand distinct days).
 */
const formattedDates = new Map<string, string>();

/** The UTC midnight of an ISO calendar date, or undefined when the text is not one. */
export function parseIsoDate(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** "4. září 2026" in Czech, "4 September 2026" in English; text that is not a date is shown as it is. */
export function formatDate(lang: Lang, iso: string): string {
  const key = `${lang} ${iso}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    text = formatDateNow(lang, iso);
    formattedDates.set(key, text);
  }
  return text;
}

function formatDateNow(lang: Lang, iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'cs' ? 'cs' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}

/** True when `iso` is missing, not a date, or more than `months` calendar months before `today`. */
export function isOlderThanMonths(iso: string | undefined, today: Date, months: number): boolean {
  const date = iso === undefined ? undefined : parseIsoDate(iso);
  if (!date) return true;
  const limit = new Date(Date.UTC(today.getFullYear(), today.getMonth() - months, today.getDate()));
  return date.getTime() < limit.getTime();
}

/**
 * The calendar day of an instant in the reader's own time zone, as an ISO date ("2026-11-22"), so that
 * "today" on a printout or in a file name is the day on the reader's wall calendar, and can go through
 * the same date formatting as the catalogue's own dates.
 */
export function localIsoDate(instant: Date): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1, 2)}-${pad(instant.getDate(), 2)}`;
}

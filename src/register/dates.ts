/** Dates of the register: ISO calendar dates, sometimes with a time part that carries no information. */

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ][0-9:.]+(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?$/;

/**
 * "2020-01-01" from "2020-01-01" or "2020-01-01T00:00:00"; undefined for null/absent;
 * null when the value is present but is not a real calendar date (the record is then malformed).
 */
export function readRegisterDate(value: unknown): string | undefined | null {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const valid = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return valid ? `${year}-${month}-${day}` : null;
}

/**
 * Whether a period is running on `date`. Both ends are inclusive: "poskytováno do 31. 12. 2026" means the
 * service is still provided on that day. ISO dates compare correctly as text.
 */
export function isActiveOn(date: string, from: string | undefined, to: string | undefined): boolean {
  return (from === undefined || from <= date) && (to === undefined || to >= date);
}

/** Today's date in Prague (the register's time zone) as YYYY-MM-DD. */
export function todayInPrague(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Prague' }).format(now);
}

/**
 * The calendar day of an instant in the reader's own time zone, as an ISO date ("2026-11-22"), so that
 * "today" on a printout or in a file name is the day on the reader's wall calendar, and can go through
 * the same date formatting as the catalogue's own dates.
 */
export function localIsoDate(instant: Date): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1, 2)}-${pad(instant.getDate(), 2)}`;
}

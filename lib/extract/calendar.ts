/**
 * Days of the calendar for the date rules: UTC dates, ISO day strings, and the weekday
 * arithmetic that places a weekday ("Tuesday", "mardi") on a day.
 */

export const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
export const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
export const isoOf = (dt: Date) => iso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());

/** The weekday `wd` (0 = Sunday) on or before `anchor`, at most six days earlier. */
export function weekdayOnOrBefore(anchor: Date, wd: number): Date {
  const diff = (anchor.getUTCDay() - wd + 7) % 7;
  return new Date(anchor.getTime() - diff * 86400000);
}

/**
 * "Tuesday, September 17" with no year: the first year, from the latest one the text mentions,
 * where that day is a Tuesday. A report recalls earlier years ("depuis 2015", "the 2012
 * rebellion"), so the attack is on or after them; before them only if no year after fits.
 */
export function weekdayYear(month: number, day: number, weekday: number, years: number[]): number | null {
  if (!years.length) return null;
  const latest = Math.max(...years);
  for (let y = latest; y <= latest + 6; y++) if (utc(y, month, day).getUTCDay() === weekday) return y;
  for (let y = latest - 1; y >= latest - 6; y--) if (utc(y, month, day).getUTCDay() === weekday) return y;
  return null;
}

/** ISO-day arithmetic in UTC: "2025-07-01" + 2 → "2025-07-03". */

const DAY_MS = 86_400_000;

/** "2025-07-01T10:00Z" → "2025-07-01"; null when it is not a date. */
export function isoDay(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return fromDayNumber(dayNumber(day) + n);
}

/** Every day from `from` to `to`, both included (at most `limit`). */
export function daysBetween(from: string, to: string, limit = 400): string[] {
  const out: string[] = [];
  for (let n = dayNumber(from), end = dayNumber(to); n <= end && out.length < limit; n++)
    out.push(fromDayNumber(n));
  return out;
}

/** First and last day of the month a day falls in. */
export function monthBounds(day: string): [string, string] {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return [`${day.slice(0, 7)}-01`, `${day.slice(0, 7)}-${String(last).padStart(2, '0')}`];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1–2 July 2025", "30 June–1 July 2025", "1 July 2025", "July 2025". */
export function formatDayRange(from: string, to: string = from, withYear = true): string {
  const [y1, m1, d1] = [from.slice(0, 4), Number(from.slice(5, 7)), Number(from.slice(8, 10))];
  const [y2, m2, d2] = [to.slice(0, 4), Number(to.slice(5, 7)), Number(to.slice(8, 10))];
  const year = (y: string) => (withYear ? ` ${y}` : '');
  if (from === to) return `${d1} ${MONTHS[m1 - 1]}${year(y1)}`;
  if (y1 !== y2) return `${d1} ${MONTHS[m1 - 1]} ${y1}–${d2} ${MONTHS[m2 - 1]}${year(y2)}`;
  if (m1 !== m2) return `${d1} ${MONTHS[m1 - 1]}–${d2} ${MONTHS[m2 - 1]}${year(y1)}`;
  return `${d1}–${d2} ${MONTHS[m1 - 1]}${year(y1)}`;
}

export function formatMonth(day: string): string {
  return `${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

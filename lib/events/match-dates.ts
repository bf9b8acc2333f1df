/**
 * The dates of two reports, for matching: whether they are the same, compatible, different or
 * unknown (compareWhen), and the dates both allow, for the explanation (describeDates).
 */
import { dayNumber, formatDayRange, formatMonth } from './dates';
import type { When } from './incident-facts';

export type DateRelation = 'same' | 'compatible' | 'different' | 'unknown';

const TOLERANCE: Record<When['kind'], number> = { day: 2, span: 1, published: 0, month: 0, year: 0, none: 0 };
const PRECISE = new Set<When['kind']>(['day', 'span']);

/**
 * same: two precise dates within ±2 days (±1 around a span) · compatible: a
 * publication week or a month that contains the other · different · unknown:
 * one side has no usable date (the other evidence must then be strong).
 */
export function compareWhen(a: When, b: When): DateRelation {
  if (a.year && b.year && a.year !== b.year && (a.kind === 'year' || b.kind === 'year')) return 'different';
  if (!a.from || !a.to || !b.from || !b.to) {
    const yearOf = (w: When) => w.year ?? (w.from ? w.from.slice(0, 4) : null);
    const ya = yearOf(a);
    const yb = yearOf(b);
    // A year is only a year: a publication week across New Year still matches.
    if (ya && yb && ya !== yb && a.kind !== 'published' && b.kind !== 'published') return 'different';
    return 'unknown';
  }
  const gap = Math.max(0, dayNumber(b.from) - dayNumber(a.to), dayNumber(a.from) - dayNumber(b.to));
  const precise = PRECISE.has(a.kind) && PRECISE.has(b.kind);
  const tolerance = precise ? Math.max(TOLERANCE[a.kind], TOLERANCE[b.kind]) : 0;
  if (gap > tolerance) return 'different';
  return precise ? 'same' : 'compatible';
}

/** The dates both reports allow, for the explanation ("1–2 July 2025"). */
export function describeDates(a: When, b: When, relation: DateRelation): string {
  if (relation === 'unknown') {
    const known = [a, b].find((w) => PRECISE.has(w.kind));
    return known?.from
      ? `${formatDayRange(known.from, known.to ?? known.from)} (not confirmed)`
      : 'date not confirmed';
  }
  const precise = [a, b].filter((w) => PRECISE.has(w.kind));
  if (precise.length) {
    const from = precise.map((w) => w.from!).sort()[0];
    const to = precise
      .map((w) => w.to!)
      .sort()
      .at(-1)!;
    return formatDayRange(from, to);
  }
  const month = [a, b].find((w) => w.kind === 'month');
  if (month?.from) return formatMonth(month.from);
  const from = [a.from!, b.from!].sort()[1];
  const to = [a.to!, b.to!].sort()[0];
  return from <= to ? `between ${formatDayRange(from, to)}` : formatDayRange(to, from);
}

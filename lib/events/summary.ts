/**
 * Low / best / high over independent sources, the way UCDP reports
 * fatalities, and ACLED's conservative figure: the lowest figure a credible
 * source allows. An open-ended figure ("at least 21") allows its lower bound,
 * so low = conservative = the lowest lower bound over independent sources
 * ("at least 21" against "40" gives 21, "at least 10" against "300" gives 10).
 */
import type { FigureSummary } from '../types';
import { withinRounding } from './figure-status';
import type { SourcedFigure } from './figures';
import { countSources } from './origin';

/** What the conservative figure is, as the dashboard says it (tooltip). */
export const CONSERVATIVE_RULE =
  "The lowest lower bound any independent source gives (ACLED's rule): an open-ended figure such as 'at least 21' counts as 21; vague ones ('several') are left out.";

/** "Several", "many" (2 or more, open): not a credible low estimate. */
const vague = (f: { min: number; max: number | null }) => f.max === null && f.min <= 2;

/** The summary of one (kind, subject) row; null when it has no current figure. */
export function summarise(figures: SourcedFigure[]): FigureSummary | null {
  const current = figures.filter((f) => !f.earlier);
  if (!current.length) return null;
  // One claimant's statement counts once: its wording variants collapse into the plainest one.
  const plain = (f: SourcedFigure) => (f.max === f.min ? 0 : 2) + (f.approx ? 1 : 0);
  const distinct: SourcedFigure[] = [];
  for (const f of [...current].sort((a, b) => plain(a) - plain(b)))
    if (!distinct.some((d) => d.origin === f.origin && withinRounding(d, f))) distinct.push(f);
  const credible = distinct.filter((f) => !vague(f));
  const pool = credible.length ? credible : distinct;
  const low = Math.min(...pool.map((f) => f.min));
  const high = pool.some((f) => f.max === null) ? null : Math.max(...pool.map((f) => f.max as number));
  const points = pool.filter((f) => f.max === f.min).map((f) => f.min);
  return {
    kind: current[0].kind,
    subject: current[0].subject,
    low,
    best: best(points, low),
    high,
    conservative: low,
    sources: countSources(current),
  };
}

/** The figure most sources give, else the median of the point figures (the lower middle one). */
function best(points: number[], fallback: number): number {
  if (!points.length) return fallback;
  const counts = new Map<number, number>();
  for (const p of points) counts.set(p, (counts.get(p) ?? 0) + 1);
  const top = Math.max(...counts.values());
  if (top > 1) return Math.min(...[...counts].filter(([, n]) => n === top).map(([v]) => v));
  const sorted = [...points].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

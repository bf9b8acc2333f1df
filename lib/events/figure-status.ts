/**
 * What one figure says against the others of its row. Independent sources
 * (different origins) agree or conflict; the same claimant's figure in other
 * words ("80", "more than 80", "about 80") is a wording variant; the same
 * claimant's changed figure (17 → 42) is a revision, the older one marked
 * `earlier`. Conflicts are kept for real disagreement between claimants.
 */
import { FIGURE_STATUSES, type Claim, type FigureStatus } from '../types';
import type { SourcedFigure } from './figures';

export const overlaps = (a: { min: number; max: number | null }, b: { min: number; max: number | null }) =>
  (a.max === null || b.min <= a.max) && (b.max === null || a.min <= b.max);

export const rowKey = (c: Pick<Claim, 'kind' | 'subject'>) => `${c.kind}/${c.subject}`;

type Range = { min: number; max: number | null; approx?: boolean };

/** Whole numbers between two ranges: 0 when they overlap. */
function gap(a: Range, b: Range): number {
  if (overlaps(a, b)) return 0;
  return a.max !== null && a.max < b.min ? b.min - a.max : a.min - (b.max ?? a.min);
}

/**
 * Ranges that touch ("80" and "more than 80" = 81 or more) or lie within the
 * rounding of an approximate figure ("about 80" and 84) tell one toll.
 */
export function withinRounding(a: Range, b: Range): boolean {
  const g = gap(a, b);
  if (g <= 1) return true;
  if (!a.approx && !b.approx) return false;
  return g <= Math.max(1, Math.ceil(0.1 * Math.max(a.min, b.min)));
}

const sameRange = (a: Range, b: Range) => a.min === b.min && a.max === b.max;

/** Two figures confirm or contradict each other only when their origins differ. */
export const independent = (a: SourcedFigure, b: SourcedFigure) => a.origin !== b.origin;

/**
 * Revised tolls: an outlet's older report is superseded by its newer one when
 * the figure changed; a figure that another report gives as the earlier toll
 * of the same claimant ("the toll rose from 17 to 42") is that earlier toll;
 * and of two reports of one claimant's statement whose figures do not agree,
 * the older one (else the lower: tolls rise) is the earlier figure.
 */
export function markRevisions(figures: SourcedFigure[]): void {
  const sameRow = (f: SourcedFigure, g: SourcedFigure) => g !== f && rowKey(g) === rowKey(f);
  const marks = figures.map((f) => {
    if (f.earlier) return false;
    return figures.some((g) => {
      if (!sameRow(f, g) || g.item === f.item) return false;
      // Another report gives this very figure as the same claimant's earlier toll.
      if (g.earlier) return g.origin === f.origin && sameRange(f, g);
      const newer = f.published !== null && g.published !== null && g.published > f.published;
      if (g.outlet === f.outlet && newer && !sameRange(f, g)) return true;
      if (g.origin !== f.origin || withinRounding(f, g)) return false;
      const sameTime = f.published === g.published || f.published === null || g.published === null;
      return newer || (sameTime && (g.max === null || g.min > (f.max ?? f.min)));
    });
  });
  figures.forEach((f, i) => {
    if (marks[i]) f.earlier = true;
  });
}

/** The status of one figure among all figures of the event (revisions already marked). */
export function figureStatus(f: SourcedFigure, all: SourcedFigure[]): FigureStatus {
  if (f.earlier) return 'revised';
  const others = all.filter((g) => g !== f && !g.earlier && rowKey(g) === rowKey(f));
  const indep = others.filter((g) => independent(f, g));
  if (indep.some((g) => !withinRounding(f, g))) return 'conflict';
  if (indep.length) return 'agree';
  return others.some((g) => !sameRange(f, g)) ? 'variant' : 'single';
}

/** A row's status: the most telling of its figures' statuses (FIGURE_STATUSES order). */
export function rowStatus(figures: readonly SourcedFigure[]): FigureStatus {
  return FIGURE_STATUSES.find((s) => figures.some((f) => f.status === s)) ?? 'single';
}

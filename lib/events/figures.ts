/** The figures of each report about one event, with copy groups and revised tolls marked. */
import type { Article, By, Claim, Figure, FigureStatus, Report } from '../types';
import { CLAIMANTS, KINDS, SUBJECTS } from '../types';
import { copyGroups, textSignature } from './near-duplicates';

export interface CompareInput {
  /** Canonical URL or file name. */
  key: string;
  article: Pick<Article, 'outlet' | 'published' | 'text'>;
  report: Report;
  /** Which of the report's incidents is about this event (default 0). */
  incident?: number;
  /** MinHash signature when already computed (saved reports carry one). */
  signature?: number[];
}

/** A figure with where it came from: the input and the claim's index in its report. */
export interface SourcedFigure extends Figure {
  kind: Claim['kind'];
  subject: Claim['subject'];
  item: number;
  claimIndex: number;
}

export const overlaps = (a: { min: number; max: number | null }, b: { min: number; max: number | null }) =>
  (a.max === null || b.min <= a.max) && (b.max === null || a.min <= b.max);

export const rowKey = (c: Pick<Claim, 'kind' | 'subject'>) => `${c.kind}/${c.subject}`;

const order = (kind: string, subject: string) =>
  KINDS.indexOf(kind as never) * 100 + SUBJECTS.indexOf(subject as never);
export const rowOrder = (a: Pick<Claim, 'kind' | 'subject'>, b: Pick<Claim, 'kind' | 'subject'>) =>
  order(a.kind, a.subject) - order(b.kind, b.subject);
export const claimantOrder = (a: By, b: By) => CLAIMANTS.indexOf(a) - CLAIMANTS.indexOf(b);

/** Copy group of each input: near-duplicate texts are one source. */
export function itemCopyGroups(items: CompareInput[]): number[] {
  return copyGroups(items.map((it) => it.signature ?? textSignature(it.article.text)));
}

/**
 * Two figures confirm or contradict each other only when they are
 * independent: from different sources (copy groups), or two claimants
 * set against each other within one report.
 */
export function independent(a: SourcedFigure, b: SourcedFigure): boolean {
  if (a.copyGroup !== b.copyGroup) return true;
  return a.item === b.item && a.by !== b.by;
}

/** Every figure of every input (its incident's claims), statuses set. */
export function collectFigures(items: CompareInput[], groups = itemCopyGroups(items)): SourcedFigure[] {
  const figures: SourcedFigure[] = [];
  items.forEach((it, item) => {
    const incident = it.incident ?? 0;
    it.report.claims.forEach((c, claimIndex) => {
      if ((c.incident ?? 0) !== incident) return;
      figures.push({
        item,
        claimIndex,
        kind: c.kind,
        subject: c.subject,
        min: c.min,
        max: c.max,
        ...(c.approx ? { approx: true } : {}),
        report: it.key,
        outlet: it.article.outlet,
        published: it.article.published,
        by: c.by,
        ...(c.source ? { source: c.source } : {}),
        text: c.text,
        ...(c.earlier ? { earlier: true } : {}),
        copyGroup: groups[item],
        status: 'single',
      });
    });
  });
  markRevisions(figures);
  for (const f of figures) f.status = figureStatus(f, figures);
  return figures;
}

/**
 * Revised tolls: an outlet's older report is superseded by its newer one when
 * the figure changed; and a figure that another report gives as the earlier
 * toll of the same claimant ("the toll rose from 17 to 42") is that earlier
 * toll, not a conflict.
 */
function markRevisions(figures: SourcedFigure[]) {
  const superseded = new Set(
    figures.filter((g) => g.earlier).map((g) => `${rowKey(g)}|${g.by}|${g.min}|${g.max}|${g.item}`),
  );
  const isSuperseded = (f: SourcedFigure) =>
    [...superseded].some(
      (k) => k.startsWith(`${rowKey(f)}|${f.by}|${f.min}|${f.max}|`) && !k.endsWith(`|${f.item}`),
    );
  const marks = figures.map((f) => {
    if (f.earlier) return false;
    if (isSuperseded(f)) return true;
    if (!f.published) return false;
    return figures.some(
      (g) =>
        g.item !== f.item &&
        g.outlet === f.outlet &&
        rowKey(g) === rowKey(f) &&
        !g.earlier &&
        g.published !== null &&
        g.published > f.published! &&
        (g.min !== f.min || g.max !== f.max),
    );
  });
  figures.forEach((f, i) => {
    if (marks[i]) f.earlier = true;
  });
}

function figureStatus(f: SourcedFigure, all: SourcedFigure[]): FigureStatus {
  const others = all.filter((g) => g !== f && !g.earlier && rowKey(g) === rowKey(f) && independent(f, g));
  if (!others.length) return 'single';
  return others.every((g) => overlaps(f, g)) ? 'agree' : 'conflict';
}

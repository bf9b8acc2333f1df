/** The figures of each report about one event, with their origins (lib/events/origin), revised tolls marked and statuses set. */
import type { Article, By, Claim, Figure, Report } from '../types';
import { CLAIMANTS, KINDS, SUBJECTS } from '../types';
import { figureStatus, markRevisions } from './figure-status';
import { copyGroups, textSignature } from './near-duplicates';
import { originGroups, wireCredit } from './origin';

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

export { overlaps, rowKey } from './figure-status';

const order = (kind: string, subject: string) =>
  KINDS.indexOf(kind as never) * 100 + SUBJECTS.indexOf(subject as never);
export const rowOrder = (a: Pick<Claim, 'kind' | 'subject'>, b: Pick<Claim, 'kind' | 'subject'>) =>
  order(a.kind, a.subject) - order(b.kind, b.subject);
export const claimantOrder = (a: By, b: By) => CLAIMANTS.indexOf(a) - CLAIMANTS.indexOf(b);

/** Copy group of each input: near-duplicate texts are one source. */
export function itemCopyGroups(items: CompareInput[]): number[] {
  return copyGroups(items.map((it) => it.signature ?? textSignature(it.article.text)));
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
        origin: 0,
        status: 'single',
      });
    });
  });
  const origins = originGroups(
    figures,
    items.map((it) => wireCredit(it.article.text)),
  );
  figures.forEach((f, i) => (f.origin = origins[i]));
  markRevisions(figures);
  for (const f of figures) f.status = figureStatus(f, figures);
  return figures;
}

/**
 * Comparing the figures of reports about one event: one row per
 * (kind, subject), conflicts first; who claims what side by side; one
 * claimant's statement counted once however many outlets relay it
 * (lib/events/origin); wording variants, revisions and conflicts told apart
 * (lib/events/figure-status).
 */
import { FIGURE_STATUSES, type ComparisonRow, type EventComparison, type Figure } from '../types';
import { rowStatus } from './figure-status';
import {
  claimantOrder,
  collectFigures,
  itemCopyGroups,
  rowKey,
  rowOrder,
  type CompareInput,
  type SourcedFigure,
} from './figures';
import { placeRefs } from './incident-facts';
import { countSources } from './origin';
import { placeRelation } from './place-relation';
import { summarise } from './summary';

export type { CompareInput } from './figures';

/** Compares the figures of reports about one event. */
export function compareReports(items: CompareInput[]): EventComparison {
  const groups = itemCopyGroups(items);
  const figures = collectFigures(items, groups);
  const byRow = new Map<string, SourcedFigure[]>();
  for (const f of figures) byRow.set(rowKey(f), [...(byRow.get(rowKey(f)) ?? []), f]);

  const rows: ComparisonRow[] = [];
  const summary = [];
  for (const list of byRow.values()) {
    list.sort(
      (a, b) =>
        claimantOrder(a.by, b.by) ||
        (a.published ?? '').localeCompare(b.published ?? '') ||
        a.item - b.item ||
        a.claimIndex - b.claimIndex,
    );
    rows.push({
      kind: list[0].kind,
      subject: list[0].subject,
      status: rowStatus(list),
      figures: list.map(toFigure),
    });
    const s = summarise(list);
    if (s) summary.push(s);
  }
  rows.sort(
    (a, b) => FIGURE_STATUSES.indexOf(a.status) - FIGURE_STATUSES.indexOf(b.status) || rowOrder(a, b),
  );
  summary.sort(rowOrder);

  const copies = new Map<number, string[]>();
  items.forEach((it, i) => copies.set(groups[i], [...(copies.get(groups[i]) ?? []), it.key]));

  return {
    rows,
    summary,
    placeVariants: placeVariants(items),
    dates: items.map((it) => {
      const inc = it.report.incidents[it.incident ?? 0] ?? it.report.event;
      return {
        report: it.key,
        outlet: it.article.outlet,
        date: inc.date,
        ...(inc.dateText ? { dateText: inc.dateText } : {}),
      };
    }),
    copies: [...copies.values()].filter((g) => g.length > 1),
    sources: eventSources(figures, groups),
  };
}

/** The origins of the event's figures, and each copy group of reports that gives none. */
function eventSources(figures: SourcedFigure[], groups: number[]): number {
  const withFigures = new Set(figures.map((f) => f.copyGroup));
  return countSources(figures) + new Set(groups.filter((g) => !withFigures.has(g))).size;
}

function toFigure(f: SourcedFigure): Figure {
  const { item: _item, claimIndex: _claim, kind: _kind, subject: _subject, ...figure } = f;
  return figure;
}

/** Spellings of one place across reports (same gazetteer entry, or similar unknown names). */
function placeVariants(items: CompareInput[]): string[][] {
  const refs = items.flatMap((it) => placeRefs(it.report.incidents[it.incident ?? 0] ?? it.report.event));
  const parent = refs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < refs.length; i++)
    for (let j = i + 1; j < refs.length; j++)
      if (placeRelation(refs[i], refs[j]) !== 'different') parent[find(j)] = find(i);
  const groups = new Map<number, Set<string>>();
  refs.forEach((r, i) => groups.set(find(i), (groups.get(find(i)) ?? new Set()).add(r.name)));
  return [...groups.values()].filter((g) => g.size > 1).map((g) => [...g]);
}

export { claimStatuses } from './claim-statuses';

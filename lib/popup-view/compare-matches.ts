/** From the store's matches to what the popup shows: one comparison per matched event, claim statuses. */
import { claimStatuses, compareReports, type CompareInput } from '../events/compare';
import { textSignature } from '../events/near-duplicates';
import type { EventMatch } from '../store';
import type { Article, FigureStatus, Report } from '../types';
import type { ShownMatch } from './view';

/** The current article's MinHash signature, computed once per text (the comparison and the statuses both need it). */
const signatures = new WeakMap<Article, number[]>();
function signatureOf(article: Article): number[] {
  let sig = signatures.get(article);
  if (!sig) signatures.set(article, (sig = textSignature(article.text)));
  return sig;
}

function inputs(
  key: string,
  article: Article,
  report: Report,
  match: EventMatch,
): [CompareInput, CompareInput[]] {
  const current: CompareInput = {
    key,
    article,
    report,
    incident: match.incident,
    signature: signatureOf(article),
  };
  const others = match.reports.map((r): CompareInput => ({
    key: r.url,
    article: r.article,
    report: r.report,
    incident: Math.max(0, r.eventIds?.indexOf(match.event.id) ?? 0),
    signature: r.signature,
  }));
  return [current, others];
}

export function compareMatches(
  key: string,
  article: Article,
  report: Report,
  matches: EventMatch[],
): ShownMatch[] {
  return matches.map((match) => {
    const [current, others] = inputs(key, article, report, match);
    const outlets: Record<string, string> = { [key]: article.outlet };
    for (const r of match.reports) outlets[r.url] = r.article.outlet;
    return { match, comparison: compareReports([current, ...others]), outlets };
  });
}

const RANK: Record<FigureStatus, number> = { single: 0, revised: 1, variant: 2, agree: 3, conflict: 4 };

/** Each claim's status over every matched event: a conflict anywhere wins, then agreement. */
export function statusesOver(
  key: string,
  article: Article,
  report: Report,
  matches: EventMatch[],
): FigureStatus[] {
  const out: FigureStatus[] = report.claims.map(() => 'single');
  for (const match of matches) {
    const [current, others] = inputs(key, article, report, match);
    claimStatuses(current, others).forEach((s, i) => {
      if (RANK[s] > RANK[out[i]]) out[i] = s;
    });
  }
  return out;
}

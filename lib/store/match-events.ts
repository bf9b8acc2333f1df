import { applyCorrections } from '../corrections';
import { reportFacts } from '../events/incident-facts';
import type { Article, MatchReason, Report, SavedReport, StoredEvent } from '../types';
import { getCorrectionsFor } from './corrections';
import { LINK_STORES, ReportCache, scoreCandidates, type LinkTx } from './links';
import type { Store } from './open-store';
import { runTx } from './run-tx';
import { guard } from './store-error';

export interface EventMatch {
  event: StoredEvent;
  reason: MatchReason;
  /** The saved reports linked to the event (not including the current article's URL). */
  reports: SavedReport[];
  /** Which of the report's incidents matched (0 = the main attack). */
  incident: number;
}

/**
 * Stored events that are the same attack as one of the report's incidents,
 * best first. Candidates come through the `days` and `placeKeys` indexes only.
 * The linked reports come back with the user's corrections applied, so the
 * comparison shows the figures as corrected in the dashboard.
 */
export async function matchEvents(store: Store, article: Article, report: Report): Promise<EventMatch[]> {
  const matches = await findMatches(store, article, report);
  const urls = new Set(matches.flatMap((m) => m.reports.map((r) => r.url)));
  if (!urls.size) return matches;
  const corrections = await getCorrectionsFor(store, urls);
  return matches.map((m) => ({
    ...m,
    reports: m.reports.map((r) => {
      const list = corrections.get(r.url);
      return list?.length ? { ...r, report: applyCorrections(r.report, list) } : r;
    }),
  }));
}

async function findMatches(store: Store, article: Article, report: Report): Promise<EventMatch[]> {
  const url = article.canonicalUrl || article.url;
  const facts = reportFacts(url, article, report);
  if (!facts.length) return [];
  return guard(() =>
    runTx(store.db.transaction(LINK_STORES, 'readonly') as unknown as LinkTx, async (tx) => {
      const reports = new ReportCache(tx);
      const best = new Map<string, EventMatch>();
      for (const fact of facts)
        for (const s of await scoreCandidates(tx, fact, store.keyRange, reports, url)) {
          const had = best.get(s.event.id);
          if (!had || s.reason.score > had.reason.score)
            best.set(s.event.id, {
              event: s.event,
              reason: s.reason,
              reports: s.members,
              incident: fact.incident,
            });
        }
      return [...best.values()].sort((a, b) => b.reason.score - a.reason.score);
    }),
  );
}

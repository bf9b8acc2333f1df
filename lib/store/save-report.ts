import { reportFacts, type IncidentFacts } from '../events/incident-facts';
import { textSignature } from '../events/near-duplicates';
import { EXTRACTOR_VERSION } from '../extract';
import type { Article, Report, SavedReport, StoredEvent } from '../types';
import {
  LINK_STORES,
  emptyEvent,
  ReportCache,
  refreshEvent,
  scoreCandidates,
  type ScoredEvent,
} from './links';
import type { Store } from './open-store';
import { reportIndexFields } from './report-fields';
import { guard } from './store-error';
import { runTx } from './run-tx';

export interface SaveResult {
  saved: SavedReport;
  /** false when the URL was already stored and this save updated it. */
  created: boolean;
  /** The events the report is now linked to (one per incident). */
  events: StoredEvent[];
}

/**
 * A report we cannot read, with no date, matches on places alone: it is
 * linked only when one event clearly fits (the most reported), as in groupReports.
 */
function clearChoice(fact: IncidentFacts, options: ScoredEvent[]): ScoredEvent[] {
  if (fact.readable || fact.when.from || options.length < 2) return options;
  const sorted = [...options].sort((a, b) => b.event.reports.length - a.event.reports.length);
  return sorted[0].event.reports.length > sorted[1].event.reports.length ? [sorted[0]] : [];
}

export interface SaveOptions {
  now?: string;
  extractorVersion?: number;
}

/**
 * Saves (or updates) a report and links each incident to the event it
 * matches, or a new one, in one readwrite transaction: all of it or nothing.
 * Saving a URL again replaces the report and relinks it.
 */
export async function saveReport(
  store: Store,
  article: Article,
  report: Report,
  options: SaveOptions = {},
): Promise<SaveResult> {
  const url = article.canonicalUrl || article.url;
  const now = options.now ?? new Date().toISOString();
  const facts = reportFacts(url, article, report);
  const { days, placeKeys } = reportIndexFields(article, report);
  const signature = textSignature(article.text);
  return guard(() =>
    runTx(store.db.transaction(LINK_STORES, 'readwrite'), async (tx) => {
      const reports = new ReportCache(tx);
      const old = await tx.objectStore('reports').get(url);
      const saved: SavedReport = {
        url,
        article,
        report,
        extractorVersion: options.extractorVersion ?? EXTRACTOR_VERSION,
        savedAt: old?.savedAt ?? now,
        updatedAt: now,
        signature,
        days,
        placeKeys,
        eventIds: (report.incidents.length ? report.incidents : [report.event]).map(() => null),
      };
      // Detach from the events it was linked to; they are rewritten below.
      const touched = new Map<string, StoredEvent>();
      for (const e of await tx.objectStore('events').index('reports').getAll(url))
        touched.set(e.id, { ...e, reports: e.reports.filter((u) => u !== url) });

      for (const fact of facts) {
        const scored = await scoreCandidates(tx, fact, store.keyRange, reports, url);
        const taken = new Set(saved.eventIds!.filter(Boolean));
        const options = clearChoice(
          fact,
          scored.filter((s) => !taken.has(s.event.id)),
        );
        const prevId = old?.eventIds?.[fact.incident] ?? null;
        const prev = prevId ? touched.get(prevId) : undefined;
        let chosen: StoredEvent | undefined;
        if (prev && options.some((s) => s.event.id === prev.id)) chosen = prev;
        else if (options.length) chosen = touched.get(options[0].event.id) ?? options[0].event;
        else if (prev && prev.reports.length === 0 && !taken.has(prev.id)) chosen = prev;
        chosen ??= emptyEvent(now);
        if (!chosen.reports.includes(url)) chosen = { ...chosen, reports: [...chosen.reports, url] };
        touched.set(chosen.id, chosen);
        saved.eventIds![fact.incident] = chosen.id;
      }
      reports.set(saved);

      const events = new Map<string, StoredEvent>();
      for (const e of touched.values()) {
        if (e.reports.length === 0) {
          await tx.objectStore('events').delete(e.id);
          continue;
        }
        const fresh = await refreshEvent(e, reports, now);
        await tx.objectStore('events').put(fresh);
        events.set(fresh.id, fresh);
      }
      await tx.objectStore('reports').put(saved);
      const linked = [...new Set(saved.eventIds!.filter((id): id is string => !!id))];
      return { saved, created: !old, events: linked.map((id) => events.get(id)!) };
    }),
  );
}

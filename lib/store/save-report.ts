import { reportFacts, type IncidentFacts } from '../events/incident-facts';
import { textSignature } from '../events/near-duplicates';
import { samePage } from '../article/site';
import { EXTRACTOR_VERSION } from '../extract';
import type { Article, Report, SavedReport, StoredEvent } from '../types';
import {
  LINK_STORES,
  type LinkTx,
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
import { newTrashId, putTrashEntry, type TrashEntry } from './trash';

export interface SaveResult {
  saved: SavedReport;
  /** false when the URL was already stored and this save updated it. */
  created: boolean;
  /** The events the report is now linked to (one per incident). */
  events: StoredEvent[];
  /**
   * A report saved from another page had this key (a same-site canonical URL):
   * it was replaced, and is in the trash (restoreTrash(trashId) brings it back).
   */
  replaced?: { url: string; outlet: string; trashId: string };
}

/** The stored report under this key came from another page than the one being saved. */
export function fromAnotherPage(stored: SavedReport | undefined, article: Article): boolean {
  return !!stored && !samePage(stored.article.url, article.url);
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
 * Saving a URL again replaces the report and relinks it; when the stored one
 * came from another page, it goes to the trash first and the result says so.
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
    runTx(store.db.transaction([...LINK_STORES, 'trash'], 'readwrite'), async (full) => {
      const tx = full as unknown as LinkTx;
      const reports = new ReportCache(tx);
      const old = await tx.objectStore('reports').get(url);
      let replaced: SaveResult['replaced'];
      if (old && fromAnotherPage(old, article)) replaced = await trashReplaced(full, url, old, article, now);
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
      const touched = await detachReport(tx, url);

      for (const fact of facts) {
        const scored = await scoreCandidates(tx, fact, store.keyRange, reports, url);
        const chosen = chooseEvent(fact, scored, saved, old, touched, now);
        touched.set(chosen.id, chosen);
        saved.eventIds![fact.incident] = chosen.id;
      }
      reports.set(saved);

      const events = await writeTouched(tx, reports, touched, now);
      await tx.objectStore('reports').put(saved);
      const linked = [...new Set(saved.eventIds!.filter((id): id is string => !!id))];
      return {
        saved,
        created: !old,
        events: linked.map((id) => events.get(id)!),
        ...(replaced ? { replaced } : {}),
      };
    }),
  );
}

/** Puts the stored report from another page, with the events it is in, in the trash; says where it came from. */
async function trashReplaced(
  full: unknown,
  url: string,
  old: SavedReport,
  article: Article,
  now: string,
): Promise<NonNullable<SaveResult['replaced']>> {
  const tx = full as LinkTx;
  const events: StoredEvent[] = [];
  for (const e of await tx.objectStore('events').index('reports').getAll(url)) events.push(e);
  const entry: TrashEntry = {
    id: newTrashId(now),
    deletedAt: now,
    what: 'replaced',
    label: `the report from ${old.article.outlet} (${old.article.url}) that a save from ${article.url} replaced`,
    reports: [old],
    events,
    corrections: [],
  };
  await putTrashEntry(full, entry);
  return { url: old.article.url, outlet: old.article.outlet, trashId: entry.id };
}

/** The events the report under `url` is in, by id, with it taken out of them. */
async function detachReport(tx: LinkTx, url: string): Promise<Map<string, StoredEvent>> {
  const touched = new Map<string, StoredEvent>();
  for (const e of await tx.objectStore('events').index('reports').getAll(url))
    touched.set(e.id, { ...e, reports: e.reports.filter((u) => u !== url) });
  return touched;
}

/**
 * The event one incident of `saved` joins, with the report in it: the event it
 * was in when that still matches, else the best match not taken by another of
 * its incidents, else its old event left empty, else a new one.
 */
function chooseEvent(
  fact: IncidentFacts,
  scored: ScoredEvent[],
  saved: SavedReport,
  old: SavedReport | undefined,
  touched: Map<string, StoredEvent>,
  now: string,
): StoredEvent {
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
  if (!chosen.reports.includes(saved.url)) chosen = { ...chosen, reports: [...chosen.reports, saved.url] };
  return chosen;
}

/** Writes each touched event recomputed from its reports, or deletes it when it has none; returns those written, by id. */
async function writeTouched(
  tx: LinkTx,
  reports: ReportCache,
  touched: Map<string, StoredEvent>,
  now: string,
): Promise<Map<string, StoredEvent>> {
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
  return events;
}

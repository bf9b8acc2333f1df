/**
 * Reading everything for the export, and importing an export: one readwrite
 * transaction over reports, events and corrections, so a failure part-way
 * leaves the store as it was (never half an import).
 */
import type { Correction } from '../corrections';
import type { ExportData, Rejected } from '../export';
import { ProgressCounter, type OnProgress } from '../progress';
import type { SavedReport, StoredEvent } from '../types';
import { putReport, uniq, writeEvent, type EventTx } from './event-edit';
import { ReportCache } from './links';
import type { Store } from './open-store';
import { runTx } from './run-tx';
import { guard } from './store-error';

/** Everything saved, for the export. */
export function readAll(store: Store): Promise<ExportData> {
  return guard(async () => {
    const tx = store.db.transaction(['reports', 'events', 'corrections'], 'readonly');
    const [reports, events, corrections] = await Promise.all([
      tx.objectStore('reports').getAll(),
      tx.objectStore('events').getAll(),
      tx.objectStore('corrections').getAll(),
    ]);
    return { reports, events, corrections };
  });
}

export interface ImportResult {
  /** Reports new to this store. */
  added: number;
  /** Reports already stored (same URL) that the file replaced. */
  updated: number;
  /** Reports already stored exactly as in the file. */
  unchanged: number;
  /** Reports and events the file has in an older version than the store's (updatedAt): the stored one is kept. */
  keptNewer: number;
  events: { added: number; updated: number };
  corrections: { added: number };
  /** Records the file check refused, and events left with no report. */
  rejected: Rejected[];
}

type ImportTx = EventTx & {
  objectStore(name: 'corrections'): {
    get(id: string): Promise<Correction | undefined>;
    put(c: Correction): Promise<unknown>;
  };
};

/** What every step of one import shares: its transaction, report reads, progress, counts and time. */
interface ImportRun {
  tx: ImportTx;
  cache: ReportCache;
  progress: ProgressCounter;
  result: ImportResult;
  now: string;
}

/** The file's reports, by URL: those it brings, and stored ones newer than the file's (kept out). */
interface FileReports {
  incoming: Map<string, SavedReport>;
  /** Stored reports newer than the file's: kept, with their own event links. */
  keptOut: Map<string, SavedReport>;
}

/**
 * Merges checked export data into the store, newest wins: a report with a URL
 * already stored is updated when the file's version is newer (updatedAt),
 * with its event links, and kept out (counted in keptNewer) when older; the
 * file's events are merged with stored events of the same id the same way;
 * the reports it brings leave the stored events they were in. Corrections
 * are added by id.
 *
 * `onProgress(done, total)` counts the file's reports and events merged. No
 * explicit pause: a timer inside the transaction would let it commit half
 * done; each IndexedDB request already completes in its own task, so the
 * page paints between them.
 */
export async function importData(
  store: Store,
  data: ExportData,
  rejected: Rejected[] = [],
  onProgress?: OnProgress,
): Promise<ImportResult> {
  const result: ImportResult = {
    added: 0,
    updated: 0,
    unchanged: 0,
    keptNewer: 0,
    events: { added: 0, updated: 0 },
    corrections: { added: 0 },
    rejected: [...rejected],
  };
  const now = new Date().toISOString();
  return guard(() =>
    runTx(store.db.transaction(['reports', 'events', 'corrections'], 'readwrite'), async (raw) => {
      const tx = raw as unknown as ImportTx;
      const cache = new ReportCache(tx);
      const progress = new ProgressCounter(data.reports.length + data.events.length, onProgress);
      const run: ImportRun = { tx, cache, progress, result, now };
      const file = await sortFileReports(run, data.reports);
      const fileEvents = await newerFileEvents(run, data.events);
      const fileEventIds = new Set(fileEvents.map((e) => e.id));

      // 1. Stored events other than the file's lose the reports the file brings.
      const touched = await detachIncoming(tx, file.incoming, fileEventIds);

      // 2. Reports: add or update.
      await putIncoming(run, file.incoming);

      // 3. The file's events, merged with stored ones of the same id.
      for (const e of fileEvents) await mergeFileEvent(run, file, e);
      for (const e of touched.values()) await writeEvent(tx, cache, e, now);

      // 4. Corrections by id.
      await addCorrections(run, data.corrections);
      progress.finish();
      return result;
    }),
  );
}

/** Sorts the file's reports into those it brings and those the store has in a newer version (counted in keptNewer). */
async function sortFileReports(run: ImportRun, reports: SavedReport[]): Promise<FileReports> {
  const { tx, progress, result } = run;
  const incoming = new Map<string, SavedReport>();
  const keptOut = new Map<string, SavedReport>();
  for (const r of reports) {
    const old = await tx.objectStore('reports').get(r.url);
    if (old && old.updatedAt > r.updatedAt) {
      keptOut.set(r.url, old);
      result.keptNewer++;
      progress.step();
    } else incoming.set(r.url, r);
  }
  return { incoming, keptOut };
}

/** The file's events not older than the stored event of the same id (older ones are counted in keptNewer). */
async function newerFileEvents(run: ImportRun, events: StoredEvent[]): Promise<StoredEvent[]> {
  const { tx, progress, result } = run;
  const fileEvents: StoredEvent[] = [];
  for (const e of events) {
    const old = await tx.objectStore('events').get(e.id);
    if (old && old.updatedAt > e.updatedAt) {
      result.keptNewer++;
      progress.step();
    } else fileEvents.push(e);
  }
  return fileEvents;
}

/** Stored events, other than the file's, with the incoming reports taken out of them (to be rewritten). */
async function detachIncoming(
  tx: ImportTx,
  incoming: Map<string, SavedReport>,
  fileEventIds: Set<string>,
): Promise<Map<string, StoredEvent>> {
  const touched = new Map<string, StoredEvent>();
  for (const url of incoming.keys()) {
    for (const e of await tx.objectStore('events').index('reports').getAll(url)) {
      if (fileEventIds.has(e.id)) continue;
      const cur = touched.get(e.id) ?? e;
      touched.set(e.id, { ...cur, reports: cur.reports.filter((u) => u !== url) });
    }
  }
  return touched;
}

/** Adds or updates each incoming report, counting it as added, unchanged or updated. */
async function putIncoming(run: ImportRun, incoming: Map<string, SavedReport>): Promise<void> {
  const { tx, cache, progress, result } = run;
  for (const r of incoming.values()) {
    const old = await tx.objectStore('reports').get(r.url);
    if (!old) result.added++;
    else if (same(old, r)) result.unchanged++;
    else result.updated++;
    await putReport(tx, cache, r);
    progress.step();
  }
}

/** Adds one of the file's events, or merges it into the stored event of its id; rejected when none of its reports is left. */
async function mergeFileEvent(run: ImportRun, file: FileReports, e: StoredEvent): Promise<void> {
  const { tx, cache, progress, result, now } = run;
  progress.step();
  const reports = await keptReports(cache, file, e);
  if (!reports.length) {
    result.rejected.push({
      what: 'event',
      key: e.id,
      reason: 'none of its reports is in the file or saved',
    });
    return;
  }
  const old = await tx.objectStore('events').get(e.id);
  if (!old) {
    result.events.added++;
    await tx.objectStore('events').put({ ...e, reports });
    return;
  }
  const unlinked = uniq([...(old.unlinked ?? []), ...(e.unlinked ?? [])]);
  const all = uniq([...reports, ...old.reports]);
  const merged: StoredEvent = { ...e, reports: all, ...(unlinked.length ? { unlinked } : {}) };
  if (same(old, merged)) return;
  result.events.updated++;
  // The stored event had reports the file lacks: recompute its date and places from all of them.
  if (all.length > reports.length) await writeEvent(tx, cache, merged, now);
  else await tx.objectStore('events').put(merged);
}

/** The reports of a file's event that stay in it: those the file brings or the store has. */
async function keptReports(cache: ReportCache, file: FileReports, e: StoredEvent): Promise<string[]> {
  const reports: string[] = [];
  for (const url of e.reports) {
    // A report kept at its newer stored version stays in the events it links to itself.
    const kept = file.keptOut.get(url);
    if (kept) {
      if (kept.eventIds?.includes(e.id)) reports.push(url);
    } else if (file.incoming.has(url) || (await cache.get(url))) reports.push(url);
  }
  return reports;
}

/** Adds the file's corrections whose id is not stored yet. */
async function addCorrections(run: ImportRun, corrections: Correction[]): Promise<void> {
  const { tx, result } = run;
  for (const c of corrections) {
    if (await tx.objectStore('corrections').get(c.id)) continue;
    await tx.objectStore('corrections').put(c);
    result.corrections.added++;
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

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
      const incoming = new Map<string, SavedReport>();
      /** Stored reports newer than the file's: kept, with their own event links. */
      const keptOut = new Map<string, SavedReport>();
      for (const r of data.reports) {
        const old = await tx.objectStore('reports').get(r.url);
        if (old && old.updatedAt > r.updatedAt) {
          keptOut.set(r.url, old);
          result.keptNewer++;
          progress.step();
        } else incoming.set(r.url, r);
      }
      const fileEvents: StoredEvent[] = [];
      for (const e of data.events) {
        const old = await tx.objectStore('events').get(e.id);
        if (old && old.updatedAt > e.updatedAt) {
          result.keptNewer++;
          progress.step();
        } else fileEvents.push(e);
      }
      const fileEventIds = new Set(fileEvents.map((e) => e.id));

      // 1. Stored events other than the file's lose the reports the file brings.
      const touched = new Map<string, StoredEvent>();
      for (const url of incoming.keys()) {
        for (const e of await tx.objectStore('events').index('reports').getAll(url)) {
          if (fileEventIds.has(e.id)) continue;
          const cur = touched.get(e.id) ?? e;
          touched.set(e.id, { ...cur, reports: cur.reports.filter((u) => u !== url) });
        }
      }

      // 2. Reports: add or update.
      for (const r of incoming.values()) {
        const old = await tx.objectStore('reports').get(r.url);
        if (!old) result.added++;
        else if (same(old, r)) result.unchanged++;
        else result.updated++;
        await putReport(tx, cache, r);
        progress.step();
      }

      // 3. The file's events, merged with stored ones of the same id.
      for (const e of fileEvents) {
        progress.step();
        const reports: string[] = [];
        for (const url of e.reports) {
          // A report kept at its newer stored version stays in the events it links to itself.
          const kept = keptOut.get(url);
          if (kept) {
            if (kept.eventIds?.includes(e.id)) reports.push(url);
          } else if (incoming.has(url) || (await cache.get(url))) reports.push(url);
        }
        if (!reports.length) {
          result.rejected.push({
            what: 'event',
            key: e.id,
            reason: 'none of its reports is in the file or saved',
          });
          continue;
        }
        const old = await tx.objectStore('events').get(e.id);
        if (!old) {
          result.events.added++;
          await tx.objectStore('events').put({ ...e, reports });
          continue;
        }
        const unlinked = uniq([...(old.unlinked ?? []), ...(e.unlinked ?? [])]);
        const all = uniq([...reports, ...old.reports]);
        const merged: StoredEvent = { ...e, reports: all, ...(unlinked.length ? { unlinked } : {}) };
        if (same(old, merged)) continue;
        result.events.updated++;
        // The stored event had reports the file lacks: recompute its date and places from all of them.
        if (all.length > reports.length) await writeEvent(tx, cache, merged, now);
        else await tx.objectStore('events').put(merged);
      }
      for (const e of touched.values()) await writeEvent(tx, cache, e, now);

      // 4. Corrections by id.
      for (const c of data.corrections) {
        if (await tx.objectStore('corrections').get(c.id)) continue;
        await tx.objectStore('corrections').put(c);
        result.corrections.added++;
      }
      progress.finish();
      return result;
    }),
  );
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

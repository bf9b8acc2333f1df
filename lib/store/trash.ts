/**
 * Delete with undo: deleting a report, an event or everything moves what goes
 * (and the events as they were before) to the `trash` store, in the same
 * transaction as the deletion; restoring puts it back. The newest entries are
 * kept, older ones purged.
 */
import type { Correction } from '../corrections';
import type { SavedReport, StoredEvent } from '../types';
import { putReport, relink, uniq, writeEvent, type EventTx } from './event-edit';
import { ReportCache } from './links';
import type { Store } from './open-store';
import { runTx } from './run-tx';
import { guard } from './store-error';

export interface TrashEntry {
  id: string;
  deletedAt: string;
  /** replaced: a save from another page took this report's key (save-report.ts). */
  what: 'report' | 'event' | 'all' | 'replaced';
  /** For the undo message: "Deleted the report from Example News". */
  label: string;
  /** The deleted reports as they were. */
  reports: SavedReport[];
  /** Every event the deletion changed or removed, as it was before. */
  events: StoredEvent[];
  /** The deleted reports' corrections. */
  corrections: Correction[];
}

/**
 * The store keeps each entry as two records: the header (indexed by
 * deletedAt, what the list of deletions reads) and its contents under
 * `<id>#items` (not indexed), so listing never reads the deleted reports.
 */
export type TrashHeader = Pick<TrashEntry, 'id' | 'deletedAt' | 'what' | 'label'>;
export type TrashItems = Pick<TrashEntry, 'id' | 'reports' | 'events' | 'corrections'>;
export type TrashRecord = TrashHeader | TrashItems;
const itemsKey = (id: string) => `${id}#items`;

/** How many deletions can be undone. */
export const TRASH_KEEP = 20;

const STORES: ['reports', 'events', 'corrections', 'trash'] = ['reports', 'events', 'corrections', 'trash'];

type TrashTx = EventTx & {
  objectStore(name: 'corrections'): {
    index(n: 'url'): { getAll(url: string): Promise<Correction[]> };
    put(c: Correction): Promise<unknown>;
    delete(id: string): Promise<void>;
    getAll(): Promise<Correction[]>;
    clear(): Promise<void>;
  };
  objectStore(name: 'trash'): {
    put(t: TrashRecord): Promise<unknown>;
    get(id: string): Promise<TrashRecord | undefined>;
    delete(id: string): Promise<void>;
    getAllKeys(): Promise<string[]>;
    index(n: 'deletedAt'): { getAllKeys(): Promise<string[]> };
  };
};

function trashTx<T>(store: Store, work: (tx: TrashTx, cache: ReportCache) => Promise<T>): Promise<T> {
  return guard(() =>
    runTx(store.db.transaction(STORES, 'readwrite'), async (raw) => {
      const tx = raw as unknown as TrashTx;
      return work(tx, new ReportCache(tx));
    }),
  );
}

function newTrashId(now: string): string {
  return `tr-${now}-${Math.random().toString(36).slice(2, 8)}`;
}

async function removeReports(
  tx: TrashTx,
  cache: ReportCache,
  urls: string[],
  now: string,
): Promise<Omit<TrashEntry, 'id' | 'deletedAt' | 'what' | 'label'>> {
  const gone = new Set(urls);
  const reports: SavedReport[] = [];
  const corrections: Correction[] = [];
  const events = new Map<string, StoredEvent>();
  for (const url of urls) {
    const saved = await cache.get(url);
    if (!saved) continue;
    reports.push(saved);
    corrections.push(...(await tx.objectStore('corrections').index('url').getAll(url)));
    for (const e of await tx.objectStore('events').index('reports').getAll(url))
      if (!events.has(e.id)) events.set(e.id, e);
  }
  for (const e of events.values()) {
    const left = e.reports.filter((u) => !gone.has(u));
    // Reports left behind in a changed event keep their link; refresh recomputes the event from them.
    await writeEvent(tx, cache, { ...e, reports: left }, now);
  }
  for (const c of corrections) await tx.objectStore('corrections').delete(c.id);
  for (const r of reports) await tx.objectStore('reports').delete(r.url);
  return { reports, events: [...events.values()], corrections };
}

async function putEntry(tx: TrashTx, e: TrashEntry): Promise<void> {
  const { id, deletedAt, what, label, reports, events, corrections } = e;
  await tx.objectStore('trash').put({ id, deletedAt, what, label });
  await tx.objectStore('trash').put({ id: itemsKey(id), reports, events, corrections });
}

async function keepNewest(tx: TrashTx): Promise<void> {
  const keys = await tx.objectStore('trash').index('deletedAt').getAllKeys();
  for (const k of keys.slice(0, Math.max(0, keys.length - TRASH_KEEP))) {
    await tx.objectStore('trash').delete(k);
    await tx.objectStore('trash').delete(itemsKey(k));
  }
}

/** Writes a trash entry from any transaction that covers the trash store (see saveReport). */
export async function putTrashEntry(raw: unknown, entry: TrashEntry): Promise<void> {
  const tx = raw as TrashTx;
  await putEntry(tx, entry);
  await keepNewest(tx);
}

export { newTrashId };

/** Deletes a saved report (and its corrections); an event left empty goes too. */
export async function trashReport(
  store: Store,
  url: string,
  now = new Date().toISOString(),
): Promise<TrashEntry | null> {
  return trashTx(store, async (tx, cache) => {
    const saved = await cache.get(url);
    if (!saved) return null;
    const removed = await removeReports(tx, cache, [url], now);
    const entry: TrashEntry = {
      id: newTrashId(now),
      deletedAt: now,
      what: 'report',
      label: `the report from ${saved.article.outlet}`,
      ...removed,
    };
    await putEntry(tx, entry);
    await keepNewest(tx);
    return entry;
  });
}

/**
 * Deletes an event with the reports that are linked to no other event;
 * reports also linked elsewhere stay, unlinked from it.
 */
export async function trashEvent(
  store: Store,
  id: string,
  now = new Date().toISOString(),
): Promise<TrashEntry | null> {
  return trashTx(store, async (tx, cache) => {
    const event = await tx.objectStore('events').get(id);
    if (!event) return null;
    const only: string[] = [];
    const shared: SavedReport[] = [];
    for (const url of event.reports) {
      const saved = await cache.get(url);
      if (!saved) continue;
      if ((saved.eventIds ?? [id]).some((e) => e && e !== id)) shared.push(saved);
      else only.push(url);
    }
    const removed = await removeReports(tx, cache, only, now);
    // Shared reports: unlink from this event (their other events are unchanged).
    for (const s of shared) await putReport(tx, cache, relink(s, id, null));
    await tx.objectStore('events').delete(id);
    const events = removed.events.some((e) => e.id === id) ? removed.events : [event, ...removed.events];
    const label = `the event ${event.places.join(', ') || 'with no place'}${event.date ? ` (${event.date})` : ''}`;
    const entry: TrashEntry = {
      id: newTrashId(now),
      deletedAt: now,
      what: 'event',
      label,
      reports: [...removed.reports, ...shared],
      events,
      corrections: removed.corrections,
    };
    await putEntry(tx, entry);
    await keepNewest(tx);
    return entry;
  });
}

/** Deletes every saved report, event and correction (undo brings them all back). */
export async function trashAll(store: Store, now = new Date().toISOString()): Promise<TrashEntry> {
  return trashTx(store, async (tx) => {
    const reports = await tx.objectStore('reports').getAll();
    const events = await tx.objectStore('events').getAll();
    const corrections = await tx.objectStore('corrections').getAll();
    await tx.objectStore('reports').clear();
    await tx.objectStore('events').clear();
    await tx.objectStore('corrections').clear();
    const entry: TrashEntry = {
      id: newTrashId(now),
      deletedAt: now,
      what: 'all',
      label: `${reports.length} reports and ${events.length} events`,
      reports,
      events,
      corrections,
    };
    await putEntry(tx, entry);
    await keepNewest(tx);
    return entry;
  });
}

/**
 * Undoes a deletion: the reports, their corrections and the events as they
 * were come back. An event that changed since (a report saved into it) keeps
 * its new reports too.
 */
export async function restoreTrash(
  store: Store,
  id: string,
  now = new Date().toISOString(),
): Promise<TrashEntry | null> {
  return trashTx(store, async (tx, cache) => {
    const header = (await tx.objectStore('trash').get(id)) as TrashHeader | undefined;
    const items = (await tx.objectStore('trash').get(itemsKey(id))) as TrashItems | undefined;
    if (!header || !items) return null;
    const entry: TrashEntry = { ...header, ...items, id };
    for (const r of entry.reports) await putReport(tx, cache, r);
    for (const c of entry.corrections) await tx.objectStore('corrections').put(c);
    for (const e of entry.events) {
      const current = await tx.objectStore('events').get(e.id);
      // Unchanged since but for the deletion: back exactly as it was.
      if (!current || current.reports.every((u) => e.reports.includes(u)))
        await tx.objectStore('events').put(e);
      else
        await writeEvent(tx, cache, { ...current, reports: uniq([...current.reports, ...e.reports]) }, now);
    }
    await tx.objectStore('trash').delete(id);
    await tx.objectStore('trash').delete(itemsKey(id));
    return entry;
  });
}

/** Deletions that can be undone, newest first: their headers only, never the deleted reports. */
export async function listTrash(store: Store): Promise<TrashHeader[]> {
  const all = (await guard(() => store.db.getAllFromIndex('trash', 'deletedAt'))) as TrashHeader[];
  return all
    .map(({ id, deletedAt, what, label }) => ({ id, deletedAt, what, label }))
    .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

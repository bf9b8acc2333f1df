/** Unlinking and deleting: each one transaction over reports and events. */
import type { StoredEvent } from '../types';
import { LINK_STORES, newEventId, ReportCache, refreshEvent, type LinkTx } from './links';
import type { Store } from './open-store';
import { runTx } from './run-tx';
import { guard } from './store-error';

async function writeEvent(tx: LinkTx, reports: ReportCache, event: StoredEvent, now: string) {
  if (event.reports.length === 0) await tx.objectStore('events').delete(event.id);
  else await tx.objectStore('events').put(await refreshEvent(event, reports, now));
}

/**
 * Unlinks a saved report from an event it was wrongly matched to. The event
 * remembers it (never relinked automatically); the report's incident becomes
 * an event of its own.
 */
export async function unlinkReport(
  store: Store,
  eventId: string,
  url: string,
  now = new Date().toISOString(),
) {
  return guard(() =>
    runTx(store.db.transaction(LINK_STORES, 'readwrite'), async (tx) => {
      const event = await tx.objectStore('events').get(eventId);
      const saved = await tx.objectStore('reports').get(url);
      if (!event || !event.reports.includes(url)) return;
      const reports = new ReportCache(tx);
      const unlinked = [...new Set([...(event.unlinked ?? []), url])];
      await writeEvent(
        tx,
        reports,
        { ...event, reports: event.reports.filter((u) => u !== url), unlinked },
        now,
      );
      if (!saved) return;
      const eventIds = (saved.eventIds ?? []).slice();
      const own: StoredEvent = {
        id: newEventId(),
        date: null,
        places: [],
        placeKeys: [],
        actors: [],
        reports: [url],
        createdAt: now,
        updatedAt: now,
      };
      eventIds.forEach((id, i) => {
        if (id === eventId) eventIds[i] = own.id;
      });
      const updated = { ...saved, eventIds };
      reports.set(updated);
      await tx.objectStore('reports').put(updated);
      await writeEvent(tx, reports, own, now);
    }),
  );
}

/** Deletes a saved report and unlinks it from its events (an event left empty goes too). */
export async function deleteReport(store: Store, url: string, now = new Date().toISOString()) {
  return guard(() =>
    runTx(store.db.transaction(LINK_STORES, 'readwrite'), async (tx) => {
      const reports = new ReportCache(tx);
      for (const e of await tx.objectStore('events').index('reports').getAll(url))
        await writeEvent(tx, reports, { ...e, reports: e.reports.filter((u) => u !== url) }, now);
      await tx.objectStore('reports').delete(url);
    }),
  );
}

/**
 * Deletes an event. Its reports stay saved, no longer linked to it, unless
 * `withReports`: then the reports linked to no other event are deleted too.
 */
export async function deleteEvent(store: Store, id: string, { withReports = false } = {}) {
  return guard(() =>
    runTx(store.db.transaction(LINK_STORES, 'readwrite'), async (tx) => {
      const event = await tx.objectStore('events').get(id);
      if (!event) return;
      await tx.objectStore('events').delete(id);
      for (const url of event.reports) {
        const saved = await tx.objectStore('reports').get(url);
        if (!saved) continue;
        const eventIds = (saved.eventIds ?? []).map((e) => (e === id ? null : e));
        if (withReports && !eventIds.some(Boolean)) await tx.objectStore('reports').delete(url);
        else await tx.objectStore('reports').put({ ...saved, eventIds });
      }
    }),
  );
}

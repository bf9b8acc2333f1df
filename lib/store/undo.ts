/**
 * Undo for the corrections that move reports between events (move, merge,
 * split): before the change, the events it touches and their reports are
 * copied; undoing puts them back as they were, removes the events the change
 * created and the log entries it wrote. Claim corrections (edit, add, delete)
 * are single records: their undo removes that record (removeCorrection).
 */
import type { SavedReport, StoredEvent } from '../types';
import type { Store } from './open-store';
import { guard } from './store-error';

export interface UndoSnapshot {
  events: StoredEvent[];
  reports: SavedReport[];
  /** Keys present before the change: anything else after it was created by it. */
  eventIds: Set<string>;
  correctionIds: Set<string>;
}

/** Copies the events `eventIds` and all their reports, as they are now. */
export async function snapshotEvents(store: Store, eventIds: string[]): Promise<UndoSnapshot> {
  return guard(async () => {
    const tx = store.db.transaction(['events', 'reports', 'corrections'], 'readonly');
    const events = (await Promise.all(eventIds.map((id) => tx.objectStore('events').get(id)))).filter(
      (e): e is StoredEvent => !!e,
    );
    const urls = [...new Set(events.flatMap((e) => e.reports))];
    const reports = (await Promise.all(urls.map((u) => tx.objectStore('reports').get(u)))).filter(
      (r): r is SavedReport => !!r,
    );
    const eventKeys = await tx.objectStore('events').getAllKeys();
    const correctionKeys = await tx.objectStore('corrections').getAllKeys();
    await tx.done;
    return {
      events,
      reports,
      eventIds: new Set(eventKeys as string[]),
      correctionIds: new Set(correctionKeys as string[]),
    };
  });
}

/** Puts the snapshot's events and reports back, and drops the events and log entries made since. */
export async function restoreSnapshot(store: Store, snap: UndoSnapshot): Promise<void> {
  return guard(async () => {
    const tx = store.db.transaction(['events', 'reports', 'corrections'], 'readwrite');
    const events = tx.objectStore('events');
    const corrections = tx.objectStore('corrections');
    const created = (await events.getAllKeys()).filter((k) => !snap.eventIds.has(k as string));
    const kept = new Set(snap.events.map((e) => e.id));
    for (const id of created) {
      const e = await events.get(id);
      // An event made by the change holds only the snapshot's reports; one saved meanwhile stays.
      if (e && e.reports.every((u) => snap.reports.some((r) => r.url === u)) && !kept.has(e.id))
        await events.delete(id);
    }
    for (const e of snap.events) await events.put(e);
    for (const r of snap.reports) await tx.objectStore('reports').put(r);
    for (const k of await corrections.getAllKeys())
      if (!snap.correctionIds.has(k as string)) {
        const c = await corrections.get(k);
        if (c && (c.type === 'move-report' || c.type === 'merge-events' || c.type === 'split-event'))
          await corrections.delete(k);
      }
    await tx.done;
  });
}

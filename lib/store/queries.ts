/** Read-only queries for the popup and dashboard. */
import type { SavedReport, StoredEvent } from '../types';
import type { Store } from './open-store';
import { guard } from './store-error';

/** The saved report for a canonical URL, if any. */
export function getReport(store: Store, url: string): Promise<SavedReport | undefined> {
  return guard(() => store.db.get('reports', url));
}

export function getEvent(store: Store, id: string): Promise<StoredEvent | undefined> {
  return guard(() => store.db.get('events', id));
}

/** The saved reports linked to an event, oldest saved first. */
export function getEventReports(store: Store, id: string): Promise<SavedReport[]> {
  return guard(async () => {
    const tx = store.db.transaction(['events', 'reports'], 'readonly');
    const event = await tx.objectStore('events').get(id);
    if (!event) return [];
    const out: SavedReport[] = [];
    for (const url of event.reports) {
      const r = await tx.objectStore('reports').get(url);
      if (r) out.push(r);
    }
    return out.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  });
}

/** Events, most recently updated first. */
export function listEvents(
  store: Store,
  { limit = 50, offset = 0 }: { limit?: number; offset?: number } = {},
) {
  return guard(async () => {
    const out: StoredEvent[] = [];
    let cursor = await store.db.transaction('events').store.index('updatedAt').openCursor(null, 'prev');
    if (cursor && offset > 0) cursor = await cursor.advance(offset);
    while (cursor && out.length < limit) {
      out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  });
}

export function countReports(store: Store): Promise<number> {
  return guard(() => store.db.count('reports'));
}

export function countEvents(store: Store): Promise<number> {
  return guard(() => store.db.count('events'));
}

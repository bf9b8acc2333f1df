import { normaliseUrl, samePage } from '@/lib/article/site';
import { getReport, type Store } from '@/lib/store';
import type { SavedReport, StoredEvent } from '@/lib/types';

/** Other events, nearest in date first (undated last): where a report may be moved or an event merged. */
export function nearest(events: StoredEvent[], e: StoredEvent, n = 40): StoredEvent[] {
  const t = e.date ? Date.parse(e.date) : NaN;
  const dist = (o: StoredEvent) =>
    o.date && Number.isFinite(t) ? Math.abs(Date.parse(o.date) - t) : Infinity;
  return events
    .filter((o) => o.id !== e.id)
    .map((o) => [o, dist(o)] as const)
    .sort((a, b) => a[1] - b[1])
    .slice(0, n)
    .map(([o]) => o);
}

/**
 * The saved report of a page (the context menu's request): by its address as
 * given, then normalised (the store's key when the page names no canonical
 * URL), else the report whose page address is this one (its key is then the
 * page's canonical URL): a scan, for this one rare action.
 */
export async function findSaved(store: Store, url: string): Promise<SavedReport | undefined> {
  for (const key of new Set([url, normaliseUrl(url)])) {
    const saved = await getReport(store, key);
    if (saved) return saved;
  }
  let cursor = await store.db.transaction('reports').store.openCursor();
  while (cursor) {
    if (samePage(cursor.value.article.url, url)) return cursor.value;
    cursor = await cursor.continue();
  }
  return undefined;
}

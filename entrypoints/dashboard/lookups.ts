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

/** The saved report of a page: its URL as given, else without its #fragment. */
export async function findSaved(store: Store, url: string): Promise<SavedReport | undefined> {
  const bare = url.replace(/#.*$/s, '');
  return (await getReport(store, url)) ?? (bare !== url ? getReport(store, bare) : undefined);
}

/**
 * The dashboard's reads. The timeline needs every event record (small: dates,
 * places, actors, report URLs) to sort and filter, and the reports of only
 * the events on screen: reports are read per page, never all at once.
 */
import type { Correction } from '../corrections';
import type { Store } from '../store';
import type { SavedReport, StoredEvent } from '../types';
import { sortEvents, timelineItem, type TimelineItem } from './timeline';

/**
 * The newest `n` dated events, read through the events' `days` index without
 * reading every event: the timeline's first page. It reads windows of days
 * back from the latest (60 days, then 4× wider) with getAll. Every event that
 * starts on or after a window's first day has an index entry inside the
 * window, so those events are final once there are `n` of them.
 */
export async function loadFirstPage(store: Store, n: number): Promise<StoredEvent[]> {
  const index = store.db.transaction('events').store.index('days');
  const last = await index.openKeyCursor(null, 'prev');
  if (!last) return [];
  const latest = last.key as string;
  for (let span = 60; ; span *= 4) {
    const from = addDays(latest, -span);
    const found = new Map<string, StoredEvent>();
    for (const e of await index.getAll(store.keyRange.bound(from, latest))) found.set(e.id, e);
    const final = [...found.values()].filter((e) => e.date && e.date >= from);
    if (final.length >= n || from < '1900') return sortEvents(final).slice(0, n);
  }
}

function addDays(day: string, d: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
}

/** Every event, newest first. */
export async function loadEventList(store: Store): Promise<StoredEvent[]> {
  return sortEvents(await store.db.getAll('events'));
}

/** The timeline lines of the given events: their reports and corrections read in one transaction. */
export async function loadItems(store: Store, events: readonly StoredEvent[]): Promise<TimelineItem[]> {
  const urls = [...new Set(events.flatMap((e) => e.reports))];
  const tx = store.db.transaction(['reports', 'corrections'], 'readonly');
  const reports = new Map<string, SavedReport>();
  const corrections = new Map<string, Correction[]>();
  const byUrl = tx.objectStore('corrections').index('url');
  await Promise.all(
    urls.map(async (u) => {
      const [r, cs] = await Promise.all([tx.objectStore('reports').get(u), byUrl.getAll(u)]);
      if (r) reports.set(u, r);
      if (cs.length) corrections.set(u, cs);
    }),
  );
  return events.map((e) =>
    timelineItem(
      e,
      e.reports.map((u) => reports.get(u)).filter((r): r is SavedReport => !!r),
      corrections,
    ),
  );
}

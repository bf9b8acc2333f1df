/**
 * Helpers for the user's edits of events (move, merge, split, delete, restore),
 * run inside a transaction that also covers reports and events.
 */
import type { SavedReport, StoredEvent } from '../types';
import type { ReportCache } from './links';
import { refreshEvent, type LinkTx } from './links';

/** Any transaction that covers reports and events (and maybe more stores). */
export type EventTx = LinkTx;

/** Writes an event recomputed from its reports, or deletes it when it has none left. */
export async function writeEvent(
  tx: EventTx,
  cache: ReportCache,
  event: StoredEvent,
  now: string,
): Promise<void> {
  if (event.reports.length === 0) await tx.objectStore('events').delete(event.id);
  else await tx.objectStore('events').put(await refreshEvent(event, cache, now));
}

/** Points a report's incidents that were linked to `from` at `to` (a report saved before eventIds: its main incident). */
export function relink(saved: SavedReport, from: string | null, to: string | null): SavedReport {
  const ids = saved.eventIds?.length ? saved.eventIds.slice() : [from];
  let changed = false;
  ids.forEach((id, i) => {
    if (id === from) {
      ids[i] = to;
      changed = true;
    }
  });
  if (!changed) ids[0] = to;
  return { ...saved, eventIds: ids };
}

export async function putReport(tx: EventTx, cache: ReportCache, saved: SavedReport): Promise<void> {
  cache.set(saved);
  await tx.objectStore('reports').put(saved);
}

export const uniq = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

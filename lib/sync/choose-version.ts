/**
 * The user settles a report's conflict: the chosen version becomes the
 * report (through the tracked handle, so it is sent), the conflict record
 * remembers who chose which, and the next sync deletes the other branches
 * on the server with that name (flush-outbox.ts).
 */
import type { Store } from '../store';
import { emptyEvent, ReportCache, refreshEvent, type LinkTx } from '../store/links';
import { runTx } from '../store/run-tx';
import { guard, StoreError } from '../store/store-error';
import type { ConflictRecord } from '../store/sync-records';
import type { StoredEvent } from '../types';
import { relinkReport } from './relink-report';

/** Conflicts waiting for a choice first, then the settled ones (newest first), for the dashboard. */
export async function listConflicts(store: Store): Promise<ConflictRecord[]> {
  const all = await guard(() => store.untracked.getAll('conflicts'));
  const rank = (c: ConflictRecord) => (c.state === 'open' ? 0 : 1);
  return all.sort((a, b) => rank(a) - rank(b) || b.detectedAt.localeCompare(a.detectedAt));
}

export async function chooseVersion(
  store: Store,
  id: string,
  rev: string,
  user: string,
  now = new Date().toISOString(),
): Promise<ConflictRecord> {
  return guard(() =>
    runTx(store.db.transaction(['reports', 'events', 'conflicts'], 'readwrite'), async (raw) => {
      const conflict = await raw.objectStore('conflicts').get(id);
      const version = conflict?.versions.find((v) => v.rev === rev);
      if (!conflict || !version)
        throw new StoreError(
          'unknown',
          `no version ${rev} of ${id}`,
          undefined,
          'This conflict was settled meanwhile.',
        );
      const tx = raw as unknown as LinkTx;
      const cache = new ReportCache(tx);
      const events = new Map<string, StoredEvent>();
      const working = async (eid: string) => {
        if (!events.has(eid)) {
          const e = await tx.objectStore('events').get(eid);
          if (e) events.set(eid, e);
        }
        return events.get(eid);
      };
      const old = await cache.get(conflict.url);
      // The chosen version is saved anew: it is the newest word on this report.
      const next = version.report ? { ...version.report, updatedAt: now } : undefined;
      await relinkReport(conflict.url, old, next, working, (eid) => {
        const e: StoredEvent = { ...emptyEvent(now), id: eid };
        events.set(eid, e);
        return e;
      });
      if (next) {
        cache.set(next);
        await tx.objectStore('reports').put(next);
      } else await tx.objectStore('reports').delete(conflict.url);
      for (const e of events.values()) {
        if (e.reports.length === 0) await tx.objectStore('events').delete(e.id);
        else await tx.objectStore('events').put(await refreshEvent(e, cache, now));
      }
      const chosen: ConflictRecord = {
        ...conflict,
        state: 'chosen',
        chosenRev: rev,
        resolvedBy: user,
        resolvedAt: now,
      };
      await raw.objectStore('conflicts').put(chosen);
      return chosen;
    }),
  );
}

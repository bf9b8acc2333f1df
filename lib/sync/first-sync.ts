/**
 * A replica's first sync. The replica is new — the member's first team
 * server, or another one they switched to (one replica per team database):
 * every report, event and correction is queued, so the new team database
 * receives everything the member has, not only what changed since their
 * last sync with the previous one. From then on the replica's base
 * revisions are tracked (plan-write.ts), which the meta entry records.
 *
 * A replica synced before base revisions were kept has no such entry: a
 * record with no base there is taken to be in step with the replica's
 * current version (as the sync then did), rather than sent as a conflict.
 */
import type { Store } from '../store';
import { guard } from '../store/store-error';
import { docIdOf, outboxStamp, SYNCED_STORES } from '../store/sync-records';

const TRACKED_KEY = 'sync:bases:';

/**
 * `empty`: the replica was never written to. Answers whether the replica's
 * base revisions are tracked (false: one synced before they were).
 */
export async function startReplica(store: Store, replicaName: string, empty: boolean): Promise<boolean> {
  return guard(async () => {
    const key = TRACKED_KEY + replicaName;
    if (!empty) return (await store.untracked.get('meta', key)) === true;
    const tx = store.untracked.transaction([...SYNCED_STORES, 'outbox', 'meta'], 'readwrite');
    const outbox = tx.objectStore('outbox');
    const [queued, ...keys] = await Promise.all([
      outbox.getAllKeys(),
      ...SYNCED_STORES.map((name) => tx.objectStore(name).getAllKeys()),
    ]);
    const waiting = new Set(queued);
    const at = outboxStamp();
    const writes: Array<Promise<unknown>> = [];
    SYNCED_STORES.forEach((name, i) => {
      for (const k of keys[i]) {
        const id = docIdOf(name, String(k));
        if (!waiting.has(id)) writes.push(outbox.put({ id, store: name, key: String(k), at }));
      }
    });
    writes.push(tx.objectStore('meta').put(true, key));
    await Promise.all(writes);
    await tx.done;
    return true;
  });
}

/**
 * One sync with the team: outbox → replica, replica ⇄ team database
 * (PouchDB's replication, both ways), replica → store. Settled conflicts of
 * events and corrections are written back and sent in the same run. The
 * status (last sync, last error) is kept in the store's meta, and the number
 * of changes waiting is the outbox's size, so the status line is right
 * offline too.
 */
import type { Store } from '../store';
import { guard, StoreError } from '../store/store-error';
import { applyChanges, type ApplyResult } from './apply-changes';
import type { TeamDoc } from './docs';
import { flushOutbox } from './flush-outbox';
import type { ReplicaDB } from './replica';
import { pushedAll, replicate } from './replicate';
import { syncErrorCode, type SyncErrorCode } from './session';

const STATUS_KEY = 'sync:status';

export interface SyncStatus {
  lastSyncAt: string | null;
  lastError: SyncErrorCode | 'local' | null;
  lastErrorAt?: string;
  /** From the last successful sync. */
  sent: number;
  received: number;
  rejected: number;
  /** Changes moved to the replica by a sync that then failed: still to send. */
  unsent?: number;
  /** The team database's update_seq before the last pull: unchanged, there is nothing to pull. */
  remoteSeq?: string | number;
  /** The replica (so the team database) that sequence is of. */
  replica?: string;
}

export interface SyncRun {
  sent: number;
  received: number;
  conflicts: number;
  rejected: ApplyResult['rejected'];
  /** Milliseconds, by step (printed by the bench and the e2e). */
  timings: { flush: number; replicate: number; apply: number; total: number };
}

export interface SyncTarget {
  store: Store;
  replica: ReplicaDB;
  /** Names the replica: the last sequence is remembered per replica. */
  replicaName: string;
  /** The team database (a PouchDB over HTTP). */
  remote: unknown;
  /** The signed-in user, written as editedBy. */
  user: string;
}

type RemoteInfo = { info(): Promise<{ update_seq: string | number }> };

const clock = () => (globalThis.performance ?? Date).now();

type Locks = { request<T>(name: string, work: () => Promise<T>): Promise<T> };

/**
 * One sync at a time per replica, across the extension's pages (two
 * dashboards open): the Web Locks API where there is one (not in Node).
 */
export function syncNow(t: SyncTarget, now = () => new Date().toISOString()): Promise<SyncRun> {
  const locks = (globalThis as { navigator?: { locks?: Locks } }).navigator?.locks;
  return locks ? locks.request(`team-sync:${t.replicaName}`, () => runSync(t, now)) : runSync(t, now);
}

async function runSync(t: SyncTarget, now: () => string): Promise<SyncRun> {
  const start = clock();
  let moved = 0;
  try {
    const before = await readStatus(t.store);
    const flushed = await flushOutbox(t.store, t.replica, t.replicaName, t.user, now);
    moved = flushed.stored;
    const afterFlush = clock();
    // An idle sync asks the server one thing: has anything changed since the last pull?
    const remoteSeq = (await (t.remote as RemoteInfo).info()).update_seq;
    const replicated = await replicate(t.replica, t.remote, {
      push: !(await pushedAll(t.replica)),
      pull: remoteSeq !== before.remoteSeq || before.replica !== t.replicaName,
    });
    const afterReplicate = clock();
    const applied = await applyChanges(t.store, t.replica, t.replicaName, now, flushed.revs);
    if (applied.merged.length) {
      await writeMerged(t.replica, applied.merged, t.user, now());
      await replicate(t.replica, t.remote, { push: true, pull: true });
      // The merged versions come back through the changes feed: apply them now.
      await applyChanges(t.store, t.replica, t.replicaName, now);
    }
    const end = clock();
    const run: SyncRun = {
      sent: replicated.push.docs_written,
      received: replicated.pull.docs_written,
      conflicts: applied.conflicts,
      rejected: applied.rejected,
      timings: {
        flush: afterFlush - start,
        replicate: afterReplicate - afterFlush,
        apply: end - afterReplicate,
        total: end - start,
      },
    };
    await writeStatus(t.store, {
      lastSyncAt: now(),
      lastError: null,
      sent: run.sent,
      received: run.received,
      rejected: applied.rejected.length,
      // The sequence read before the pull: whatever came after it is pulled next time.
      remoteSeq,
      replica: t.replicaName,
    });
    return run;
  } catch (err) {
    const code = err instanceof StoreError ? 'local' : syncErrorCode(err);
    const before = await readStatus(t.store).catch(() => emptyStatus());
    await writeStatus(t.store, {
      ...before,
      lastError: code,
      lastErrorAt: now(),
      unsent: (before.unsent ?? 0) + moved,
    }).catch(() => undefined);
    throw err;
  }
}

/** Settled conflicts: the merged version on the winning branch, the other branches deleted with who settled them. */
async function writeMerged(replica: ReplicaDB, merged: TeamDoc[], user: string, now: string) {
  const docs: object[] = [];
  for (const { _conflicts, ...doc } of merged) {
    docs.push({ ...doc, editedBy: user, updatedAt: now, resolvedBy: user });
    for (const rev of _conflicts ?? [])
      docs.push({ _id: doc._id, _rev: rev, _deleted: true, resolvedBy: user });
  }
  await replica.bulkDocs(docs);
}

export const emptyStatus = (): SyncStatus => ({
  lastSyncAt: null,
  lastError: null,
  sent: 0,
  received: 0,
  rejected: 0,
});

export async function readStatus(store: Store): Promise<SyncStatus> {
  return guard(async () => ({
    ...emptyStatus(),
    ...((await store.untracked.get('meta', STATUS_KEY)) as SyncStatus | undefined),
  }));
}

async function writeStatus(store: Store, status: SyncStatus): Promise<void> {
  await guard(() => store.untracked.put('meta', status, STATUS_KEY));
}

/** Local changes not yet sent: the outbox, and what a failed sync left in the replica. */
export async function pendingChanges(store: Store): Promise<number> {
  const [queued, status] = await Promise.all([
    guard(() => store.untracked.count('outbox')),
    readStatus(store),
  ]);
  return queued + (status.unsent ?? 0);
}

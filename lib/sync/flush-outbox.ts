/**
 * Outbox → replica: each queued document id is read from the store as it is
 * now and written into the PouchDB replica when its content changed; a
 * record gone from the store becomes a deleted report or event, a withdrawn
 * correction. Each goes on top of the revision the store's record came from
 * (its base, plan-write.ts): a version from the team that arrived meanwhile
 * stays beside it as a conflict, never overwritten. A conflict someone chose
 * here is settled on the way: the chosen version goes on top of the base,
 * the other versions they saw are deleted with the chooser's name. An outbox
 * entry is removed only when its write succeeded and no change re-queued it
 * meanwhile; the base is moved to the revision written in the same
 * transaction.
 */
import type { Correction } from '../corrections';
import type { Store } from '../store';
import { guard } from '../store/store-error';
import type { ConflictRecord, OutboxEntry } from '../store/sync-records';
import type { SavedReport, StoredEvent } from '../types';
import { eventCore, sameContent, type TeamDoc } from './docs';
import { startReplica } from './first-sync';
import { planWrite } from './plan-write';
import type { ReplicaDB } from './replica';

export const FLUSH_BATCH = 500;

export interface FlushResult {
  /** Documents written into the replica. */
  written: number;
  /** Every write into the replica, settled conflicts' deleted branches too: something to push. */
  stored: number;
  /** The revision each written document got: the store already holds it, applying it back is skipped. */
  revs: Map<string, string>;
  /** Entries left in the outbox (a write failed: sent next time). */
  failed: number;
}

type Local = SavedReport | StoredEvent | Correction | undefined;

interface Batch {
  entries: OutboxEntry[];
  records: Local[];
  chosen: Map<string, ConflictRecord>;
  /** The revision each record was last in step with. */
  bases: Map<string, string>;
}

/** `empty`: the replica holds none of the documents, so no base applies (a first sync). */
async function readBatch(
  store: Store,
  replicaName: string,
  after: string | null,
  empty: boolean,
): Promise<Batch> {
  return guard(async () => {
    const tx = store.untracked.transaction(
      ['outbox', 'reports', 'events', 'corrections', 'conflicts', 'bases'],
      'readonly',
    );
    const range = after === null ? undefined : store.keyRange.lowerBound(after, true);
    const entries = await tx.objectStore('outbox').getAll(range, FLUSH_BATCH);
    const records = await Promise.all(
      entries.map((e) => tx.objectStore(e.store).get(e.key) as Promise<Local>),
    );
    const chosen = new Map<string, ConflictRecord>();
    const conflicts = new Set(await tx.objectStore('conflicts').getAllKeys());
    for (const e of entries) {
      if (!conflicts.has(e.id)) continue;
      const c = await tx.objectStore('conflicts').get(e.id);
      if (c?.state === 'chosen') chosen.set(e.id, c);
    }
    const bases = new Map<string, string>();
    const revs = empty
      ? []
      : await Promise.all(entries.map((e) => tx.objectStore('bases').get([replicaName, e.id])));
    entries.forEach((e, i) => revs[i] && bases.set(e.id, revs[i]));
    await tx.done;
    return { entries, records, chosen, bases };
  });
}

/** The document a local record (or its absence) stands for; null: nothing to send. */
export function docFor(
  entry: OutboxEntry,
  record: Local,
  existing: TeamDoc | undefined,
  user: string,
  now: string,
): TeamDoc | null {
  const base = { _id: entry.id, editedBy: user, updatedAt: now };
  switch (entry.store) {
    case 'reports': {
      const r = record as SavedReport | undefined;
      if (r) return { ...base, type: 'report', report: r, updatedAt: r.updatedAt };
      return existing ? { ...base, type: 'report', deleted: true } : null;
    }
    case 'events': {
      const e = record as StoredEvent | undefined;
      if (e) return { ...base, type: 'event', event: eventCore(e) };
      if (!existing || existing.type !== 'event') return null;
      return { ...base, type: 'event', event: existing.event, deleted: true };
    }
    case 'corrections': {
      const c = record as Correction | undefined;
      if (c) return { ...base, type: 'correction', correction: c, updatedAt: c.createdAt };
      if (!existing || existing.type !== 'correction') return null;
      // Corrections are never rewritten: taking one back (undo, a deleted report) withdraws it.
      return { ...base, type: 'correction', correction: existing.correction, withdrawn: true };
    }
  }
}

export async function flushOutbox(
  store: Store,
  replica: ReplicaDB,
  replicaName: string,
  user: string,
  now = () => new Date().toISOString(),
): Promise<FlushResult> {
  const result: FlushResult = { written: 0, stored: 0, failed: 0, revs: new Map() };
  let after: string | null = null;
  // A replica never written to holds none of the documents (a first sync): nothing to read back.
  // The batches' ids are disjoint, so what one batch writes is never another's current version.
  const empty = (await replica.info()).update_seq === 0;
  const tracked = await startReplica(store, replicaName, empty);
  for (;;) {
    const batch = await readBatch(store, replicaName, after, empty);
    if (!batch.entries.length) break;
    after = batch.entries.at(-1)!.id;
    const done = await writeBatch(replica, batch, { user, now: now(), empty, tracked });
    result.written += done.written;
    result.stored += done.stored;
    for (const [id, rev] of done.revs) result.revs.set(id, rev);
    result.failed += batch.entries.length - done.sent.size;
    await settle(store, replicaName, batch, done, user, now());
    if (batch.entries.length < FLUSH_BATCH) break;
  }
  return result;
}

interface Written {
  /** Entries done with (written, or nothing to write). */
  sent: Set<string>;
  written: number;
  stored: number;
  /** The revision each written document got. */
  revs: Map<string, string>;
  /** The revision each sent record is now in step with. */
  bases: Map<string, string>;
}

interface WriteOptions {
  user: string;
  now: string;
  /** The replica holds none of the documents. */
  empty: boolean;
  /** The replica's bases are tracked (first-sync.ts); false: a record with none is in step with the winner. */
  tracked: boolean;
}

async function writeBatch(
  replica: ReplicaDB,
  batch: Batch,
  { user, now, empty, tracked }: WriteOptions,
): Promise<Written> {
  const { rows } = empty
    ? { rows: [] }
    : await replica.allDocs({ keys: batch.entries.map((e) => e.id), include_docs: true, conflicts: true });
  const out: Written = { sent: new Set(), written: 0, stored: 0, revs: new Map(), bases: new Map() };
  const updates: object[] = [];
  const owners: string[] = [];
  const branches: Array<TeamDoc & { _rev: string }> = [];
  batch.entries.forEach((entry, i) => {
    const row = rows[i];
    const existing = row?.doc ?? undefined;
    const chosen = batch.chosen.get(entry.id);
    const doc = docFor(entry, batch.records[i], existing, user, now);
    if (!doc || (existing && sameContent(existing, doc) && !chosen)) {
      out.sent.add(entry.id);
      // The same content as the replica's current version: the record is in step with it.
      if (existing) out.bases.set(entry.id, existing._rev);
      return;
    }
    const leaves = existing
      ? [existing._rev, ...(existing._conflicts ?? [])]
      : row?.value?.deleted
        ? [row.value.rev]
        : [];
    const base = batch.bases.get(entry.id) ?? (tracked ? undefined : existing?._rev);
    const plan = planWrite(doc, { leaves }, base, chosen, user);
    updates.push(...plan.updates);
    owners.push(...plan.updates.map(() => entry.id));
    branches.push(...(plan.branches as Array<TeamDoc & { _rev: string }>));
  });
  const failed = await putAll(replica, { updates, owners, branches }, out);
  for (const id of [...owners, ...branches.map((b) => b._id)]) if (!failed.has(id)) out.sent.add(id);
  for (const [id, rev] of out.revs) out.bases.set(id, rev);
  // A document with a conflict settled here must be applied back (its other branches are gone).
  for (const id of batch.chosen.keys()) out.revs.delete(id);
  return out;
}

/** Writes the planned updates and branches; answers the ids of the documents a write failed for. */
async function putAll(
  replica: ReplicaDB,
  {
    updates,
    owners,
    branches,
  }: { updates: object[]; owners: string[]; branches: Array<TeamDoc & { _rev: string }> },
  out: Written,
): Promise<Set<string>> {
  const failed = new Set<string>();
  if (updates.length) {
    const results = await replica.bulkDocs(updates);
    results.forEach((r, i) => {
      if (r.error) return failed.add(owners[i]);
      out.stored++;
      if ((updates[i] as { _deleted?: boolean })._deleted) return;
      out.written++;
      if (r.rev) out.revs.set(owners[i], r.rev);
    });
  }
  if (branches.length) {
    // new_edits: false answers with the failures only.
    const errors = await replica.bulkDocs(branches, { new_edits: false });
    for (const r of errors) if (r.id) failed.add(r.id);
    for (const b of branches)
      if (!failed.has(b._id)) {
        out.stored++;
        out.written++;
        out.revs.set(b._id, b._rev);
      }
  }
  return failed;
}

/**
 * Removes the sent entries (unless re-queued meanwhile), moves their bases to
 * what was written (a record changed meanwhile was changed on top of it) and
 * marks the chosen conflicts settled.
 */
async function settle(
  store: Store,
  replicaName: string,
  batch: Batch,
  { sent, bases }: Written,
  user: string,
  now: string,
) {
  await guard(async () => {
    const tx = store.untracked.transaction(['outbox', 'conflicts', 'bases'], 'readwrite');
    const outbox = tx.objectStore('outbox');
    const writes: Array<Promise<unknown>> = [];
    for (const [id, rev] of bases) writes.push(tx.objectStore('bases').put(rev, [replicaName, id]));
    // The batch's entries as they are now: one request, and one to delete them all in the usual case.
    const range = store.keyRange.bound(batch.entries[0].id, batch.entries.at(-1)!.id);
    const gone = new Map(batch.entries.filter((e) => sent.has(e.id)).map((e) => [e.id, e.at]));
    const current = await outbox.getAll(range);
    if (current.every((c) => gone.get(c.id) === c.at)) writes.push(outbox.delete(range));
    else for (const c of current) if (gone.get(c.id) === c.at) writes.push(outbox.delete(c.id));
    for (const e of batch.entries) {
      if (!sent.has(e.id)) continue;
      const chosen = batch.chosen.get(e.id);
      if (chosen)
        writes.push(
          tx
            .objectStore('conflicts')
            .put({ ...chosen, state: 'resolved', resolvedBy: user, resolvedAt: now }),
        );
    }
    await Promise.all(writes);
    await tx.done;
  });
}

/**
 * Outbox → replica: each queued document id is read from the store as it is
 * now and written into the PouchDB replica when its content changed; a
 * record gone from the store becomes a deleted report or event, a withdrawn
 * correction. A conflict someone chose here is settled on the way: the
 * chosen version goes on the winning branch, the other branches are deleted
 * with the chooser's name. An outbox entry is removed only when its write
 * succeeded and no change re-queued it meanwhile.
 */
import type { Correction } from '../corrections';
import type { Store } from '../store';
import { guard } from '../store/store-error';
import type { ConflictRecord, OutboxEntry } from '../store/sync-records';
import type { SavedReport, StoredEvent } from '../types';
import { eventCore, sameContent, type TeamDoc } from './docs';
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
}

async function readBatch(store: Store, after: string | null): Promise<Batch> {
  return guard(async () => {
    const tx = store.untracked.transaction(
      ['outbox', 'reports', 'events', 'corrections', 'conflicts'],
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
    await tx.done;
    return { entries, records, chosen };
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
  user: string,
  now = () => new Date().toISOString(),
): Promise<FlushResult> {
  const result: FlushResult = { written: 0, stored: 0, failed: 0, revs: new Map() };
  let after: string | null = null;
  for (;;) {
    const batch = await readBatch(store, after);
    if (!batch.entries.length) break;
    after = batch.entries.at(-1)!.id;
    const done = await writeBatch(replica, batch, user, now());
    result.written += done.written;
    result.stored += done.stored;
    for (const [id, rev] of done.revs) result.revs.set(id, rev);
    result.failed += batch.entries.length - done.sent.size;
    await settle(store, batch, done.sent, user, now());
    if (batch.entries.length < FLUSH_BATCH) break;
  }
  return result;
}

async function writeBatch(replica: ReplicaDB, batch: Batch, user: string, now: string) {
  const { rows } = await replica.allDocs({
    keys: batch.entries.map((e) => e.id),
    include_docs: true,
    conflicts: true,
  });
  const docs: object[] = [];
  const sent = new Set<string>();
  const owners: string[] = [];
  batch.entries.forEach((entry, i) => {
    const row = rows[i];
    const existing = row?.doc ?? undefined;
    const chosen = batch.chosen.get(entry.id);
    const doc = docFor(entry, batch.records[i], existing, user, now);
    if (!doc || (existing && sameContent(existing, doc) && !chosen)) {
      sent.add(entry.id);
      return;
    }
    const rev = existing?._rev ?? (row?.value?.deleted ? row.value.rev : undefined);
    docs.push({ ...doc, ...(rev ? { _rev: rev } : {}), ...(chosen ? { resolvedBy: user } : {}) });
    owners.push(entry.id);
    // The other branches of a conflict settled here: deleted, with who chose.
    if (chosen)
      for (const losing of existing?._conflicts ?? []) {
        docs.push({ _id: entry.id, _rev: losing, _deleted: true, resolvedBy: user });
        owners.push(entry.id);
      }
  });
  const failed = new Set<string>();
  const revs = new Map<string, string>();
  let written = 0;
  let stored = 0;
  if (docs.length) {
    const results = await replica.bulkDocs(docs);
    results.forEach((r, i) => {
      if (!r.error) stored++;
      if (r.error) failed.add(owners[i]);
      else if (!(docs[i] as { _deleted?: boolean })._deleted) {
        written++;
        if (r.rev) revs.set(owners[i], r.rev);
      }
    });
  }
  for (const id of owners) if (!failed.has(id)) sent.add(id);
  // A document with a conflict settled here must be applied back (its other branches are gone).
  for (const id of batch.chosen.keys()) revs.delete(id);
  return { sent, written, stored, revs };
}

/** Removes the sent entries (unless re-queued meanwhile) and marks the chosen conflicts settled. */
async function settle(store: Store, batch: Batch, sent: Set<string>, user: string, now: string) {
  await guard(async () => {
    const tx = store.untracked.transaction(['outbox', 'conflicts'], 'readwrite');
    for (const e of batch.entries) {
      if (!sent.has(e.id)) continue;
      const current = await tx.objectStore('outbox').get(e.id);
      if (current?.at === e.at) await tx.objectStore('outbox').delete(e.id);
      const chosen = batch.chosen.get(e.id);
      if (chosen)
        await tx
          .objectStore('conflicts')
          .put({ ...chosen, state: 'resolved', resolvedBy: user, resolvedAt: now });
    }
    await tx.done;
  });
}

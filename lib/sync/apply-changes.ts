/**
 * Replica → store: the replica's changes since the last sequence applied
 * (`changes` with `include_docs` and `conflicts`), checked, merged when
 * they merge by themselves (conflict-merge.ts), then written into IndexedDB
 * through the untracked handle, so nothing is queued back
 * (write-changes.ts). Each batch is one transaction that also remembers its
 * last sequence, so a sync cut short resumes where it stopped. A record with
 * a change still in the outbox is left alone: the local change is sent next,
 * beside this version, never silently overwritten here.
 */
import type { Store } from '../store';
import { guard } from '../store/store-error';
import { checkDoc, eventDocId, type EventDoc, type ReportDoc, type TeamDoc } from './docs';
import { mergeVersions } from './conflict-merge';
import type { ChangesResult, ReplicaDB, Seq } from './replica';
import { SEQ_KEY, writeBatch, type Prepared } from './write-changes';

export const APPLY_BATCH = 500;

export interface ApplyResult {
  /** Records written into the store. */
  applied: number;
  /** Documents refused by the check, with why. */
  rejected: Array<{ id: string; reason: string }>;
  /** Reports in conflict this run found (each kept with all its versions). */
  conflicts: number;
  /** Conflicts of events or corrections settled by merging, to write back. */
  merged: TeamDoc[];
  /** Documents left alone because a local change is waiting to be sent. */
  deferred: number;
}

export function lastSeq(store: Store, replica: string): Promise<Seq> {
  return guard(async () => ((await store.untracked.get('meta', SEQ_KEY + replica)) as Seq | undefined) ?? 0);
}

/**
 * `own`: revisions this run's flush wrote (flush-outbox.ts): the store holds
 * them already, so a document whose only current revision is one of them is
 * not read back (a document with another branch is: that is a conflict).
 */
export async function applyChanges(
  store: Store,
  replica: ReplicaDB,
  replicaName: string,
  now = () => new Date().toISOString(),
  own: Map<string, string> = new Map(),
): Promise<ApplyResult> {
  const result: ApplyResult = { applied: 0, rejected: [], conflicts: 0, merged: [], deferred: 0 };
  let since = await lastSeq(store, replicaName);
  // Nothing of this run's own: every change is read with its document in one pass.
  const withDocs = own.size === 0;
  // Event documents seen in earlier batches (the events come before their reports in the feed).
  const events = new Map<string, EventDoc>();
  for (;;) {
    const batch = await replica.changes({
      since,
      limit: APPLY_BATCH,
      style: 'all_docs',
      ...(withDocs ? { include_docs: true, conflicts: true } : {}),
    });
    if (!batch.results.length) break;
    const docs = withDocs
      ? batch.results.map((r) => ({ id: r.id, doc: r.doc }))
      : await readWanted(replica, batch, own);
    const prepared = await prepare(replica, docs, result, events);
    await writeBatch(store, prepared, result, replicaName, batch.last_seq, now());
    since = batch.last_seq;
    if (batch.results.length < APPLY_BATCH) break;
  }
  return result;
}

/** The changed documents but those whose only current revision this run wrote. */
async function readWanted(replica: ReplicaDB, batch: ChangesResult, own: Map<string, string>) {
  const wanted = batch.results.filter(
    (r) => !r.id.startsWith('_design/') && !(r.changes.length === 1 && own.get(r.id) === r.changes[0].rev),
  );
  if (!wanted.length) return [];
  const { rows } = await replica.allDocs({
    keys: wanted.map((r) => r.id),
    include_docs: true,
    conflicts: true,
  });
  return rows.map((row) => ({ id: row.key, doc: row.doc ?? undefined }));
}

async function prepare(
  replica: ReplicaDB,
  results: Array<{ id: string; doc?: unknown }>,
  result: ApplyResult,
  seen: Map<string, EventDoc>,
): Promise<Prepared> {
  const docs: TeamDoc[] = [];
  for (const r of results) {
    // Design documents are the server's; a deleted branch has no content to apply.
    if (r.id.startsWith('_design/') || !r.doc || (r.doc as { _deleted?: boolean })._deleted) continue;
    const checked = checkDoc(r.doc);
    if (checked.ok) docs.push(checked.doc);
    else result.rejected.push({ id: checked.id, reason: checked.reason });
  }
  const choose = new Map<string, ReportDoc[]>();
  const conflicted = docs.filter((d) => d._conflicts?.length);
  const others = await readVersions(replica, conflicted);
  const effective = docs.map((d) => {
    if (!d._conflicts?.length) return d;
    const merge = mergeVersions(d, others.get(d._id) ?? []);
    if (merge.kind === 'choose') {
      choose.set(d._id, merge.versions);
      return d;
    }
    result.merged.push({ ...merge.doc, _conflicts: d._conflicts });
    return merge.doc;
  });
  return { docs: effective, choose, eventDocs: await eventDocsOf(replica, effective, seen) };
}

/** The event documents the batch's reports link to: from this batch, an earlier one, or the replica. */
async function eventDocsOf(replica: ReplicaDB, docs: TeamDoc[], seen: Map<string, EventDoc>) {
  for (const d of docs) if (d.type === 'event') seen.set(d.event.id, d);
  const wanted = new Set<string>();
  for (const d of docs)
    if (d.type === 'report')
      for (const id of d.report?.eventIds ?? []) if (id && !seen.has(id)) wanted.add(eventDocId(id));
  if (wanted.size) {
    const { rows } = await replica.allDocs({ keys: [...wanted], include_docs: true });
    for (const row of rows) {
      const checked = row.doc ? checkDoc(row.doc) : null;
      if (checked?.ok && checked.doc.type === 'event') seen.set(checked.doc.event.id, checked.doc);
    }
  }
  return seen;
}

/** The losing versions of conflicted documents, checked like the rest. */
async function readVersions(replica: ReplicaDB, docs: TeamDoc[]): Promise<Map<string, TeamDoc[]>> {
  const out = new Map<string, TeamDoc[]>();
  const wanted = docs.flatMap((d) => (d._conflicts ?? []).map((rev) => ({ id: d._id, rev })));
  if (!wanted.length) return out;
  const { results } = await replica.bulkGet({ docs: wanted });
  for (const r of results)
    for (const v of r.docs) {
      const checked = v.ok ? checkDoc(v.ok) : null;
      if (checked?.ok) out.set(r.id, [...(out.get(r.id) ?? []), checked.doc]);
    }
  return out;
}

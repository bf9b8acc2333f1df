/**
 * Replica → store: the replica's changes since the last sequence applied
 * (`changes` with `include_docs` and `conflicts`), checked, then written
 * into IndexedDB through the untracked handle, so nothing is queued back.
 * Each batch is one transaction that also remembers its last sequence, so
 * a sync cut short resumes where it stopped. A record with a change still
 * in the outbox is left alone: the local change is sent next and wins or
 * conflicts there, never silently overwritten here.
 */
import type { Store } from '../store';
import { ReportCache, refreshEvent, type LinkTx } from '../store/links';
import { guard } from '../store/store-error';
import type { ConflictRecord } from '../store/sync-records';
import type { SavedReport, StoredEvent } from '../types';
import {
  canonicalJson,
  checkDoc,
  eventDocId,
  sameReport,
  type EventDoc,
  type ReportDoc,
  type TeamDoc,
} from './docs';
import { mergeVersions } from './conflict-merge';
import type { ReplicaDB, Seq } from './replica';

export const APPLY_BATCH = 500;
const SEQ_KEY = 'sync:lastSeq:';

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

interface Prepared {
  docs: TeamDoc[];
  /** Reports whose versions differ: every version, the winner first. */
  choose: Map<string, ReportDoc[]>;
  /** Event documents the batch's reports link to (from the batch or read from the replica). */
  eventDocs: Map<string, EventDoc>;
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
  for (;;) {
    const batch = await replica.changes({ since, limit: APPLY_BATCH, style: 'all_docs' });
    if (!batch.results.length) break;
    const wanted = batch.results.filter(
      (r) => !r.id.startsWith('_design/') && !(r.changes.length === 1 && own.get(r.id) === r.changes[0].rev),
    );
    const { rows } = wanted.length
      ? await replica.allDocs({ keys: wanted.map((r) => r.id), include_docs: true, conflicts: true })
      : { rows: [] };
    const prepared = await prepare(
      replica,
      rows.map((row) => ({ id: row.key, doc: row.doc ?? undefined })),
      result,
    );
    await writeBatch(store, prepared, result, replicaName, batch.last_seq, now());
    since = batch.last_seq;
    if (batch.results.length < APPLY_BATCH) break;
  }
  return result;
}

async function prepare(
  replica: ReplicaDB,
  results: Array<{ id: string; doc?: unknown }>,
  result: ApplyResult,
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
  const eventDocs = new Map<string, EventDoc>();
  for (const d of effective) if (d.type === 'event') eventDocs.set(d.event.id, d);
  const wanted = new Set<string>();
  for (const d of effective)
    if (d.type === 'report')
      for (const id of d.report?.eventIds ?? []) if (id && !eventDocs.has(id)) wanted.add(eventDocId(id));
  if (wanted.size) {
    const { rows } = await replica.allDocs({ keys: [...wanted], include_docs: true });
    for (const row of rows) {
      const checked = row.doc ? checkDoc(row.doc) : null;
      if (checked?.ok && checked.doc.type === 'event') eventDocs.set(checked.doc.event.id, checked.doc);
    }
  }
  return { docs: effective, choose, eventDocs };
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

const SYNC_STORES: ['reports', 'events', 'corrections', 'conflicts', 'outbox', 'meta', 'bases'] = [
  'reports',
  'events',
  'corrections',
  'conflicts',
  'outbox',
  'meta',
  'bases',
];

function eventFromDoc(doc: EventDoc | undefined, id: string, now: string): StoredEvent {
  return {
    id,
    date: null,
    places: [],
    placeKeys: [],
    actors: [],
    reports: [],
    createdAt: doc?.event.createdAt ?? now,
    updatedAt: now,
    ...(doc?.event.unlinked?.length ? { unlinked: doc.event.unlinked } : {}),
  };
}

async function writeBatch(
  store: Store,
  { docs, choose, eventDocs }: Prepared,
  result: ApplyResult,
  replicaName: string,
  seq: Seq,
  now: string,
): Promise<void> {
  await guard(async () => {
    const raw = store.untracked.transaction(SYNC_STORES, 'readwrite');
    const tx = raw as unknown as LinkTx;
    const cache = new ReportCache(tx);
    const events = new Map<string, StoredEvent>();
    const working = async (id: string) => {
      if (!events.has(id)) {
        const e = await raw.objectStore('events').get(id);
        if (e) events.set(id, e);
      }
      return events.get(id);
    };
    // Read once per batch: the outbox is small between syncs, and conflicts are rare.
    const queued = new Set((await raw.objectStore('outbox').getAllKeys()) as string[]);
    const pending = async (id: string) => queued.has(id);
    const knownConflicts = new Set((await raw.objectStore('conflicts').getAllKeys()) as string[]);
    const deletedEvents = new Set<string>();
    const bases: Array<Promise<unknown>> = [];

    for (const d of docs) {
      if (await pending(d._id)) {
        // Its base stays: the local change is sent as a child of what the store holds, beside this version.
        result.deferred++;
        continue;
      }
      // The record is now in step with this revision, changed or not (written in this transaction).
      if (d._rev) bases.push(raw.objectStore('bases').put(d._rev, [replicaName, d._id]));
      if (d.type === 'event') {
        const local = await working(d.event.id);
        if (d.deleted) deletedEvents.add(d.event.id);
        else if (local) {
          const { unlinked: _u, ...rest } = local;
          events.set(d.event.id, {
            ...rest,
            createdAt: d.event.createdAt,
            ...(d.event.unlinked?.length ? { unlinked: d.event.unlinked } : {}),
          });
        }
      } else if (d.type === 'correction') {
        const local = await raw.objectStore('corrections').get(d.correction.id);
        if (d.withdrawn) {
          if (local) await raw.objectStore('corrections').delete(d.correction.id);
        } else if (!local || canonicalJson(local) !== canonicalJson(d.correction))
          await raw.objectStore('corrections').put(d.correction);
        else continue;
        result.applied++;
      } else {
        const url = d._id.slice('report:'.length);
        const conflict = knownConflicts.has(d._id)
          ? await raw.objectStore('conflicts').get(d._id)
          : undefined;
        await noteConflict(raw, d, choose.get(d._id), conflict, url, now, result);
        const old = await cache.get(url);
        const next = d.deleted ? undefined : d.report;
        if (sameReport(old, next) && old?.updatedAt === next?.updatedAt) continue;
        await relinkReport(url, old, next, working, (id) => {
          const e = eventFromDoc(eventDocs.get(id), id, now);
          events.set(id, e);
          return e;
        });
        if (next) {
          cache.set(next);
          await raw.objectStore('reports').put(next);
        } else await raw.objectStore('reports').delete(url);
        result.applied++;
      }
    }
    for (const e of events.values()) {
      if (e.reports.length === 0) {
        await raw.objectStore('events').delete(e.id);
        continue;
      }
      await raw.objectStore('events').put(await refreshEvent(e, cache, now));
    }
    for (const id of deletedEvents)
      if (!events.has(id) && (await working(id))?.reports.length === 0)
        await raw.objectStore('events').delete(id);
    await Promise.all(bases);
    await raw.objectStore('meta').put(seq, SEQ_KEY + replicaName);
    await raw.done;
  });
}

/** Moves a report's links from the events it had to the events it now names. */
export async function relinkReport(
  url: string,
  old: SavedReport | undefined,
  next: SavedReport | undefined,
  working: (id: string) => Promise<StoredEvent | undefined>,
  create: (id: string) => StoredEvent,
) {
  const before = new Set((old?.eventIds ?? []).filter((id): id is string => !!id));
  const after = new Set((next?.eventIds ?? []).filter((id): id is string => !!id));
  for (const id of before) {
    if (after.has(id)) continue;
    const e = await working(id);
    if (e) e.reports = e.reports.filter((u) => u !== url);
  }
  for (const id of after) {
    const e = (await working(id)) ?? create(id);
    if (!e.reports.includes(url)) e.reports = [...e.reports, url];
  }
}

type ConflictStore = { objectStore(n: 'conflicts'): { put(c: ConflictRecord): Promise<unknown> } };

/** Keeps every version of a report in conflict; marks one settled elsewhere as resolved, with who chose. */
async function noteConflict(
  raw: unknown,
  doc: ReportDoc,
  versions: ReportDoc[] | undefined,
  known: ConflictRecord | undefined,
  url: string,
  now: string,
  result: ApplyResult,
) {
  const conflicts = (raw as ConflictStore).objectStore('conflicts');
  if (versions) {
    if (known?.state === 'chosen') return; // chosen here; the choice is sent next
    const revs = versions.map((v) => v._rev ?? '').sort();
    if (
      known?.state === 'open' &&
      known.versions
        .map((v) => v.rev)
        .sort()
        .join() === revs.join()
    )
      return;
    result.conflicts++;
    await conflicts.put({
      id: doc._id,
      url,
      detectedAt: now,
      state: 'open',
      versions: versions.map((v) => ({
        rev: v._rev ?? '',
        editedBy: v.editedBy,
        updatedAt: v.updatedAt,
        report: v.deleted ? null : (v.report ?? null),
      })),
    });
  } else if (known?.state === 'open') {
    await conflicts.put({
      ...known,
      state: 'resolved',
      resolvedBy: doc.resolvedBy ?? doc.editedBy ?? undefined,
      resolvedAt: doc.updatedAt,
    });
  }
}

/**
 * One batch of the team's documents, checked (apply-changes.ts), written
 * into IndexedDB in one transaction through the untracked handle, with the
 * batch's last sequence and each record's base revision (plan-write.ts). A
 * record with a change waiting in the outbox is left alone: the change is
 * sent next, beside this version. The records the batch touches are read
 * first, all at once; then the writes are issued without waiting on each
 * (IndexedDB runs a transaction's requests in order).
 */
import type { IDBPTransaction } from 'idb';
import type { Correction } from '../corrections';
import type { Store } from '../store';
import { ReportCache, refreshEvent, type LinkTx } from '../store/links';
import type { CrosscheckDB } from '../store/schema';
import { guard } from '../store/store-error';
import type { SavedReport, StoredEvent } from '../types';
import {
  canonicalJson,
  sameReport,
  type CorrectionDoc,
  type EventDoc,
  type ReportDoc,
  type TeamDoc,
} from './docs';
import { noteConflict } from './note-conflict';
import { relinkReport } from './relink-report';
import type { Seq } from './replica';

export const SEQ_KEY = 'sync:lastSeq:';

const SYNC_STORES: ['reports', 'events', 'corrections', 'conflicts', 'outbox', 'meta', 'bases'] = [
  'reports',
  'events',
  'corrections',
  'conflicts',
  'outbox',
  'meta',
  'bases',
];
type SyncTx = IDBPTransaction<CrosscheckDB, typeof SYNC_STORES, 'readwrite'>;

export interface Prepared {
  docs: TeamDoc[];
  /** Reports whose versions differ: every version, the winner first. */
  choose: Map<string, ReportDoc[]>;
  /** Event documents the batch's reports link to. */
  eventDocs: Map<string, EventDoc>;
}

export interface WriteCounts {
  applied: number;
  conflicts: number;
  deferred: number;
}

interface Batch {
  raw: SyncTx;
  cache: ReportCache;
  /** Events as read (undefined: not stored). */
  loaded: Map<string, StoredEvent | undefined>;
  /** Events this batch changes: recomputed and written at its end. */
  events: Map<string, StoredEvent>;
  corrections: Map<string, Correction | undefined>;
  writes: Array<Promise<unknown>>;
  now: string;
  counts: WriteCounts;
}

const urlOf = (d: ReportDoc) => d._id.slice('report:'.length);

/** The event as this batch changes it (taken from what was read, which must be). */
function take(b: Batch, id: string): StoredEvent | undefined {
  const read = b.loaded.get(id);
  if (!b.events.has(id) && read) b.events.set(id, read);
  return b.events.get(id);
}

async function working(b: Batch, id: string): Promise<StoredEvent | undefined> {
  if (!b.events.has(id) && !b.loaded.has(id)) b.loaded.set(id, await b.raw.objectStore('events').get(id));
  return take(b, id);
}

async function load(b: Batch, id: string) {
  if (!b.loaded.has(id)) b.loaded.set(id, await b.raw.objectStore('events').get(id));
}

/** Reads, all at once, every record the batch's documents touch. */
async function prime(b: Batch, docs: TeamDoc[]) {
  const reports = docs.filter((d): d is ReportDoc => d.type === 'report');
  const olds = await Promise.all(reports.map((d) => b.cache.get(urlOf(d))));
  const eventIds = new Set<string>();
  for (const d of docs) if (d.type === 'event') eventIds.add(d.event.id);
  for (const r of [...olds, ...reports.map((d) => d.report)])
    for (const id of r?.eventIds ?? []) if (id) eventIds.add(id);
  const corrections = docs.filter((d): d is CorrectionDoc => d.type === 'correction');
  await Promise.all([
    ...[...eventIds].map((id) => load(b, id)),
    ...corrections.map(async (d) =>
      b.corrections.set(d.correction.id, await b.raw.objectStore('corrections').get(d.correction.id)),
    ),
  ]);
}

/** An event's own fields; a deleted one goes once no report links to it (writeEvents). */
function applyEvent(b: Batch, d: EventDoc) {
  const local = take(b, d.event.id);
  if (local && !d.deleted) {
    const { unlinked: _u, ...rest } = local;
    b.events.set(d.event.id, {
      ...rest,
      createdAt: d.event.createdAt,
      ...(d.event.unlinked?.length ? { unlinked: d.event.unlinked } : {}),
    });
  }
}

function applyCorrection(b: Batch, d: CorrectionDoc) {
  const store = b.raw.objectStore('corrections');
  const local = b.corrections.get(d.correction.id);
  if (d.withdrawn) {
    if (local) b.writes.push(store.delete(d.correction.id));
  } else if (!local || canonicalJson(local) !== canonicalJson(d.correction))
    b.writes.push(store.put(d.correction));
  else return;
  b.corrections.set(d.correction.id, d.withdrawn ? undefined : d.correction);
  b.counts.applied++;
}

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

async function applyReport(b: Batch, d: ReportDoc, p: Prepared, known: Set<string>) {
  const url = urlOf(d);
  const conflict = known.has(d._id) ? await b.raw.objectStore('conflicts').get(d._id) : undefined;
  await noteConflict(b.raw, d, p.choose.get(d._id), conflict, url, b.now, b.counts);
  const old = await b.cache.get(url);
  const next: SavedReport | undefined = d.deleted ? undefined : d.report;
  if (sameReport(old, next) && old?.updatedAt === next?.updatedAt) return;
  await relinkReport(
    url,
    old,
    next,
    (id) => working(b, id),
    (id) => {
      const e = eventFromDoc(p.eventDocs.get(id), id, b.now);
      b.events.set(id, e);
      return e;
    },
  );
  if (next) {
    b.cache.set(next);
    b.writes.push(b.raw.objectStore('reports').put(next));
  } else b.writes.push(b.raw.objectStore('reports').delete(url));
  b.counts.applied++;
}

/** The events the batch changed, recomputed from their reports (read all at once first). */
async function writeEvents(b: Batch) {
  const urls = new Set([...b.events.values()].flatMap((e) => e.reports));
  await Promise.all([...urls].map((u) => b.cache.get(u)));
  const store = b.raw.objectStore('events');
  for (const e of b.events.values()) {
    if (e.reports.length === 0) b.writes.push(store.delete(e.id));
    else b.writes.push(store.put(await refreshEvent(e, b.cache, b.now)));
  }
}

export async function writeBatch(
  store: Store,
  p: Prepared,
  counts: WriteCounts,
  replicaName: string,
  seq: Seq,
  now: string,
): Promise<void> {
  await guard(async () => {
    const raw = store.untracked.transaction(SYNC_STORES, 'readwrite');
    const b: Batch = {
      raw,
      cache: new ReportCache(raw as unknown as LinkTx),
      loaded: new Map(),
      events: new Map(),
      corrections: new Map(),
      writes: [],
      now,
      counts,
    };
    // Read once per batch: the outbox is small between syncs, and conflicts are rare.
    const [queued, known] = await Promise.all([
      raw.objectStore('outbox').getAllKeys(),
      raw.objectStore('conflicts').getAllKeys(),
      prime(b, p.docs),
    ]);
    const pending = new Set(queued);
    const conflicts = new Set(known);
    for (const d of p.docs) {
      if (pending.has(d._id)) {
        // Its base stays: the local change is sent as a child of what the store holds, beside this version.
        counts.deferred++;
        continue;
      }
      // The record is now in step with this revision, changed or not.
      if (d._rev) b.writes.push(raw.objectStore('bases').put(d._rev, [replicaName, d._id]));
      if (d.type === 'event') applyEvent(b, d);
      else if (d.type === 'correction') applyCorrection(b, d);
      else await applyReport(b, d, p, conflicts);
    }
    await writeEvents(b);
    b.writes.push(raw.objectStore('meta').put(seq, SEQ_KEY + replicaName));
    await Promise.all(b.writes);
    await raw.done;
  });
}

/**
 * The database schema and its upgrade steps. Each version adds one
 * `if (oldVersion < N)` step; never edit a released step, add the next one.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Correction } from '../corrections';
import type { SavedReport, StoredEvent } from '../types';
import { docIdOf, outboxStamp, SYNCED_STORES, type ConflictRecord, type OutboxEntry } from './sync-records';
import type { TrashRecord } from './trash';

export const DB_NAME = 'mali-crosscheck';
export const DB_VERSION = 5;

export interface CrosscheckDB extends DBSchema {
  reports: {
    key: string;
    value: SavedReport;
    indexes: { days: string; placeKeys: string; savedAt: string };
  };
  events: {
    key: string;
    value: StoredEvent;
    indexes: {
      days: string;
      placeKeys: string;
      updatedAt: string;
      /** Place keys of events with no usable date, found by place alone. */
      undatedPlaceKeys: string;
      /** The reports linked to each event, to relink a report when it is saved again. */
      reports: string;
      /** v5: each event's figures, for a report that names no place and no day (its toll is all it has). */
      figures: string;
      /** v5: the figures of events no report dates or places, for any report with that toll. */
      unplacedFigures: string;
    };
  };
  meta: { key: string; value: unknown };
  /** v2: the user's corrections, apart from the extractor's output (corrections.ts). */
  corrections: {
    key: string;
    value: Correction;
    indexes: { url: string; createdAt: string };
  };
  /** v2: deleted reports and events, for undo (trash.ts: a header and its contents per deletion). */
  trash: {
    key: string;
    value: TrashRecord;
    indexes: { deletedAt: string };
  };
  /**
   * v3: the team sync's outbox — one entry per changed report, event or
   * correction (by document id), written in the transaction that changed it
   * (outbox.ts); the sync moves them to its PouchDB replica.
   */
  outbox: { key: string; value: OutboxEntry };
  /** v3: reports two people changed at once, with every version, until someone chooses (lib/sync). */
  conflicts: { key: string; value: ConflictRecord };
  /**
   * v4: per team replica and document id, the replica revision the stored
   * record was last in step with (written by the sync in the transaction
   * that stored or sent it): a local change is sent on top of that revision,
   * so a version from the team it never saw is kept beside it (lib/sync).
   */
  bases: { key: [string, string]; value: string };
}

export type CrosscheckDatabase = IDBPDatabase<CrosscheckDB>;

export function upgrade(
  db: CrosscheckDatabase,
  oldVersion: number,
  _newVersion: number | null,
  tx: IDBPTransaction<CrosscheckDB, StoreNames<CrosscheckDB>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    const reports = db.createObjectStore('reports', { keyPath: 'url' });
    reports.createIndex('days', 'days', { multiEntry: true });
    reports.createIndex('placeKeys', 'placeKeys', { multiEntry: true });
    reports.createIndex('savedAt', 'savedAt');
    const events = db.createObjectStore('events', { keyPath: 'id' });
    events.createIndex('days', 'days', { multiEntry: true });
    events.createIndex('placeKeys', 'placeKeys', { multiEntry: true });
    events.createIndex('updatedAt', 'updatedAt');
    events.createIndex('undatedPlaceKeys', 'undatedPlaceKeys', { multiEntry: true });
    events.createIndex('reports', 'reports', { multiEntry: true });
    db.createObjectStore('meta');
  }
  if (oldVersion < 2) {
    // Additive: v1 data is left as it is.
    const corrections = db.createObjectStore('corrections', { keyPath: 'id' });
    corrections.createIndex('url', 'url');
    corrections.createIndex('createdAt', 'createdAt');
    const trash = db.createObjectStore('trash', { keyPath: 'id' });
    trash.createIndex('deletedAt', 'deletedAt');
  }
  if (oldVersion < 3) {
    // Additive. Everything saved before is queued once, so a first sync sends it.
    const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
    db.createObjectStore('conflicts', { keyPath: 'id' });
    void queueExisting(tx, outbox);
  }
  if (oldVersion < 4) {
    // Additive: a record without a base is sent beside whatever the replica holds, never over it.
    db.createObjectStore('bases');
  }
  if (oldVersion < 5) {
    // Additive: two indexes; the events stored before get their unplacedFigures field.
    const events = tx.objectStore('events');
    events.createIndex('figures', 'figures', { multiEntry: true });
    events.createIndex('unplacedFigures', 'unplacedFigures', { multiEntry: true });
    void markUnplaced(tx);
  }
  // if (oldVersion < 6) { … the next version's step goes here … }
}

/** Gives each stored event with no day and no place its unplacedFigures (the v5 step). */
async function markUnplaced(tx: VersionTx) {
  let cursor = await tx.objectStore('events').openCursor();
  while (cursor) {
    const e = cursor.value;
    if (!e.days?.length && !e.placeKeys.length && e.figures?.length && !e.unplacedFigures)
      await cursor.update({ ...e, unplacedFigures: e.figures });
    cursor = await cursor.continue();
  }
}

type VersionTx = IDBPTransaction<CrosscheckDB, StoreNames<CrosscheckDB>[], 'versionchange'>;

/** Queues every report, event and correction already stored (the v3 step). */
async function queueExisting(tx: VersionTx, outbox: { put(e: OutboxEntry): Promise<unknown> }) {
  const at = outboxStamp();
  for (const name of SYNCED_STORES) {
    for (const key of await tx.objectStore(name).getAllKeys())
      void outbox.put({ id: docIdOf(name, String(key)), store: name, key: String(key), at });
  }
}

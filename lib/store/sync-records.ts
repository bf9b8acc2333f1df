/**
 * What the team sync keeps in the store: the outbox (what changed since the
 * last sync) and the conflicts (reports two people changed at once). The
 * document ids are those of the team database: `report:<url>`,
 * `event:<id>`, `correction:<id>`.
 */
import type { SavedReport } from '../types';

/** The stores whose records are documents of the team database. */
export const SYNCED_STORES = ['reports', 'events', 'corrections'] as const;
export type SyncedStore = (typeof SYNCED_STORES)[number];

export const DOC_PREFIX: Record<SyncedStore, 'report' | 'event' | 'correction'> = {
  reports: 'report',
  events: 'event',
  corrections: 'correction',
};

export function isSyncedStore(name: string): name is SyncedStore {
  return (SYNCED_STORES as readonly string[]).includes(name);
}

export function docIdOf(store: SyncedStore, key: string): string {
  return `${DOC_PREFIX[store]}:${key}`;
}

/** One record to send: the store says which, `at` tells a re-queued entry from the one a sync read. */
export interface OutboxEntry {
  /** The document id, so a record changed ten times is sent once. */
  id: string;
  store: SyncedStore;
  key: string;
  at: string;
}

let counter = 0;
/** Unique per write: the sync deletes an entry only if no write re-queued it meanwhile. */
export function outboxStamp(): string {
  counter = (counter + 1) % 1e6;
  return `${new Date().toISOString()}#${counter}#${Math.random().toString(36).slice(2, 8)}`;
}

/** One version of a report in a conflict. */
export interface ConflictVersion {
  rev: string;
  /** Who saved this version (the team server's user name). */
  editedBy: string | null;
  updatedAt: string | null;
  /** null: this version deleted the report. */
  report: SavedReport | null;
}

/**
 * A report two people changed at once. Every version is kept until someone
 * chooses; `resolvedBy` then says who, and the sync deletes the other
 * branches on the server (marked with the same name).
 */
export interface ConflictRecord {
  /** The document id, `report:<url>`. */
  id: string;
  url: string;
  detectedAt: string;
  versions: ConflictVersion[];
  /** 'open': waiting for a choice; 'chosen': chosen here, not yet sent; 'resolved': sent or resolved elsewhere. */
  state: 'open' | 'chosen' | 'resolved';
  chosenRev?: string;
  resolvedBy?: string;
  resolvedAt?: string;
}

/**
 * PouchDB as the dashboard uses it: the core, its IndexedDB adapter (the
 * replica, in the extension's own origin), HTTP (the team database) and
 * replication — about 33 KiB gzip, loaded only when the team sync is set up.
 * Vite needs the `events` package for PouchDB's EventEmitter.
 */
import PouchDB from 'pouchdb-core';
import indexeddb from 'pouchdb-adapter-indexeddb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { ReplicaDB } from '@/lib/sync';

PouchDB.plugin(indexeddb).plugin(http).plugin(replication);

/** One replica per team database, so switching servers never mixes two teams' documents. */
export function replicaName(dbUrl: string): string {
  let h = 0;
  for (const ch of dbUrl) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return `team-${(h >>> 0).toString(36)}`;
}

export function openReplica(dbUrl: string): ReplicaDB {
  // Random revision ids: PouchDB's default hashes every document (md5) to name its revision,
  // which the sync does not need (two members never write the same revision on purpose).
  return new PouchDB(replicaName(dbUrl), { adapter: 'indexeddb', deterministic_revs: false });
}

/** The team database; the browser sends the AuthSession cookie with each request. */
export function openRemote(dbUrl: string): unknown {
  return new PouchDB(dbUrl, { adapter: 'http', skip_setup: true });
}

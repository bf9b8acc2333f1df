/**
 * The part of PouchDB's API the sync uses, so lib/ takes a PouchDB database
 * made elsewhere: with the IndexedDB adapter in the extension
 * (entrypoints/dashboard/pouch.ts), the memory adapter in Node tests (the
 * IndexedDB adapters cannot run on fake-indexeddb).
 */
import type { TeamDoc } from './docs';

export interface BulkResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  reason?: string;
  status?: number;
}

export interface AllDocsRow {
  id?: string;
  key: string;
  value?: { rev: string; deleted?: boolean };
  doc?: (TeamDoc & { _rev: string }) | null;
  error?: string;
}

export interface ChangesResult {
  /** style all_docs: `changes` lists every leaf revision (a conflict shows as two). */
  results: Array<{
    id: string;
    seq: number | string;
    changes: Array<{ rev: string }>;
    deleted?: boolean;
    /** With include_docs: the winning version (with `_conflicts` when asked). */
    doc?: unknown;
  }>;
  last_seq: number | string;
}

export type Seq = number | string;

export interface ReplicateOptions {
  batch_size: number;
  batches_limit?: number;
  /** Start after this sequence of the source (instead of the replication's checkpoint). */
  since?: Seq;
  /** false: no checkpoint documents written (the caller keeps its own mark). */
  checkpoint?: false;
}

export interface ReplicationResult {
  docs_written: number;
  /** The source's sequence the replication got to. */
  last_seq?: Seq;
}

export interface ReplicaDB {
  allDocs(opts: { keys: string[]; include_docs: true; conflicts?: boolean }): Promise<{ rows: AllDocsRow[] }>;
  /** `new_edits: false`: the documents' own revisions are kept (a branch); only failures are answered. */
  bulkDocs(docs: object[], opts?: { new_edits: boolean }): Promise<BulkResult[]>;
  bulkGet(opts: { docs: Array<{ id: string; rev: string }> }): Promise<{
    results: Array<{ id: string; docs: Array<{ ok?: unknown; error?: unknown }> }>;
  }>;
  changes(opts: {
    since: Seq;
    limit: number;
    style: 'all_docs';
    include_docs?: boolean;
    conflicts?: boolean;
  }): Promise<ChangesResult>;
  replicate: {
    from(remote: unknown, opts: ReplicateOptions): PromiseLike<ReplicationResult>;
    to(remote: unknown, opts: ReplicateOptions): PromiseLike<ReplicationResult>;
  };
  /** For the replica's own `_local` documents. */
  get(id: string): Promise<unknown>;
  put(doc: { _id: string; _rev?: string }): Promise<{ rev: string }>;
  info(): Promise<{ update_seq: Seq }>;
}

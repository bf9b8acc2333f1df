// PouchDB's modules ship no types (and @types/pouchdb-core changes Node's Buffer
// typings project-wide): the little the project uses of them, declared here.
// lib/sync/replica.ts types the database methods the sync calls.
declare module 'pouchdb-core' {
  import type { ReplicaDB } from './replica';
  interface PouchDBStatic {
    new (
      name: string,
      options?: Record<string, unknown>,
    ): ReplicaDB & {
      info(): Promise<{ update_seq: number | string; doc_count: number }>;
      get(
        id: string,
        opts?: Record<string, unknown>,
      ): Promise<Record<string, unknown> & { _id: string; _rev: string }>;
      put(doc: object): Promise<{ ok: boolean; id: string; rev: string }>;
      destroy(): Promise<unknown>;
      close(): Promise<unknown>;
    };
    plugin(plugin: unknown): PouchDBStatic;
    defaults(options: Record<string, unknown>): PouchDBStatic;
  }
  const PouchDB: PouchDBStatic;
  export type { PouchDBStatic };
  export default PouchDB;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  function expressPouchDB(
    db: unknown,
    options?: Record<string, unknown>,
  ): (req: IncomingMessage, res: ServerResponse) => void;
  export default expressPouchDB;
}

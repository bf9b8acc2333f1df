/**
 * Two (or more) newsroom members for the sync tests: each its own store
 * (fake-indexeddb), its own PouchDB replica (memory adapter: PouchDB's
 * IndexedDB adapters do not run on fake-indexeddb) and its own cookie jar,
 * all syncing with one team server started on port 0.
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openStore, type Store } from '../../../lib/store';
import { signIn, syncNow, type ReplicaDB } from '../../../lib/sync';
import { cookieFetch, PouchDB, type TeamServer } from '../../team-server/team-server';

export interface Member {
  name: string;
  store: Store;
  replica: ReplicaDB;
  replicaName: string;
  remote: unknown;
  sync(): ReturnType<typeof syncNow>;
}

let members = 0;

export async function member(server: TeamServer, name: string, password = `${name}-pass`): Promise<Member> {
  const store = await openStore(
    `member-${++members}`,
    new IDBFactory() as unknown as globalThis.IDBFactory,
    IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
  );
  const fetcher = cookieFetch();
  const signedIn = await signIn(fetcher, server.origin, name, password);
  if (!signedIn.ok) throw new Error(`${name} could not sign in: ${signedIn.error}`);
  const replicaName = `replica-${members}`;
  const replica = new PouchDB(replicaName, { adapter: 'memory', deterministic_revs: false });
  const remote = new PouchDB(server.dbUrl, { fetch: fetcher, skip_setup: true });
  const m: Member = {
    name,
    store,
    replica,
    replicaName,
    remote,
    sync: () => syncNow({ store, replica, replicaName, remote, user: name }),
  };
  return m;
}

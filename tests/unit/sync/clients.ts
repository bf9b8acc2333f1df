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
  /**
   * A sync during which `during` runs after the outbox went to the replica
   * and before the team's changes are pulled (a user editing while a sync runs).
   */
  syncWhile(during: () => Promise<unknown>): ReturnType<typeof syncNow>;
}

let members = 0;

export async function member(server: TeamServer, name: string, password = `${name}-pass`): Promise<Member> {
  const store = await openStore(
    `member-${++members}`,
    new IDBFactory() as unknown as globalThis.IDBFactory,
    IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
  );
  return connect(store, server, name, password);
}

/** The same member (same store) connected to another team server: a replica of its own, as the dashboard does. */
export function switchServer(m: Member, server: TeamServer): Promise<Member> {
  return connect(m.store, server, m.name, `${m.name}-pass`);
}

async function connect(store: Store, server: TeamServer, name: string, password: string): Promise<Member> {
  const fetcher = cookieFetch();
  const signedIn = await signIn(fetcher, server.origin, name, password);
  if (!signedIn.ok) throw new Error(`${name} could not sign in: ${signedIn.error}`);
  const replicaName = `replica-${++members}`;
  const replica = new PouchDB(replicaName, { adapter: 'memory', deterministic_revs: false });
  const remote = new PouchDB(server.dbUrl, { fetch: fetcher, skip_setup: true });
  const m: Member = {
    name,
    store,
    replica,
    replicaName,
    remote,
    sync: () => syncNow({ store, replica, replicaName, remote, user: name }),
    syncWhile: (during) =>
      syncNow({ store, replica: pausedBeforePull(replica, during), replicaName, remote, user: name }),
  };
  return m;
}

/** The replica, with `during` run once before its first pull. */
function pausedBeforePull(replica: ReplicaDB, during: () => Promise<unknown>): ReplicaDB {
  let ran = false;
  const from: ReplicaDB['replicate']['from'] = (remote, opts) => {
    const first = ran ? Promise.resolve() : during();
    ran = true;
    return first.then(() => replica.replicate.from(remote, opts));
  };
  return new Proxy(replica, {
    get(target, prop) {
      if (prop === 'replicate') return { from, to: target.replicate.to.bind(target.replicate) };
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The outbox, written in the same transaction as every change to a report,
 * an event or a correction. Rather than a call at each of the store's write
 * sites (save, delete, trash, undo, corrections, import…) where one could be
 * forgotten, the store's database handle is wrapped: a readwrite transaction
 * over a synced store also covers `outbox`, and its put/add/delete/clear
 * queue the record's document id. Only the sync writes through the raw
 * handle (Store.untracked), so what arrives from the team is not sent back.
 */
import type { IDBPObjectStore } from 'idb';
import type { CrosscheckDatabase } from './schema';
import { docIdOf, isSyncedStore, outboxStamp, type OutboxEntry, type SyncedStore } from './sync-records';

const KEY_PATH: Record<SyncedStore, 'url' | 'id'> = { reports: 'url', events: 'id', corrections: 'id' };

type AnyStore = IDBPObjectStore<unknown, string[], string, IDBTransactionMode>;
type Outbox = { put(e: OutboxEntry): Promise<unknown> };

function entry(store: SyncedStore, key: unknown): OutboxEntry {
  if (typeof key !== 'string') throw new Error(`A ${store} key must be a string to be synced`);
  return { id: docIdOf(store, key), store, key, at: outboxStamp() };
}

function bind<T extends object>(target: T, value: unknown): unknown {
  return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
}

function trackStore(os: AnyStore, name: SyncedStore, outbox: Outbox): AnyStore {
  const keyOf = (value: unknown, key?: unknown) =>
    key ?? (value as Record<string, unknown> | null)?.[KEY_PATH[name]];
  return new Proxy(os, {
    get(target, prop) {
      if (prop === 'put' || prop === 'add')
        return (value: unknown, key?: IDBValidKey) => {
          // The record first: when it throws, nothing is queued.
          const done = prop === 'put' ? target.put!(value, key) : target.add!(value, key);
          return Promise.all([done, outbox.put(entry(name, keyOf(value, key)))]).then(([k]) => k);
        };
      if (prop === 'delete')
        return (key: IDBValidKey) => {
          const done = target.delete!(key);
          return Promise.all([done, outbox.put(entry(name, key))]).then(() => undefined);
        };
      if (prop === 'clear')
        return async () => {
          const keys = await target.getAllKeys();
          await Promise.all([...keys.map((k) => outbox.put(entry(name, k))), target.clear!()]);
        };
      return bind(target, Reflect.get(target, prop));
    },
  });
}

type AnyTx = { objectStore(name: string): AnyStore; store?: AnyStore };

function trackTx<T extends AnyTx>(tx: T, names: string[]): T {
  const outbox = () => tx.objectStore('outbox') as unknown as Outbox;
  const storeOf = (name: string) =>
    isSyncedStore(name) ? trackStore(tx.objectStore(name), name, outbox()) : tx.objectStore(name);
  return new Proxy(tx, {
    get(target, prop) {
      if (prop === 'objectStore') return storeOf;
      // idb's tx.store exists for a one-store transaction; this one also holds the outbox.
      if (prop === 'store') return names.length === 1 ? storeOf(names[0]) : undefined;
      return bind(target, Reflect.get(target, prop));
    },
  });
}

/** The database handle whose writes to reports, events and corrections queue them in the outbox. */
export function trackChanges(db: CrosscheckDatabase): CrosscheckDatabase {
  const transaction = (storeNames: string | string[], mode?: IDBTransactionMode, options?: unknown) => {
    const names = typeof storeNames === 'string' ? [storeNames] : [...storeNames];
    const raw = db.transaction as unknown as (n: unknown, m?: unknown, o?: unknown) => AnyTx;
    if (mode !== 'readwrite' || !names.some(isSyncedStore)) return raw.call(db, storeNames, mode, options);
    return trackTx(raw.call(db, [...names, 'outbox'], mode, options), names);
  };
  const shortcut =
    (op: 'put' | 'add' | 'delete' | 'clear') =>
    async (name: string, ...args: unknown[]) => {
      if (!isSyncedStore(name)) return (db[op] as (...a: unknown[]) => unknown)(name, ...args);
      const tx = transaction(name, 'readwrite') as AnyTx & { done: Promise<void> };
      const os = tx.objectStore(name) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
      const result = await os[op](...args);
      await tx.done;
      return result;
    };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'transaction') return transaction;
      if (prop === 'put' || prop === 'add' || prop === 'delete' || prop === 'clear') return shortcut(prop);
      return bind(target, Reflect.get(target, prop));
    },
  });
}

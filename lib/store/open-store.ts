import { wrap } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type CrosscheckDatabase } from './schema';
import { trackChanges } from './outbox';
import { StoreError, toStoreError } from './store-error';

export interface Store {
  /**
   * The open database; the named queries use it, callers need not. After
   * another page upgrades or deletes the database (versionchange), this
   * connection is closed; reading `db` then throws StaleConnection, which
   * guard() answers by reopening once and running the work again.
   */
  readonly db: CrosscheckDatabase;
  /**
   * The same database without the outbox (outbox.ts): only the team sync
   * writes through it, so what arrives from the team is not queued back.
   */
  readonly untracked: CrosscheckDatabase;
  /** IDBKeyRange of the same IndexedDB implementation as `db` (fake-indexeddb in tests). */
  keyRange: typeof IDBKeyRange;
  close(): void;
}

/** Thrown by Store.db once a versionchange closed the connection: guard() reopens and retries. */
export class StaleConnection extends Error {
  constructor(readonly reopen: () => Promise<void>) {
    super('The database connection was closed for an upgrade in another page.');
    this.name = 'StaleConnection';
  }
}

/**
 * Opens (creating or upgrading) the database with an explicit IDBFactory, so
 * tests can pass fake-indexeddb; `version` is only for testing upgrades.
 * A blocked upgrade rejects with StoreError('blocked') rather than waiting.
 * The store closes itself on versionchange and reopens on its next use.
 */
export async function openDatabase(
  name: string,
  factory: IDBFactory,
  keyRange: typeof IDBKeyRange,
  version = DB_VERSION,
): Promise<Store> {
  let raw: IDBDatabase | null = null;
  let db: CrosscheckDatabase | null = null;
  let tracked: CrosscheckDatabase | null = null;
  let closed = false;
  let reopening: Promise<void> | null = null;
  const connect = async () => {
    const next = await openConnection(name, factory, version);
    // Another page is upgrading the schema: let it, this page reopens on its next action.
    next.onversionchange = () => {
      next.close();
      if (raw === next) db = tracked = null;
    };
    raw = next;
    db = wrap(next) as CrosscheckDatabase;
    tracked = trackChanges(db);
  };
  const reopen = () =>
    (reopening ??= connect().finally(() => {
      reopening = null;
    }));
  await connect();
  const open = (): CrosscheckDatabase => {
    if (closed) throw new StoreError('unknown', 'the store was closed');
    if (!db) throw new StaleConnection(reopen);
    return db;
  };
  return {
    get db(): CrosscheckDatabase {
      open();
      return tracked!;
    },
    get untracked(): CrosscheckDatabase {
      return open();
    },
    keyRange,
    close: () => {
      closed = true;
      raw?.close();
    },
  };
}

function openConnection(name: string, factory: IDBFactory, version: number): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    let settled = false;
    const fail = (err: StoreError) => {
      settled = true;
      reject(err);
    };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch (err) {
      fail(toStoreError(err));
      return;
    }
    request.onupgradeneeded = (e) => {
      try {
        upgrade(
          wrap(request.result) as CrosscheckDatabase,
          e.oldVersion,
          e.newVersion,
          wrap(request.transaction!) as never,
        );
      } catch (err) {
        request.transaction?.abort();
        fail(toStoreError(err));
      }
    };
    request.onblocked = () => fail(new StoreError('blocked'));
    request.onerror = (e) => {
      e.preventDefault();
      fail(toStoreError(request.error));
    };
    request.onsuccess = () => {
      const raw = request.result;
      if (settled) {
        raw.close(); // it was blocked and the caller has given up on it
        return;
      }
      resolve(raw);
    };
  });
}

/**
 * Opens (creating or upgrading) the database. `factory` and `keyRange` let
 * tests pass fake-indexeddb's IDBFactory and IDBKeyRange.
 */
export async function openStore(
  name = DB_NAME,
  factory?: IDBFactory,
  keyRange?: typeof IDBKeyRange,
): Promise<Store> {
  const g = globalThis as { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange };
  const f = factory ?? g.indexedDB;
  const k = keyRange ?? g.IDBKeyRange;
  if (!f || !k) throw new StoreError('unknown', 'IndexedDB is not available here');
  return openDatabase(name, f, k);
}

import { wrap } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type CrosscheckDatabase } from './schema';
import { StoreError, toStoreError } from './store-error';

export interface Store {
  /** The open database; the named queries use it, callers need not. */
  db: CrosscheckDatabase;
  /** IDBKeyRange of the same IndexedDB implementation as `db` (fake-indexeddb in tests). */
  keyRange: typeof IDBKeyRange;
  close(): void;
}

/**
 * Opens (creating or upgrading) the database with an explicit IDBFactory, so
 * tests can pass fake-indexeddb; `version` is only for testing upgrades.
 * A blocked upgrade rejects with StoreError('blocked') rather than waiting.
 */
export function openDatabase(
  name: string,
  factory: IDBFactory,
  keyRange: typeof IDBKeyRange,
  version = DB_VERSION,
): Promise<Store> {
  return new Promise<Store>((resolve, reject) => {
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
      // Another page is upgrading the schema: let it, this page reopens on its next action.
      raw.onversionchange = () => raw.close();
      const db = wrap(raw) as CrosscheckDatabase;
      resolve({ db, keyRange, close: () => raw.close() });
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

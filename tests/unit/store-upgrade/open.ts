import 'fake-indexeddb/auto'; // idb's wrap() checks instanceof against the global IDB classes
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openStore, type Store } from '../../../lib/store';

export const stores: Store[] = [];

export async function open(factory = new IDBFactory(), name = 'test'): Promise<Store> {
  const s = await openStore(
    name,
    factory as unknown as globalThis.IDBFactory,
    IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
  );
  stores.push(s);
  return s;
}

export function closeAll(): void {
  stores.splice(0).forEach((s) => s.close());
}

import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { countReports, DB_VERSION, openDatabase, saveReport, StoreError } from '../../../lib/store';
import { article, claim, incident, report } from '../events/fixtures';

const range = IDBKeyRange as unknown as typeof globalThis.IDBKeyRange;
const kayes = () =>
  report([incident({ date: '2025-07-01', places: ['Kayes'] })], [claim('killed', 'soldiers', 3)]);

function deleteDb(factory: globalThis.IDBFactory, name: string) {
  return new Promise<void>((resolve, reject) => {
    const req = factory.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
}

describe('a connection closed by another page (versionchange)', () => {
  it('is closed so the other page can go on, and reopened on the next use', async () => {
    const factory = new IDBFactory() as unknown as globalThis.IDBFactory;
    const s = await openDatabase('reopen', factory, range);
    await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes());
    // Another page deletes the database: that waits for this page's connection to close.
    await deleteDb(factory, 'reopen');
    expect(await countReports(s)).toBe(0);
    const res = await saveReport(s, article('https://a.example/2', '2025-07-02'), kayes());
    expect(res.created).toBe(true);
    expect(await countReports(s)).toBe(1);
    s.close();
  });

  it('after an upgrade by a newer version, the next use says to update the extension', async () => {
    const factory = new IDBFactory() as unknown as globalThis.IDBFactory;
    const s = await openDatabase('newer', factory, range);
    const newer = await openDatabase('newer', factory, range, DB_VERSION + 1);
    newer.close();
    const err = await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes()).catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.userMessage).toMatch(/newer version of Mali Crosscheck/);
    s.close();
  });
});

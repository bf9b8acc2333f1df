import 'fake-indexeddb/auto'; // idb's wrap() checks instanceof against the global IDB classes
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { syntheticData } from '../../../lib/dashboard/synthetic';
import { claimsCsv, claimsCsvInBatches, exportJson, exportJsonInBatches } from '../../../lib/export';
import { ProgressCounter } from '../../../lib/progress';
import { countEvents, countReports, openStore } from '../../../lib/store';
import { importData } from '../../../lib/store/import';

type Call = [done: number, total: number];

/** The calls rise (never back), all with one total, and the last is done === total. */
function expectRisingToTotal(calls: Call[], total: number) {
  expect(calls.length).toBeGreaterThan(2);
  for (const [, t] of calls) expect(t).toBe(total);
  for (let i = 1; i < calls.length; i++) expect(calls[i][0]).toBeGreaterThanOrEqual(calls[i - 1][0]);
  expect(calls[0][0]).toBe(0);
  expect(calls.at(-1)).toEqual([total, total]);
  // Some calls in between: a bar that moves, not only 0 then all.
  expect(calls.some(([d]) => d > 0 && d < total)).toBe(true);
}

const data = syntheticData(1200);
const now = new Date('2026-01-02T03:04:05.000Z');

describe('progress of long work', () => {
  it('counts in batches and ends at the total', () => {
    const calls: Call[] = [];
    const p = new ProgressCounter(10, (d, t) => calls.push([d, t]), 4);
    const crossed = Array.from({ length: 10 }, () => p.step());
    p.finish();
    expect(crossed).toEqual([false, false, false, true, false, false, false, true, false, false]);
    expect(calls).toEqual([
      [0, 10],
      [4, 10],
      [8, 10],
      [10, 10],
    ]);
  });

  it('builds the JSON export in batches, the same text as at once, telling its progress', async () => {
    const calls: Call[] = [];
    const text = await exportJsonInBatches(data, now, (d, t) => calls.push([d, t]));
    expect(text).toBe(exportJson(data, now));
    expectRisingToTotal(calls, data.reports.length + data.events.length);
  });

  it('builds the JSON export of an empty store the same way', async () => {
    const empty = { reports: [], events: [], corrections: [] };
    expect(await exportJsonInBatches(empty, now)).toBe(exportJson(empty, now));
  });

  it('builds the claims CSV in batches, the same text as at once, counting reports', async () => {
    const calls: Call[] = [];
    const text = await claimsCsvInBatches(data, (d, t) => calls.push([d, t]));
    expect(text).toBe(claimsCsv(data));
    expectRisingToTotal(calls, data.reports.length);
  });

  it('imports with progress over the reports and events of the file', async () => {
    const store = await openStore(
      'progress',
      new IDBFactory() as unknown as globalThis.IDBFactory,
      IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
    );
    try {
      const calls: Call[] = [];
      const result = await importData(store, data, [], (d, t) => calls.push([d, t]));
      expect(result.added).toBe(data.reports.length);
      expectRisingToTotal(calls, data.reports.length + data.events.length);
      expect(await countReports(store)).toBe(data.reports.length);
      expect(await countEvents(store)).toBe(data.events.length);
    } finally {
      store.close();
    }
  });
});

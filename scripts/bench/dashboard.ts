/**
 * npm run bench dashboard — the dashboard's reads and timeline model with
 * 10,000 saved reports (fake-indexeddb in Node): the first page through the
 * days index, its timeline lines (reports, corrections, comparison), the
 * full event list for filters, a filter, and the exports. Median of runs,
 * in CPU milliseconds of this process (the machine is shared).
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { loadEventList, loadFirstPage, loadItems, matchesFilter } from '../../lib/dashboard';
import { syntheticData } from '../../lib/dashboard/synthetic';
import { acledCsv, claimsCsv, exportJson } from '../../lib/export';
import { openStore } from '../../lib/store';
import { readAll } from '../../lib/store/import';

const PAGE = 30;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function median(runs: number, f: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = cpuMs();
    await f();
    times.push(cpuMs() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)] * 10) / 10;
}

export async function run(): Promise<string[]> {
  const data = syntheticData(10_000);
  const store = await openStore(
    'bench',
    new IDBFactory() as unknown as globalThis.IDBFactory,
    IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
  );
  const tx = store.db.transaction(['reports', 'events'], 'readwrite');
  for (const r of data.reports) void tx.objectStore('reports').put(r);
  for (const e of data.events) void tx.objectStore('events').put(e);
  await tx.done;

  const lines = [
    `${data.reports.length} reports, ${data.events.length} events (synthetic), fake-indexeddb, median CPU ms`,
  ];
  let first = await loadFirstPage(store, PAGE);
  const firstPage = await median(5, async () => (first = await loadFirstPage(store, PAGE)));
  const items = await median(5, () => loadItems(store, first));
  lines.push(
    `timeline first page (${PAGE} events through the days index): ${firstPage} ms + lines (reports, corrections, comparison): ${items} ms`,
  );
  let all = await loadEventList(store);
  const list = await median(3, async () => (all = await loadEventList(store)));
  const filter = await median(5, async () =>
    all.filter((e) => matchesFilter(e, { place: 'gao', actor: 'jn' })),
  );
  lines.push(
    `all ${all.length} event records (filters, paging, map): ${list} ms; a place+actor filter over them: ${filter} ms`,
  );
  const everything = await readAll(store);
  const json = await median(1, async () => exportJson(everything));
  const csv = await median(1, async () => claimsCsv(everything));
  const acled = await median(1, async () => acledCsv(everything));
  lines.push(`exports of everything: JSON ${json} ms, claims CSV ${csv} ms, ACLED CSV ${acled} ms`);
  store.close();
  return lines;
}

import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { claimRef } from '../../../lib/corrections';
import { buildExportFile, exportJson, parseImport } from '../../../lib/export';
import { countReports, getEvent, getReport, saveReport } from '../../../lib/store';
import { addClaimCorrection } from '../../../lib/store/corrections';
import { importData, readAll } from '../../../lib/store/import';
import { trashAll } from '../../../lib/store/trash';
import { article, claim, incident, report } from '../events/fixtures';
import { closeAll, open } from './open';

afterEach(closeAll);

const kayes = (n: number) =>
  report([incident({ date: '2025-07-01', places: ['Kayes'] })], [claim('killed', 'soldiers', n)]);
const gao = () =>
  report([incident({ date: '2025-08-01', places: ['Gao'] })], [claim('killed', 'civilians', 3)]);

async function source() {
  const s = await open(new IDBFactory(), 'src');
  await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes(12));
  await saveReport(s, article('https://b.example/2', '2025-07-02'), kayes(15));
  await saveReport(s, article('https://c.example/3', '2025-08-02'), gao());
  const a = await getReport(s, 'https://a.example/1');
  await addClaimCorrection(s, {
    type: 'edit-claim',
    url: a!.url,
    claim: claimRef(a!.report.claims[0]),
    set: { min: 13, max: 13 },
  });
  return s;
}

function check(text: string) {
  const r = parseImport(text);
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('import', () => {
  it('brings an export back into an empty store identically', async () => {
    const src = await source();
    const text = exportJson(await readAll(src));
    const dst = await open(new IDBFactory(), 'dst');
    const r = check(text);
    const res = await importData(dst, r.data, r.rejected);
    expect(res).toMatchObject({
      added: 3,
      updated: 0,
      unchanged: 0,
      events: { added: 2, updated: 0 },
      corrections: { added: 1 },
      rejected: [],
    });
    expect(buildExportFile(await readAll(dst), new Date(0))).toEqual(
      buildExportFile(await readAll(src), new Date(0)),
    );
  });

  it('imports the same file twice without duplicates', async () => {
    const src = await source();
    const text = exportJson(await readAll(src));
    const r = check(text);
    await importData(src, r.data, r.rejected);
    const again = await importData(src, r.data, r.rejected);
    expect(again).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 3,
      events: { added: 0, updated: 0 },
      corrections: { added: 0 },
    });
    expect(await countReports(src)).toBe(3);
    const all = await readAll(src);
    expect(all.events).toHaveLength(2);
    expect(all.corrections).toHaveLength(1);
  });

  it('updates a report with the same URL and merges it into the file’s event', async () => {
    const src = await source();
    const file = check(exportJson(await readAll(src)));
    // Another store saved a.example/1 (read differently, earlier than the file's) into an event of its own.
    const dst = await open(new IDBFactory(), 'dst');
    const earlier = { now: '2020-01-01T00:00:00.000Z' };
    await saveReport(
      dst,
      article('https://a.example/1', '2025-07-02', 'another reading of the page'),
      kayes(99),
      earlier,
    );
    await saveReport(dst, article('https://z.example/9', '2025-07-02'), kayes(20), earlier);
    const res = await importData(dst, file.data, file.rejected);
    expect(res).toMatchObject({ added: 2, updated: 1 });
    expect((await getReport(dst, 'https://a.example/1'))!.article.text).toBe(
      file.data.reports.find((x) => x.url === 'https://a.example/1')!.article.text,
    );
    // The stored event that had a.example/1 no longer lists it; every report is in exactly one event.
    const all = await readAll(dst);
    const count = new Map<string, number>();
    for (const e of all.events) for (const u of e.reports) count.set(u, (count.get(u) ?? 0) + 1);
    expect([...count.entries()].sort()).toEqual([
      ['https://a.example/1', 1],
      ['https://b.example/2', 1],
      ['https://c.example/3', 1],
      ['https://z.example/9', 1],
    ]);
  });

  it('reports rejected records and events whose reports are nowhere', async () => {
    const src = await source();
    const json = JSON.parse(exportJson(await readAll(src)));
    json.reports = json.reports.filter((r: { url: string }) => r.url !== 'https://c.example/3');
    json.reports.push({ url: 'ftp://bad/' });
    const r = check(JSON.stringify(json));
    const dst = await open(new IDBFactory(), 'dst');
    const res = await importData(dst, r.data, r.rejected);
    expect(res.added).toBe(2);
    expect(res.rejected.map((x) => x.what)).toEqual(['report', 'event']);
    expect(res.rejected[1].reason).toMatch(/none of its reports/);
  });

  it('never half-imports: a failure part-way leaves the store as it was', async () => {
    const src = await source();
    const dst = await open(new IDBFactory(), 'dst');
    await saveReport(dst, article('https://z.example/9', '2025-07-02'), kayes(20));
    const before = await readAll(dst);
    const r = check(exportJson(await readAll(src)));
    // A record IndexedDB refuses (its key is not a valid key), after the valid ones.
    const broken = {
      ...r.data,
      corrections: [...r.data.corrections, { ...r.data.corrections[0], id: {} as unknown as string }],
    };
    await expect(importData(dst, broken)).rejects.toThrow();
    expect(await readAll(dst)).toEqual(before);
    expect(await getEvent(dst, r.data.events[0].id)).toBeUndefined();
  });

  it('restores everything after delete-all from the export file', async () => {
    const src = await source();
    const before = exportJson(await readAll(src), new Date(0));
    await trashAll(src);
    const r = check(before);
    await importData(src, r.data, r.rejected);
    expect(exportJson(await readAll(src), new Date(0))).toBe(before);
  });
});

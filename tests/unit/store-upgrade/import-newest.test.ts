import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { claimRef } from '../../../lib/corrections';
import { exportJson, parseImport } from '../../../lib/export';
import { getReport, saveReport } from '../../../lib/store';
import { addClaimCorrection, getCorrections } from '../../../lib/store/corrections';
import { importData, readAll } from '../../../lib/store/import';
import { article, claim, incident, report } from '../events/fixtures';
import { closeAll, open } from './open';

afterEach(closeAll);

const kayes = (n: number) =>
  report([incident({ date: '2025-07-01', places: ['Kayes'] })], [claim('killed', 'soldiers', n)]);

function check(text: string) {
  const r = parseImport(text);
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('import merges by newest', () => {
  it('an older backup never replaces newer work: kept newer is reported, nothing goes back', async () => {
    const s = await open(new IDBFactory(), 'newest');
    await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes(12), {
      now: '2025-07-02T10:00:00.000Z',
    });
    const backup = exportJson(await readAll(s));
    // Re-saved since (a newer reading): the backup is older.
    await saveReport(s, article('https://a.example/1', '2025-07-02', 'a newer reading'), kayes(21), {
      now: '2025-07-03T10:00:00.000Z',
    });
    const before = await readAll(s);
    const r = check(backup);
    const res = await importData(s, r.data, r.rejected);
    expect(res.keptNewer).toBe(2); // the report and its event
    expect(res.updated).toBe(0);
    const now = await getReport(s, 'https://a.example/1');
    expect(now?.report.claims[0].min).toBe(21);
    expect(now?.updatedAt).toBe('2025-07-03T10:00:00.000Z');
    expect(await readAll(s)).toEqual(before);
  });

  it('a newer file version replaces the stored one', async () => {
    const s = await open(new IDBFactory(), 'newer-file');
    await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes(12), {
      now: '2025-07-02T10:00:00.000Z',
    });
    const json = JSON.parse(exportJson(await readAll(s)));
    json.reports[0].updatedAt = '2025-07-05T10:00:00.000Z';
    json.reports[0].report.claims[0].min = json.reports[0].report.claims[0].max = 30;
    const r = check(JSON.stringify(json));
    const res = await importData(s, r.data, r.rejected);
    expect(res).toMatchObject({ updated: 1, keptNewer: 0 });
    expect((await getReport(s, 'https://a.example/1'))?.report.claims[0].min).toBe(30);
  });

  it('a correction of 10⁹ or more survives export → import', async () => {
    const s = await open(new IDBFactory(), 'big');
    await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes(12));
    const a = await getReport(s, 'https://a.example/1');
    await addClaimCorrection(s, {
      type: 'edit-claim',
      url: a!.url,
      claim: claimRef(a!.report.claims[0]),
      set: { min: 2_000_000_000, max: 2_000_000_000 },
    });
    const r = check(exportJson(await readAll(s)));
    expect(r.rejected).toEqual([]);
    const dst = await open(new IDBFactory(), 'big-dst');
    const res = await importData(dst, r.data, r.rejected);
    expect(res.corrections.added).toBe(1);
    const [c] = await getCorrections(dst, 'https://a.example/1');
    expect(c.type === 'edit-claim' && c.set.min).toBe(2_000_000_000);
  });
});

describe('a correction is checked at entry by the schema the import uses', () => {
  it('refuses one that would rewrite the quoted words, with a sentence', async () => {
    const s = await open(new IDBFactory(), 'entry');
    await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes(12));
    const a = await getReport(s, 'https://a.example/1');
    const err = await addClaimCorrection(s, {
      type: 'edit-claim',
      url: a!.url,
      claim: claimRef(a!.report.claims[0]),
      set: { min: 5, text: 'five hundred' } as never,
    }).catch((e: unknown) => e);
    expect((err as { userMessage?: string }).userMessage).toMatch(/correction was not saved: set\.text/);
    expect(await getCorrections(s, 'https://a.example/1')).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { claimRef } from '../../../lib/corrections';
import { getEvent, getReport, saveReport } from '../../../lib/store';
import {
  addClaimCorrection,
  getCorrectedReport,
  getCorrections,
  mergeEvents,
  moveReport,
  reapplyMoves,
  removeCorrection,
  splitEvent,
} from '../../../lib/store/corrections';
import { article, claim, incident, report } from '../events/fixtures';
import { closeAll, open } from './open';

afterEach(closeAll);

const kayes = (n: number) =>
  report(
    [incident({ date: '2025-07-01', places: ['Kayes'], actors: ['JNIM'] })],
    [claim('killed', 'soldiers', n)],
  );
const gao = () =>
  report([incident({ date: '2025-07-05', places: ['Gao'] })], [claim('killed', 'civilians', 4)]);

describe('claim corrections', () => {
  it('are kept apart and applied on read, and survive saving the article again', async () => {
    const s = await open();
    const a = article('https://a.example/1', '2025-07-02');
    await saveReport(s, a, kayes(12));
    const before = await getReport(s, a.url);
    const c = await addClaimCorrection(s, {
      type: 'edit-claim',
      url: a.url,
      claim: claimRef(before!.report.claims[0]),
      set: { min: 14, max: 14, by: 'local' },
    });
    await addClaimCorrection(s, {
      type: 'add-claim',
      url: a.url,
      claim: claim('wounded', 'soldiers', 3, 3, { text: 'three hurt', start: 5, end: 15 }),
    });

    // The machine's output is untouched.
    expect((await getReport(s, a.url))!.report.claims).toEqual(before!.report.claims);
    const corrected = await getCorrectedReport(s, a.url);
    expect(corrected!.report.claims.map((x) => [x.kind, x.min, x.by])).toEqual([
      ['killed', 14, 'local'],
      ['wounded', 3, 'unattributed'],
    ]);

    // Re-reading replaces the report; the corrections still apply.
    await saveReport(s, a, kayes(12));
    expect((await getCorrectedReport(s, a.url))!.report.claims[0]).toMatchObject({ min: 14, by: 'local' });

    await removeCorrection(s, c.id);
    expect((await getCorrectedReport(s, a.url))!.report.claims[0]).toMatchObject({
      min: 12,
      by: 'unattributed',
    });
    expect(await getCorrections(s, a.url)).toHaveLength(1);
  });
});

describe('event corrections', () => {
  async function twoEvents() {
    const s = await open();
    const r1 = await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes(12));
    await saveReport(s, article('https://b.example/2', '2025-07-02'), kayes(15));
    const r3 = await saveReport(s, article('https://c.example/3', '2025-07-06'), gao());
    return { s, kayesId: r1.events[0].id, gaoId: r3.events[0].id };
  }

  it('moves a report to another event; the old event does not take it back on a re-save', async () => {
    const { s, kayesId, gaoId } = await twoEvents();
    expect((await getEvent(s, kayesId))!.reports).toHaveLength(2);
    await moveReport(s, 'https://b.example/2', kayesId, gaoId);
    const k = await getEvent(s, kayesId);
    const g = await getEvent(s, gaoId);
    expect(k!.reports).toEqual(['https://a.example/1']);
    expect(k!.unlinked).toEqual(['https://b.example/2']);
    expect(g!.reports.sort()).toEqual(['https://b.example/2', 'https://c.example/3']);
    expect((await getReport(s, 'https://b.example/2'))!.eventIds).toEqual([gaoId]);
    expect((await getCorrections(s, 'https://b.example/2')).map((c) => c.type)).toEqual(['move-report']);

    // Saved again, the matcher does not put it back in Kayes; reapplyMoves returns it to Gao.
    await saveReport(s, article('https://b.example/2', '2025-07-02'), kayes(15));
    expect((await getEvent(s, kayesId))!.reports).toEqual(['https://a.example/1']);
    await reapplyMoves(s, 'https://b.example/2');
    expect((await getReport(s, 'https://b.example/2'))!.eventIds).toEqual([gaoId]);
  });

  it('moves a report to an event of its own, and deletes an event left empty', async () => {
    const { s, gaoId } = await twoEvents();
    const id = await moveReport(s, 'https://c.example/3', gaoId, null);
    expect(id).not.toBe(gaoId);
    expect(await getEvent(s, gaoId)).toBeUndefined();
    const own = await getEvent(s, id);
    expect(own).toMatchObject({ reports: ['https://c.example/3'], date: '2025-07-05', places: ['Gao'] });
  });

  it('merges two events into one and splits them again', async () => {
    const { s, kayesId, gaoId } = await twoEvents();
    await mergeEvents(s, kayesId, gaoId);
    expect(await getEvent(s, gaoId)).toBeUndefined();
    const merged = await getEvent(s, kayesId);
    expect(merged!.reports.sort()).toEqual([
      'https://a.example/1',
      'https://b.example/2',
      'https://c.example/3',
    ]);
    expect(merged!.places.sort()).toEqual(['Gao', 'Kayes']);
    expect((await getReport(s, 'https://c.example/3'))!.eventIds).toEqual([kayesId]);

    const newId = await splitEvent(s, kayesId, ['https://c.example/3']);
    expect((await getEvent(s, kayesId))!.places).toEqual(['Kayes']);
    expect(await getEvent(s, newId)).toMatchObject({
      reports: ['https://c.example/3'],
      places: ['Gao'],
      date: '2025-07-05',
    });
    await expect(splitEvent(s, newId, ['https://c.example/3'])).rejects.toThrow(/some, not all/);
  });
});

describe('matching sees corrected figures', () => {
  it('returns the linked reports with their corrections applied', async () => {
    const s = await open();
    const a = article('https://a.example/1', '2025-07-02');
    await saveReport(s, a, kayes(12));
    const saved = await getReport(s, a.url);
    await addClaimCorrection(s, {
      type: 'edit-claim',
      url: a.url,
      claim: claimRef(saved!.report.claims[0]),
      set: { min: 40, max: 40 },
    });
    const { matchEvents } = await import('../../../lib/store');
    const b = article('https://b.example/2', '2025-07-02');
    const found = await matchEvents(s, b, kayes(40));
    expect(found).toHaveLength(1);
    expect(found[0].reports[0].report.claims[0]).toMatchObject({ min: 40, max: 40 });
    // The stored machine output is unchanged.
    expect((await getReport(s, a.url))!.report.claims[0]).toMatchObject({ min: 12 });
  });
});

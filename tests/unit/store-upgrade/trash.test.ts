import { afterEach, describe, expect, it } from 'vitest';
import { claimRef } from '../../../lib/corrections';
import { countEvents, countReports, getEvent, getReport, saveReport } from '../../../lib/store';
import { addClaimCorrection, getCorrections } from '../../../lib/store/corrections';
import { readAll } from '../../../lib/store/import';
import {
  listTrash,
  restoreTrash,
  trashAll,
  trashEvent,
  trashReport,
  TRASH_KEEP,
} from '../../../lib/store/trash';
import { article, claim, incident, report } from '../events/fixtures';
import { closeAll, open } from './open';

afterEach(closeAll);

const kayes = (n: number) =>
  report([incident({ date: '2025-07-01', places: ['Kayes'] })], [claim('killed', 'soldiers', n)]);

async function seeded() {
  const s = await open();
  const r = await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes(12));
  await saveReport(s, article('https://b.example/2', '2025-07-02'), kayes(15));
  const saved = await getReport(s, 'https://a.example/1');
  await addClaimCorrection(s, {
    type: 'delete-claim',
    url: saved!.url,
    claim: claimRef(saved!.report.claims[0]),
  });
  return { s, eventId: r.events[0].id };
}

describe('delete with undo', () => {
  it('deleting a report moves it, its corrections and its event links to the trash; undo restores them', async () => {
    const { s, eventId } = await seeded();
    const before = await readAll(s);
    const entry = await trashReport(s, 'https://a.example/1');
    expect(entry!.label).toMatch(/a\.example/);
    expect(await getReport(s, 'https://a.example/1')).toBeUndefined();
    expect(await getCorrections(s, 'https://a.example/1')).toEqual([]);
    expect((await getEvent(s, eventId))!.reports).toEqual(['https://b.example/2']);
    expect((await listTrash(s)).map((t) => t.id)).toEqual([entry!.id]);

    await restoreTrash(s, entry!.id);
    expect(sorted(await readAll(s))).toEqual(sorted(before));
    expect(await listTrash(s)).toEqual([]);
  });

  it('deleting an event deletes its reports; undo brings the event back whole', async () => {
    const { s, eventId } = await seeded();
    const before = await readAll(s);
    const entry = await trashEvent(s, eventId);
    expect(await countReports(s)).toBe(0);
    expect(await countEvents(s)).toBe(0);
    await restoreTrash(s, entry!.id);
    expect(sorted(await readAll(s))).toEqual(sorted(before));
  });

  it('deletes everything and brings everything back', async () => {
    const { s } = await seeded();
    await saveReport(
      s,
      article('https://c.example/3', '2025-08-02'),
      report([incident({ date: '2025-08-01', places: ['Gao'] })]),
    );
    const before = await readAll(s);
    const entry = await trashAll(s);
    expect(await readAll(s)).toEqual({ reports: [], events: [], corrections: [] });
    await restoreTrash(s, entry.id);
    expect(sorted(await readAll(s))).toEqual(sorted(before));
  });

  it(`keeps the ${TRASH_KEEP} newest deletions`, async () => {
    const s = await open();
    for (let i = 0; i < TRASH_KEEP + 3; i++) {
      await saveReport(s, article(`https://x.example/${i}`, '2025-07-02'), kayes(i + 1));
      await trashReport(s, `https://x.example/${i}`, `2025-07-02T00:00:${String(i).padStart(2, '0')}.000Z`);
    }
    const left = await listTrash(s);
    expect(left).toHaveLength(TRASH_KEEP);
    // A header and its contents per deletion; the list reads headers only.
    expect(await s.db.count('trash')).toBe(2 * TRASH_KEEP);
    expect(await s.db.getAllFromIndex('trash', 'deletedAt')).toEqual(left.slice().reverse());
    expect(left.at(-1)!.deletedAt).toBe('2025-07-02T00:00:03.000Z');
  });
});

function sorted(d: Awaited<ReturnType<typeof readAll>>) {
  return {
    reports: [...d.reports].sort((a, b) => a.url.localeCompare(b.url)),
    events: [...d.events]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((e) => ({ ...e, reports: [...e.reports].sort() })),
    corrections: [...d.corrections].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

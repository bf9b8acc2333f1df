import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { claimRef } from '../../../lib/corrections';
import {
  filterChoices,
  loadEventList,
  loadFirstPage,
  loadItems,
  matchesFilter,
  sortEvents,
} from '../../../lib/dashboard';
import { syntheticData } from '../../../lib/dashboard/synthetic';
import { addClaimCorrection } from '../../../lib/store/corrections';
import type { StoredEvent } from '../../../lib/types';
import { closeAll, open } from '../store-upgrade/open';

afterEach(closeAll);

const ev = (id: string, date: string | null, over: Partial<StoredEvent> = {}): StoredEvent => ({
  id,
  date,
  places: ['Ménaka'],
  placeKeys: ['ml:menaka'],
  actors: ['ISSP'],
  reports: [],
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  ...over,
});

describe('timeline model', () => {
  it('sorts newest first, undated events last', () => {
    const list = sortEvents([
      ev('a', '2024-03-01'),
      ev('u', null),
      ev('b', '2025-01-02'),
      ev('c', '2024-12-31'),
    ]);
    expect(list.map((e) => e.id)).toEqual(['b', 'c', 'a', 'u']);
  });

  it('filters by place and actor in any spelling, and by a date range that overlaps the event', () => {
    const e = ev('a', '2024-03-01', {
      dateEnd: '2024-03-03',
      places: ['Ménaka', 'Anderamboukane'],
      actors: ['ISSP', 'FAMa'],
    });
    expect(matchesFilter(e, { place: 'MENAKA' })).toBe(true);
    expect(matchesFilter(e, { place: 'ander' })).toBe(true);
    expect(matchesFilter(e, { place: 'gao' })).toBe(false);
    expect(matchesFilter(e, { actor: 'fama' })).toBe(true);
    expect(matchesFilter(e, { actor: 'jnim' })).toBe(false);
    expect(matchesFilter(e, { from: '2024-03-03' })).toBe(true);
    expect(matchesFilter(e, { from: '2024-03-04' })).toBe(false);
    expect(matchesFilter(e, { to: '2024-02-29' })).toBe(false);
    expect(matchesFilter(ev('u', null), { from: '2000-01-01' })).toBe(false);
    expect(matchesFilter(ev('u', null), {})).toBe(true);
  });

  it('offers the most frequent places first', () => {
    const choices = filterChoices([
      ev('a', null, { places: ['Gao'] }),
      ev('b', null, { places: ['Gao', 'Kidal'] }),
    ]);
    expect(choices.places).toEqual(['Gao', 'Kidal']);
  });
});

describe('timeline reads', () => {
  it('the first page through the days index is the head of the full sorted list', async () => {
    const s = await open(new IDBFactory(), 'tl');
    const data = syntheticData(600, 3);
    // Some events span days: they must still sort by their first day.
    data.events.forEach((e, i) => {
      if (i % 7 === 0 && e.date) {
        const end = new Date(Date.parse(e.date) + 3 * 86_400_000).toISOString().slice(0, 10);
        e.dateEnd = end;
        e.days = [e.date, end];
      }
    });
    const tx = s.db.transaction(['reports', 'events'], 'readwrite');
    data.reports.forEach((r) => void tx.objectStore('reports').put(r));
    data.events.forEach((e) => void tx.objectStore('events').put(e));
    await tx.done;
    const all = await loadEventList(s);
    expect(all).toHaveLength(data.events.length);
    for (const n of [1, 10, 30, 100])
      expect((await loadFirstPage(s, n)).map((e) => e.id)).toEqual(all.slice(0, n).map((e) => e.id));
  });

  it('timeline lines carry the reports, the corrected figures and the counts', async () => {
    const s = await open(new IDBFactory(), 'tl2');
    const data = syntheticData(12, 5);
    const tx = s.db.transaction(['reports', 'events'], 'readwrite');
    data.reports.forEach((r) => void tx.objectStore('reports').put(r));
    data.events.forEach((e) => void tx.objectStore('events').put(e));
    await tx.done;
    const target = data.events.find((e) => e.reports.length >= 2)!;
    const report = data.reports.find((r) => r.url === target.reports[0])!;
    await addClaimCorrection(s, {
      type: 'delete-claim',
      url: report.url,
      claim: claimRef(report.report.claims[0]),
    });
    const [item] = await loadItems(s, [target]);
    expect(item.reports.map((r) => r.url)).toEqual(target.reports);
    expect(item.outlets).toBe(new Set(item.reports.map((r) => r.article.outlet)).size);
    expect([...item.corrections.keys()]).toEqual([report.url]);
    // The comparison is of the corrected reports: the deleted claim is not among the figures.
    const figures = item.comparison.rows.flatMap((r) => r.figures);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.some((f) => f.report === report.url)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { groupReports, type GroupInput } from '../../../lib/events/group-reports';
import type { Report } from '../../../lib/types';
import { article, claim, incident, report } from './fixtures';

const item = (key: string, published: string | null, r: Report, text?: string): GroupInput => ({
  key,
  article: article(`https://${key}.example/a`, published, text),
  report: r,
});

const sets = (events: ReturnType<typeof groupReports>) =>
  events.map((e) => [...e.reports].sort().join(' ')).sort();

describe('groupReports', () => {
  const items = [
    item(
      'a',
      '2025-08-21',
      report(
        [incident({ date: '2025-08-19', places: ['Farabougou'], actors: ['JNIM'] })],
        [claim('killed', 'soldiers', 21, null)],
      ),
    ),
    item(
      'b',
      '2025-08-20',
      report(
        [incident({ date: '2025-08-19', places: ['Farabougou'], actors: ['JNIM'] })],
        [claim('killed', 'soldiers', 24, null)],
      ),
    ),
    item(
      'c',
      null,
      report(
        [incident({ date: '2023-12-01', datePrecision: 'month', places: ['Farabougou'], actors: ['JNIM'] })],
        [claim('killed', 'soldiers', 21, null)],
      ),
    ),
    item(
      'd',
      '2023-12-05',
      report([incident({ date: '2023-12-02', places: ['Farabougou'] })], [claim('killed', 'people', 50)]),
    ),
    item(
      'e',
      '2022-08-10',
      report([
        incident({ date: '2022-08-07', places: ['Tessit'] }),
        incident({ date: '2022-03-04', places: ['Mondoro'] }),
      ]),
    ),
    item('f', '2022-03-05', report([incident({ date: '2022-03-04', places: ['Mondoro'] })])),
    item('g', '2022-08-09', report([incident({ date: '2022-08-07', places: ['Tessit'] })])),
    item('h', '2022-08-09', report([incident({ date: '2022-08-07', places: ['Tessit'] })], [], 'no-attack')),
    item(
      'i',
      '2022-08-09',
      report([incident({ date: '2022-08-07', places: ['Tessit'] })], [], 'outside-mali'),
    ),
  ];

  it('keeps the same town in another year apart and links a two-attack report to both events', () => {
    expect(sets(groupReports(items))).toEqual(['a b', 'c d', 'e f', 'e g'].sort());
  });

  it('does not depend on the order of the reports', () => {
    const reversed = groupReports([...items].reverse());
    expect(sets(reversed)).toEqual(sets(groupReports(items)));
  });

  it('pages that report no attack or one outside Mali join no event', () => {
    const all = groupReports(items).flatMap((e) => e.reports);
    expect(all).not.toContain('h');
    expect(all).not.toContain('i');
  });

  it('compares the figures of each event', () => {
    const ev = groupReports(items).find((e) => e.reports.includes('a'))!;
    expect(ev.date).toBe('2025-08-19');
    expect(ev.places).toEqual(['Farabougou']);
    expect(ev.comparison.rows[0]).toMatchObject({ kind: 'killed', subject: 'soldiers', status: 'agree' });
  });
});

describe('groupReports with a report we cannot read', () => {
  const unreadable = (places: string[]) => ({
    ...report([incident({ places })]),
    status: 'unsupported-language' as const,
  });
  it('joins the one event its main place points to, without bridging two events', () => {
    const items = [
      item('m1', '2022-03-05', report([incident({ date: '2022-03-04', places: ['Mondoro'] })])),
      item('m2', '2022-03-06', report([incident({ date: '2022-03-04', places: ['Mondoro'] })])),
      item('m3', '2025-06-03', report([incident({ date: '2025-06-01', places: ['Mondoro'] })])),
      item('x', null, unreadable(['Mondoro', 'Boulkessi'])),
    ];
    expect(sets(groupReports(items))).toEqual(['m1 m2 x', 'm3']);
  });
  it('joins nothing when two events fit equally', () => {
    const items = [
      item('m1', '2022-03-05', report([incident({ date: '2022-03-04', places: ['Mondoro'] })])),
      item('m3', '2025-06-03', report([incident({ date: '2025-06-01', places: ['Mondoro'] })])),
      item('x', null, unreadable(['Mondoro'])),
    ];
    expect(sets(groupReports(items))).toEqual(['m1', 'm3', 'x']);
  });
});

describe('attacks on adjacent days at two places', () => {
  // A camp attacked on Sunday, a town on Monday; each report mentions the other attack too.
  const camp = (key: string, claims = [claim('killed', 'soldiers', 12)]) =>
    item(
      key,
      '2024-09-03',
      report([incident({ date: '2024-09-01', places: ['Boulkessi', 'Douentza'] })], claims),
    );
  const town = (key: string, claims = [claim('killed', 'civilians', 30)]) =>
    item(
      key,
      '2024-09-03',
      report([incident({ date: '2024-09-02', places: ['Douentza', 'Boulkessi'] })], claims),
    );

  it('are two events, not one because each report names both places', () => {
    expect(sets(groupReports([camp('c1'), camp('c2'), town('t1'), town('t2')]))).toEqual(['c1 c2', 't1 t2']);
  });

  it('are one event when the figures tie the reports (a date off by a day)', () => {
    const same = [claim('killed', 'soldiers', 12)];
    expect(sets(groupReports([camp('c1', same), town('t1', same)]))).toEqual(['c1 t1']);
  });

  it('a report of both attacks belongs to both events', () => {
    const both = item(
      'both',
      '2024-09-03',
      report([
        incident({ date: '2024-09-01', places: ['Boulkessi'] }),
        incident({ date: '2024-09-02', places: ['Douentza'] }),
      ]),
    );
    expect(sets(groupReports([camp('c1'), town('t1'), both]))).toEqual(['both c1', 'both t1']);
  });
});

describe('groupReports with reports that give no date', () => {
  const dated = (
    key: string,
    date: string,
    claims = [claim('killed', 'soldiers', 24)],
    actors: string[] = [],
  ) => item(key, null, report([incident({ date, places: ['Sokolo'], actors })], claims));
  const undated = (
    key: string,
    claims = [claim('killed', 'soldiers', 24)],
    actors: string[] = [],
    places = ['Sokolo'],
  ) => item(key, null, report([incident({ places, actors })], claims));

  it('joins the one event at its main place that gives the same toll', () => {
    const items = [dated('d1', '2020-01-26'), dated('d2', '2020-01-27'), undated('u')];
    expect(sets(groupReports(items))).toEqual(['d1 d2 u']);
  });

  it('counts a toll whose side is not said as the same exact toll ("24 people", "24 soldiers")', () => {
    const items = [dated('d1', '2020-01-26'), undated('u', [claim('killed', 'people', 24)])];
    expect(sets(groupReports(items))).toEqual(['d1 u']);
  });

  it('counts foreign troops one report calls soldiers as the same exact toll, not an open one', () => {
    const items = [dated('d1', '2020-01-26'), undated('u', [claim('killed', 'foreign_forces', 24)])];
    expect(sets(groupReports(items))).toEqual(['d1 u']);
    const open = [claim('killed', 'foreign_forces', 24, null)];
    const soldiers = [claim('killed', 'soldiers', 24, null)];
    expect(sets(groupReports([dated('d1', '2020-01-26', soldiers), undated('u', open)]))).toEqual([
      'd1',
      'u',
    ]);
    const civilians = [claim('killed', 'civilians', 24)];
    expect(sets(groupReports([dated('d1', '2020-01-26'), undated('u', civilians)]))).toEqual(['d1', 'u']);
  });

  it('counts "at least 24" and "24" of one side as the same toll, worded with or without its floor', () => {
    const floor = [claim('killed', 'soldiers', 24, null)];
    expect(sets(groupReports([dated('d1', '2020-01-26'), undated('u', floor)]))).toEqual(['d1 u']);
    expect(sets(groupReports([dated('d1', '2020-01-26', floor), undated('u')]))).toEqual(['d1 u']);
    // A report that names no place, tied by that toll alone.
    expect(sets(groupReports([dated('d1', '2020-01-26'), undated('u', floor, [], [])]))).toEqual(['d1 u']);
    // Not a range, nor another side.
    const range = [claim('killed', 'soldiers', 24, 30)];
    expect(sets(groupReports([dated('d1', '2020-01-26', floor), undated('u', range)]))).toEqual(['d1', 'u']);
    const people = [claim('killed', 'people', 24, null)];
    expect(sets(groupReports([dated('d1', '2020-01-26'), undated('u', people)]))).toEqual(['d1', 'u']);
  });

  it('joins a report that names no place the one event giving its telling toll, in any language', () => {
    expect(sets(groupReports([dated('d1', '2020-01-26'), undated('u', undefined, [], [])]))).toEqual([
      'd1 u',
    ]);
    // An Arabic page: its days and places are not read, its figures are.
    const arabic = undated('ar', undefined, [], []);
    arabic.report = { ...arabic.report, lang: 'ar' };
    expect(sets(groupReports([dated('d1', '2020-01-26'), arabic]))).toEqual(['ar d1']);
    // A figure in conflict, or two events giving the toll, leave it alone.
    const conflict = [claim('killed', 'soldiers', 24), claim('wounded', 'soldiers', 30)];
    const d1 = dated('d1', '2020-01-26', [claim('killed', 'soldiers', 24), claim('wounded', 'soldiers', 5)]);
    expect(sets(groupReports([d1, undated('u', conflict, [], [])]))).toEqual(['d1', 'u']);
    const twice = [dated('d1', '2020-01-26'), dated('d9', '2023-05-02'), undated('u', undefined, [], [])];
    expect(sets(groupReports(twice))).toEqual(['d1', 'd9', 'u']);
  });

  it('stands alone when two events at that place could be it (a camp attacked in two years)', () => {
    const items = [dated('d1', '2020-01-26'), dated('d9', '2023-05-02'), undated('u')];
    expect(sets(groupReports(items))).toEqual(['d1', 'd9', 'u']);
  });

  it('stands alone on a small toll, an open toll of another side, or another group', () => {
    const small = [claim('killed', 'soldiers', 4)];
    expect(sets(groupReports([dated('d1', '2020-01-26', small), undated('u', small)]))).toEqual(['d1', 'u']);
    const open = [claim('killed', 'people', 24, null)];
    const soldiers = [claim('killed', 'soldiers', 24, null)];
    expect(sets(groupReports([dated('d1', '2020-01-26', soldiers), undated('u', open)]))).toEqual([
      'd1',
      'u',
    ]);
    expect(
      sets(groupReports([dated('d1', '2020-01-26', undefined, ['JNIM']), undated('u', undefined, ['ISSP'])])),
    ).toEqual(['d1', 'u']);
  });

  it('joins another undated report of the same toll at the same place, then their event', () => {
    const other = undated(
      'v',
      [claim('killed', 'soldiers', 24), claim('wounded', 'soldiers', 3)],
      [],
      ['Sokolo', 'Ségou'],
    );
    expect(sets(groupReports([undated('u'), other]))).toEqual(['u v']);
    expect(sets(groupReports([undated('u'), other, dated('d1', '2020-01-26')]))).toEqual(['d1 u v']);
  });
});

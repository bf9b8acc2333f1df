import { describe, expect, it } from 'vitest';
import { claimStatuses, compareReports, type CompareInput } from '../../../lib/events/compare';
import { estimateSimilarity, textSignature } from '../../../lib/events/near-duplicates';
import type { Claim } from '../../../lib/types';
import { claim, incident, place, report } from './fixtures';

let n = 0;
function input(
  outlet: string,
  claims: Claim[],
  opts: { text?: string; published?: string; places?: string[]; key?: string } = {},
): CompareInput {
  n++;
  return {
    key: opts.key ?? `${outlet}-${n}`,
    article: {
      outlet,
      published: opts.published ?? '2022-08-09',
      // Distinct texts unless a test makes copies on purpose.
      text:
        opts.text ??
        `Report number ${n} from ${outlet} written in its own words about fighting number ${n * 7} near a town.`,
    },
    report: report([incident({ date: '2022-08-07', places: opts.places ?? ['Tessit'] })], claims),
  };
}

const WIRE =
  'Gunmen attacked an army camp in the north of the country on Sunday, killing seventeen soldiers and four civilians, the government said in a statement read on state television late on Monday evening.';

describe('near-duplicates', () => {
  it('finds copies of one text and tells different texts apart', () => {
    const copy = `${WIRE} Read more on our site.`;
    expect(estimateSimilarity(textSignature(WIRE), textSignature(copy))).toBeGreaterThan(0.6);
    const other =
      'The regional governor visited the market town to open a new school and a health centre for nomadic families.';
    expect(estimateSimilarity(textSignature(WIRE), textSignature(other))).toBeLessThan(0.2);
    expect(estimateSimilarity(textSignature(''), textSignature(''))).toBe(0);
  });
});

describe('compareReports', () => {
  it('marks non-overlapping figures as a conflict and puts conflicts first', () => {
    const c = compareReports([
      input('A', [claim('killed', 'soldiers', 17, 17, { by: 'official' }), claim('wounded', 'soldiers', 9)]),
      input('B', [
        claim('killed', 'soldiers', 42, 42, { by: 'armed_group', source: 'JNIM' }),
        claim('wounded', 'soldiers', 5, 10),
      ]),
    ]);
    expect(c.rows.map((r) => `${r.kind} ${r.subject} ${r.status}`)).toEqual([
      'killed soldiers conflict',
      'wounded soldiers agree',
    ]);
    expect(c.rows[0].figures.map((f) => f.status)).toEqual(['conflict', 'conflict']);
  });

  it('a figure from only one outlet is single', () => {
    const c = compareReports([
      input('A', [claim('killed', 'civilians', 4)]),
      input('B', [claim('killed', 'soldiers', 17)]),
    ]);
    expect(c.rows.every((r) => r.status === 'single')).toBe(true);
  });

  it('copies of one wire story are not independent confirmation', () => {
    const a = input('A', [claim('killed', 'soldiers', 17, 17, { by: 'official' })], { text: WIRE });
    const b = input('B', [claim('killed', 'soldiers', 17, 17, { by: 'official' })], {
      text: `${WIRE} Follow us.`,
    });
    const c = compareReports([a, b]);
    expect(c.copies).toEqual([[a.key, b.key]]);
    expect(c.rows[0].status).toBe('single');
    expect(c.rows[0].figures[0].copyGroup).toBe(c.rows[0].figures[1].copyGroup);
    expect(c.summary[0].sources).toBe(1);
    // Another outlet's own security source is independent; the state's statement relayed again would not be.
    const d = input('C', [claim('killed', 'soldiers', 17, 17, { by: 'security_source' })]);
    expect(compareReports([a, b, d]).rows[0].status).toBe('agree');
  });

  it('keeps revised tolls, marked, and does not count them as conflicts', () => {
    const c = compareReports([
      input('A', [claim('killed', 'soldiers', 17, 17, { earlier: true }), claim('killed', 'soldiers', 42)]),
      input('B', [claim('killed', 'soldiers', 42)]),
    ]);
    expect(c.rows[0].status).toBe('agree');
    expect(c.rows[0].figures.filter((f) => f.earlier).map((f) => f.min)).toEqual([17]);
  });

  it('marks an outlet’s older figure as earlier when its newer report revises it', () => {
    const c = compareReports([
      input('Same Outlet', [claim('killed', 'soldiers', 17)], { published: '2022-08-08' }),
      input('Same Outlet', [claim('killed', 'soldiers', 42)], { published: '2022-08-10' }),
      input('Other', [claim('killed', 'soldiers', 42)], { published: '2022-08-10' }),
    ]);
    const old = c.rows[0].figures.find((f) => f.min === 17)!;
    expect(old.earlier).toBe(true);
    expect(c.rows[0].status).toBe('agree');
  });

  it('puts the parties side by side: the army first, the armed group next', () => {
    const c = compareReports([
      input('A', [
        claim('killed', 'soldiers', 85, 85, { by: 'armed_group', source: 'JNIM' }),
        claim('killed', 'soldiers', 40, 40, { by: 'official' }),
      ]),
    ]);
    expect(c.rows[0].figures.map((f) => f.by)).toEqual(['official', 'armed_group']);
    expect(c.rows[0].status).toBe('conflict');
  });

  it('summarises low, best, high and the conservative figure over sources', () => {
    const c = compareReports([
      input('A', [claim('killed', 'soldiers', 17)]),
      input('B', [claim('killed', 'soldiers', 42)]),
      input('C', [claim('killed', 'soldiers', 42)]),
      input('D', [claim('killed', 'soldiers', 30, null)]),
      input('E', [claim('killed', 'soldiers', 2, null)]), // "several": not a credible low
    ]);
    expect(c.summary).toEqual([
      { kind: 'killed', subject: 'soldiers', low: 17, best: 42, high: null, conservative: 17, sources: 5 },
    ]);
    const closed = compareReports([
      input('A', [claim('killed', 'civilians', 4)]),
      input('B', [claim('killed', 'civilians', 3, 6)]),
      input('C', [claim('killed', 'civilians', 8)]),
    ]);
    expect(closed.summary[0]).toMatchObject({ low: 3, high: 8, best: 4, conservative: 3 });
  });

  it('lists spelling variants of one place and each report’s date', () => {
    const a = input('A', [], { places: ['Faladié'] });
    a.report.incidents[0].placeDetails = [place('Faladié', 'ml:faladie', 'Faladié')];
    const b = input('B', [], { places: ['Faladie'] });
    b.report.incidents[0].placeDetails = [place('Faladie', 'ml:faladie', 'Faladié')];
    b.report.incidents[0].dateText = 'on Tuesday';
    const c = compareReports([a, b]);
    expect(c.placeVariants).toEqual([['Faladié', 'Faladie']]);
    expect(c.dates[1]).toEqual({ report: b.key, outlet: 'B', date: '2022-08-07', dateText: 'on Tuesday' });
  });
});

describe('claimStatuses', () => {
  it('gives one status per claim of the current report', () => {
    const current = input('A', [
      claim('killed', 'soldiers', 17),
      claim('wounded', 'soldiers', 3),
      claim('killed', 'civilians', 4),
    ]);
    const other = input('B', [claim('killed', 'soldiers', 42), claim('killed', 'civilians', 4)]);
    expect(claimStatuses(current, [other])).toEqual(['conflict', 'single', 'agree']);
  });
});

describe('revised tolls across outlets', () => {
  it('a figure another report gives as the earlier toll of the same claimant is that earlier toll', () => {
    const c = compareReports([
      input('Early', [claim('killed', 'soldiers', 17, 17, { by: 'official' })]),
      input('Late', [
        claim('killed', 'soldiers', 17, 17, { by: 'official', earlier: true }),
        claim('killed', 'soldiers', 42, 42, { by: 'official' }),
      ]),
      input('Other', [claim('killed', 'soldiers', 42, 42, { by: 'local' })]),
    ]);
    expect(c.rows[0].status).toBe('agree');
    expect(c.rows[0].figures.find((f) => f.outlet === 'Early')?.earlier).toBe(true);
  });

  it('the same figure from another claimant is still a conflict', () => {
    const c = compareReports([
      input('Early', [claim('killed', 'soldiers', 17, 17, { by: 'local' })]),
      input('Late', [
        claim('killed', 'soldiers', 17, 17, { by: 'official', earlier: true }),
        claim('killed', 'soldiers', 42, 42, { by: 'official' }),
      ]),
    ]);
    expect(c.rows[0].status).toBe('conflict');
  });
});

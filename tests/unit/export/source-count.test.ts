/**
 * The dashboard and the ACLED export count independent sources the same way:
 * EventComparison.sources, one claimant's statement once however many outlets relay it.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { timelineItem } from '../../../lib/dashboard/timeline';
import { textSignature } from '../../../lib/events/near-duplicates';
import { acledCsv } from '../../../lib/export';
import { claim, event, incident, place, saved } from './make';

const tessit = place('Tessit', 'ml:tessit', 15.93, 0.56);
const relay = (i: number, source: string, extra = {}) => {
  const text = `Outlet ${i} writes, in words of its own number ${i * 17}, that ${source} reported the attack on Tessit.`;
  const r = saved(
    `https://outlet${i}.example/tessit`,
    text,
    [incident('2025-03-04', [tessit])],
    [claim(text.slice(0, 6), 0, { min: 80, max: 80, source, ...extra })],
    `Outlet ${i}`,
  );
  // Texts of their own: not copies of one another.
  return { ...r, signature: textSignature(text) };
};

function counts(reports: ReturnType<typeof relay>[]) {
  const ev = event(
    'ev1',
    '2025-03-04',
    [tessit],
    reports.map((r) => r.url),
  );
  const dashboard = timelineItem(ev, reports, new Map()).sources;
  const rows = Papa.parse<Record<string, string>>(acledCsv({ reports, events: [ev], corrections: [] }), {
    header: true,
  }).data;
  return { dashboard, acled: Number(rows[0].sources_independent) };
}

describe('independent sources, one count everywhere', () => {
  it('five outlets relaying the army’s statement: one source on the dashboard and in the ACLED file', () => {
    const reports = [
      relay(1, "l'armée"),
      relay(2, 'the army', { min: 81, max: null }),
      relay(3, 'les FAMa'),
      relay(4, "l'état-major", { approx: true }),
      relay(5, 'the military'),
    ];
    expect(new Set(reports.map((r) => r.signature.join())).size).toBe(5);
    expect(counts(reports)).toEqual({ dashboard: 1, acled: 1 });
  });

  it('an outlet with its own witnesses adds a source to both', () => {
    const reports = [relay(1, "l'armée"), relay(2, 'the army'), relay(3, 'villagers', { by: 'local' })];
    expect(counts(reports)).toEqual({ dashboard: 2, acled: 2 });
  });
});

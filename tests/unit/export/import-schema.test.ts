import { describe, expect, it } from 'vitest';
import { claimRef } from '../../../lib/corrections';
import { exportJson, parseImport } from '../../../lib/export';
import { claim, event, incident, place, saved } from './make';

const gao = place('Gao', 'ml:gao', 16.27, -0.04);
const a = saved(
  'https://a.example/x',
  'Two soldiers were killed in Gao.',
  [incident('2025-01-10', [gao])],
  [claim('Two soldiers', 0, { min: 2, max: 2 })],
);
const good = () =>
  JSON.parse(
    exportJson({
      reports: [a],
      events: [{ ...event('ev1', '2025-01-10', [gao], [a.url]), figures: ['killed/soldiers/2/2'] }],
      corrections: [
        {
          id: 'k1',
          createdAt: '2025-01-11T00:00:00.000Z',
          type: 'edit-claim' as const,
          url: a.url,
          claim: claimRef(a.report.claims[0]),
          set: { min: 3, max: 3 },
        },
      ],
    }),
  );

/** The reasons the check gives for a file changed by `edit`. */
function rejectedBy(edit: (j: ReturnType<typeof good>) => void) {
  const j = good();
  edit(j);
  const r = parseImport(JSON.stringify(j));
  if (!r.ok) throw new Error(r.error);
  return { reasons: r.rejected.map((x) => `${x.what}:${x.reason}`), data: r.data };
}

describe('import check: every field of every record against the store’s schema', () => {
  it('takes the good file whole', () => {
    const { reasons, data } = rejectedBy(() => undefined);
    expect(reasons).toEqual([]);
    expect([data.reports.length, data.events.length, data.corrections.length]).toEqual([1, 1, 1]);
  });

  const cases: Array<[string, (j: ReturnType<typeof good>) => void, RegExp]> = [
    ['an event whose figures are a string', (j) => (j.events[0].figures = 'abc'), /^event:figures: /],
    ['a report whose eventIds are a string', (j) => (j.reports[0].eventIds = 'abc'), /^report:eventIds: /],
    [
      'a 10 MB byline',
      (j) => (j.reports[0].article.byline = 'x'.repeat(10_000_000)),
      /^report:article\.byline: longer/,
    ],
    ['an extra field', (j) => (j.reports[0].article.payload = 'x'), /^report:article\.payload: /],
    ['an extra field on an event', (j) => (j.events[0].script = 1), /^event:script: /],
    ['extractorVersion 1e999', (j) => (j.reports[0].extractorVersion = 1e999), /^report:extractorVersion: /],
    ['extractorVersion 0.5', (j) => (j.reports[0].extractorVersion = 0.5), /^report:extractorVersion: /],
    [
      'a correction that rewrites the quoted text',
      (j) => (j.corrections[0].set.text = 'Two hundred soldiers'),
      /^correction:set\.text: /,
    ],
    [
      'a correction that moves the quote',
      (j) => (j.corrections[0].set.start = 5),
      /^correction:set\.start: /,
    ],
    [
      'a negative figure',
      (j) => (j.reports[0].report.claims[0].min = -1),
      /^report:report\.claims\.0\.min: negative/,
    ],
    [
      'a latitude off the globe',
      (j) => (j.reports[0].report.event.placeDetails[0].lat = 500),
      /^report:report\.event\.placeDetails\.0\.lat: /,
    ],
    [
      'a day that is not a day',
      (j) => (j.reports[0].days = ['tomorrow']),
      /^report:days\.0: not a YYYY-MM-DD day/,
    ],
    [
      'huge paragraphs',
      (j) => (j.reports[0].article.paragraphs = Array(30_000).fill([0, 1])),
      /^report:article\.paragraphs: more than/,
    ],
  ];
  it.each(cases)('rejects %s, with where and why', (_why, edit, reason) => {
    const { reasons } = rejectedBy(edit);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(reason);
  });

  it('a correction may change figures and labels', () => {
    const { reasons } = rejectedBy(
      (j) => (j.corrections[0].set = { min: 4, max: null, kind: 'wounded', by: 'local' }),
    );
    expect(reasons).toEqual([]);
  });

  it('reports duplicates inside the file and keeps the newest', () => {
    const { reasons, data } = rejectedBy((j) => {
      const newer = structuredClone(j.reports[0]);
      newer.updatedAt = '2025-09-01T00:00:00.000Z';
      newer.report.claims[0].min = newer.report.claims[0].max = 7;
      j.reports.unshift(newer);
      j.events.push({ ...j.events[0], updatedAt: '2024-01-01T00:00:00.000Z' });
      j.corrections.push({ ...j.corrections[0] });
    });
    expect(reasons).toEqual([
      'report:duplicate in the file: kept the one updated 2025-09-01T00:00:00.000Z',
      'event:duplicate in the file: kept the one updated 2025-03-05T10:00:00.000Z',
      'correction:duplicate id in the file (the first one is kept)',
    ]);
    expect(data.reports[0].report.claims[0].min).toBe(7);
    expect(data.events).toHaveLength(1);
    expect(data.corrections).toHaveLength(1);
  });
});

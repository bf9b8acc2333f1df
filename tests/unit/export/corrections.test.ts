import { describe, expect, it } from 'vitest';
import {
  applyCorrections,
  applyCorrectionsDetailed,
  claimRef,
  type Correction,
} from '../../../lib/corrections';
import type { Report } from '../../../lib/types';
import { claim, incident, place } from './make';

const text = 'Officials said 12 soldiers were killed. Residents counted 30 bodies.';
const report: Report = {
  lang: 'en',
  status: 'ok',
  event: incident('2025-05-01', [place('Mopti', 'ml:mopti')]),
  incidents: [incident('2025-05-01', [place('Mopti', 'ml:mopti')])],
  claims: [
    claim('12 soldiers', 15, { min: 12, max: 12 }),
    claim('30 bodies', 58, { subject: 'people', by: 'local', min: 30, max: 30 }),
  ],
  background: [],
};
const t = (n: number) => `2025-05-02T00:00:0${n}.000Z`;

describe('applyCorrections', () => {
  it('is tested on claims that point into their text', () => {
    for (const c of report.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('edits, deletes and adds claims, and leaves the input alone', () => {
    const before = structuredClone(report);
    const cs: Correction[] = [
      {
        id: 'a',
        createdAt: t(1),
        type: 'edit-claim',
        url: 'u',
        claim: claimRef(report.claims[0]),
        set: { min: 10, max: 15, by: 'security_source' },
      },
      { id: 'b', createdAt: t(2), type: 'delete-claim', url: 'u', claim: claimRef(report.claims[1]) },
      {
        id: 'c',
        createdAt: t(3),
        type: 'add-claim',
        url: 'u',
        claim: claim('were killed', 27, { subject: 'soldiers', min: 2, max: null }),
      },
    ];
    const out = applyCorrectionsDetailed(report, cs);
    expect(out.report.claims.map((c) => [c.text, c.min, c.max, c.by])).toEqual([
      ['12 soldiers', 10, 15, 'security_source'],
      ['were killed', 2, null, 'official'],
    ]);
    expect(out.correctedBy).toEqual(['a', 'c']);
    expect(out.orphans).toEqual([]);
    expect(report).toEqual(before);
  });

  it('applies in time order whatever order the store returns them in', () => {
    const ref = claimRef(report.claims[0]);
    const later: Correction = {
      id: 'z',
      createdAt: t(5),
      type: 'edit-claim',
      url: 'u',
      claim: { ...ref, kind: 'wounded' },
      set: { min: 7 },
    };
    const first: Correction = {
      id: 'y',
      createdAt: t(4),
      type: 'edit-claim',
      url: 'u',
      claim: ref,
      set: { kind: 'wounded' },
    };
    const out = applyCorrections(report, [later, first]);
    expect(out.claims[0]).toMatchObject({ kind: 'wounded', min: 7, max: 12 });
  });

  it('survives a re-read that moved the text and a newer extractor that changed the figure', () => {
    const edit: Correction = {
      id: 'a',
      createdAt: t(1),
      type: 'edit-claim',
      url: 'u',
      claim: claimRef(report.claims[1]),
      set: { subject: 'civilians' },
    };
    // The re-read article has a new first sentence: every offset moved by 20.
    const reread: Report = {
      ...report,
      claims: report.claims.map((c) => ({
        ...c,
        start: c.start + 20,
        end: c.end + 20,
        ...(c.text === '30 bodies' ? { min: 31 } : {}),
      })),
    };
    const out = applyCorrectionsDetailed(reread, [edit]);
    expect(out.report.claims[1]).toMatchObject({ text: '30 bodies', subject: 'civilians', start: 78 });
    expect(out.orphans).toEqual([]);
  });

  it('reports a correction whose claim the extractor no longer finds', () => {
    const del: Correction = {
      id: 'd',
      createdAt: t(1),
      type: 'delete-claim',
      url: 'u',
      claim: { text: 'forty', start: 3, kind: 'killed', subject: 'people' },
    };
    const out = applyCorrectionsDetailed(report, [del]);
    expect(out.report.claims).toHaveLength(2);
    expect(out.orphans.map((o) => o.id)).toEqual(['d']);
  });

  it('keeps max ≥ min after an edit of min alone, and adds one claim once', () => {
    const add: Correction = {
      id: 'x',
      createdAt: t(1),
      type: 'add-claim',
      url: 'u',
      claim: claim('30 bodies', 58, { subject: 'people', by: 'local', min: 30, max: 30 }),
    };
    const edit: Correction = {
      id: 'e',
      createdAt: t(2),
      type: 'edit-claim',
      url: 'u',
      claim: claimRef(report.claims[0]),
      set: { min: 20 },
    };
    const out = applyCorrections(report, [add, edit]);
    expect(out.claims).toHaveLength(2);
    expect(out.claims[0]).toMatchObject({ min: 20, max: 20 });
  });
});

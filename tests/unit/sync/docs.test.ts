import { describe, expect, it } from 'vitest';
import { checkDoc, canonicalJson } from '../../../lib/sync/docs';
import { mergeVersions } from '../../../lib/sync/conflict-merge';
import { parseServerUrl } from '../../../lib/sync/server-url';
import { article, claim, incident, report } from '../events/fixtures';
import type { SavedReport } from '../../../lib/types';

function saved(url: string, killed = 4): SavedReport {
  return {
    url,
    article: article(url, '2025-03-11'),
    report: report(
      [incident({ date: '2025-03-10', places: ['Gao'] })],
      [claim('killed', 'civilians', killed)],
    ),
    extractorVersion: 1,
    savedAt: '2025-03-11T00:00:00.000Z',
    updatedAt: '2025-03-11T00:00:00.000Z',
    signature: [1, 2],
    days: ['2025-03-10'],
    placeKeys: ['ml:gao'],
    eventIds: ['ev-1'],
  };
}
const meta = { editedBy: 'alice', updatedAt: '2025-03-11T00:00:00.000Z' };

describe('team documents', () => {
  it('accepts a report under its own id and refuses one that names another page', () => {
    const url = 'https://a.example/1';
    expect(checkDoc({ _id: `report:${url}`, type: 'report', report: saved(url), ...meta }).ok).toBe(true);
    const other = checkDoc({
      _id: 'report:https://b.example/2',
      type: 'report',
      report: saved(url),
      ...meta,
    });
    expect(other).toMatchObject({ ok: false, reason: expect.stringMatching(/URL/) });
  });
  it('refuses a report that fails the import’s checks (claims beyond the text, a script URL)', () => {
    const bad = saved('https://a.example/1');
    bad.report.claims[0].end = 1_000_000;
    expect(checkDoc({ _id: 'report:https://a.example/1', type: 'report', report: bad, ...meta }).ok).toBe(
      false,
    );
    const js = saved('javascript:alert(1)');
    expect(checkDoc({ _id: 'report:javascript:alert(1)', type: 'report', report: js, ...meta }).ok).toBe(
      false,
    );
  });
  it('merges an event’s versions: the earliest creation, the union of reports it must not take back', () => {
    const ev = (createdAt: string, unlinked: string[], rev: string) => ({
      _id: 'event:ev-1',
      _rev: rev,
      type: 'event' as const,
      event: { id: 'ev-1', createdAt, unlinked },
      ...meta,
    });
    const m = mergeVersions(ev('2025-03-02T00:00:00Z', ['https://a.example/1'], '2-a'), [
      ev('2025-03-01T00:00:00Z', ['https://b.example/2'], '2-b'),
    ]);
    expect(m.kind).toBe('merged');
    if (m.kind !== 'merged' || m.doc.type !== 'event') throw new Error('not merged');
    expect(m.doc.event.createdAt).toBe('2025-03-01T00:00:00Z');
    expect(m.doc.event.unlinked?.sort()).toEqual(['https://a.example/1', 'https://b.example/2']);
  });
  it('asks the user to choose between reports that differ, not between ones that differ only in time', () => {
    const url = 'https://a.example/1';
    const doc = (r: SavedReport, rev: string) => ({
      _id: `report:${url}`,
      _rev: rev,
      type: 'report' as const,
      report: r,
      ...meta,
    });
    const later = { ...saved(url), updatedAt: '2025-03-12T00:00:00.000Z' };
    expect(mergeVersions(doc(saved(url), '2-a'), [doc(later, '2-b')]).kind).toBe('merged');
    expect(mergeVersions(doc(saved(url), '2-a'), [doc(saved(url, 9), '2-b')]).kind).toBe('choose');
  });
  it('compares content whatever the order of its fields', () => {
    expect(canonicalJson({ a: 1, b: [{ c: 2, d: 3 }] })).toBe(canonicalJson({ b: [{ d: 3, c: 2 }], a: 1 }));
  });
});

describe('the team server address', () => {
  it('takes a server and a database, and asks for that one origin', () => {
    const r = parseServerUrl(' https://couch.example.org:6984/newsroom/ ');
    expect(r).toEqual({
      ok: true,
      server: {
        origin: 'https://couch.example.org:6984',
        db: 'newsroom',
        dbUrl: 'https://couch.example.org:6984/newsroom',
        permission: 'https://couch.example.org/*',
      },
    });
  });
  it('refuses what is not one', () => {
    expect(parseServerUrl('couch')).toEqual({ ok: false, error: 'not-url' });
    expect(parseServerUrl('ftp://couch.example.org/newsroom')).toEqual({ ok: false, error: 'not-http' });
    expect(parseServerUrl('https://couch.example.org/')).toEqual({ ok: false, error: 'no-db' });
    expect(parseServerUrl('https://me:secret@couch.example.org/newsroom')).toEqual({
      ok: false,
      error: 'credentials',
    });
  });
});

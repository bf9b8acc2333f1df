import { describe, expect, it } from 'vitest';
import { claimRef } from '../../../lib/corrections';
import { buildExportFile, exportJson, parseImport } from '../../../lib/export';
import { claim, event, incident, place, saved } from './make';

const segou = place('Ségou', 'ml:segou', 13.43, -6.26);
const a = saved(
  'https://a.example/x',
  'Deux soldats tués à Ségou.',
  [incident('2025-01-10', [segou], ['JNIM'])],
  [claim('Deux soldats', 0, { min: 2, max: 2, approx: false })],
);
const b = saved(
  'https://b.example/y',
  'Au moins 5 morts à Ségou.',
  [incident('2025-01-10', [segou])],
  [claim('Au moins 5 morts', 0, { subject: 'people', min: 5, max: null })],
);
const data = {
  reports: [b, a],
  events: [
    { ...event('ev1', '2025-01-10', [segou], [a.url, b.url], ['JNIM']), unlinked: ['https://c.example/z'] },
  ],
  corrections: [
    {
      id: 'k1',
      createdAt: '2025-01-11T00:00:00.000Z',
      type: 'edit-claim' as const,
      url: a.url,
      claim: claimRef(a.report.claims[0]),
      set: { by: 'local' as const },
    },
    {
      id: 'k2',
      createdAt: '2025-01-11T00:01:00.000Z',
      type: 'merge-events' as const,
      into: 'ev1',
      from: 'ev0',
    },
  ],
};

describe('JSON export', () => {
  it('says what it is and counts what it holds', () => {
    const f = buildExportFile(data, new Date('2025-02-01T00:00:00Z'));
    expect(f).toMatchObject({
      format: 'mali-crosscheck',
      version: 1,
      exportedAt: '2025-02-01T00:00:00.000Z',
    });
    expect(f.counts).toEqual({ reports: 2, events: 1, corrections: 2 });
    expect(f.reports.map((r) => r.url)).toEqual([a.url, b.url]);
  });

  it('comes back through the import check unchanged (lossless round trip)', () => {
    const text = exportJson(data);
    const back = parseImport(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.rejected).toEqual([]);
    const again = buildExportFile(back.data, new Date(0));
    const first = buildExportFile(data, new Date(0));
    expect(again).toEqual(first);
    // Every field survives, including optional ones.
    expect(back.data.events[0].unlinked).toEqual(['https://c.example/z']);
    expect(back.data.reports.find((r) => r.url === a.url)!.article.text).toBe('Deux soldats tués à Ségou.');
  });
});

describe('import check', () => {
  const good = JSON.parse(exportJson(data));

  it('refuses what is not an export, with a message', () => {
    expect(parseImport('not json')).toMatchObject({ ok: false, error: expect.stringMatching(/not JSON/) });
    expect(parseImport('[]')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a Mali Crosscheck export/),
    });
    expect(parseImport(JSON.stringify({ ...good, format: 'other' }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/format/),
    });
    expect(parseImport(JSON.stringify({ ...good, version: 2 }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/version 2/),
    });
    expect(parseImport(JSON.stringify({ ...good, reports: {} }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/"reports" must be a list/),
    });
  });

  it('rejects bad records one by one and keeps the rest', () => {
    const bad = structuredClone(good);
    bad.reports.push({ ...structuredClone(good.reports[0]), url: 'javascript:alert(1)' });
    const wrongKind = structuredClone(good.reports[1]);
    wrongKind.url = 'https://d.example/w';
    wrongKind.report.claims[0].kind = 'exploded';
    bad.reports.push(wrongKind);
    const outOfText = structuredClone(good.reports[1]);
    outOfText.url = 'https://e.example/v';
    outOfText.report.claims[0].end = 10_000;
    bad.reports.push(outOfText);
    bad.events.push({ id: 'ev2', places: 'Gao' });
    bad.corrections.push({ id: 'k3', createdAt: 'x', type: 'rewrite-everything' });
    const r = parseImport(JSON.stringify(bad));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.reports).toHaveLength(2);
    expect(r.data.events.map((e) => e.id)).toEqual(['ev1']);
    expect(r.data.corrections).toHaveLength(2);
    const reasons = r.rejected.map((x) => `${x.what}:${x.reason}`);
    expect(reasons).toHaveLength(5);
    expect(reasons[0]).toBe('report:url: not an http(s) or file URL');
    expect(reasons[1]).toMatch(/^report:report\.claims\.0\.kind: .*"exploded"/);
    expect(reasons[2]).toBe('report:claim offsets beyond the article text');
    expect(reasons[3]).toMatch(/^event:date: /);
    expect(reasons[4]).toMatch(/^correction:type: .*"rewrite-everything"/);
  });

  it('refuses a file with more records than the limits allow', () => {
    const many = { ...good, corrections: new Array(200_001).fill(good.corrections[0]) };
    expect(parseImport(JSON.stringify(many))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Too many corrections/),
    });
  });
});

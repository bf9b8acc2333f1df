import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { claimRef } from '../../../lib/corrections';
import { CLAIM_COLUMNS, claimsCsv, guardCell } from '../../../lib/export';
import { claim, event, incident, place, saved } from './make';

const gao = place('Gao', 'ml:gao', 16.27, -0.04);
const kidal = place('Kidal', 'ml:kidal', 18.44, 1.41);

describe('guardCell', () => {
  it('prefixes cells that a spreadsheet would run as a formula', () => {
    expect(guardCell('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(guardCell('+1')).toBe("'+1");
    expect(guardCell('-2+3')).toBe("'-2+3");
    expect(guardCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardCell('\t=1')).toBe("'\t=1");
    expect(guardCell('\r=1')).toBe("'\r=1");
  });
  it.each([
    ['a line feed', '\n=1+1'],
    ['a space', ' =1+1'],
    ['spaces and a tab', '  \t@SUM(A1)'],
    ['a no-break space', '\u00A0=cmd'],
    ['a byte order mark', '\uFEFF+1'],
    ['a fullwidth equals', '＝HYPERLINK("x")'],
    ['a fullwidth plus', '＋1'],
    ['a fullwidth minus', '－1'],
    ['a fullwidth at', '＠SUM(A1)'],
    ['a narrow no-break space then a minus sign', '\u202F\u22121'],
  ])('prefixes a formula after %s', (_why, cell) => {
    expect(guardCell(cell)).toBe(`'${cell}`);
  });
  it('guards such a cell in the exported CSV', () => {
    const text = '\u00A0＝HYPERLINK("http://x") killed 3 soldiers';
    const r = saved(
      'https://c.example/x',
      text,
      [incident('2025-03-01', [gao])],
      [claim(text, 0, { min: 3, max: 3 })],
    );
    const rows = Papa.parse<Record<string, string>>(
      claimsCsv({ reports: [r], events: [], corrections: [] }),
      {
        header: true,
      },
    ).data;
    expect(rows[0].quote).toBe(`'${text}`);
  });
  it('leaves ordinary text and numbers alone', () => {
    expect(guardCell('12 soldiers')).toBe('12 soldiers');
    expect(guardCell('a=b')).toBe('a=b');
    expect(guardCell(5)).toBe(5);
    expect(guardCell(null)).toBe('');
  });
});

describe('claimsCsv', () => {
  const textA = 'Twelve soldiers were killed in Gao. In Kidal, three civilians died.';
  const a = saved(
    'https://a.example/one',
    textA,
    [incident('2025-03-01', [gao], ['JNIM']), incident('2025-03-02', [kidal])],
    [
      claim('Twelve soldiers', 0, { min: 12, max: 12, source: '=cmd|"/c calc"!A1' }),
      claim('three civilians', 46, { subject: 'civilians', by: 'local', min: 3, max: 3, incident: 1 }),
    ],
  );
  const b = saved(
    'https://b.example/two',
    'At least 10 soldiers were killed in Gao.',
    [incident('2025-03-01', [gao])],
    [claim('At least 10 soldiers', 0, { min: 10, max: null, by: 'security_source' })],
    'Other Wire',
  );
  const data = {
    reports: [a, b],
    events: [
      event('e-gao', '2025-03-01', [gao], [a.url, b.url]),
      event('e-kidal', '2025-03-02', [kidal], [a.url]),
    ],
    corrections: [],
  };

  it('writes the columns and one row per claim, each under the event its incident is about', () => {
    const parsed = Papa.parse<Record<string, string>>(claimsCsv(data), { header: true });
    expect(parsed.meta.fields).toEqual([...CLAIM_COLUMNS]);
    const rows = parsed.data;
    expect(rows).toHaveLength(3);
    // Newest event first: Kidal (2 March) then Gao.
    expect(rows[0]).toMatchObject({
      event: 'e-kidal',
      places: 'Kidal',
      subject: 'civilians',
      min: '3',
      quote: 'three civilians',
    });
    expect(rows.slice(1).map((r) => r.event)).toEqual(['e-gao', 'e-gao']);
    const open = rows.find((r) => r.outlet === 'Other Wire')!;
    expect(open).toMatchObject({ min: '10', max: '', by: 'security_source', url: 'https://b.example/two' });
  });

  it('guards a claimant name that would run as a formula', () => {
    const rows = Papa.parse<Record<string, string>>(claimsCsv(data), { header: true }).data;
    const twelve = rows.find((r) => r.quote === 'Twelve soldiers')!;
    expect(twelve.source).toBe(`'=cmd|"/c calc"!A1`);
    expect(claimsCsv(data)).not.toMatch(/(^|,)=cmd/m);
  });

  it('writes the corrected figures, not the extractor’s', () => {
    const corrected = {
      ...data,
      corrections: [
        {
          id: 'c1',
          createdAt: '2025-03-06T00:00:00Z',
          type: 'edit-claim' as const,
          url: a.url,
          claim: claimRef(a.report.claims[0]),
          set: { min: 13, max: 13 },
        },
        {
          id: 'c2',
          createdAt: '2025-03-06T00:00:01Z',
          type: 'delete-claim' as const,
          url: b.url,
          claim: claimRef(b.report.claims[0]),
        },
      ],
    };
    const rows = Papa.parse<Record<string, string>>(claimsCsv(corrected), { header: true }).data;
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.quote === 'Twelve soldiers')).toMatchObject({ min: '13', max: '13' });
    expect(rows.some((r) => r.outlet === 'Other Wire')).toBe(false);
  });
});

import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import type { CompareInput } from '../../../lib/events/compare';
import type { EventComparison, FigureSummary } from '../../../lib/types';
import { ACLED_COLUMNS, acledCsv, conservativeFatalities, eventsGeoJson } from '../../../lib/export';
import { claim, event, incident, place, saved } from './make';

// The comparison is another module's work; these tests fix what it returns so
// that they test the export alone: each report's killed claims become a summary row.
vi.mock('../../../lib/events/compare', () => ({
  compareReports: (items: CompareInput[]): EventComparison => {
    const summary: FigureSummary[] = items.flatMap((it) =>
      it.report.claims
        .filter((c) => (c.incident ?? 0) === (it.incident ?? 0))
        .map((c) => ({
          kind: c.kind,
          subject: c.subject,
          low: c.min,
          best: c.min,
          high: c.max,
          conservative: c.min,
          sources: items.length,
        })),
    );
    return { rows: [], summary, placeVariants: [], dates: [], copies: [], sources: items.length };
  },
}));

const s = (
  subject: FigureSummary['subject'],
  conservative: number,
  kind: FigureSummary['kind'] = 'killed',
): FigureSummary => ({
  kind,
  subject,
  low: conservative,
  best: conservative,
  high: conservative,
  conservative,
  sources: 1,
});

describe('conservativeFatalities', () => {
  it('adds the sides', () => {
    expect(conservativeFatalities([s('soldiers', 15), s('civilians', 49), s('militants', 3)])).toBe(67);
  });
  it('does not add a total to the sides it sums, but takes it when larger', () => {
    expect(conservativeFatalities([s('soldiers', 15), s('civilians', 49), s('people', 64)])).toBe(64);
    expect(conservativeFatalities([s('soldiers', 15), s('people', 40)])).toBe(40);
    expect(conservativeFatalities([s('soldiers', 15), s('civilians', 49), s('people', 20)])).toBe(64);
  });
  it('counts only people killed', () => {
    expect(
      conservativeFatalities([
        s('soldiers', 4, 'wounded'),
        s('vehicles', 9, 'destroyed'),
        s('civilians', 2, 'captured'),
      ]),
    ).toBe(0);
  });
});

const bamako = place('Bamako', 'ml:bamako', 12.65, -8.0);
const kati = place('Kati', 'ml:kati', 12.744, -8.074);
const nowhere = place('Tinzaouatene-Est', null);
const r1 = saved(
  'https://one.example/a',
  'Seven soldiers and two civilians killed near Kati and Bamako.',
  [incident('2025-06-10', [kati, bamako], ['JNIM', 'FAMa'])],
  [
    claim('Seven soldiers', 0, { min: 7, max: 7 }),
    claim('two civilians', 19, { subject: 'civilians', min: 2, max: 2 }),
  ],
);
const r2 = saved(
  'https://two.example/b',
  '=2+3 people died in the village.',
  [incident('2025-06-12', [nowhere])],
  [],
  '=Evil Outlet',
);
const data = {
  reports: [r1, r2],
  events: [
    { ...event('ev-kati', '2025-06-10', [kati, bamako], [r1.url], ['JNIM', 'FAMa']), dateEnd: '2025-06-11' },
    event('ev-far', '2025-06-12', [nowhere], [r2.url]),
  ],
  corrections: [],
};

describe('acledCsv', () => {
  it('writes one row per event with the conservative fatalities and the first located place', () => {
    const parsed = Papa.parse<Record<string, string>>(acledCsv(data), { header: true });
    expect(parsed.meta.fields).toEqual([...ACLED_COLUMNS]);
    expect(parsed.data).toHaveLength(2);
    const kati = parsed.data.find((r) => r.event_id_cnty === 'MLI-ev-kati')!;
    expect(kati).toMatchObject({
      event_date: '2025-06-10',
      year: '2025',
      time_precision: '2',
      actor1: 'JNIM',
      assoc_actor_1: 'FAMa',
      iso: '466',
      location: 'Kati; Bamako',
      latitude: '12.744',
      longitude: '-8.074',
      fatalities: '9',
      reports: '1',
    });
    const far = parsed.data.find((r) => r.event_id_cnty === 'MLI-ev-far')!;
    expect(far).toMatchObject({
      latitude: '',
      fatalities: '0',
      source: "'=Evil Outlet",
      time_precision: '1',
    });
  });
});

describe('eventsGeoJson', () => {
  it('places events at their gazetteer coordinates as [lon, lat]', () => {
    const fc = eventsGeoJson(data);
    expect(fc.type).toBe('FeatureCollection');
    const kati = fc.features.find((f) => f.id === 'ev-kati')!;
    expect(kati.geometry).toEqual({
      type: 'MultiPoint',
      coordinates: [
        [-8.074, 12.744],
        [-8, 12.65],
      ],
    });
    expect(kati.properties).toMatchObject({
      date: '2025-06-10',
      dateEnd: '2025-06-11',
      reports: 1,
      fatalities: 9,
      actors: ['JNIM', 'FAMa'],
    });
    const far = fc.features.find((f) => f.id === 'ev-far')!;
    expect(far.geometry).toBeNull();
    const one = eventsGeoJson({ ...data, events: [event('e', '2025-06-10', [bamako], [r1.url])] });
    expect(one.features[0].geometry).toEqual({ type: 'Point', coordinates: [-8, 12.65] });
  });
});

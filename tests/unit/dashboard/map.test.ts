import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { groupMarkers, layoutMarkers, mapFrame, markerRadius, regionCapitals } from '../../../lib/map';

const require = createRequire(import.meta.url);
const topology = JSON.parse(
  fs.readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
) as Topology;

describe('mapFrame', () => {
  const frame = mapFrame(topology, 600, 500);

  it('draws Mali, its seven neighbours and the countries around, nothing far away', () => {
    expect(frame.mali).toMatch(/^M[\d.-]/);
    const names = frame.neighbours.map((n) => n.name);
    for (const n of [
      'Algeria',
      'Burkina Faso',
      "Côte d'Ivoire",
      'Guinea',
      'Mauritania',
      'Niger',
      'Senegal',
      'W. Sahara',
      'Ghana',
    ])
      expect(names).toContain(n);
    expect(names).not.toContain('Mali');
    expect(names).not.toContain('China');
    expect(names).not.toContain('Brazil');
    expect(names.length).toBeLessThan(30);
  });

  it('fits Mali in the box: north up, west left, inside the margins', () => {
    const bamako = frame.project(-8.0, 12.65)!;
    const kidal = frame.project(1.41, 18.44)!;
    const kayes = frame.project(-11.44, 14.45)!;
    expect(kidal[1]).toBeLessThan(bamako[1]);
    expect(kayes[0]).toBeLessThan(bamako[0]);
    for (const c of regionCapitals()) {
      const [x, y] = frame.project(c.lon, c.lat)!;
      expect(x).toBeGreaterThanOrEqual(12);
      expect(x).toBeLessThanOrEqual(588);
      expect(y).toBeGreaterThanOrEqual(12);
      expect(y).toBeLessThanOrEqual(488);
    }
  });
});

describe('markers', () => {
  it('grow with the number of reports and stop at 18 px', () => {
    expect(markerRadius(1)).toBe(4);
    expect(markerRadius(5)).toBeGreaterThan(markerRadius(2));
    expect(markerRadius(1000)).toBe(18);
  });

  it('are coloured by conflicts, drawn largest first, and leave out what falls outside', () => {
    const project = (lon: number, lat: number): [number, number] => [lon * 10, -lat * 10 + 300];
    const ms = layoutMarkers(
      [
        { id: 'a', lon: 1, lat: 1, reports: 1, conflicts: 0, label: 'A' },
        { id: 'b', lon: 2, lat: 2, reports: 9, conflicts: 2, label: 'B' },
        { id: 'c', lon: -5, lat: 1, reports: 3, conflicts: 0, label: 'C' },
      ],
      project,
      { width: 100, height: 400 },
    );
    expect(ms.map((m) => m.id)).toEqual(['b', 'a']);
    expect(ms[0]).toMatchObject({ x: 20, y: 280, conflict: true });
    expect(ms[1].conflict).toBe(false);
  });
});

describe('groupMarkers', () => {
  it('makes one marker of events at one town, sized by all their reports, red if any conflicts', () => {
    const project = (lon: number, lat: number): [number, number] => [lon * 100, lat * 100];
    const gs = groupMarkers(
      [
        { id: 'a', lon: 1, lat: 1, reports: 2, conflicts: 0, label: 'A', place: 'Gao' },
        { id: 'b', lon: 1.01, lat: 1, reports: 3, conflicts: 1, label: 'B', place: 'Gao' },
        { id: 'c', lon: 2, lat: 1, reports: 1, conflicts: 0, label: 'C', place: 'Kidal' },
      ],
      project,
    );
    expect(gs.map((g) => g.events)).toEqual([['a', 'b'], ['c']]);
    expect(gs[0]).toMatchObject({ conflict: true, r: markerRadius(5), label: 'Gao: 2 events, 5 reports' });
    expect(gs[1]).toMatchObject({ conflict: false, label: 'C' });
  });
});

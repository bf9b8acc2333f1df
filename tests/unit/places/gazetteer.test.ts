import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../lib/places/gazetteer';
import geonames from '../../../lib/places/geonames.json';
import { MALI_PLACES, MALI_REGIONS } from '../../../lib/places/mali-places';
import { COUNTRIES, NEIGHBOUR_PLACES } from '../../../lib/places/world-places';

/** Rough boxes: a coordinate typo (sign, swapped lat/lon) lands outside. */
const BOX: Record<string, [number, number, number, number]> = {
  ML: [10, 25.1, -12.3, 4.3],
  BF: [9.4, 15.1, -5.6, 2.5],
  NE: [11.6, 23.6, 0.1, 16],
  MR: [14.7, 27.3, -17.1, -4.8],
  SN: [12.3, 16.7, -17.6, -11.3],
  DZ: [18.9, 37.1, -8.7, 12],
  GN: [7.1, 12.7, -15.1, -7.6],
  CI: [4.3, 10.8, -8.6, -2.4],
};

describe('gazetteer data', () => {
  it('has the Malian places reporting names, with unique ids', () => {
    expect(MALI_PLACES.length).toBeGreaterThanOrEqual(250);
    const slugs = MALI_PLACES.map((r) => r[0]);
    expect(new Set(slugs).size).toBe(slugs.length);
    const ids = gazetteer().entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts every place with coordinates inside its country', () => {
    const rows: Array<[string, string, number | null, number | null]> = [
      ...MALI_PLACES.filter((r) => r[4] !== 'country').map(
        (r) => ['ML', r[1], r[2], r[3]] as [string, string, number | null, number | null],
      ),
      ...MALI_REGIONS.map((r) => ['ML', r[1], r[2], r[3]] as [string, string, number | null, number | null]),
      ...NEIGHBOUR_PLACES.filter((r) => BOX[r[0]]).map(
        (r) => [r[0], r[2], r[3], r[4]] as [string, string, number | null, number | null],
      ),
      ...(geonames as Array<[string, string, string, number, number, string, string]>).map(
        (r) => [r[5], r[1], r[3], r[4]] as [string, string, number | null, number | null],
      ),
    ];
    const outside = rows.filter(([cc, , lat, lon]) => {
      if (lat == null || lon == null) return false;
      const [s, n, w, e] = BOX[cc];
      return lat < s || lat > n || lon < w || lon > e;
    });
    expect(outside.map((r) => `${r[0]} ${r[1]} ${r[2]},${r[3]}`)).toEqual([]);
  });

  it('keeps the generated GeoNames file small and restricted to Mali and its neighbours', () => {
    const rows = geonames as Array<[string, string, string, number, number, string, string]>;
    expect(rows.filter((r) => r[5] === 'ML').length).toBeGreaterThan(50);
    expect(new Set(rows.map((r) => r[5]))).toEqual(new Set(['ML', 'BF', 'NE', 'MR', 'SN', 'DZ', 'GN', 'CI']));
    expect(JSON.stringify(rows).length).toBeLessThan(100_000);
    for (const r of rows) expect(r[0]).toMatch(/^geonames:\d+$/);
  });

  it('merges a GeoNames town with the project entry of the same place', () => {
    const g = gazetteer();
    const tombouctou = g.byName.get('tombouctou')![0];
    expect(tombouctou.id).toMatch(/^geonames:/);
    expect(g.byName.get('timbuktu')![0]).toBe(tombouctou);
    expect(tombouctou.type).toBe('town');
  });

  it('names every neighbouring country in English and French', () => {
    const names = COUNTRIES.flatMap((r) => r[2].split('|'));
    for (const n of [
      'Burkina',
      'Mauritanie',
      'Sénégal',
      'Algérie',
      "Côte d'Ivoire",
      'Niger',
      'Guinée',
      'Tchad',
      'Libye',
      'Nigeria',
    ]) {
      expect(names).toContain(n);
    }
  });
});

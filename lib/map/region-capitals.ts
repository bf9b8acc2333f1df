import { lookupPlace } from '../places';

/**
 * Mali's regional capitals, drawn as labelled points: no region boundary data
 * is installed (world-atlas has countries only), so the map shows where the
 * regions are, not their borders. Coordinates come from the gazetteer when it
 * knows the name; the fallback figures are the GeoNames ones, rounded.
 */
const CAPITALS: Array<[name: string, lat: number, lon: number]> = [
  ['Bamako', 12.65, -8.0],
  ['Kayes', 14.45, -11.44],
  ['Koulikoro', 12.86, -7.56],
  ['Sikasso', 11.32, -5.67],
  ['Ségou', 13.43, -6.26],
  ['Mopti', 14.49, -4.2],
  ['Tombouctou', 16.77, -3.01],
  ['Gao', 16.27, -0.04],
  ['Kidal', 18.44, 1.41],
  ['Ménaka', 15.92, 2.4],
  ['Taoudénit', 22.68, -3.98],
];

export interface MapLabel {
  name: string;
  lat: number;
  lon: number;
}

export function regionCapitals(): MapLabel[] {
  return CAPITALS.map(([name, lat, lon]) => {
    const p = lookupPlace(name);
    return p && p.country === 'ML' && typeof p.lat === 'number' && typeof p.lon === 'number'
      ? { name, lat: p.lat, lon: p.lon }
      : { name, lat, lon };
  });
}

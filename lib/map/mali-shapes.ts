import { geoBounds } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** ISO 3166-1 numeric ids, as world-atlas keys its countries. */
export const MALI_ID = '466';
/** Algeria, Niger, Burkina Faso, Côte d'Ivoire, Guinea, Senegal, Mauritania. */
export const NEIGHBOUR_IDS = ['012', '562', '854', '384', '324', '686', '478'] as const;

export type CountryFeature = Feature<Geometry, { name: string }>;

/** Around Mali: the countries drawn faint behind it ([west, south, east, north] in degrees). */
export const SURROUNDINGS: [number, number, number, number] = [-20, 4, 12, 30];

/**
 * Mali and the countries around it from a world-atlas countries topology
 * (countries-50m.json): its seven neighbours and any other country inside
 * SURROUNDINGS (Western Sahara, Ghana…), so the map has no holes.
 */
export function maliShapes(topology: Topology): { mali: CountryFeature; neighbours: CountryFeature[] } {
  const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
  const all = feature(topology, countries) as FeatureCollection<Geometry, { name: string }>;
  const mali = all.features.find((f) => String(f.id) === MALI_ID);
  if (!mali) throw new Error('The topology has no Mali (id 466)');
  const [w, s, e, n] = SURROUNDINGS;
  const neighbours = all.features.filter((f) => {
    if (f === mali) return false;
    if ((NEIGHBOUR_IDS as readonly string[]).includes(String(f.id))) return true;
    const [[fw, fs], [fe, fn]] = geoBounds(f);
    return fw <= fe && fw <= e && fe >= w && fs <= n && fn >= s;
  });
  return { mali, neighbours };
}

import { geoMercator, geoPath } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { maliShapes } from './mali-shapes';

export interface MapFrame {
  width: number;
  height: number;
  /** SVG path data of Mali's outline. */
  mali: string;
  /** The neighbours, drawn faint (clipped by the SVG's box). */
  neighbours: Array<{ id: string; name: string; d: string }>;
  /** Screen position of a point, null when the projection cannot place it. */
  project(lon: number, lat: number): [number, number] | null;
}

/** A Mercator projection fitted to Mali in a width × height box (with a margin), and the outlines' paths. */
export function mapFrame(topology: Topology, width: number, height: number, margin = 12): MapFrame {
  const { mali, neighbours } = maliShapes(topology);
  const projection = geoMercator().fitExtent(
    [
      [margin, margin],
      [width - margin, height - margin],
    ],
    mali,
  );
  const path = geoPath(projection);
  return {
    width,
    height,
    mali: path(mali) ?? '',
    neighbours: neighbours.map((n) => ({ id: String(n.id), name: n.properties.name, d: path(n) ?? '' })),
    project: (lon, lat) => {
      const p = projection([lon, lat]);
      return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [round(p[0]), round(p[1])] : null;
    },
  };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

import { conflictCount } from './event-comparison';
import type { ExportData } from './export-data';
import { eventViews } from './event-views';
import { conservativeFatalities } from './fatalities';

export interface EventFeature {
  type: 'Feature';
  id: string;
  /** A Point for one located place, a MultiPoint for several, null when none is in the gazetteer (RFC 7946 §3.2). */
  geometry:
    | { type: 'Point'; coordinates: [number, number] }
    | { type: 'MultiPoint'; coordinates: Array<[number, number]> }
    | null;
  properties: {
    date: string | null;
    dateEnd: string | null;
    places: string[];
    actors: string[];
    reports: number;
    outlets: string[];
    conflicts: number;
    fatalities: number;
  };
}

export interface EventFeatureCollection {
  type: 'FeatureCollection';
  features: EventFeature[];
}

/** Events as GeoJSON features at their gazetteer coordinates ([lon, lat], WGS 84, RFC 7946). */
export function eventsGeoJson(data: ExportData): EventFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: eventViews(data).map((v) => {
      const coords = v.places.map((p) => [round(p.lon), round(p.lat)] as [number, number]);
      return {
        type: 'Feature',
        id: v.event.id,
        geometry: !coords.length
          ? null
          : coords.length === 1
            ? { type: 'Point', coordinates: coords[0] }
            : { type: 'MultiPoint', coordinates: coords },
        properties: {
          date: v.event.date,
          dateEnd: v.event.dateEnd ?? null,
          places: v.event.places,
          actors: v.event.actors,
          reports: v.reports.length,
          outlets: [...new Set(v.reports.map((r) => r.article.outlet))].sort(),
          conflicts: conflictCount(v.comparison),
          fatalities: conservativeFatalities(v.comparison.summary),
        },
      };
    }),
  };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

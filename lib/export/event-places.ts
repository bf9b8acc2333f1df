import { lookupPlace, placeKey } from '../places';
import type { Place, SavedReport, StoredEvent } from '../types';

/** A place with gazetteer coordinates. */
export type LocatedPlace = Place & { lat: number; lon: number };

/**
 * The event's places with their gazetteer coordinates: taken from the linked
 * reports' place details (what the gazetteer said when they were read), else
 * looked up by name. Places the gazetteer does not know are left out.
 */
export function eventPlaces(event: StoredEvent, reports: readonly SavedReport[]): LocatedPlace[] {
  const wanted = new Set(event.placeKeys);
  const out = new Map<string, LocatedPlace>();
  for (const r of reports) {
    for (const inc of r.report.incidents.length ? r.report.incidents : [r.report.event]) {
      for (const p of inc.placeDetails) {
        const key = placeKey(p);
        if (!wanted.has(key) || out.has(key) || !located(p)) continue;
        out.set(key, p);
      }
    }
  }
  if (out.size < event.places.length) {
    for (const name of event.places) {
      const p = lookupPlace(name);
      if (p && located(p) && !out.has(placeKey(p))) out.set(placeKey(p), p);
    }
  }
  return [...out.values()];
}

function located(p: Place): p is LocatedPlace {
  return (
    typeof p.lat === 'number' && typeof p.lon === 'number' && Number.isFinite(p.lat) && Number.isFinite(p.lon)
  );
}

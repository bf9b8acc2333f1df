import { placeKey } from '../places';
import type { Incident, Report, StoredEvent } from '../types';

/**
 * Which of a report's incidents an event is about. The store links a report
 * of two attacks to two events; the incident that shares the event's places
 * (then its date) is the one. Falls back to the main incident (0). The
 * store's eventIds, when given, decide first.
 */
export function incidentForEvent(
  report: Report,
  event: Pick<StoredEvent, 'id' | 'date' | 'placeKeys' | 'places'>,
  /** SavedReport.eventIds: the store's own link from each incident to its event, when it has one. */
  eventIds?: ReadonlyArray<string | null>,
): number {
  const linked = eventIds?.indexOf(event.id) ?? -1;
  if (linked >= 0) return linked;
  const incidents = report.incidents.length ? report.incidents : [report.event];
  let best = 0;
  let bestScore = -1;
  incidents.forEach((inc, i) => {
    const s = score(inc, event);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  return best;
}

function score(inc: Incident, event: Pick<StoredEvent, 'date' | 'placeKeys' | 'places'>): number {
  const keys = new Set(event.placeKeys);
  const names = new Set(event.places.map((p) => p.toLowerCase()));
  let s = 0;
  for (const p of inc.placeDetails) if (keys.has(placeKey(p))) s += 2;
  for (const p of inc.places) if (names.has(p.toLowerCase())) s += 1;
  if (event.date && inc.date && event.date >= inc.date && event.date <= (inc.dateEnd ?? inc.date)) s += 1;
  return s;
}

/** The claims of a report that are about the given incident (claims without `incident` are about 0). */
export function claimsOfIncident<T extends { incident?: number }>(
  claims: readonly T[],
  incident: number,
): T[] {
  return claims.filter((c) => (c.incident ?? 0) === incident);
}

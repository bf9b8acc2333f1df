import type { EventComparison, SavedReport, StoredEvent } from '../types';
import { correctionsByUrl, newestFirst } from './claims-csv';
import { compareEvent } from './event-comparison';
import { eventPlaces, type LocatedPlace } from './event-places';
import type { ExportData } from './export-data';

/** An event with what the exports say of it. */
export interface EventView {
  event: StoredEvent;
  reports: SavedReport[];
  comparison: EventComparison;
  places: LocatedPlace[];
}

/** Every event, newest first, with its reports, comparison (after corrections) and located places. */
export function eventViews(data: ExportData): EventView[] {
  const byUrl = new Map(data.reports.map((r) => [r.url, r]));
  const corrections = correctionsByUrl(data.corrections);
  return [...data.events].sort(newestFirst).map((event) => {
    const reports = event.reports.map((u) => byUrl.get(u)).filter((r): r is SavedReport => !!r);
    return {
      event,
      reports,
      comparison: compareEvent(event, reports, corrections),
      places: eventPlaces(event, reports),
    };
  });
}

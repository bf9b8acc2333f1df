import Papa from 'papaparse';
import { CSV_OPTIONS, guardCell } from './csv-cell';
import type { ExportData } from './export-data';
import { eventViews, type EventView } from './event-views';
import { conservativeFatalities } from './fatalities';

/**
 * ACLED-style columns (a subset of ACLED's codebook that we can fill): one row
 * per event. `fatalities` follows conservativeFatalities(); time_precision is
 * ACLED's 1 (day) / 2 (a span of days) / 3 (month or unknown); geo_precision
 * 1 when the gazetteer places the event at a town, 2 otherwise.
 */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'actor1',
  'assoc_actor_1',
  'country',
  'iso',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
  'sources_independent',
  'reports',
  'timestamp',
] as const;

export function acledCsv(data: ExportData): string {
  const rows = eventViews(data).map(acledRow);
  return Papa.unparse({ fields: [...ACLED_COLUMNS], data: rows.map((r) => r.map(guardCell)) }, CSV_OPTIONS);
}

function acledRow(v: EventView): Array<string | number> {
  const { event, comparison, places } = v;
  const first = places[0];
  const precision = event.date ? (event.dateEnd && event.dateEnd !== event.date ? 2 : 1) : 3;
  const outlets = [...new Set(v.reports.map((r) => r.article.outlet))].sort();
  const notes = comparison.summary
    .map(
      (s) =>
        `${s.kind} ${s.subject}: ${s.low}${s.high === null ? '+' : s.high !== s.low ? `-${s.high}` : ''} (conservative ${s.conservative})`,
    )
    .join('; ');
  const updated = Date.parse(event.updatedAt);
  return [
    `MLI-${event.id}`,
    event.date ?? '',
    event.date ? Number(event.date.slice(0, 4)) : '',
    precision,
    event.actors[0] ?? '',
    event.actors.slice(1).join('; '),
    'Mali',
    466,
    event.places.join('; '),
    first ? round(first.lat) : '',
    first ? round(first.lon) : '',
    first ? (first.type === 'region' ? 2 : 1) : '',
    outlets.join('; '),
    notes,
    conservativeFatalities(comparison.summary),
    comparison.sources,
    v.reports.length,
    Number.isFinite(updated) ? Math.floor(updated / 1000) : '',
  ];
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

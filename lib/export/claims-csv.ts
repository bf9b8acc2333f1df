import Papa from 'papaparse';
import { applyCorrections, type Correction } from '../corrections';
import { nextTask, ProgressCounter, type OnProgress } from '../progress';
import type { SavedReport, StoredEvent } from '../types';
import { CSV_OPTIONS, guardCell } from './csv-cell';
import { claimsOfIncident, incidentForEvent } from './event-incident';
import type { ExportData } from './export-data';

export const CLAIM_COLUMNS = [
  'event',
  'date',
  'places',
  'outlet',
  'url',
  'published',
  'kind',
  'subject',
  'min',
  'max',
  'approx',
  'earlier',
  'by',
  'source',
  'quote',
] as const;

/**
 * One row per claim (after the user's corrections), grouped by event, newest
 * event first. A report linked to no event still gives its claims, with an
 * empty event column. `max` is empty when the figure is open upward.
 */
export function claimsCsv(data: ExportData): string {
  const rows: Row[] = [];
  for (const _ of claimRows(data, rows)) void _;
  return toCsv(rows);
}

/**
 * The same text as claimsCsv, with a pause every batch of reports (the page
 * stays responsive with 10,000 reports); `onProgress(done, total)` counts reports.
 */
export async function claimsCsvInBatches(data: ExportData, onProgress?: OnProgress): Promise<string> {
  const rows: Row[] = [];
  const progress = new ProgressCounter(data.reports.length, onProgress);
  let done = 0;
  for (const n of claimRows(data, rows)) {
    if (progress.step(n - done)) await nextTask();
    done = n;
  }
  progress.finish();
  return toCsv(rows);
}

type Row = Array<string | number>;

const toCsv = (rows: Row[]) =>
  Papa.unparse({ fields: [...CLAIM_COLUMNS], data: rows.map((r) => r.map(guardCell)) }, CSV_OPTIONS);

/** Pushes the rows report by report; yields how many distinct reports are done so far. */
function* claimRows(data: ExportData, rows: Row[]): Generator<number> {
  const byUrl = new Map(data.reports.map((r) => [r.url, r]));
  const corrections = correctionsByUrl(data.corrections);
  const linked = new Set<string>();
  for (const ev of [...data.events].sort(newestFirst)) {
    for (const url of ev.reports) {
      const saved = byUrl.get(url);
      if (!saved) continue;
      linked.add(url);
      const report = applyCorrections(saved.report, corrections.get(url) ?? []);
      const inc = incidentForEvent(report, ev, saved.eventIds);
      for (const c of claimsOfIncident(report.claims, inc)) rows.push(row(ev, saved, c));
      yield linked.size;
    }
  }
  let alone = 0;
  for (const saved of data.reports) {
    if (linked.has(saved.url)) continue;
    const report = applyCorrections(saved.report, corrections.get(saved.url) ?? []);
    for (const c of report.claims) rows.push(row(null, saved, c));
    yield linked.size + ++alone;
  }
}

type ClaimLike = SavedReport['report']['claims'][number];

function row(ev: StoredEvent | null, saved: SavedReport, c: ClaimLike): Row {
  return [
    ev?.id ?? '',
    ev?.date ?? '',
    ev ? ev.places.join('; ') : '',
    saved.article.outlet,
    saved.url,
    saved.article.published ?? '',
    c.kind,
    c.subject,
    c.min,
    c.max ?? '',
    c.approx ? 'true' : '',
    c.earlier ? 'true' : '',
    c.by,
    c.source ?? '',
    c.text,
  ];
}

export function correctionsByUrl(all: readonly Correction[]): Map<string, Correction[]> {
  const m = new Map<string, Correction[]>();
  for (const c of all) {
    if (!('url' in c) || c.type === 'move-report') continue;
    const list = m.get(c.url) ?? [];
    list.push(c);
    m.set(c.url, list);
  }
  return m;
}

/** Events by the attack's (first) day, newest first; undated events last, newest created first. */
export function newestFirst(a: StoredEvent, b: StoredEvent): number {
  if (!a.date !== !b.date) return a.date ? -1 : 1;
  const da = a.date ?? a.createdAt;
  const db = b.date ?? b.createdAt;
  return da < db ? 1 : da > db ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

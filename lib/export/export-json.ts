import { EXPORT_FORMAT, EXPORT_VERSION, type ExportData, type ExportFile } from './export-data';

/** The JSON export of everything saved. Records are sorted by key so that two exports of one store are equal. */
export function buildExportFile(data: ExportData, now: Date = new Date()): ExportFile {
  const reports = [...data.reports].sort((a, b) => cmp(a.url, b.url));
  const events = [...data.events].sort((a, b) => cmp(a.id, b.id));
  const corrections = [...data.corrections].sort((a, b) => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    counts: { reports: reports.length, events: events.length, corrections: corrections.length },
    reports,
    events,
    corrections,
  };
}

export function exportJson(data: ExportData, now?: Date): string {
  return JSON.stringify(buildExportFile(data, now), null, 2);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

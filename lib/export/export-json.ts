import { nextTask, ProgressCounter, type OnProgress } from '../progress';
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

/**
 * The same text as exportJson, built a batch of records at a time with a
 * pause between batches (the page stays responsive with 10,000 reports);
 * `onProgress(done, total)` counts the reports and events written.
 */
export async function exportJsonInBatches(
  data: ExportData,
  now: Date = new Date(),
  onProgress?: OnProgress,
): Promise<string> {
  const file = buildExportFile(data, now);
  const { reports, events, corrections, ...head } = file;
  const progress = new ProgressCounter(reports.length + events.length, onProgress);
  const parts: string[] = [JSON.stringify(head, null, 2).slice(0, -2)];
  const list = async (name: string, items: readonly unknown[], counted: boolean) => {
    if (!items.length) return parts.push(`,\n  ${JSON.stringify(name)}: []`);
    parts.push(`,\n  ${JSON.stringify(name)}: [\n`);
    for (let i = 0; i < items.length; i++) {
      // An element two levels deep: its own lines indented by four more spaces.
      parts.push((i ? ',\n    ' : '    ') + JSON.stringify(items[i], null, 2).replace(/\n/g, '\n    '));
      if (counted && progress.step()) await nextTask();
    }
    parts.push('\n  ]');
  };
  await list('reports', reports, true);
  await list('events', events, true);
  await list('corrections', corrections, false);
  parts.push('\n}');
  progress.finish();
  return parts.join('');
}

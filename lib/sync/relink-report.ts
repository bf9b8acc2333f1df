/**
 * A report's links to its events live on the report (`eventIds`); the
 * events' lists of reports are kept in step with them here, when a report
 * arrives from the team or a conflict's chosen version is stored.
 */
import type { SavedReport, StoredEvent } from '../types';

/** Moves a report's links from the events it had to the events it now names. */
export async function relinkReport(
  url: string,
  old: SavedReport | undefined,
  next: SavedReport | undefined,
  working: (id: string) => Promise<StoredEvent | undefined>,
  create: (id: string) => StoredEvent,
) {
  const before = new Set((old?.eventIds ?? []).filter((id): id is string => !!id));
  const after = new Set((next?.eventIds ?? []).filter((id): id is string => !!id));
  for (const id of before) {
    if (after.has(id)) continue;
    const e = await working(id);
    if (e) e.reports = e.reports.filter((u) => u !== url);
  }
  for (const id of after) {
    const e = (await working(id)) ?? create(id);
    if (!e.reports.includes(url)) e.reports = [...e.reports, url];
  }
}

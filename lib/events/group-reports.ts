import type { Article, EventComparison, Report } from '../types';

export interface GroupInput {
  /** File name (crosscheck) or canonical URL. */
  key: string;
  article: Article;
  report: Report;
}

export interface GroupedEvent {
  id: string;
  date: string | null;
  places: string[];
  reports: string[];
  comparison: EventComparison;
}

/** Groups reports into events (same attack) and compares each event's figures. (Placeholder.) */
export function groupReports(items: GroupInput[]): GroupedEvent[] {
  return items.map((it, i) => ({
    id: `e${i + 1}`,
    date: it.report.event.date,
    places: it.report.event.places,
    reports: [it.key],
    comparison: { rows: [], summary: [], placeVariants: [], dates: [], copies: [] },
  }));
}

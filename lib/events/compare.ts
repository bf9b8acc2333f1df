import type { Article, EventComparison, Report } from '../types';

export interface CompareInput {
  /** Canonical URL or file name. */
  key: string;
  article: Pick<Article, 'outlet' | 'published' | 'text'>;
  report: Report;
  /** Which of the report's incidents is about this event (default 0). */
  incident?: number;
  /** MinHash signature when already computed (saved reports carry one). */
  signature?: number[];
}

/** Compares the figures of reports about one event. (Placeholder.) */
export function compareReports(_items: CompareInput[]): EventComparison {
  return { rows: [], summary: [], placeVariants: [], dates: [], copies: [] };
}

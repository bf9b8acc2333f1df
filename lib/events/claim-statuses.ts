import { collectFigures, type CompareInput } from './figures';
import type { FigureStatus } from '../types';

/**
 * The status of each claim of the current report against the other reports
 * of the event, one per claim in `current.report.claims` order (for the page
 * highlights). Claims about another incident of the report are 'single'.
 */
export function claimStatuses(current: CompareInput, others: CompareInput[]): FigureStatus[] {
  const figures = collectFigures([current, ...others]);
  const mine = new Map(figures.filter((f) => f.item === 0).map((f) => [f.claimIndex, f.status]));
  return current.report.claims.map((_, i) => mine.get(i) ?? 'single');
}

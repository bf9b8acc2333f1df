/**
 * The marks a reading leaves on the page and the toolbar: the claims highlighted (coloured by
 * their status against the saved reports), the badge with their number. Drawn by whoever
 * prepared the view: the background after a click on the toolbar button, else the popup.
 */
import { SAVABLE, type ReportView } from '@/lib/popup-view/view';
import type { FigureStatus, Report } from '@/lib/types';
import { showClaimsBadge } from './badge';
import { insertHighlightCss, sendToContent } from './page-client';

/** Highlights a report's claims in the tab, each with its status. */
export async function highlightClaims(tabId: number, statuses: readonly FigureStatus[], report: Report) {
  const claims = report.claims
    .map((c, i) => ({ text: c.text, status: statuses[i] ?? 'single' }))
    .filter((c) => c.text.trim());
  await sendToContent<'highlight'>(tabId, { type: 'highlight', claims });
}

/** Once the store has been read (or failed): the highlights and the badge of a view. */
export async function markPage(view: ReportView): Promise<void> {
  const { tabId, report } = view;
  const statuses = view.comparison?.statuses ?? report.claims.map((): FigureStatus => 'single');
  if (!SAVABLE.has(report.status)) {
    await sendToContent<'clear-highlights'>(tabId, { type: 'clear-highlights' });
    return showClaimsBadge(tabId, report.claims.length);
  }
  await insertHighlightCss(tabId);
  await showClaimsBadge(tabId, report.claims.length, statuses);
  await highlightClaims(tabId, statuses, report);
}

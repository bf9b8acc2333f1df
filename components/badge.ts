/**
 * The toolbar badge of the tab the popup read: its number of claims, red when
 * one of them conflicts with a saved report. The background clears it when
 * the tab navigates. Tab-specific, so no permission is needed.
 */
import { toolbarAction } from '@/components/toolbar-action';
import type { FigureStatus } from '@/lib/types';

export const BADGE_COLOURS = { plain: '#1b2a3a', conflict: '#c62828' } as const;

export async function showClaimsBadge(tabId: number, claims: number, statuses: readonly FigureStatus[] = []) {
  const action = toolbarAction();
  if (!action?.setBadgeText) return;
  const conflict = statuses.includes('conflict');
  await action
    .setBadgeText({ tabId, text: claims ? String(Math.min(claims, 999)) : '' })
    .catch(() => undefined);
  await action
    .setBadgeBackgroundColor({ tabId, color: conflict ? BADGE_COLOURS.conflict : BADGE_COLOURS.plain })
    .catch(() => undefined);
}

/**
 * The popup's first work, started before its UI and its extractor have loaded: which tab, whether
 * it can be read, the content script injected and its article read. The browser and the page do
 * this while the popup loads the rest of its code.
 */
import { unreadableReason, type Unreadable } from '@/lib/article/page-support';
import type { Result } from '@/lib/messages';
import { injectAndRead, targetTab, type TargetTab } from '@/components/page-client';

export type PageRead =
  | { state: 'no-tab' }
  | { state: 'refused'; reason: Unreadable }
  /** The content script's answer, not yet checked. */
  | { state: 'answered'; tab: TargetTab; answer: Result<unknown> };

export interface PageReading {
  /** True once a readable tab is found and being read (the popup then says "Reading…"). */
  reading: Promise<boolean>;
  read: Promise<PageRead>;
}

export function startPageRead(search = location.search): PageReading {
  const found = targetTab(search)
    .catch(() => null)
    .then((tab) => ({ tab, refused: tab ? unreadableReason(tab.url) : null }));
  const read = found.then(async ({ tab, refused }): Promise<PageRead> => {
    if (!tab) return { state: 'no-tab' };
    if (refused) return { state: 'refused', reason: refused };
    const injected = await injectAndRead(tab.id);
    if (!injected.ok) return { state: 'refused', reason: injected.error };
    return { state: 'answered', tab, answer: injected.value };
  });
  return { reading: found.then(({ tab, refused }) => !!tab && !refused), read };
}

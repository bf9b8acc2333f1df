/**
 * The context menu (permission `contextMenus`, no host permission):
 * "Cross-check this page" opens the popup where the browser allows it
 * (`action.openPopup` / Firefox's `browserAction.openPopup`), else the
 * dashboard; "Add the selected text as a claim" opens the dashboard's claim
 * form for that page's saved report, the words passed in the URL hash
 * (checked and capped there and again in the dashboard: page text is untrusted).
 * Chromium calls the API `contextMenus`; Firefox MV2 also `menus`.
 */
import { hashForClaim } from '@/lib/dashboard/claim-hash';
import { toolbarAction } from './toolbar-action';

export const MENU_PAGE = 'crosscheck-page';
export const MENU_CLAIM = 'crosscheck-claim';

interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
}
interface MenusApi {
  create(props: { id: string; title: string; contexts: string[] }, done?: () => void): unknown;
  removeAll(): Promise<void> | void;
  onClicked: { addListener(fn: (info: MenuClick, tab?: { url?: string }) => void): void };
}

export function menusApi(): MenusApi | undefined {
  const b = browser as unknown as { contextMenus?: MenusApi; menus?: MenusApi };
  return b.contextMenus ?? b.menus;
}

const message = (key: string, fallback: string) => {
  try {
    return (browser.i18n.getMessage as (name: string) => string)(key) || fallback;
  } catch {
    return fallback;
  }
};

/** Creates the two items (on install and update: removed first, so no duplicate id). */
export async function createMenus(): Promise<void> {
  const menus = menusApi();
  if (!menus) return;
  await menus.removeAll();
  const created = () => void (browser.runtime as { lastError?: unknown }).lastError; // read: not logged
  menus.create(
    { id: MENU_PAGE, title: message('menu_crosscheckPage', 'Cross-check this page'), contexts: ['page'] },
    created,
  );
  menus.create(
    {
      id: MENU_CLAIM,
      title: message('menu_addClaim', 'Add the selected text as a claim'),
      contexts: ['selection'],
    },
    created,
  );
}

const dashboardUrl = (hash = '') => browser.runtime.getURL(`/dashboard.html${hash ? `#${hash}` : ''}`);

/** A tab as the browser's click events give it. */
export interface ClickedTab {
  id?: number;
  windowId?: number;
  url?: string;
}

/**
 * What a click on one of the items does. `toolbarClick`: what a click on the toolbar button does,
 * where the button has no popup of its own (Chromium: the background reads the page and opens it).
 */
export async function onMenuClick(
  info: MenuClick,
  tab?: ClickedTab,
  toolbarClick?: (tab: ClickedTab) => Promise<void>,
): Promise<void> {
  if (info.menuItemId === MENU_PAGE) {
    if (toolbarClick) {
      const [active] =
        tab?.id === undefined ? await browser.tabs.query({ active: true, lastFocusedWindow: true }) : [];
      return toolbarClick(active ?? tab ?? {});
    }
    const action = toolbarAction();
    if (action?.openPopup) {
      try {
        return await action.openPopup();
      } catch {
        // Not allowed here (no focused window, older browser): the dashboard instead.
      }
    }
    await browser.tabs.create({ url: dashboardUrl() });
  } else if (info.menuItemId === MENU_CLAIM) {
    const hash = hashForClaim(info.pageUrl ?? tab?.url ?? '', info.selectionText ?? '');
    await browser.tabs.create({ url: dashboardUrl(hash ?? '') });
  }
}

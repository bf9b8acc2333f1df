/**
 * The toolbar button's API in either manifest: `action` (MV3, Chromium) or
 * `browserAction` (MV2, Firefox). Undefined where neither is exposed.
 */
type BadgeApi = {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
  /** Chromium 127+, Firefox: opens the toolbar popup (from a user action such as a menu click). */
  openPopup?(options?: { windowId?: number }): Promise<void>;
  /** The page the button opens ('' for none: a click then reaches action.onClicked). */
  setPopup?(details: { tabId?: number; popup: string }): Promise<void>;
};

export function toolbarAction(): BadgeApi | undefined {
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return b.action ?? b.browserAction;
}

/**
 * The UI language the user chose, kept in the extension origin's localStorage (no `storage`
 * permission). Apart from i18n.ts so that the popup's first script can read it without loading
 * the catalogs: a page's first localStorage read waits on the browser (10–15 ms in a new popup),
 * which the popup then pays while its UI's code loads instead of before drawing.
 */
export type Lang = 'en' | 'fr';

export const UI_LANG_KEY = 'ui-lang';

export function savedLang(): Lang | null {
  try {
    const v = globalThis.localStorage?.getItem(UI_LANG_KEY);
    return v === 'en' || v === 'fr' ? v : null;
  } catch {
    return null;
  }
}

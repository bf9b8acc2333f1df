/**
 * The UI's words: the browser's i18n files (public/_locales/<lang>/messages.json),
 * bundled so that the user can switch language in the dashboard without
 * changing the browser's. The choice is remembered in the extension origin's
 * localStorage (no `storage` permission); without one the browser's UI
 * language decides. lib/ returns codes and data; only the UI turns them into words.
 */
import en from '../public/_locales/en/messages.json';
import { savedLang, UI_LANG_KEY, type Lang } from './saved-lang';
import fr from '../public/_locales/fr/messages.json';

export type { Lang };
export const LANGS: readonly Lang[] = ['en', 'fr'];
type Catalog = Record<string, { message: string; description?: string }>;
const CATALOGS: Record<Lang, Catalog> = { en, fr };
export type MessageKey = keyof typeof en;
/** Keys with `_one` / `_other` forms, without the suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

function browserLang(): string {
  const g = globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } }; navigator?: Navigator };
  try {
    return g.chrome?.i18n?.getUILanguage?.() ?? g.navigator?.language ?? 'en';
  } catch {
    return 'en';
  }
}

/** 'fr' for any French (fr, fr-FR, fr-ML…), else 'en'. */
export const langOf = (tag: string | null | undefined): Lang => (/^fr\b/i.test(tag ?? '') ? 'fr' : 'en');

let current: Lang = savedLang() ?? langOf(browserLang());

export const getLang = (): Lang => current;
/** For tests and the switch; `remember` stores the choice for the next pages. */
export function setLang(lang: Lang, remember = false): void {
  current = lang;
  if (remember)
    try {
      globalThis.localStorage?.setItem(UI_LANG_KEY, lang);
    } catch {
      /* private mode: the choice lasts for this page */
    }
}

/** The message for `key`, `$1`… replaced by `subs` (the browser's own syntax). */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const m = CATALOGS[current][key]?.message ?? CATALOGS.en[key]?.message ?? key;
  return m.replace(/\$(\d)/g, (all, d: string) => {
    const v = subs[Number(d) - 1];
    return v === undefined ? all : typeof v === 'number' ? formatNumber(v) : v;
  });
}

/** "1 rapport", "3 rapports": the `_one` or `_other` form chosen by Intl.PluralRules; $1 is the count. */
export function plural(key: PluralKey, n: number, ...subs: Array<string | number>): string {
  let rules = pluralRules.get(current);
  if (!rules) pluralRules.set(current, (rules = new Intl.PluralRules(current)));
  const form = rules.select(n) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}` as MessageKey, n, ...subs);
}

/**
 * Dates and counts are written without Intl's number and date formatters where that is simple
 * (whole non-negative numbers, day month year): the first of those a page makes loads the locale
 * data, which costs a fresh popup 20–40 ms before it can show its claims. The same words as
 * Intl's (CLDR's abbreviated months; en: "1,234", fr: "1 234" with a narrow no-break space);
 * tests/unit/i18n/formats.test.ts compares them with Intl in both languages.
 */
const MONTHS_SHORT: Record<Lang, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};
const GROUP: Record<Lang, string> = { en: ',', fr: '\u202f' };

const pluralRules = new Map<Lang, Intl.PluralRules>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** "1,234" / "1 234". */
export function formatNumber(n: number, lang: Lang = current): string {
  if (Number.isSafeInteger(n) && n >= 0) return String(n).replace(/\B(?=(\d{3})+$)/g, GROUP[lang]);
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(lang)));
  return f.format(n);
}

/** "13 Oct 2026" / "13 oct. 2026" for an ISO day or date-time; null when it is not a date. */
export function formatDate(iso: string, lang: Lang = current): string | null {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso;
  const d = new Date(day);
  if (Number.isNaN(d.getTime())) return null;
  return `${d.getUTCDate()} ${MONTHS_SHORT[lang][d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat(current === 'fr' ? 'fr-FR' : 'en-GB', { timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** Sets <html lang> to the UI language (screen readers, axe). */
export function markDocumentLang(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = current;
}

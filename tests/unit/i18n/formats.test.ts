/** The UI's own date and number writing says what Intl says (components/i18n.ts writes them by hand for speed). */
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, type Lang } from '../../../components/i18n';

const REGION: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };

describe.each(['en', 'fr'] as const)('in %s', (lang) => {
  it('writes every month of a day as Intl.DateTimeFormat does', () => {
    const intl = new Intl.DateTimeFormat(REGION[lang], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (let m = 0; m < 12; m++)
      for (const day of [1, 9, 28]) {
        const iso = `2026-${String(m + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(formatDate(iso, lang), iso).toBe(intl.format(new Date(`${iso}T12:00:00Z`)));
      }
    // A date-time is written as its day in UTC.
    const late = '2025-12-31T23:30:00-02:00';
    expect(formatDate(late, lang)).toBe(intl.format(new Date(late)));
  });

  it('writes counts as Intl.NumberFormat does, with its group separator', () => {
    const intl = new Intl.NumberFormat(lang);
    for (const n of [
      0, 7, 42, 999, 1000, 10_000, 12_345, 999_999, 1_234_567, 9_007_199_254_740_991, -5, 2.5, -1234.75,
    ])
      expect(formatNumber(n, lang), String(n)).toBe(intl.format(n));
  });
});

it('says a date that is not one is none', () => {
  expect(formatDate('2026-13-45')).toBeNull();
});

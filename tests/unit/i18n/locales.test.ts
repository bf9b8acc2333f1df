/**
 * The two locales hold the same keys, every key the code uses exists, and the
 * helpers pick the right plural form and date format in each language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, langOf, plural, setLang, t } from '../../../components/i18n';
import { quantityLabel, rowLabel, claimantLabel } from '../../../components/labels';

const ROOT = path.resolve(__dirname, '../../..');
const load = (lang: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;
const en = load('en');
const fr = load('fr');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sources(p) : /\.tsx?$/.test(d.name) ? [p] : [];
  });
}

afterEach(() => setLang('en'));

describe('locales', () => {
  it('have the same keys in English and French', () => {
    expect(Object.keys(fr).filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in fr))).toEqual([]);
  });

  it('have a non-empty message and the same $n substitutions for every key', () => {
    for (const k of Object.keys(en)) {
      expect(en[k].message.trim(), k).not.toBe('');
      expect(fr[k]?.message.trim(), k).not.toBe('');
      const subs = (m: string) => [...new Set(m.match(/\$\d/g) ?? [])].sort();
      expect(subs(fr[k].message), k).toEqual(subs(en[k].message));
      expect(k, 'chrome.i18n key syntax').toMatch(/^[A-Za-z0-9_@]+$/);
    }
  });

  it('hold every key the code asks for', () => {
    const used = new Set<string>();
    for (const file of [
      ...sources(path.join(ROOT, 'components')),
      ...sources(path.join(ROOT, 'entrypoints')),
    ]) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(/\bplural\(\s*'([A-Za-z0-9_]+)'/g)) {
        used.add(`${m[1]}_one`);
        used.add(`${m[1]}_other`);
      }
      for (const m of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1]);
    }
    for (const m of fs
      .readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8')
      .matchAll(/__MSG_([A-Za-z0-9_]+)__/g))
      used.add(m[1]);
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !(k in en) || !(k in fr))).toEqual([]);
  });

  it('name every kind, subject and claimant in both languages', async () => {
    const { KINDS, SUBJECTS, CLAIMANTS } = await import('../../../lib/types');
    const keys = [
      ...KINDS.map((k) => `kind_${k}`),
      ...SUBJECTS.map((s) => `subject_${s}`),
      ...CLAIMANTS.map((b) => `by_${b}`),
    ];
    expect(keys.filter((k) => !(k in en) || !(k in fr))).toEqual([]);
  });
});

describe('UI words', () => {
  it('follow the browser language tag', () => {
    expect(langOf('fr-ML')).toBe('fr');
    expect(langOf('fr')).toBe('fr');
    expect(langOf('en-GB')).toBe('en');
    expect(langOf('de')).toBe('en');
  });

  it('choose plural forms with Intl.PluralRules', () => {
    setLang('fr');
    expect(plural('match_compared', 1)).toBe('Comparé avec 1 article enregistré');
    expect(plural('match_compared', 3)).toBe('Comparé avec 3 articles enregistrés');
    setLang('en');
    expect(plural('match_compared', 1)).toBe('Compared with 1 saved report');
    expect(plural('match_compared', 0)).toBe('Compared with 0 saved reports');
  });

  it('translate the claim vocabulary', () => {
    setLang('fr');
    expect(rowLabel('killed', 'soldiers')).toBe('Tués — soldats');
    expect(rowLabel('wounded', 'civilians')).toBe('Blessés — civils');
    expect(rowLabel('seized', 'vehicles')).toBe('Saisis — véhicules');
    expect(claimantLabel({ by: 'official' })).toBe("l'armée (officiel)");
    expect(claimantLabel({ by: 'monitor', source: 'ACLED' })).toBe('ACLED (un observateur)');
    expect(quantityLabel({ min: 21, max: null })).toBe('au moins 21');
    setLang('en');
    expect(rowLabel('killed', 'soldiers')).toBe('Killed — soldiers');
    expect(quantityLabel({ min: 21, max: null })).toBe('at least 21');
  });

  it('format dates in the UI language', () => {
    setLang('fr');
    expect(formatDate('2026-10-13')).toMatch(/^13 oct\.? 2026$/);
    setLang('en');
    expect(formatDate('2026-10-13')).toBe('13 Oct 2026');
    expect(formatDate('not a date')).toBeNull();
  });

  it('substitute $1 with the arguments', () => {
    setLang('fr');
    expect(t('compare_notGiven', 'RFI, AFP')).toBe('Non donné par RFI, AFP');
  });
});

import { describe, expect, it } from 'vitest';
import { breakdownOpener, coordinatedKind, countFollows } from '../../../lib/extract/coordination';
import { tokenize } from '../../../lib/extract/tokens';
import { brief, read } from './helpers';

const at = (text: string, word: string) => {
  const tokens = tokenize(text);
  return { tokens, i: tokens.findIndex((t) => t.norm === word) };
};

describe('coordination: where one clause or item ends and the next begins', () => {
  it('sees a count right after a verb ("wounded 20 others", "blessé au moins 20 autres")', () => {
    const en = at('and wounded 20 others', 'wounded');
    expect(countFollows(en.tokens, en.i + 1)).toBe(true);
    const fr = at('et blessé au moins 20 autres', 'blesse');
    expect(countFollows(fr.tokens, fr.i + 1)).toBe(true);
    const none = at('and wounded in the attack', 'wounded');
    expect(countFollows(none.tokens, none.i + 1)).toBe(false);
  });
  it('reads the kind of a participle coordinated after another ("regroupés puis exécutés")', () => {
    const fr = at('ont été regroupés puis exécutés lundi', 'regroupes');
    expect(coordinatedKind(fr.tokens, fr.i, fr.tokens.length)?.kind).toBe('killed');
    const en = at('were rounded up and then executed', 'rounded');
    expect(coordinatedKind(en.tokens, en.i, en.tokens.length)?.kind).toBe('killed');
    const active = at('they rounded up and executed', 'rounded');
    expect(coordinatedKind(active.tokens, active.i, active.tokens.length)).toBe(null);
  });
  it('counts the words that open a breakdown', () => {
    const t = tokenize('12 soldats, dont 2 officiers ; 12 soldiers, among them 2 officers; parmi lesquels 2');
    const nums = t.map((x, k) => (x.type === 'num' ? k : -1)).filter((k) => k >= 0);
    expect(nums.map((k) => breakdownOpener(t, k))).toEqual([0, 1, 0, 2, 2]);
  });
});

describe('breakdowns opened by "soit", "namely" in commas', () => {
  it('gives the total and each part the verb after the aside (FR, EN)', () => {
    const fr = read(
      'Dix-neuf personnes, soit 12 villageois et 7 gendarmes, ont été tuées mardi dans une attaque à Kéra.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/people 19-19 unattributed',
      'killed/civilians 12-12 unattributed',
      'killed/soldiers 7-7 unattributed',
    ]);
    const en = read(
      'Nineteen people, namely 12 villagers and seven gendarmes, were killed on Tuesday in an attack on Kera.',
      'en',
    );
    expect(brief(en.claims)).toEqual([
      'killed/people 19-19 unattributed',
      'killed/civilians 12-12 unattributed',
      'killed/soldiers 7-7 unattributed',
    ]);
  });
});

describe('a difference between two tolls is no count', () => {
  it('"soit quatre de plus que", "four more than" count nobody', () => {
    const fr = read(
      "L'attaque de mardi à Kéra a fait 19 morts, soit quatre de plus que le bilan initial.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/people 19-19 unattributed']);
    const en = read(
      "Tuesday's attack on Kera killed 19 people, two more than the toll given on Monday.",
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/people 19-19 unattributed']);
  });
  it('still counts "four more soldiers died"', () => {
    const r = read(
      "Tuesday's attack on Kera killed 19 people. Four more soldiers died of their wounds.",
      'en',
    );
    expect(brief(r.claims)).toContain('killed/soldiers 4-4 unattributed');
  });
});

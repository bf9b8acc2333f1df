import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

const BOTH = [
  'killed/people 30-null official',
  'killed/civilians 21-21 official',
  'killed/soldiers 9-9 official',
];

describe('claims: a total whose parts of two sides follow it in commas, dashes or parentheses', () => {
  it('FR, in commas: "Au moins 30 personnes, 21 civils et 9 militaires, ont été tuées"', () => {
    const r = read(
      'Au moins 30 personnes, 21 civils et 9 militaires, ont été tuées mardi près de Douentza, a annoncé le gouvernement.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(BOTH);
  });
  it('EN, in dashes and in parentheses, with a passive and an adverb', () => {
    const dashes = read(
      'At least 30 people — 21 civilians and 9 soldiers — were reportedly killed near Douentza on Tuesday, the government said.',
    );
    expect(brief(dashes.claims)).toEqual(BOTH);
    const brackets = read(
      'At least 30 people (21 civilians and 9 soldiers) were killed near Douentza on Tuesday, the government said.',
    );
    expect(brief(brackets.claims)).toEqual(BOTH);
  });
  it('FR, the wounded, parts of three sides: "12 blessés, 5 soldats, 4 civils et 3 miliciens,"', () => {
    const r = read(
      'Douze personnes, 5 soldats, 4 civils et 3 miliciens, ont été blessées mardi à Douentza.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'wounded/people 12-12 unattributed',
      'wounded/soldiers 5-5 unattributed',
      'wounded/civilians 4-4 unattributed',
      'wounded/militia 3-3 unattributed',
    ]);
  });
  it('leaves alone counts that do not add up, or parts of one side', () => {
    const off = read('Douze personnes, deux soldats et trois civils, ont été tuées mardi à Douentza.', 'fr');
    expect(brief(off.claims).filter((c) => c.startsWith('killed/soldiers'))).toEqual([]);
    const oneSide = read('Twelve people, five women and seven children, were killed in Douentza on Tuesday.');
    expect(brief(oneSide.claims)).not.toContain('killed/people 12-12 unattributed');
  });
});

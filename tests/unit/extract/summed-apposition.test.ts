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
    const oneSide = read(
      'Twelve people, five soldiers and seven gendarmes, were killed in Douentza on Tuesday.',
    );
    expect(brief(oneSide.claims)).not.toContain('killed/people 12-12 unattributed');
  });
});

describe('claims: a toll split by sex or age, in commas, dashes or parentheses', () => {
  const CIVILIANS = [
    'killed/civilians 27-27 unattributed',
    'killed/civilians 20-20 unattributed',
    'killed/civilians 7-7 unattributed',
  ];
  it("EN: the parts take the whole's predicate and its side", () => {
    for (const [open, close] of [
      [',', ','],
      [' \u2013', ' \u2013'],
      [' (', ')'],
    ])
      expect(
        brief(
          read(`In Ogossagou, 27 civilians${open} 20 men and 7 women${close} were killed on Tuesday.`).claims,
        ),
      ).toEqual(CIVILIANS);
  });
  it('FR, feminine and with an adverb: "27 villageoises – 20 femmes et 7 fillettes – ont sauvagement été tuées"', () => {
    expect(
      brief(
        read('À Ogossagou, 27 civils \u2013 20 hommes et 7 femmes \u2013 ont été tués mardi.', 'fr').claims,
      ),
    ).toEqual(CIVILIANS);
    expect(
      brief(
        read('À Ogossagou, 27 villageoises (20 femmes et 7 fillettes) ont sauvagement été tuées mardi.', 'fr')
          .claims,
      ),
    ).toEqual(CIVILIANS);
  });
  it('a whole of persons split into men, women and children is a toll of civilians', () => {
    expect(
      brief(
        read('At least 12 people, five men and seven children, were wounded in the attack on Ogossagou.')
          .claims,
      ),
    ).toEqual([
      'wounded/civilians 12-null unattributed',
      'wounded/civilians 5-5 unattributed',
      'wounded/civilians 7-7 unattributed',
    ]);
  });
  it('leaves alone parts by sex or age that do not add up', () => {
    const r = read('In Ogossagou, 27 civilians, 20 men and 5 women, were killed on Tuesday.');
    expect(brief(r.claims)).not.toContain('killed/civilians 27-27 unattributed');
  });
});

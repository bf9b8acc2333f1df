import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass victims-named: the next sentence names the side of a toll of persons', () => {
  it('FR: "Il s\'agit de militaires", "Les victimes sont des civils", feminine and plural', () => {
    expect(brief(read("À Boni, 12 personnes ont été tuées. Il s'agit de militaires.", 'fr').claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
    ]);
    expect(
      brief(
        read('À Boni, 12 personnes ont été tuées lundi. Les victimes sont toutes des civiles.', 'fr').claims,
      ),
    ).toEqual(['killed/civilians 12-12 unattributed']);
    expect(
      brief(read('À Boni, 5 personnes ont été blessées dans l’attaque. Ce sont des gendarmes.', 'fr').claims),
    ).toEqual(['wounded/soldiers 5-5 unattributed']);
  });
  it('EN: "They were all soldiers", "The victims were civilians"', () => {
    expect(brief(read('In Boni, 12 people were killed. They were all soldiers.').claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
    ]);
    expect(
      brief(read('In Boni, 12 people were killed on Monday. The victims were civilians.').claims),
    ).toEqual(['killed/civilians 12-12 unattributed']);
  });
  it('leaves the toll alone when the sentence says "mostly", counts again, or is elsewhere', () => {
    expect(brief(read('In Boni, 12 people were killed. They were mostly civilians.').claims)).toEqual([
      'killed/people 12-12 unattributed',
    ]);
    expect(
      brief(read('In Boni, 12 people were killed. They were 5 soldiers and 7 civilians.').claims).map(
        (c) => c.split(' ')[0],
      ),
    ).toContain('killed/people');
    expect(brief(read('In Boni, 12 people were killed.\n\nThey were all soldiers.').claims)).toEqual([
      'killed/people 12-12 unattributed',
    ]);
  });
});

describe('pass victims-named: a toll told by its kind noun alone ("26 morts", "26 dead")', () => {
  it('takes the side the next sentence names', () => {
    expect(
      brief(
        read("L'attaque de Boni a fait 26 morts lundi. Il s'agit de soldats qui escortaient un convoi.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/soldiers 26-26 unattributed']);
    expect(
      brief(read('The attack on Boni left 26 dead on Monday. They were soldiers escorting a convoy.').claims),
    ).toEqual(['killed/soldiers 26-26 unattributed']);
    expect(
      brief(
        read("L'attaque de Boni a fait 26 morts lundi. Les victimes sont toutes des civils.", 'fr').claims,
      ),
    ).toEqual(['killed/civilians 26-26 unattributed']);
  });
  it('leaves the toll alone when the next sentence names only the rest of it', () => {
    for (const [t, lang] of [
      ["L'attaque de Boni a fait 20 morts, dont 12 soldats. Les autres victimes sont des civils.", 'fr'],
      ["L'attaque de Boni a fait 20 morts, dont 12 soldats. Les huit autres étaient des civils.", 'fr'],
      ['The attack on Boni killed 20 people, including 12 soldiers. The rest were civilians.', 'en'],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual([
        'killed/people 20-20 unattributed',
        'killed/soldiers 12-12 unattributed',
      ]);
  });
});

import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

/** Sentences written for these tests, in the style of wire and local reports. */
describe('breakdown-after: a toll broken down in the sentence after it', () => {
  it('reads "Parmi eux, 5 soldats", "Among them were 5 soldiers"', () => {
    expect(
      brief(read("L'attaque de Boni a fait 12 morts lundi. Parmi eux, 5 soldats.", 'fr').claims),
    ).toEqual(['killed/people 12-12 unattributed', 'killed/soldiers 5-5 unattributed']);
    expect(
      brief(read('The attack on Boni killed 12 people on Monday. Among them were 5 soldiers.').claims),
    ).toEqual(['killed/people 12-12 unattributed', 'killed/soldiers 5-5 unattributed']);
  });
  it('reads "Five of them were soldiers", "Cinq d\'entre elles sont des femmes" (feminine), and the wounded', () => {
    expect(
      brief(read('The attack on Boni killed 12 people on Monday. Five of them were soldiers.').claims),
    ).toEqual(['killed/people 12-12 unattributed', 'killed/soldiers 5-5 unattributed']);
    expect(
      brief(
        read("L'attaque de Boni a fait 12 blessés lundi. Cinq d'entre elles sont des femmes.", 'fr').claims,
      ),
    ).toEqual(['wounded/people 12-12 unattributed', 'wounded/civilians 5-5 unattributed']);
  });
  it('leaves a part that has its own verb, and a part of nothing counted before', () => {
    expect(
      brief(
        read(
          "L'attaque de Boni a fait 12 morts lundi. Parmi eux, 5 soldats ont été blessés avant de mourir.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/people 12-12 unattributed', 'wounded/soldiers 5-5 unattributed']);
    expect(brief(read('Jihadists attacked Boni on Monday. Five of them were soldiers.').claims)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe("pass lede-claimant: the lede's figures attributed by the sentence after them", () => {
  it('FR: a communiqué named in the second sentence', () => {
    const r = read(
      "Douze soldats ont été tués lundi lors d'une attaque contre le camp de Boni. C'est ce qu'indique un communiqué de l'armée publié mardi.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
  it('EN: residents named in the second sentence', () => {
    const r = read(
      'Twelve villagers were killed on Monday in an attack on Boni. Residents of the town said so on Tuesday.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 local']);
  });
  it('leaves the lede alone when the next sentence gives figures of its own', () => {
    const r = read(
      "Douze soldats ont été tués lundi lors d'une attaque contre le camp de Boni.\n\nDes habitants affirment de leur côté que 20 assaillants ont été tués.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 unattributed', 'killed/militants 20-20 local']);
  });
  it('still carries when that sentence speaks of the lede’s toll', () => {
    const r = read(
      'Twelve soldiers were killed on Monday in an attack on the Boni camp.\n\nThe toll is provisional, the army said, adding that it killed 20 attackers.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official', 'killed/militants 20-20 official']);
  });
});

import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass quote-claimant: a quotation is attributed after it closes', () => {
  it('FR: "… disparus. », a déclaré le gouvernement"', () => {
    const r = read(
      "Après l'attaque de Boni : « Nous avons 7 soldats portés disparus. », a déclaré le gouvernement mardi.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['missing/soldiers 7-7 official']);
  });
  it('EN: "… were killed.” said a resident"', () => {
    const r = read(
      'After the attack on Boni: “Eleven villagers were killed.” said a resident on Tuesday.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 11-11 local']);
  });
});

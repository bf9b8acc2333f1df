import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass carry-also: a claimant speaking again gave the figures before it', () => {
  it('FR: "L\'armée fait également état de…" claims the toll before it', () => {
    const r = read(
      "Lors de l'attaque du camp de Boni, 14 soldats ont été tués. L'armée fait également état de 9 terroristes neutralisés.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 14-14 official', 'killed/militants 9-9 official']);
  });
  it('EN: "The army also said…", with an adverb between', () => {
    const r = read(
      'In the attack on the Boni camp, 14 soldiers were killed. The army also said on Tuesday that 9 militants died.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 14-14 official', 'killed/militants 9-9 official']);
  });
  it('a passive "were also reported" is not a claimant speaking', () => {
    const r = read(
      'In the attack on the Boni camp, 14 soldiers were killed. Clashes with the army were also reported near Douentza.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 14-14 unattributed']);
  });
});

import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass rank-total: one more by its rank makes the toll that rank', () => {
  it('FR: "Deux Casques bleus ont été tués … Un troisième a succombé", in the next sentence or after ";"', () => {
    for (const t of [
      "Deux Casques bleus ont été tués lundi dans l'attaque du camp de Boni, selon la Minusma. Un troisième a succombé mardi à ses blessures.",
      "Deux Casques bleus ont été tués lundi dans l'attaque du camp de Boni ; un troisième Casque bleu a succombé mardi, selon la Minusma.",
    ])
      expect(brief(read(t, 'fr').claims), t).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^killed\/foreign_forces 2-2 monitor earlier$/),
          expect.stringMatching(/^killed\/foreign_forces 3-3 monitor$/),
        ]),
      );
  });
  it('EN: "Two soldiers were killed. A third died later", a feminine and an adverb inside', () => {
    const r = read(
      'Two soldiers were killed in the attack on Boni on Monday. A third later died of his wounds.',
      'en',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 2-2 unattributed earlier',
      'killed/soldiers 3-3 unattributed',
    ]);
    const fr = read(
      "Deux gendarmes ont été tués lundi lors de l'attaque de Boni. Un troisième a ensuite succombé à ses blessures.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/soldiers 2-2 unattributed earlier',
      'killed/soldiers 3-3 unattributed',
    ]);
    const f = read(
      "Trois villageoises ont été tuées lundi lors de l'attaque de Boni. Une quatrième est décédée mardi.",
      'fr',
    );
    expect(brief(f.claims)).toEqual([
      'killed/civilians 3-3 unattributed earlier',
      'killed/civilians 4-4 unattributed',
    ]);
  });
  it('keeps a rank of another kind, or one that raises no toll of one less, as one', () => {
    const missing = read(
      "Trois soldats ont été tués lundi lors de l'attaque de Boni ; un quatrième est porté disparu.",
      'fr',
    );
    expect(brief(missing.claims)).toEqual([
      'killed/soldiers 3-3 unattributed',
      'missing/soldiers 1-1 unattributed',
    ]);
    const gap = read(
      'Five soldiers were killed in the attack on Boni on Monday. A third soldier died in Kera.',
      'en',
    );
    expect(brief(gap.claims)).toContain('killed/soldiers 1-1 unattributed');
  });
});

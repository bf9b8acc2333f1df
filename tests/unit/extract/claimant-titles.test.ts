import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/extract/claimant-class';
import { tokenize } from '../../../lib/extract/tokens';
import { brief, read } from './helpers';

const cls = (words: string) => {
  const tokens = tokenize(words);
  return classify(tokens, 0, tokens.length);
};

/** Titles and trade bodies as speakers (phrases written for these tests). */
describe('a title is read whole: "secrétaire général" is no rank of the army', () => {
  it('reads a trade body and its secretary general as local', () => {
    expect(cls('le secrétaire général du syndicat des transporteurs')).toBe('local');
    expect(cls('la secrétaire générale de l’association des éleveurs')).toBe('local');
    expect(cls("the truckers' union")).toBe('local');
    expect(cls("the union's secretary general")).toBe('local');
  });
  it('keeps the class of the body a secretary general speaks for', () => {
    expect(cls('le secrétaire général du ministère de la Défense')).toBe('official');
    expect(cls('UN Secretary-General Antonio Guterres')).toBe('monitor');
    // A general is still the army's.
    expect(cls('le général Oumar Diarra')).toBe('official');
  });
  it('reads the speaker after the outlet told, past "à l\'AFP"', () => {
    const union = read(
      "Au moins 6 routiers ont été tués près de Kati, a indiqué à l'AFP la secrétaire générale du syndicat des transporteurs.",
      'fr',
    );
    expect(brief(union.claims)).toEqual(['killed/civilians 6-null local']);
    const general = read(
      "Au moins 6 gendarmes ont été tués près de Kati, a affirmé à l'AFP le général Oumar Diarra.",
      'fr',
    );
    expect(brief(general.claims)).toEqual(['killed/soldiers 6-null official']);
    const en = read('At least six truck drivers were killed near Kati, the transport union told Reuters.');
    expect(brief(en.claims)).toEqual(['killed/civilians 6-null local']);
  });
});

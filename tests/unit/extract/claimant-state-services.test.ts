import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/extract/claimant-class';
import { tokenize } from '../../../lib/extract/tokens';
import { brief, read } from './helpers';

const cls = (words: string) => {
  const tokens = tokenize(words);
  return classify(tokens, 0, tokens.length);
};
const OPENING = 'Des hommes armés ont attaqué lundi le village de Boni, dans le centre du Mali. ';

describe('claimant-class: the state’s civil protection', () => {
  it('reads the civil protection and its officers as official, in French and English', () => {
    expect(cls('la protection civile')).toBe('official');
    expect(cls('un responsable de la Protection civile')).toBe('official');
    expect(cls('the civil protection agency')).toBe('official');
    expect(cls('the civil defence')).toBe('official');
  });
  it('gives the toll it announces that claimant', () => {
    expect(
      brief(
        read(OPENING + "L'attaque a fait 18 morts, selon un responsable de la protection civile.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/people 18-18 official']);
  });
});

describe('claimant-class: a toll no official gives', () => {
  it('reads "un bilan non officiel" as no official claimant', () => {
    expect(cls('un bilan non officiel')).toBe(null);
    expect(
      brief(read(OPENING + 'Un bilan non officiel fait état de 30 morts parmi les soldats.', 'fr').claims),
    ).toEqual(['killed/soldiers 30-30 unattributed']);
    // The official toll stays the officials'.
    expect(
      brief(read(OPENING + 'Un bilan officiel fait état de 30 morts parmi les soldats.', 'fr').claims),
    ).toEqual(['killed/soldiers 30-30 official']);
  });
});

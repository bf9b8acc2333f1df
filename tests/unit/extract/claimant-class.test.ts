import { describe, expect, it } from 'vitest';
import { claimantIn, classify } from '../../../lib/extract/claimant-class';
import { tokenize } from '../../../lib/extract/tokens';

const cls = (words: string) => {
  const tokens = tokenize(words);
  return classify(tokens, 0, tokens.length);
};
const named = (words: string) => {
  const tokens = tokenize(words);
  return claimantIn(words, tokens, 0, tokens.length);
};

describe('claimant-class: the class a speaker’s words name', () => {
  it('reads each class from its words, in French and English', () => {
    expect(cls("l'armée malienne")).toBe('official');
    expect(cls('une source sécuritaire')).toBe('security_source');
    expect(cls('des habitants')).toBe('local');
    expect(cls('Human Rights Watch')).toBe('monitor');
    expect(cls("l'Agence France-Presse")).toBe('media');
    expect(cls('le JNIM')).toBe('armed_group');
    expect(cls('le village')).toBe(null);
  });
  it('reads an unnamed member of the forces as a security source, not a government official', () => {
    expect(cls('un officier malien')).toBe('security_source');
    expect(cls('Malian army officials')).toBe('security_source');
    expect(cls('a government official')).toBe('official');
  });
  it('lets a longer phrase of a better rank win over the one it overlaps', () => {
    expect(cls("des sources proches de l'armée")).toBe('security_source');
    expect(cls('des proches des victimes')).toBe('local');
  });
});

describe('claimant-class: the words of the speaker’s name', () => {
  it('keeps rank and complement, and stops at a participle', () => {
    expect(named("un haut gradé de l'armée malienne")?.source).toBe("un haut gradé de l'armée malienne");
    expect(named("un responsable militaire ayant requis l'anonymat")?.source).toBe(
      'un responsable militaire',
    );
    expect(named('a senior military officer')?.source).toBe('a senior military officer');
  });
});

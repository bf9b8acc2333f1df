import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/extract/language';
import { tokenize } from '../../../lib/extract/tokens';

describe('language', () => {
  it('detects English and French from stopwords', () => {
    expect(
      detectLanguage(tokenize('The army said that the attack on the camp was repelled by the troops.')),
    ).toBe('en');
    expect(
      detectLanguage(
        tokenize("L'armée a repoussé une attaque contre le camp dans la nuit selon les autorités."),
      ),
    ).toBe('fr');
  });
  it('prefers the page tag when it is en or fr', () => {
    expect(detectLanguage(tokenize('Bamako, Mali.'), 'fr-FR')).toBe('fr');
  });
  it('reports other languages as other', () => {
    expect(
      detectLanguage(
        tokenize('قالت مصادر محلية إن مسلحين هاجموا قرية قرب موبتي يوم الاثنين وأحرقوا عدة منازل'),
        'ar',
      ),
    ).toBe('other');
    expect(
      detectLanguage(
        tokenize('Wanajeshi waliuawa katika shambulio la jana karibu na mji wa Gao kaskazini mwa nchi.'),
      ),
    ).toBe('other');
  });
});

describe('language: short texts without a tag', () => {
  it('guesses a headline alone rather than refusing it', () => {
    expect(detectLanguage(tokenize('Mali : 27 soldats tués à Mondoro'))).toBe('fr');
    expect(detectLanguage(tokenize('Mali: 27 soldiers killed in Mondoro'))).toBe('en');
  });
});

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

describe('language: pages without an en/fr tag go to the detector', () => {
  const es =
    'Hombres armados atacaron el lunes una aldea cerca de Mopti y mataron a doce personas, según fuentes locales. ' +
    'Los vecinos huyeron hacia la ciudad y el ejército envió refuerzos a la zona durante la noche.';
  const pt =
    'Homens armados atacaram na segunda-feira uma aldeia perto de Mopti e mataram doze pessoas, segundo fontes locais. ' +
    'Os moradores fugiram para a cidade e o exército enviou reforços para a região durante a noite.';
  it('calls Spanish and Portuguese pages other, tagged or not', () => {
    expect(detectLanguage(tokenize(es))).toBe('other');
    expect(detectLanguage(tokenize(pt))).toBe('other');
    expect(detectLanguage(tokenize(es), 'es')).toBe('other');
    expect(detectLanguage(tokenize(pt), 'pt-BR')).toBe('other');
  });
  it('reads a French or English page whose tag names another language', () => {
    const fr =
      'Des hommes armés ont attaqué lundi un village près de Mopti et tué douze personnes, selon des sources locales. ' +
      "Les habitants ont fui vers la ville et l'armée a envoyé des renforts dans la zone pendant la nuit.";
    expect(detectLanguage(tokenize(fr), 'es')).toBe('fr');
    expect(detectLanguage(tokenize(fr), 'und')).toBe('fr');
  });
  it('takes English or French for a headline when either scores as well as the best language', () => {
    expect(detectLanguage(tokenize('Gunmen kill 12 villagers in central Mali'))).toBe('en');
    expect(detectLanguage(tokenize('Des hommes armés tuent 12 villageois dans le centre du Mali'))).toBe(
      'fr',
    );
    expect(detectLanguage(tokenize('Hombres armados matan a doce aldeanos en el centro de Malí'))).toBe(
      'other',
    );
  });
  it('calls a page with no words other', () => {
    expect(detectLanguage(tokenize('12 — 14 : 2025'))).toBe('other');
  });
});

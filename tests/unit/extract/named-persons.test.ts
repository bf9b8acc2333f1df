import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

/** One person named before a figure under one verb (sentences written for these tests). */
describe('a person named with an article before "et"/"and" and a figure, both objects of one verb', () => {
  it('gives the figure the verb before the person', () => {
    const fr = read('Des hommes armés ont tué le chef du village et deux de ses fils lundi à Boni.', 'fr');
    expect(brief(fr.claims)).toEqual(['killed/civilians 2-2 unattributed']);
    const en = read('Gunmen shot dead the village chief and three of his brothers in Boni on Monday.');
    expect(brief(en.claims)).toEqual(['killed/civilians 3-3 unattributed']);
    const taken = read(
      'Des hommes armés ont enlevé le maire de Boni et deux de ses conseillers lundi soir.',
      'fr',
    );
    expect(brief(taken.claims)).toEqual(['captured/civilians 2-2 unattributed']);
    const imam = read("Les assaillants ont exécuté l'imam de la mosquée et quatre fidèles à Boni.", 'fr');
    expect(brief(imam.claims)).toEqual(['killed/civilians 4-4 unattributed']);
  });
  it('leaves a figure whose verb is its own, or a thing before "et", to the other rules', () => {
    const own = read(
      'Les assaillants ont tué le chef du village et deux bergers ont été blessés à Boni.',
      'fr',
    );
    expect(brief(own.claims)).toEqual(['wounded/civilians 2-2 unattributed']);
    const thing = read('Les assaillants ont incendié la mairie et deux véhicules à Boni.', 'fr');
    expect(brief(thing.claims)).toEqual(['destroyed/vehicles 2-2 unattributed']);
  });
});

describe('"mis aux arrêts": arrested, in the army\'s words', () => {
  it('reads the passive, masculine and feminine', () => {
    const m = read(
      "Lors de l'attaque du poste de Niono, onze assaillants ont été mis aux arrêts, selon l'armée.",
      'fr',
    );
    expect(brief(m.claims)).toEqual(['arrested/militants 11-11 official']);
    const f = read("Après l'attaque de Niono, deux femmes ont été mises aux arrêts par les gendarmes.", 'fr');
    expect(brief(f.claims)).toEqual(['arrested/civilians 2-2 unattributed']);
  });
});

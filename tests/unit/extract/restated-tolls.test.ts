import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

const claims = (text: string, lang = 'en') => brief(read(text, lang).claims);

describe('restated tolls: a bare figure set by "the figure", "le chiffre" after a toll (breakdown-after restatedOfLast)', () => {
  it('counts the toll of the sentence before again, its kind and its side', () => {
    expect(
      claims(
        'Dozens of jihadists were killed near Boni on Monday, the army said. Officials later put the number at 34.',
      ),
    ).toEqual(['killed/militants 24-null official', 'killed/militants 34-34 official']);
    expect(
      claims('The army said eight soldiers were killed in Boni on Monday. Residents put the figure at 30.'),
    ).toEqual(['killed/soldiers 8-8 official', 'killed/soldiers 30-30 local']);
  });
  it('reads the French "avancent le chiffre de", over an aside, and the wounded', () => {
    expect(
      claims(
        "L'armée a reconnu lundi la mort de huit soldats à Boni. Des habitants avancent le chiffre de 30.",
        'fr',
      ),
    ).toEqual(['killed/soldiers 8-8 official', 'killed/soldiers 30-30 local']);
    expect(
      claims(
        "Douze civils ont été blessés lundi à Boni, selon l'armée. Un infirmier a avancé pour sa part le chiffre de 20.",
        'fr',
      ),
    ).toEqual(['wounded/civilians 12-12 official', 'wounded/civilians 20-20 local']);
  });
  it('leaves a figure of a noun that counts something else, and one with no toll before', () => {
    expect(
      claims(
        'The army said eight soldiers were killed in Boni on Monday. Aid groups put the number of displaced at 3000.',
      ),
    ).toEqual(['killed/soldiers 8-8 official']);
    expect(claims('Jihadists attacked Boni on Monday. Residents put the figure at 30.')).toEqual([]);
  });
});

describe('restated tolls: "gave a toll of", "donnent un bilan de" name their speaker', () => {
  it('reads the subject of "give" a toll as its claimant', () => {
    expect(claims('Jihadists attacked Boni on Monday. Residents gave a toll of 30 dead.')).toEqual([
      'killed/people 30-30 local',
    ]);
    expect(
      claims('Des jihadistes ont attaqué Boni lundi. Des habitants ont donné un bilan de 30 morts.', 'fr'),
    ).toEqual(['killed/people 30-30 local']);
    expect(
      claims(
        'Des jihadistes ont attaqué Boni lundi. Un élu local donne un bilan plus lourd, de 30 morts.',
        'fr',
      ),
    ).toEqual(['killed/people 30-30 local']);
  });
  it('leaves "give" that sets no toll to the claimant before', () => {
    expect(
      claims(
        'Jihadists killed 30 people in Boni on Monday, the army said. Residents gave shelter to 40 families.',
      ),
    ).toEqual(['killed/people 30-30 official']);
  });
});

describe('restated tolls: "selon eux" after a speaker named after its verb', () => {
  it('points back at the speaker of the sentence before, not its subject', () => {
    expect(
      claims(
        'Le groupe Wagner a perdu des dizaines d’hommes à Boni lundi, ont affirmé les rebelles. Selon eux, 47 mercenaires russes ont été tués.',
        'fr',
      ),
    ).toEqual(['killed/foreign_forces 20-null armed_group', 'killed/foreign_forces 47-47 armed_group']);
    expect(
      claims(
        "L'armée a subi de lourdes pertes à Boni lundi, a déclaré un élu local. Selon lui, 20 soldats ont été tués.",
        'fr',
      ),
    ).toEqual(['killed/soldiers 20-20 local']);
    expect(
      claims(
        'The army suffered heavy losses in Boni on Monday, residents said. According to them, 20 soldiers were killed.',
      ),
    ).toEqual(['killed/soldiers 20-20 local']);
  });
});

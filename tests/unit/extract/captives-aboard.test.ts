import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

const OPENING = 'Des jihadistes ont attaqué lundi le poste militaire de Boni, dans le centre du Mali. ';

describe('claims: captives put to death', () => {
  it('counts hostages a killing verb strikes as killed, not captured', () => {
    expect(brief(read('Les terroristes ont exécuté six de leurs otages lundi à Boni.', 'fr').claims)).toEqual(
      ['killed/people 6-6 unattributed'],
    );
    expect(brief(read('The militants killed two of the hostages in Boni on Monday.', 'en').claims)).toEqual([
      'killed/people 2-2 unattributed',
    ]);
  });
  it('keeps hostages taken or freed as they were', () => {
    expect(brief(read('Les jihadistes ont pris 3 otages lundi à Boni.', 'fr').claims)).toEqual([
      'captured/people 3-3 unattributed',
    ]);
    expect(brief(read('Les terroristes ont libéré six otages lundi à Boni.', 'fr').claims)).toEqual([]);
  });
});

describe('claims: the occupants of a vehicle', () => {
  it('counts "les quatre occupants du véhicule", "all four occupants", of the side an apposition gives', () => {
    expect(brief(read(OPENING + "L'explosion a tué les quatre occupants du véhicule.", 'fr').claims)).toEqual(
      ['killed/people 4-4 unattributed'],
    );
    expect(
      brief(
        read(OPENING + "L'explosion a tué les quatre occupants du véhicule, tous des civils.", 'fr').claims,
      ),
    ).toEqual(['killed/civilians 4-4 unattributed']);
    expect(
      brief(
        read(
          'Gunmen attacked Boni in central Mali on Monday. A mine killed all four occupants of a car.',
          'en',
        ).claims,
      ),
    ).toEqual(['killed/people 4-4 unattributed']);
  });
});

describe('claims: a generic noun estimated in apposition takes the side the sentence marks', () => {
  it('"du côté des assaillants, … des occupants, estimés à une trentaine, neutralisés"', () => {
    expect(
      brief(
        read(
          OPENING +
            'Du côté des assaillants, 7 corps ont été abandonnés, et des pick-up avec leurs occupants, estimés à une trentaine, neutralisés.',
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/militants 7-7 unattributed', 'killed/militants 30-30 unattributed']);
    expect(
      brief(
        read(OPENING + 'Côté ennemi, des individus, estimés à une vingtaine, ont été neutralisés.', 'fr')
          .claims,
      ),
    ).toEqual(['killed/militants 20-20 unattributed']);
  });
});

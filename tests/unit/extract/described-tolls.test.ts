import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

/** Tolls told before their number (sentences written for these tests). */
describe('a toll described before its number, with a verb of amount', () => {
  it('reads "le nombre de X tués s\'élève à N", over an adverb, with the side of X', () => {
    const r = read(
      "Le nombre de Casques bleus tués dans l'attaque du camp d'Aguelhok s'élève désormais à 10, a indiqué la Minusma.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/foreign_forces 10-10 monitor']);
    const en = read('The number of civilians killed in the attack on Boni has reached 30, residents said.');
    expect(brief(en.claims)).toEqual(['killed/civilians 30-30 local']);
  });
  it('reads "sont au nombre de N" and a toll noun with its side ("le bilan des Casques bleus tués")', () => {
    expect(
      brief(
        read("Dans l'attaque de Boni, les soldats tués sont au nombre de 12, selon l'armée.", 'fr').claims,
      ),
    ).toEqual(['killed/soldiers 12-12 official']);
    expect(
      brief(
        read(
          "Après l'attaque du camp d'Aguelhok, le bilan des Casques bleus tués est passé à 10, selon la Minusma.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/foreign_forces 10-10 monitor']);
    expect(
      brief(
        read(
          'After the attack on the Aguelhok camp, the death toll among peacekeepers rose to 10, the UN mission said.',
        ).claims,
      ),
    ).toEqual(['killed/foreign_forces 10-10 monitor']);
  });
  it('reads the wounded and things the same way, and no side when the words give none', () => {
    expect(
      brief(read("Le nombre de blessés dans l'attaque de Boni atteint désormais 25.", 'fr').claims),
    ).toEqual(['wounded/people 25-25 unattributed']);
    expect(
      brief(read("Le nombre de véhicules détruits lors de l'attaque de Boni s'élève à 8.", 'fr').claims),
    ).toEqual(['destroyed/vehicles 8-8 unattributed']);
  });
});

describe('a figure named among the victims', () => {
  it('reads "parmi les morts figurent N", "among the dead were N"', () => {
    expect(
      brief(
        read(
          "Après l'attaque du camp d'Aguelhok, parmi les morts figurent 10 Casques bleus tchadiens, a précisé la Minusma.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/foreign_forces 10-10 monitor']);
    expect(
      brief(
        read('In the attack on the Aguelhok camp, among the dead were 10 Chadian peacekeepers, the UN said.')
          .claims,
      ),
    ).toEqual(['killed/foreign_forces 10-10 monitor']);
  });
  it('reads a sentence that opens on the lot, counted or not, far before its verb ("Parmi les 12 morts de l\'attaque de Boni, figurent 8 soldats")', () => {
    const counted = read("Parmi les 12 morts de l'attaque de Boni, au Mali, figurent 8 soldats.", 'fr');
    expect(brief(counted.claims)).toEqual([
      'killed/people 12-12 unattributed',
      'killed/soldiers 8-8 unattributed',
    ]);
    const lot = read("Parmi les morts de l'attaque de Boni, au Mali, figurent 8 soldats.", 'fr');
    expect(brief(lot.claims)).toEqual(['killed/soldiers 8-8 unattributed']);
    const en = read('Among the 12 dead in the attack on Boni, Mali, were 8 soldiers.');
    expect(brief(en.claims)).toEqual([
      'killed/people 12-12 unattributed',
      'killed/soldiers 8-8 unattributed',
    ]);
  });
  it('reads things named among a lot of seized things, its noun between ("among the items seized were")', () => {
    expect(
      brief(
        read('After the attack near Boni, among the items seized were eight rifles and three motorbikes.')
          .claims,
      ),
    ).toEqual(['seized/weapons 8-8 unattributed', 'seized/motorcycles 3-3 unattributed']);
    expect(
      brief(
        read(
          "Après l'attaque de Boni, parmi les armes récupérées, on compte 8 fusils et 2 mitrailleuses.",
          'fr',
        ).claims,
      ),
    ).toEqual(['seized/weapons 8-8 unattributed', 'seized/weapons 2-2 unattributed']);
    expect(
      brief(read("Après l'attaque de Boni, parmi les véhicules détruits figurent 4 pick-up.", 'fr').claims),
    ).toEqual(['destroyed/vehicles 4-4 unattributed']);
  });
  it('does not read persons among a lot of things, nor a lot named far before', () => {
    expect(
      brief(
        read("Après l'attaque de Boni, parmi les armes saisies figurent 3 soldats blessés.", 'fr').claims,
      ),
    ).toEqual(['wounded/soldiers 3-3 unattributed']);
  });
});

describe("a toll whose kind the sentence's topic names", () => {
  it('reads "Quant aux blessés, ils sont au nombre de 3", "S\'agissant des morts, …"', () => {
    const r = read(
      "Lors de l'attaque de Boni, 19 soldats ont été tués. Quant aux blessés, ajoute-t-on, ils sont au nombre de 3 civils.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 19-19 unattributed',
      'wounded/civilians 3-3 unattributed',
    ]);
    const s = read(
      "L'attaque de Boni a fait 5 blessés. S'agissant des morts, ils seraient au nombre de 12.",
      'fr',
    );
    expect(brief(s.claims)).toEqual(['wounded/people 5-5 unattributed', 'killed/people 12-12 unattributed']);
  });
  it('reads no kind from a topic that is not a toll', () => {
    const r = read(
      "Lors de l'attaque de Boni, 19 soldats ont été tués. Quant aux véhicules, ils sont au nombre de 3.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 19-19 unattributed']);
  });
});

describe('a toll given as an estimate of the persons named before it', () => {
  it('reads "des occupants estimés à une quinzaine de combattants" under the verb before', () => {
    const r = read(
      "Lors de l'attaque de Boni, les FAMa ont neutralisé 3 pick-up terroristes avec des occupants estimés à une quinzaine de combattants.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['destroyed/vehicles 3-3 official', 'killed/militants 15-15 official']);
  });
  it('reads no kind for attackers whose number is only estimated', () => {
    const r = read('Des assaillants estimés à une centaine ont attaqué le poste de Boni.', 'fr');
    expect(brief(r.claims)).toEqual([]);
  });
});

describe('a toll that names its kind takes the side of the noun phrase before its verb', () => {
  it('reads "le bilan des villageois tués s\'élève à 18 morts" as civilians, plural verb and adverb too', () => {
    const r = read(
      "Le bilan des villageois tués dans l'attaque de Boni s'élève à 18 morts, selon un élu local.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 18-18 local']);
    const plural = read("Mali : le bilan des éleveurs tués à Boni s'élèvent désormais à 18 morts", 'fr');
    expect(brief(plural.claims)).toEqual(['killed/civilians 18-18 unattributed']);
  });
  it('reads a copula ("est de", "is") and English, and each of two tolls in one sentence', () => {
    const r = read(
      "Au Mali, le bilan des civils tués dans l'attaque de Boni est désormais de 18 morts et le nombre de soldats blessés s'élève à 4 blessés.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/civilians 18-18 unattributed',
      'wounded/soldiers 4-4 unattributed',
    ]);
    const en = read(
      'In Mali, the number of soldiers wounded in the attack on Boni rose to 7 wounded, the army said.',
    );
    expect(brief(en.claims)).toEqual(['wounded/soldiers 7-7 official']);
  });
  it('keeps people when the phrase names another kind or no side', () => {
    const kind = read(
      "Au Mali, le nombre de soldats blessés dans l'attaque de Boni s'élève à 18 morts.",
      'fr',
    );
    expect(brief(kind.claims)).toEqual(['killed/people 18-18 unattributed']);
    const none = read("Au Mali, le bilan de l'attaque de Boni est de 18 morts.", 'fr');
    expect(brief(none.claims)).toEqual(['killed/people 18-18 unattributed']);
  });
});

describe('a toll whose noun phrase "includes" its figures', () => {
  it('reads "the soldiers killed include six dead in Sokolo", quoted or not, as soldiers', () => {
    const r = read(
      'In Mali, the soldiers killed in the attacks on Boni include six dead in Sokolo, the army said.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 6-6 official']);
    const q = read(
      'In Mali, the soldiers killed in the attacks on Boni include “six dead in Sokolo”, the army said.',
    );
    expect(brief(q.claims)).toEqual(['killed/soldiers 6-6 official']);
  });
  it('reads "les victimes comprennent 6 soldats et 3 civils" by each noun, and a breakdown as its own', () => {
    const r = read("Au Mali, les victimes de l'attaque de Boni comprennent 6 soldats et 3 civils.", 'fr');
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 6-6 unattributed',
      'killed/civilians 3-3 unattributed',
    ]);
    const b = read(
      'In Mali, the soldiers killed in the attacks on Boni include 12 dead, including 3 civilians, in Kalumba.',
    );
    expect(brief(b.claims)).toEqual([
      'killed/people 12-12 unattributed',
      'killed/civilians 3-3 unattributed',
    ]);
  });
});

describe('described tolls: a toll whose words name two sides is their total', () => {
  it('keeps "people" for the toll of attacks on a boat of passengers and an army base', () => {
    const en = read(
      'The death toll from the attacks on a passenger boat and an army base in Bourem has risen to 64, the government said, up from an initial toll of 49.',
      'en',
    );
    expect(brief(en.claims)).toEqual([
      'killed/people 64-64 official',
      'killed/people 49-49 official earlier',
    ]);
    const fr = read(
      "Le bilan des attaques contre un bateau de passagers et un camp militaire à Bourem s'élève à 64 morts, selon le gouvernement.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/people 64-64 official']);
  });
  it('still takes the one side a toll names', () => {
    const r = read(
      'The number of soldiers killed in the attack on Bourem has risen to 15, the army said.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 15-15 official']);
  });
});

describe('described tolls: the losses of a named side', () => {
  it('gives "Russian losses" and "les pertes russes" to the foreign force, over a fighters\' noun', () => {
    const en = read(
      'Wagner fought rebels near Tinzaouaten. Russian losses were estimated at around 80 fighters.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/foreign_forces 80-80 unattributed']);
    const dead = read('Wagner fought rebels near Tinzaouaten. Russian losses stood at 80 dead.', 'en');
    expect(brief(dead.claims)).toEqual(['killed/foreign_forces 80-80 unattributed']);
    const fr = read(
      "Wagner a combattu les rebelles près de Tinzaouaten. Les pertes russes s'élèvent à une vingtaine de combattants.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/foreign_forces 20-20 unattributed']);
  });
  it('keeps a side the figure names itself', () => {
    const r = read(
      'Wagner fought rebels near Tinzaouaten. Russian losses stood at 80, with 12 rebels killed.',
      'en',
    );
    expect(brief(r.claims)).toContain('killed/militants 12-12 unattributed');
  });
});

describe('described tolls: a part of a counted lot that opens the sentence', () => {
  const fr = 'Des hommes armés ont attaqué le village de Boni lundi. ';
  const en = 'Gunmen attacked the village of Boni on Monday. ';
  it('FR: "Sur les 20 morts, 14 étaient des civils", "Parmi les 20 morts, 14 sont des militaires"', () => {
    expect(
      brief(read(fr + 'Sur les 20 morts, 14 étaient des civils, selon le gouverneur.', 'fr').claims),
    ).toEqual(['killed/people 20-20 official', 'killed/civilians 14-14 official']);
    expect(brief(read(fr + 'Parmi les 20 blessés, 12 sont des militaires.', 'fr').claims)).toEqual([
      'wounded/people 20-20 unattributed',
      'wounded/soldiers 12-12 unattributed',
    ]);
  });
  it('EN: "Of the 20 dead, 14 were civilians", "Among the 12 injured, five are soldiers"', () => {
    expect(brief(read(en + 'Of the 20 dead, 14 were civilians, the governor said.').claims)).toEqual([
      'killed/people 20-20 official',
      'killed/civilians 14-14 official',
    ]);
    expect(brief(read(en + 'Among the 12 injured, five are soldiers.').claims)).toEqual([
      'wounded/people 12-12 unattributed',
      'wounded/soldiers 5-5 unattributed',
    ]);
  });
  it('not a lot inside the sentence, nor a lot of things', () => {
    expect(brief(read(en + 'He spoke of the 20 dead. 14 families have fled.').claims)).toEqual([
      'killed/people 20-20 unattributed',
    ]);
  });
  it('EN: the lot told with its place, several parts, one of them "members of a militia"', () => {
    expect(
      brief(
        read(
          en +
            'Of the 27 people killed in Boni, 20 were civilians and seven were members of a local militia.',
        ).claims,
      ),
    ).toEqual([
      'killed/people 27-27 unattributed',
      'killed/civilians 20-20 unattributed',
      'killed/militia 7-7 unattributed',
    ]);
    expect(
      brief(read(en + 'Of the 27 wounded in the raid, nine were soldiers, three were Dozo hunters.').claims),
    ).toEqual([
      'wounded/people 27-27 unattributed',
      'wounded/soldiers 9-9 unattributed',
      'wounded/militia 3-3 unattributed',
    ]);
  });
  it('FR: the lot after a phrase of time in commas, feminine parts, an article that is no number', () => {
    expect(
      brief(
        read(
          fr +
            "Lundi soir, sur les 27 victimes de l'attaque, 20 étaient des villageoises et sept étaient des membres d'une milice locale.",
          'fr',
        ).claims,
      ),
    ).toEqual([
      'killed/people 27-27 unattributed',
      'killed/civilians 20-20 unattributed',
      'killed/militia 7-7 unattributed',
    ]);
  });
});

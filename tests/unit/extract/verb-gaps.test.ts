import { describe, expect, it } from 'vitest';
import { glossArabic } from '../../../lib/extract/arabic';
import { tokenize } from '../../../lib/extract/tokens';
import { brief, read } from './helpers';
import {
  arabicAgentStart,
  asideStart,
  mannerEndingAt,
  timeAdjunctStart,
  uncountedItemsStart,
} from '../../../lib/extract/verb-gaps';

/** The index of the first token whose norm is `w`. */
const at = (tokens: ReturnType<typeof tokenize>, w: string) => tokens.findIndex((t) => t.norm === w);

describe('verb gaps: what stands between a verb and its figure', () => {
  it('finds the start of a time phrase, and not over a figure or a comma', () => {
    const t = tokenize("ont saisi lors de l'opération 05 motos");
    expect(timeAdjunctStart(t, at(t, 'operation'), 0)).toBe(at(t, 'lors'));
    const en = tokenize('seized during the raid 12 rifles');
    expect(timeAdjunctStart(en, at(en, 'raid'), 0)).toBe(at(en, 'during'));
    const year = tokenize("ont saisi lors de l'opération de 2022 , 05 motos");
    expect(timeAdjunctStart(year, at(year, ','), 0)).toBe(null);
  });
  it('finds an aside in commas and a phrase of manner', () => {
    const t = tokenize('ont saisi , entre autres , 12 motos');
    expect(asideStart(t, 5, 0)).toBe(2);
    const m = tokenize('tué par balles 12 civils');
    expect(mannerEndingAt(m, at(m, 'balles'), 0)).toBe(2);
  });
  it('finds the verb before an Arabic subject of several words, and only one of a side', () => {
    const t = glossArabic(tokenize('قتلت القوات المسلحة المالية 12 مدنيا'));
    const figure = t.findIndex((x) => x.type === 'num');
    expect(arabicAgentStart(t, figure)).toBe(0);
    const place = glossArabic(tokenize('قتل في بلدة بوني 12 مدنيا'));
    expect(
      arabicAgentStart(
        place,
        place.findIndex((x) => x.type === 'num'),
      ),
    ).toBe(-1);
  });
});

describe('verb gaps: where, told between the verb and its figure', () => {
  it('reads "abandonné sur le terrain 4 motos", "récupéré sur place 5 armes", "seized at the scene 3 rifles"', () => {
    expect(brief(read("Au Mali, à Boni, l'ennemi a abandonné sur le terrain 4 motos.", 'fr').claims)).toEqual(
      ['seized/motorcycles 4-4 unattributed'],
    );
    expect(
      brief(read('Au Mali, à Boni, les FAMa ont récupéré sur place 5 armes et 3 motos.', 'fr').claims),
    ).toEqual(['seized/weapons 5-5 unattributed', 'seized/motorcycles 3-3 unattributed']);
    expect(
      brief(read('In Mali, after the attack on Boni, soldiers seized at the scene 3 rifles.').claims),
    ).toEqual(['seized/weapons 3-3 unattributed']);
  });
  it('reads no figure when the number after the place counts no thing ("restées sur le terrain 3 jours")', () => {
    expect(
      brief(
        read("Au Mali, après l'attaque de Boni, les FAMa sont restées sur le terrain 3 jours.", 'fr').claims,
      ),
    ).toEqual([]);
  });
});

describe('verb gaps: things named without a count before the counted one', () => {
  it('finds the first uncounted item of the list, and none where the words are no list of things', () => {
    const t = tokenize('ont emporté des armes et des munitions ainsi que 3 véhicules');
    const figure = t.findIndex((x) => x.type === 'num');
    expect(uncountedItemsStart(t, figure - 1, 0)).toBe(at(t, 'des'));
    const en = tokenize('took weapons, ammunition and three vehicles');
    expect(uncountedItemsStart(en, at(en, 'and'), 0)).toBe(at(en, 'weapons'));
    const persons = tokenize('ont tué des civils et 3 soldats');
    expect(uncountedItemsStart(persons, at(persons, 'et'), 0)).toBe(null);
    const noJoin = tokenize('ont saisi des armes 3 véhicules');
    expect(uncountedItemsStart(noJoin, at(noJoin, 'armes'), 0)).toBe(null);
  });
  it('gives the counted item the verb before the list (plural, singular, English)', () => {
    expect(
      brief(
        read(
          'Les jihadistes ont emporté des armes et des munitions ainsi que trois véhicules lundi à Boni.',
          'fr',
        ).claims,
      ),
    ).toEqual(['seized/vehicles 3-3 unattributed']);
    expect(
      brief(read('Les FAMa ont récupéré des armes, du carburant et 12 motos lundi à Boni.', 'fr').claims),
    ).toEqual(['seized/motorcycles 12-12 unattributed']);
    expect(
      brief(read('Lundi à Boni, les assaillants ont incendié des boutiques et deux camions.', 'fr').claims),
    ).toEqual(['destroyed/vehicles 2-2 unattributed']);
    expect(
      brief(read('The jihadists took weapons, ammunition and three vehicles in Boni on Monday.').claims),
    ).toEqual(['seized/vehicles 3-3 unattributed']);
    expect(
      brief(read('Soldiers recovered some ammunition as well as 4 motorcycles in Boni on Monday.').claims),
    ).toEqual(['seized/motorcycles 4-4 unattributed']);
  });
  it('gives the verb to the counts in brackets after things named without a count ("des armes (03 AK-47, 01 PKM)")', () => {
    expect(
      brief(read('Lundi à Boni, les FAMa ont récupéré des armes (03 AK-47, 01 PKM).', 'fr').claims),
    ).toEqual(['seized/weapons 3-3 unattributed', 'seized/weapons 1-1 unattributed']);
    expect(
      brief(
        read('Lundi à Boni, les assaillants ont incendié des engins (deux camions et trois motos).', 'fr')
          .claims,
      ),
    ).toEqual(['destroyed/vehicles 2-2 unattributed', 'destroyed/motorcycles 3-3 unattributed']);
    expect(
      brief(read('In Boni on Monday, soldiers seized weapons (three AK-47s and a PKM).').claims),
    ).toEqual(['seized/weapons 3-3 unattributed', 'seized/weapons 1-1 unattributed']);
  });
  it('steps over one thing told with an article ("destroyed a bridge and two trucks", "incendié la mairie et…")', () => {
    expect(
      brief(read('In Boni on Monday, the militants destroyed a bridge and two pick-ups.').claims),
    ).toEqual(['destroyed/vehicles 2-2 unattributed']);
    expect(
      brief(read('À Boni lundi, les assaillants ont incendié la mairie et deux véhicules.', 'fr').claims),
    ).toEqual(['destroyed/vehicles 2-2 unattributed']);
    // Persons after "and" keep their own verb.
    expect(
      brief(read('In Boni on Monday, gunmen stormed the village and 12 civilians were killed.').claims),
    ).toEqual(['killed/civilians 12-12 unattributed']);
  });
});

describe('numbers: the French verb "a" is no article', () => {
  it('reads no one in "a interpellé", "a blessé", "a capturé"', () => {
    expect(
      brief(read("Lundi à Boni, l'armée a interpellé 12 suspects après l'attaque du poste.", 'fr').claims),
    ).toEqual(['arrested/militants 12-12 unattributed']);
    expect(brief(read("L'explosion a blessé trois soldats lundi à Boni.", 'fr').claims)).toEqual([
      'wounded/soldiers 3-3 unattributed',
    ]);
    // "un blessé" is still one person.
    expect(brief(read("L'attaque de Boni a fait un mort et un blessé lundi.", 'fr').claims)).toEqual([
      'killed/people 1-1 unattributed',
      'wounded/people 1-1 unattributed',
    ]);
  });
});

describe('a verb and its figure apart by a longer aside in commas', () => {
  it('reads "a neutralisé, dans la nuit de dimanche à lundi, 15 terroristes" and its variants', () => {
    const r = read(
      "L'armée a neutralisé, dans la nuit de dimanche à lundi, 15 terroristes et récupéré, au cours du ratissage, 6 motos à Boni.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/militants 15-15 unattributed',
      'seized/motorcycles 6-6 unattributed',
    ]);
    const fem = read(
      'Les assaillants ont enlevé, dans la nuit de samedi à dimanche, cinq femmes à Boni, selon des habitants.',
      'fr',
    );
    expect(brief(fem.claims)).toEqual(['captured/civilians 5-5 local']);
  });
  it('steps over a date with its numbers ("a neutralisé, le samedi 6 avril 2024, un chef terroriste et 7 de ses éléments")', () => {
    const fr = read(
      'Les FAMa ont neutralisé, le samedi 6 avril 2024, un chef terroriste et 7 de ses éléments près de Boni.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/militants 1-1 unattributed',
      'killed/militants 7-7 unattributed',
    ]);
    const en = read('The army killed, on Saturday 6 April, 12 terrorists near Boni.');
    expect(brief(en.claims)).toEqual(['killed/militants 12-12 unattributed']);
    // Numbers that are no date keep the aside closed: "avec 3 hélicoptères".
    const tools = read("L'armée a neutralisé, avec 3 hélicoptères, 12 terroristes près de Boni.", 'fr');
    expect(brief(tools.claims)).not.toContain('killed/militants 12-12 unattributed');
  });
  it('does not read the noun of a time phrase in the aside as an item of the list ("lors du ratissage")', () => {
    const r = read("L'armée a récupéré, lors du ratissage, 6 motos et 2 pick-up à Boni.", 'fr');
    expect(brief(r.claims)).toEqual([
      'seized/motorcycles 6-6 unattributed',
      'seized/vehicles 2-2 unattributed',
    ]);
    const en = read('In Boni, the soldiers recovered during the sweep 6 motorcycles.', 'en');
    expect(brief(en.claims)).toEqual(['seized/motorcycles 6-6 unattributed']);
  });
});

describe('verb-gaps: a place or a day between a verb and its count', () => {
  const one = (t: string, lang = 'fr') => brief(read(t, lang).claims);
  it('steps back over "à Boni", "près de Boni", "on Monday", "near Boni"', () => {
    expect(one("Lors de l'attaque de Boni, l'armée a récupéré à Boni 04 PK-M et 09 motos.")).toEqual([
      'seized/weapons 4-4 unattributed',
      'seized/motorcycles 9-9 unattributed',
    ]);
    expect(one("Lors de l'attaque de Boni, l'armée a saisi près de Boni 04 PK-M et 09 motos.")).toEqual([
      'seized/weapons 4-4 unattributed',
      'seized/motorcycles 9-9 unattributed',
    ]);
    expect(
      one(
        'During the attack on Boni, the army recovered on Monday four machine guns and nine motorcycles.',
        'en',
      ),
    ).toEqual(['seized/weapons 4-4 unattributed', 'seized/motorcycles 9-9 unattributed']);
    expect(
      one('During the raid on Boni, the army seized near Boni 4 machine guns and 9 motorcycles.', 'en'),
    ).toEqual(['seized/weapons 4-4 unattributed', 'seized/motorcycles 9-9 unattributed']);
  });
  it('reads no count in a time told after a place', () => {
    expect(one('The soldiers killed in Boni 3 years ago were buried in Mopti on Monday.', 'en')).toEqual([]);
  });
});

describe('verb-gaps: adverbs joined between the auxiliary and the participle', () => {
  const one = (t: string, lang = 'fr') => brief(read(t, lang).claims);
  it('steps over "légèrement ou grièvement", "plus ou moins", "slightly or seriously"', () => {
    expect(
      one("Lors de l'attaque de Boni lundi, cinq soldats ont été légèrement ou grièvement blessés."),
    ).toEqual(['wounded/soldiers 5-5 unattributed']);
    expect(
      one("Lors de l'attaque de Boni lundi, cinq soldats ont été plus ou moins grièvement blessés."),
    ).toEqual(['wounded/soldiers 5-5 unattributed']);
    expect(
      one('During the attack on Boni on Monday, five soldiers were slightly or seriously wounded.', 'en'),
    ).toEqual(['wounded/soldiers 5-5 unattributed']);
    expect(
      one('During the attack on Boni on Monday, five soldiers were more or less seriously wounded.', 'en'),
    ).toEqual(['wounded/soldiers 5-5 unattributed']);
  });
});

describe('word forms: "portés manquants" is missing', () => {
  it('reads the army\'s "portés manquants", "portées manquantes"', () => {
    expect(
      brief(read("Lors de l'attaque de Boni lundi, cinq soldats sont portés manquants.", 'fr').claims),
    ).toEqual(['missing/soldiers 5-5 unattributed']);
    expect(
      brief(
        read("Lors de l'attaque de Boni lundi, trois femmes sont toujours portées manquantes.", 'fr').claims,
      ),
    ).toEqual(['missing/civilians 3-3 unattributed']);
  });
});

describe('verb gaps: an adverb of several words inside the verb', () => {
  it('reads "ont par ailleurs été", "auraient en outre été", "were in addition" as one adverb', () => {
    for (const [t, lang, want] of [
      [
        'Au Mali, une dizaine de civils ont par ailleurs été enlevés lundi à Boni.',
        'fr',
        'captured/civilians 10-10',
      ],
      ['Au Mali, douze soldats auraient en outre été tués lundi à Boni.', 'fr', 'killed/soldiers 12-12'],
      ['Au Mali, douze gendarmes ont quant à eux été blessés lundi à Boni.', 'fr', 'wounded/soldiers 12-12'],
      [
        'In Mali, twelve soldiers were in addition wounded in Boni on Monday.',
        'en',
        'wounded/soldiers 12-12',
      ],
      ['Au Mali, les assaillants ont par ailleurs tué 5 bergers lundi à Boni.', 'fr', 'killed/civilians 5-5'],
    ] as const)
      expect(brief(read(t, lang).claims)[0], t).toBe(`${want} unattributed`);
  });
});

describe('verb gaps: adverbs of time inside a verb, and after "and"', () => {
  it('reads "have since died", "ont depuis succombé", "rounded up and later executed", "taken into custody"', () => {
    for (const [t, lang, want] of [
      [
        'In Mali, twelve soldiers have since died of their wounds after the attack on Boni.',
        'en',
        'killed/soldiers 12-12',
      ],
      [
        "Au Mali, douze militaires ont depuis succombé à leurs blessures après l'attaque de Boni.",
        'fr',
        'killed/soldiers 12-12',
      ],
      [
        'In Mali, twelve villagers were rounded up and later executed in Boni on Monday.',
        'en',
        'killed/civilians 12-12',
      ],
      [
        'In Mali, twelve suspects were taken into custody after the attack on Boni.',
        'en',
        'arrested/militants 12-12',
      ],
    ] as const)
      expect(brief(read(t, lang).claims)[0], t).toBe(`${want} unattributed`);
  });
});

describe('verb gaps: an aside that names who says so', () => {
  it('steps over "selon des témoins", "d\'après des sources" between the verb and its figure', () => {
    for (const aside of ['selon des témoins', "d'après des sources", 'selon des habitants'])
      expect(
        brief(read(`Près de Boni, les assaillants ont abattu, ${aside}, 14 bergers.`, 'fr').claims),
        aside,
      ).toEqual(['killed/civilians 14-14 local']);
    expect(
      brief(read('Near Boni, the gunmen shot dead, according to witnesses, 14 herders.').claims),
    ).toEqual(['killed/civilians 14-14 local']);
  });
});

import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const actors = (text: string, lang = 'en', published = '2024-05-10') =>
  read(text, lang, published).event.actors ?? [];

describe('affiliates: attackers named only by their lineage', () => {
  it('reads al-Qaeda’s fighters in Mali as JNIM', () => {
    for (const [t, lang] of [
      ['Al-Qaeda-linked militants attacked an army camp in Boni on Monday, killing 12 soldiers.', 'en'],
      ['Militants linked to al-Qaeda attacked an army camp in Boni on Monday, killing 12 soldiers.', 'en'],
      ['Gunmen affiliated with al Qaeda killed 12 villagers in Boni on Monday.', 'en'],
      ['Des jihadistes liés à Al-Qaïda ont attaqué lundi un camp militaire à Boni, tuant 12 soldats.', 'fr'],
      ['Des combattants affiliés à Al-Qaïda ont finalement tué 12 villageois lundi à Boni.', 'fr'],
    ] as const)
      expect(actors(t, lang), t).toEqual(['JNIM']);
  });
  it('reads the lineage after the group noun and its adjectives', () => {
    for (const [t, lang, name] of [
      [
        "Le groupe jihadiste affilié à Al-Qaïda a revendiqué l'attaque de Boni lundi, qui a tué 12 soldats.",
        'fr',
        'JNIM',
      ],
      [
        'Des groupes armés liés à Al-Qaïda ont attaqué lundi le camp de Boni, tuant 12 soldats.',
        'fr',
        'JNIM',
      ],
      [
        "Des groupes armés liés à l'État islamique ont attaqué lundi le camp de Boni, tuant 12 soldats.",
        'fr',
        'ISSP',
      ],
      [
        'An Islamist group linked to al-Qaeda claimed the attack on the Boni camp on Monday that killed 12 soldiers.',
        'en',
        'JNIM',
      ],
      [
        'Armed jihadist groups affiliated with al-Qaeda attacked the Boni camp on Monday, killing 12 soldiers.',
        'en',
        'JNIM',
      ],
    ] as const)
      expect(actors(t, lang), t).toEqual([name]);
  });
  it('reads a group or an affiliate named by its lineage as JNIM', () => {
    for (const [t, lang] of [
      ['An al Qaeda-affiliated group has claimed an ambush near Boni that killed 12 soldiers.', 'en'],
      [
        'An al-Qaeda affiliate claimed responsibility for the ambush that killed 12 soldiers near Boni.',
        'en',
      ],
      ["Un groupe affilié à Al-Qaïda a revendiqué l'embuscade qui a tué 12 soldats près de Boni.", 'fr'],
      ["Une filiale d'Al-Qaïda a revendiqué l'attaque qui a coûté la vie à 12 soldats lundi à Boni.", 'fr'],
      ['Des groupes liés à Al-Qaïda ont attaqué lundi le camp de Boni, tuant 12 soldats.', 'fr'],
    ] as const)
      expect(actors(t, lang), t).toEqual(['JNIM']);
  });
  it('reads the Islamic State’s fighters as its Sahel province', () => {
    expect(
      actors('Des jihadistes affiliés à l’État islamique ont attaqué lundi Boni, tuant 12 civils.', 'fr'),
    ).toEqual(['ISSP']);
    expect(actors('Islamic State-linked fighters killed 12 civilians in Boni on Monday.')).toEqual(['ISSP']);
  });
  it('names no one from a lineage of the region, a group named by its name, or before JNIM existed', () => {
    expect(
      actors(
        'Militants killed 12 civilians in Boni on Monday. The area has long been a stronghold of al-Qaeda-linked groups.',
      ),
    ).toEqual([]);
    expect(
      actors(
        'JNIM fighters, who are linked to al-Qaeda, attacked an army camp in Boni on Monday, killing 12 soldiers.',
      ),
    ).toEqual(['JNIM']);
    expect(
      actors(
        'Militants linked to al-Qaeda attacked an army camp in Boni on Monday, killing 12 soldiers.',
        'en',
        '2013-05-10',
      ),
    ).toEqual([]);
  });
});

describe('affiliates: a branch of al-Qaeda, and Arabic\'s "تنظيم القاعدة"', () => {
  it('reads "a branch of al-Qaeda", "une branche d\'Al-Qaïda" as JNIM', () => {
    for (const [t, lang] of [
      ['Gunmen killed 12 villagers in Boni on Monday. A branch of al-Qaeda claimed the attack.', 'en'],
      [
        "Des hommes armés ont tué lundi 12 villageois à Boni. Une branche d'Al-Qaïda a revendiqué l'attaque.",
        'fr',
      ],
    ] as const)
      expect(actors(t, lang), t).toEqual(['JNIM']);
  });
  it('reads "جماعة مرتبطة بتنظيم القاعدة" (a group linked to the al-Qaeda organisation) and "فرع تنظيم القاعدة"', () => {
    for (const t of [
      'قتل مسلحون 12 مدنيا في بوني يوم الاثنين. وتبنت الهجوم جماعة مرتبطة بتنظيم القاعدة.',
      'قتل مسلحون 12 مدنيا في بوني يوم الاثنين. وتبنى فرع تنظيم القاعدة في منطقة الساحل الهجوم.',
      'قتل مسلحون من جماعة مرتبطة بتنظيم القاعدة 12 مدنيا في بوني يوم الاثنين.',
    ])
      expect(actors(t, 'ar'), t).toEqual(['JNIM']);
  });
});

describe('agent cues: a group that holds the area and claims the attack', () => {
  it('reads "contrôlée par le GSIM, qui a revendiqué l\'attaque" as the attacker, not only the holder', () => {
    for (const [t, lang] of [
      [
        "Des hommes armés ont tué lundi 12 civils à Boni. La zone est contrôlée par le GSIM, qui a revendiqué l'attaque.",
        'fr',
      ],
      [
        "Des hommes armés ont tué lundi 12 civils à Boni. La zone est tenue par le GSIM, lequel a revendiqué l'attaque mardi.",
        'fr',
      ],
      [
        'Gunmen killed 12 civilians in Boni on Monday. The area is controlled by JNIM, which claimed the attack.',
        'en',
      ],
    ] as const)
      expect(actors(t, lang), t).toEqual(['JNIM']);
  });
  it('still leaves a group that only holds the area', () => {
    expect(
      actors(
        "Des hommes armés ont tué lundi 12 civils à Boni. La zone est contrôlée par le GSIM, qui y prélève l'impôt.",
        'fr',
      ),
    ).toEqual([]);
  });
});

describe('affiliates: a side of a battle named by its lineage', () => {
  it('EN and FR: the state forces and the fighters of al-Qaeda or the Islamic State', () => {
    expect(
      actors(
        'Clashes between the Malian army, Russian mercenaries and al-Qaeda-linked fighters killed at least 20 people near Léré.',
      ).sort(),
    ).toEqual(['Africa Corps', 'FAMa', 'JNIM']);
    expect(
      actors(
        'Malian troops clashed on Monday with militants linked to the Islamic State near Ménaka, leaving 14 dead.',
      ).sort(),
    ).toEqual(['FAMa', 'ISSP']);
    expect(
      actors(
        "De violents affrontements ont opposé lundi l'armée malienne à des jihadistes affiliés à Al-Qaïda près de Léré, faisant 20 morts.",
        'fr',
      ).sort(),
    ).toEqual(['FAMa', 'JNIM']);
  });
  it('names no side for fighters of either of two lineages', () => {
    expect(
      actors(
        'Malian troops clashed with militants linked to al-Qaeda or the Islamic State near Léré, leaving 14 dead.',
      ),
    ).not.toContain('JNIM');
  });
});

describe('affiliates: an alliance or coalition, its place or a relative before its lineage', () => {
  it('reads "la principale alliance jihadiste du Sahel, liée à Al-Qaïda" and its English forms as JNIM', () => {
    for (const [t, lang] of [
      [
        'Neuf gendarmes ont été tués mardi dans une attaque à Kéra, revendiquée par la principale alliance jihadiste du Sahel, liée à Al-Qaïda.',
        'fr',
      ],
      [
        'Neuf gendarmes ont été tués mardi à Kéra dans une attaque revendiquée par une coalition jihadiste affiliée à Al-Qaïda.',
        'fr',
      ],
      [
        'Nine gendarmes were killed on Tuesday in an attack on Kera claimed by the main jihadist alliance in the Sahel, which is linked to al-Qaeda.',
        'en',
      ],
    ] as const)
      expect(read(t, lang).event.actors, t).toEqual(['JNIM']);
  });
  it('not before JNIM was formed', () => {
    const r = read(
      'Neuf gendarmes ont été tués mardi à Kéra dans une attaque revendiquée par une coalition jihadiste affiliée à Al-Qaïda.',
      'fr',
      '2015-05-10',
    );
    expect(r.event.actors).toEqual([]);
  });
});

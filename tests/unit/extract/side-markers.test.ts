import { describe, expect, it } from 'vitest';
import { SIDE_MARKERS } from '../../../lib/extract/lexicon';
import { tokenize } from '../../../lib/extract/tokens';
import { brief, read } from './helpers';

const side = (phrase: string) => SIDE_MARKERS.matchAt(tokenize(phrase), 0)?.value ?? null;

describe("side markers: a communiqué's own ranks", () => {
  it('reads "dans nos rangs", "de notre côté", "in our ranks" as the army\'s, past a side carried from the list', () => {
    const fr = read(
      "L'armée a repoussé l'attaque de Boni lundi. Bilan : 12 terroristes neutralisés et 3 blessés dans nos rangs.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/militants 12-12 unattributed',
      'wounded/soldiers 3-3 unattributed',
    ]);
    const side = read("L'armée a repoussé l'attaque de Boni lundi. De notre côté, on déplore 2 morts.", 'fr');
    expect(brief(side.claims)).toEqual(['killed/soldiers 2-2 unattributed']);
    const en = read(
      'The army repelled the attack on Boni on Monday: 12 terrorists killed, 4 wounded in our ranks.',
    );
    expect(brief(en.claims)).toEqual([
      'killed/militants 12-12 unattributed',
      'wounded/soldiers 4-4 unattributed',
    ]);
  });
});

describe('side markers: a grammar for the open class', () => {
  it('side words and side nouns in any form, with linkers', () => {
    expect(side('côté ami')).toBe('soldiers');
    expect(side('côté amis')).toBe('soldiers');
    expect(side('du côté des assaillants'.split(' ').slice(1).join(' '))).toBe('militants');
    expect(side('côté FAMa')).toBe('soldiers');
    expect(side('parmi les militaires')).toBe('soldiers');
    expect(side('among the attackers')).toBe('militants');
    expect(side('côté ennemis')).toBe('militants');
    expect(side('chez les assaillants')).toBe('militants');
    expect(side("chez l'ennemi")).toBe('militants');
    expect(side('chez les militaires')).toBe('soldiers');
    expect(side('chez eux')).toBe(null);
    expect(side('pertes de Wagner')).toBe('foreign_forces');
    expect(side("pertes de l'armée")).toBe('soldiers');
    expect(side('losses of the attackers')).toBe('militants');
    expect(side('pertes en vies humaines')).toBe(null);
  });
  it('does not carry the side of a toll past another side named before the next ("while the attackers…")', () => {
    const en = read(
      'Gunmen attacked Boni in Mali on Monday. The army lost 20 men, while the attackers suffered dozens of casualties.',
      'en',
    );
    expect(brief(en.claims)).toEqual([
      'killed/soldiers 20-20 unattributed',
      'killed/militants 24-null unattributed',
    ]);
    const fr = read(
      "Des hommes armés ont attaqué Boni lundi. L'armée a perdu 20 hommes, tandis que les assaillants ont subi une trentaine de morts.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/soldiers 20-20 unattributed',
      'killed/militants 30-30 unattributed',
    ]);
    // With no side between, the next toll keeps the side of the one before.
    const same = read(
      'Des hommes armés ont attaqué Boni lundi. Vingt soldats ont été tués et 12 blessés.',
      'fr',
    );
    expect(brief(same.claims)).toEqual([
      'killed/soldiers 20-20 unattributed',
      'wounded/soldiers 12-12 unattributed',
    ]);
  });
  it('reads a side noun after a singular possessive ("among its peacekeepers", "parmi ses combattants")', () => {
    expect(side('among its peacekeepers')).toBe('foreign_forces');
    expect(side('parmi ses combattants')).toBe('militants');
    expect(side('among his men')).toBe(null);
    const r = read(
      'Gunmen attacked Boni in Mali on Monday. The UN mission recorded three dead among its peacekeepers.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/foreign_forces 3-3 monitor']);
  });
  it('reads allies by their nationality, and a nationality before its noun ("parmi leurs alliés russes")', () => {
    expect(side('parmi leurs alliés russes')).toBe('foreign_forces');
    expect(side('parmi les partenaires russes')).toBe('foreign_forces');
    expect(side('among their Russian allies')).toBe('foreign_forces');
    expect(side('among Malian soldiers')).toBe('soldiers');
    expect(side('among Chadian soldiers')).toBe('foreign_forces');
    expect(side('parmi leurs alliés')).toBe(null);
  });
  it('reads the owner before its losses ("Wagner\'s losses", "the attackers\' casualties")', () => {
    expect(side("Wagner's losses")).toBe('foreign_forces');
    expect(side('army’s losses')).toBe('soldiers');
    expect(side("attackers' casualties")).toBe('militants');
    expect(side("Mali's losses")).toBe(null);
  });
  it('gives a toll of men the side of the losses it measures', () => {
    for (const [t, lang, want] of [
      [
        "Au Mali, lundi à Tinzaouaten, les pertes de Wagner s'élèveraient à 80 hommes.",
        'fr',
        'killed/foreign_forces 80-80',
      ],
      ["In Mali, Wagner's losses in Monday's fighting stand at 80 men.", 'en', 'killed/foreign_forces 80-80'],
      [
        "In Mali, the attackers' losses at Boni on Monday stand at about 30 dead.",
        'en',
        'killed/militants 30-30',
      ],
    ] as const)
      expect(brief(read(t, lang).claims)[0], t).toMatch(new RegExp(`^${want} `));
  });
  it("gives a toll among allies their side, not their owner's", () => {
    const r = read(
      "Au Mali, des jihadistes ont attaqué lundi le camp de Boni. L'attaque a fait 5 morts parmi les soldats maliens et 3 parmi leurs alliés russes.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 5-5 unattributed',
      'killed/foreign_forces 3-3 unattributed',
    ]);
  });
  it('reads "in the ranks of" in English as "dans les rangs de" in French', () => {
    const tokens = tokenize('in the ranks of the army');
    expect(SIDE_MARKERS.matchAt(tokens, 2)?.value).toBe('soldiers');
    expect(SIDE_MARKERS.matchAt(tokenize('in the ranks of the attackers'), 2)?.value).toBe('militants');
    // "ranks" with no determiner before it is no marker ("ranks first").
    expect(SIDE_MARKERS.matchAt(tokenize('ranks of the army'), 0)).toBe(null);
    expect(
      brief(read('The attack on the camp in Boni left 12 dead in the ranks of the army.').claims),
    ).toEqual(['killed/soldiers 12-12 unattributed']);
  });
  it('reads through a collective to its side ("dans les rangs du groupe d\'autodéfense")', () => {
    // "rangs" takes a determiner before it.
    expect(side("rangs du groupe d'autodéfense")).toBe(null);
    expect(SIDE_MARKERS.matchAt(tokenize("dans les rangs du groupe d'autodéfense"), 2)?.value).toBe(
      'militia',
    );
    expect(SIDE_MARKERS.matchAt(tokenize('among the members of the self-defence group'), 0)?.value).toBe(
      'militia',
    );
    expect(SIDE_MARKERS.matchAt(tokenize('parmi les membres des groupes armés'), 0)).toBe(null);
    expect(
      brief(
        read("L'attaque de Boni a fait 9 morts dans les rangs du groupe d'auto-défense du village.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/militia 9-9 unattributed']);
  });
  it('counts the members of a self-defence group as militia (SCHEMA.md)', () => {
    expect(
      brief(read("Douze membres d'un groupe d'autodéfense ont été tués lundi à Boni.", 'fr').claims),
    ).toEqual(['killed/militia 12-12 unattributed']);
    expect(
      brief(read('Twelve members of a self-defense group were killed on Monday in Boni.').claims),
    ).toEqual(['killed/militia 12-12 unattributed']);
    expect(brief(read('Gunmen killed 12 members of a local self-defence militia in Boni.').claims)).toEqual([
      'killed/militia 12-12 unattributed',
    ]);
  });
  it('reads a militia by its noun and its name after it ("la milice Dan Na Ambassagou")', () => {
    expect(
      brief(read('Lundi à Boni, 12 éléments de la milice Dan Na Ambassagou ont été tués.', 'fr').claims),
    ).toEqual(['killed/militia 12-12 unattributed']);
    expect(
      brief(read('On Monday in Boni, 12 members of the militia Dan Na Ambassagou were killed.').claims),
    ).toEqual(['killed/militia 12-12 unattributed']);
    expect(
      brief(
        read(
          "Lors de l'attaque de Boni, 12 miliciens et deux membres d'une milice locale ont été tués.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/militia 12-12 unattributed', 'killed/militia 2-2 unattributed']);
  });
  it('reads a side in brackets after a toll\'s noun ("12 morts (FAMa), 30 morts (JNIM)")', () => {
    expect(
      brief(read('Attaque de Boni, lundi. Bilan : 12 morts (FAMa), 30 morts (JNIM).', 'fr').claims),
    ).toEqual(['killed/soldiers 12-12 unattributed', 'killed/militants 30-30 unattributed']);
    expect(
      brief(
        read('Attack on Boni, Monday. Casualties: 12 killed (Malian army), 5 wounded (friendly side).')
          .claims,
      ),
    ).toEqual(['killed/soldiers 12-12 unattributed', 'wounded/soldiers 5-5 unattributed']);
    // Who says it, in brackets, is no side: the claimant.
    expect(brief(read("Lundi à Boni, l'attaque a fait 12 morts (source : armée).", 'fr').claims)).toEqual([
      'killed/people 12-12 official',
    ]);
    expect(
      brief(read("Lundi à Boni, l'attaque a fait 12 morts (sources : habitants).", 'fr').claims),
    ).toEqual(['killed/people 12-12 local']);
    expect(brief(read("Lundi à Boni, l'attaque a fait 12 morts (bilan provisoire).", 'fr').claims)).toEqual([
      'killed/people 12-12 unattributed',
    ]);
  });
  it('in a sentence: "la riposte a fait 30 morts chez les assaillants"', () => {
    const r = read(
      "Lors de l'attaque de Boni, la riposte des FAMa a fait 30 morts chez les assaillants.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 30-30 unattributed']);
  });
  it('reads a foreign force by its name ("dans les rangs de la Minusma", "côté Wagner")', () => {
    expect(side('côté Wagner')).toBe('foreign_forces');
    expect(side('among the Barkhane')).toBe('foreign_forces');
    const r = read(
      "Selon une source sécuritaire, l'attaque a fait un mort et quatre blessés dans les rangs de la Minusma.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/foreign_forces 1-1 security_source',
      'wounded/foreign_forces 4-4 security_source',
    ]);
  });
  it('no side without a side noun', () => {
    expect(side('côté route')).toBeNull();
    expect(side('rangs serrés')).toBeNull();
  });
  it('in sentences: after the noun, in the plural', () => {
    const r = read("L'attaque de Boni a fait 12 morts côté amis et 30 morts du côté des assaillants.", 'fr');
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'killed/militants 30-30 unattributed',
    ]);
    const e = read('The attack on Boni left 4 dead among the troops and 9 among the attackers.', 'en');
    expect(brief(e.claims)).toEqual([
      'killed/soldiers 4-4 unattributed',
      'killed/militants 9-9 unattributed',
    ]);
  });
  it('does not read a military camp as a side ("un camp militaire", "the army camp")', () => {
    const r = read('Une attaque contre un camp militaire à Boni a fait 54 morts dont 53 soldats.', 'fr');
    expect(brief(r.claims)).toEqual([
      'killed/people 54-54 unattributed',
      'killed/soldiers 53-53 unattributed',
    ]);
    const e = read("L'attaque du camp militaire de Boni a fait 12 morts.", 'fr');
    expect(brief(e.claims)).toEqual(['killed/people 12-12 unattributed']);
  });
  it('does not read a camp followed by the sentence\'s own subject as a side ("in the camp the gunmen killed")', () => {
    const en = read('Gunmen raided two camps near Boni. In the second camp the gunmen killed five.', 'en');
    expect(brief(en.claims)).toEqual(['killed/people 5-5 unattributed']);
    const fr = read(
      'Des hommes armés ont visé deux campements. Dans le camp les assaillants ont tué quatre personnes.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/people 4-4 unattributed']);
    const of = read('Gunmen raided Boni on Monday. In the camp of the attackers, seven were killed.', 'en');
    expect(brief(of.claims)).toEqual(['killed/militants 7-7 unattributed']);
  });
  it('still reads "le camp des assaillants" and "camp ennemi" as sides', () => {
    const r = read("Lors de l'attaque de Boni, on compte 9 morts dans le camp des assaillants.", 'fr');
    expect(brief(r.claims)).toEqual(['killed/militants 9-9 unattributed']);
    const e = read("Lors de l'attaque de Boni, 14 morts côté camp ennemi.", 'fr');
    expect(brief(e.claims)).toEqual(['killed/militants 14-14 unattributed']);
  });
});

describe("side markers: the enemy's losses and whose ranks", () => {
  it('reads "pertes ennemies", "pertes de l\'ennemi", "enemy losses" as militants', () => {
    for (const [t, lang] of [
      ["Lors de l'attaque de Boni, les pertes ennemies s'élèvent à 14 morts.", 'fr'],
      ["Lors de l'attaque de Boni, les pertes de l'ennemi sont de 14 morts.", 'fr'],
      ['During the attack on Boni, enemy losses stood at 14 dead.', 'en'],
    ] as const)
      expect(brief(read(t, lang).claims)).toEqual(['killed/militants 14-14 unattributed']);
  });
  it('gives "dans leurs rangs" the side of the clause\'s subject', () => {
    expect(
      brief(
        read("Lors de l'attaque de Boni, les assaillants ont enregistré 14 morts dans leurs rangs.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/militants 14-14 unattributed']);
    expect(
      brief(read("L'armée a eu 14 morts dans ses rangs lors de l'attaque de Boni.", 'fr').claims),
    ).toEqual(['killed/soldiers 14-14 unattributed']);
  });
  it('gives "ils … dans leurs rangs" the side the sentence before names first', () => {
    for (const [t, lang] of [
      ['Les terroristes ont été repoussés à Boni. On dénombre 14 morts dans leurs rangs.', 'fr'],
      ['Les assaillantes ont fui vers Boni. Elles comptent 14 morts dans leurs rangs.', 'fr'],
      [
        'Les jihadistes ont finalement été mis en déroute à Boni. Ils ont enregistré 14 morts dans leurs rangs.',
        'fr',
      ],
      ['The jihadists were routed near Boni. They counted 14 dead in their ranks.', 'en'],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual(['killed/militants 14-14 unattributed']);
    // "Celle-ci" is the last one named (the army), and "ses" is no plural owner: the marker's side.
    expect(
      brief(
        read(
          'De violents combats ont opposé les terroristes et les FAMa à Boni. Celle-ci annonce 4 morts dans ses rangs.',
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 4-4 unattributed']);
    // A clause that names its own subject keeps it.
    expect(
      brief(read("Des jihadistes ont attaqué Boni. L'armée déplore 4 morts dans ses rangs.", 'fr').claims),
    ).toEqual(['killed/soldiers 4-4 official']);
  });
});

describe('bodies of a side', () => {
  it('reads whose bodies were found', () => {
    expect(
      brief(read("Lors de l'attaque de Boni, 14 corps de terroristes ont été retrouvés.", 'fr').claims),
    ).toEqual(['killed/militants 14-14 unattributed']);
    expect(brief(read('After the attack on Boni, 14 bodies of soldiers were found.', 'en').claims)).toEqual([
      'killed/soldiers 14-14 unattributed',
    ]);
    expect(brief(read("Après l'attaque de Boni, 14 corps ont été ramassés.", 'fr').claims)).toEqual([
      'killed/people 14-14 unattributed',
    ]);
  });
});

describe('side markers: after the noun, before the predicate', () => {
  it('names the side of "personnes" and reaches the verb after the marker', () => {
    expect(
      brief(read("Lors de l'attaque de Boni, 12 personnes côté amis ont été tuées.", 'fr').claims),
    ).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(
      brief(
        read("Lors de l'attaque de Boni, 4 personnes du côté des assaillants ont été blessées.", 'fr').claims,
      ),
    ).toEqual(['wounded/militants 4-4 unattributed']);
    expect(
      brief(read('In the attack on Boni, 9 people on the enemy side were killed.', 'en').claims),
    ).toEqual(['killed/militants 9-9 unattributed']);
  });
  it('leaves a noun that already has a side as it is', () => {
    expect(
      brief(read("Lors de l'attaque de Boni, 12 soldats parmi les blessés ont été évacués.", 'fr').claims),
    ).toEqual([]);
  });
});

describe('side markers: "on the X side" in English', () => {
  it('reads the side noun before "side", with or without its possessive', () => {
    expect(side("on the army's side")).toBe('soldiers');
    expect(side("on the attackers' side")).toBe('militants');
    expect(side('on the Malian side')).toBe('soldiers');
    expect(side('on the military side')).toBe('soldiers');
    expect(side('on the government side')).toBe('soldiers');
    expect(side('on the jihadist side')).toBe('militants');
    expect(side('on the side of the army')).toBe(null);
    expect(side('side of the army')).toBe('soldiers');
    expect(side('on the other side')).toBe(null);
  });
  it('gives each toll its side ("12 dead on the army\'s side and 30 on the attackers\' side")', () => {
    const r = read(
      "Jihadists attacked Boni on Monday. The toll is 12 dead on the army's side and 30 on the attackers' side.",
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'killed/militants 30-30 unattributed',
    ]);
  });
});

describe('sides: a second item with its verb left out', () => {
  it('reads "et les assaillants 30", "and the attackers 30" as the side named before the number', () => {
    const fr = read(
      "Les terroristes ont attaqué Boni lundi. L'armée a perdu 12 soldats et les assaillants 30.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'killed/militants 30-30 unattributed',
    ]);
    const en = read('Jihadists attacked Boni on Monday. The army lost 12 soldiers and the attackers 30.');
    expect(brief(en.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'killed/militants 30-30 unattributed',
    ]);
  });
  it('reads "et de 30 côté terroristes" as the next item of the toll', () => {
    const r = read(
      'Les terroristes ont attaqué Boni lundi. Le bilan est de 12 morts côté FAMa et de 30 côté terroristes.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'killed/militants 30-30 unattributed',
    ]);
  });
});

describe('sides: the words of a toll before a gapped second side', () => {
  it('end at its own noun ("lost 12 soldiers", not "… and the attackers")', () => {
    const en = read('Jihadists attacked Boni on Monday. The army lost 12 soldiers and the attackers 30.');
    expect(en.claims[0].text).toBe('lost 12 soldiers');
    const fr = read(
      "Les terroristes ont attaqué Boni lundi. L'armée a perdu 12 soldats et les assaillants 30.",
      'fr',
    );
    expect(fr.claims[0].text).toBe('a perdu 12 soldats');
  });
});

describe('side markers: the Malian side and the jihadists’ side by name', () => {
  it('reads "côté malien", "du côté de l’armée" as soldiers, "côté des jihadistes" as militants', () => {
    expect(
      brief(read("Côté malien, on déplore 12 morts et 5 blessés lors de l'attaque de Boni.", 'fr').claims),
    ).toEqual(['killed/soldiers 12-12 unattributed', 'wounded/soldiers 5-5 unattributed']);
    expect(brief(read("Du côté de l'armée, le bilan est de 12 morts à Boni.", 'fr').claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
    ]);
    expect(
      brief(
        read("Côté des jihadistes, une trentaine de morts ont été dénombrés après l'attaque de Boni.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/militants 30-30 unattributed']);
  });
  it('does not take the side named after a toll noun for its teller', () => {
    expect(brief(read("Le bilan côté FAMa de l'attaque de Boni est de 12 morts.", 'fr').claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
    ]);
    expect(
      brief(read("Le bilan officiel côté FAMa de l'attaque de Boni est de 12 morts.", 'fr').claims),
    ).toEqual(['killed/soldiers 12-12 official']);
    expect(brief(read("The toll on the army's side of the attack on Boni is 12 dead.").claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
    ]);
  });
});

describe('a loss told in the conditional or the pluperfect', () => {
  it('reads "auraient perdu", "avait perdu" as a loss of lives', () => {
    expect(
      brief(read('Les assaillants auraient perdu une trentaine de combattants à Boni.', 'fr').claims),
    ).toEqual(['killed/militants 30-30 unattributed']);
    expect(
      brief(read("L'armée aurait perdu 12 soldats à Boni, selon des sources locales.", 'fr').claims),
    ).toEqual(['killed/soldiers 12-12 local']);
    expect(read('Les assaillants auraient perdu le contrôle de 3 positions à Boni.', 'fr').claims).toEqual(
      [],
    );
  });
});

describe("side markers: the ranks of a relative pronoun's antecedent", () => {
  it('reads "…, a annoncé l\'état-major, qui déplore deux morts dans ses rangs" as the army\'s', () => {
    const fr = read(
      "Des jihadistes ont attaqué Boni lundi. Quinze assaillants ont été tués, a annoncé l'état-major, qui déplore deux morts dans ses rangs.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/militants 15-15 official', 'killed/soldiers 2-2 official']);
    const en = read(
      'Jihadists attacked Boni on Monday. Fifteen attackers were killed, said the army, which reported two dead in its ranks.',
    );
    expect(brief(en.claims)).toEqual(['killed/militants 15-15 official', 'killed/soldiers 2-2 official']);
  });
  it("reads the group's own when the antecedent is the group (feminine and plural possessives)", () => {
    const fr = read(
      "L'armée a repoussé l'attaque de Boni lundi, selon le JNIM, qui reconnaît cinq morts dans ses rangs.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/militants 5-5 armed_group']);
    const plural = read(
      'Vingt soldats ont été tués à Boni lundi, selon les rebelles du FLA, qui comptent trois blessés dans leurs rangs.',
      'fr',
    );
    expect(brief(plural.claims)).toEqual([
      'killed/soldiers 20-20 armed_group',
      'wounded/militants 3-3 armed_group',
    ]);
  });
});

describe('side markers: an adjective that names a side', () => {
  it('gives "12 dead on the military side and 30 among the assailants" their sides', () => {
    const r = read(
      'Jihadists attacked the Boni post on Monday. Losses amounted to 12 dead on the military side and 30 among the assailants.',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'killed/militants 30-30 unattributed',
    ]);
  });
});

describe('side markers: right after a toll of persons of no side', () => {
  it('"12 personnes tuées côté amis", "12 people killed among the attackers" take the marker\'s side', () => {
    const fr = read(
      'Lundi, des jihadistes ont attaqué le poste de Boni. Le bilan est de 12 personnes tuées côté amis et une trentaine du côté des assaillants.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'killed/militants 30-30 unattributed',
    ]);
    const en = read(
      'Jihadists attacked the Boni post on Monday, leaving 12 people dead among the attackers.',
    );
    expect(brief(en.claims)).toEqual(['killed/militants 12-12 unattributed']);
  });
  it('not a marker further on, in a clause of its own', () => {
    const r = read(
      "Lundi, des jihadistes ont attaqué le poste de Boni. Douze personnes ont été tuées à Boni, et l'armée parle de pertes côté ennemi.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/people 12-12 official']);
  });
});

describe('side markers: a force named after "dans les", "au sein des", "within"', () => {
  it('reads "22 blessés dans les FAMa", "au sein des forces armées", "within the army"', () => {
    expect(brief(read("L'attaque de Boni a fait 22 blessés dans les FAMa.", 'fr').claims)).toEqual([
      'wounded/soldiers 22-22 unattributed',
    ]);
    expect(
      brief(read("L'attaque de Boni a fait 22 blessés au sein des forces armées.", 'fr').claims),
    ).toEqual(['wounded/soldiers 22-22 unattributed']);
    expect(brief(read('The attack on Boni left 22 wounded within the army.').claims)).toEqual([
      'wounded/soldiers 22-22 unattributed',
    ]);
  });
  it('leaves a place after "dans les" no side', () => {
    expect(brief(read("L'attaque de Boni a fait 22 morts dans les villages.", 'fr').claims)).toEqual([
      'killed/people 22-22 unattributed',
    ]);
  });
  it('reads "riverains" as civilians and as a voice of the place', () => {
    expect(
      brief(read('Selon des riverains, 12 riverains du marché ont été tués à Boni.', 'fr').claims),
    ).toEqual(['killed/civilians 12-12 local']);
  });
});

describe('side markers: a force named in the complement of its men', () => {
  it('reads "parmi les éléments des FAMa", "parmi les hommes de Wagner", "among the men of the army"', () => {
    expect(
      brief(read("L'attaque de Boni a fait 7 portés disparus parmi les éléments des FAMa.", 'fr').claims),
    ).toEqual(['missing/soldiers 7-7 unattributed']);
    expect(brief(read("L'attaque de Boni a fait 7 morts parmi les hommes de Wagner.", 'fr').claims)).toEqual([
      'killed/foreign_forces 7-7 unattributed',
    ]);
    expect(brief(read('The attack on Boni killed 7 among the men of the army.').claims)).toEqual([
      'killed/soldiers 7-7 unattributed',
    ]);
  });
  it('leaves men of no side named a toll of people', () => {
    expect(brief(read("L'attaque de Boni a fait 7 morts parmi les hommes.", 'fr').claims)).toEqual([
      'killed/people 7-7 unattributed',
    ]);
  });
});

describe('side markers: the population as the civilians', () => {
  it('reads "au sein de la population", "parmi les habitants", "among the population" as civilians', () => {
    expect(
      brief(
        read("Lundi à Boni, l'attaque a fait 12 morts et 20 blessés au sein de la population.", 'fr').claims,
      ),
    ).toEqual(['killed/civilians 12-12 unattributed', 'wounded/civilians 20-20 unattributed']);
    expect(brief(read("Lundi à Boni, l'attaque a fait 12 morts parmi les habitants.", 'fr').claims)).toEqual([
      'killed/civilians 12-12 unattributed',
    ]);
    expect(
      brief(read('On Monday in Boni, the attack left 12 dead among the civilian population.').claims),
    ).toEqual(['killed/civilians 12-12 unattributed']);
    expect(brief(read('On Monday in Boni, the raid left 12 dead among residents.').claims)).toEqual([
      'killed/civilians 12-12 unattributed',
    ]);
  });
});

describe('sides: the persons a sentence counts as none', () => {
  it('gives the first bare number the side denied before it ("aucun soldat…, mais deux")', () => {
    expect(
      brief(read("Aucun soldat n'a été tué lundi à Boni, mais deux ont été blessés.", 'fr').claims),
    ).toEqual(['wounded/soldiers 2-2 unattributed']);
    expect(
      brief(
        read("Aucune villageoise n'a été tuée lors du raid sur Boni, mais trois ont été enlevées.", 'fr')
          .claims,
      ),
    ).toEqual(['captured/civilians 3-3 unattributed']);
    expect(
      brief(read('No soldiers were killed in the attack on Boni, but two were badly wounded.').claims),
    ).toEqual(['wounded/soldiers 2-2 unattributed']);
    expect(
      brief(read('None of the villagers died in the raid on Boni, but 12 were abducted.').claims),
    ).toEqual(['captured/civilians 12-12 unattributed']);
  });
  it('leaves a bare number whose sentence denies no side', () => {
    expect(
      brief(read("L'attaque de Boni n'a fait aucun dégât, mais deux ont été blessés.", 'fr').claims),
    ).toEqual(['wounded/people 2-2 unattributed']);
  });
});

describe('side markers: a gapped figure whose side a marker names', () => {
  it('repeats the kind for "et une vingtaine chez les assaillants", "and 20 among the attackers"', () => {
    const OPENING = 'Des jihadistes ont attaqué lundi le poste militaire de Boni, dans le centre du Mali. ';
    expect(
      brief(
        read(OPENING + "Il y a eu six morts du côté de l'armée et une vingtaine chez les assaillants.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/soldiers 6-6 unattributed', 'killed/militants 20-20 unattributed']);
    expect(
      brief(
        read(OPENING + "L'attaque a fait six blessés parmi les militaires et 12 parmi les civils.", 'fr')
          .claims,
      ),
    ).toEqual(['wounded/soldiers 6-6 unattributed', 'wounded/civilians 12-12 unattributed']);
    expect(
      brief(
        read(
          'Jihadists attacked Boni in central Mali on Monday, killing six soldiers and 20 among the villagers.',
          'en',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 6-6 unattributed', 'killed/civilians 20-20 unattributed']);
  });
});

describe('sides: one count over two lots of persons joined by "et"/"and"', () => {
  it("names both sides, so no one side: a nationality of the second lot is not the first one's", () => {
    for (const [t, lang] of [
      [
        'Le JNIM a revendiqué la mort de dizaines de soldats maliens et de mercenaires russes lors de son attaque contre Kéra.',
        'fr',
      ],
      [
        'Le JNIM a revendiqué la mort de 30 militaires maliens et de paramilitaires russes lors de son attaque contre Kéra.',
        'fr',
      ],
      [
        'JNIM claimed to have killed dozens of Malian soldiers and Russian mercenaries in its attack on Kera.',
        'en',
      ],
    ] as const)
      expect(brief(read(t, lang).claims)[0], t).toMatch(/^killed\/people /);
  });
  it('still reads a foreign lot alone as foreign forces', () => {
    const r = read(
      'Le JNIM a revendiqué la mort de 30 mercenaires russes lors de son attaque contre Kéra.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/foreign_forces 30-30 armed_group']);
  });
});

describe("sides: a marker after a part of a breakdown is the part's, not the total's", () => {
  it('keeps the total of two sides as people, each part its own side', () => {
    const fr = read(
      "Les combats de lundi à Boni ont fait 64 morts, dont 40 du côté des assaillants et 24 dans les rangs de l'armée.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/people 64-64 unattributed',
      'killed/militants 40-40 unattributed',
      'killed/soldiers 24-24 unattributed',
    ]);
    const one = read("L'attaque de Boni a fait 64 morts, dont 40 parmi les jihadistes.", 'fr');
    expect(brief(one.claims)).toEqual([
      'killed/people 64-64 unattributed',
      'killed/militants 40-40 unattributed',
    ]);
    const en = read(
      'The fighting in Boni on Monday left 64 dead, including 40 among the attackers and 24 in the ranks of the army.',
    );
    expect(brief(en.claims)).toEqual([
      'killed/people 64-64 unattributed',
      'killed/militants 40-40 unattributed',
      'killed/soldiers 24-24 unattributed',
    ]);
  });
  it('still gives a marker after a list of counted kinds to all of them', () => {
    const r = read(
      "L'attaque du camp de Boni a fait 30 blessés, dont 12 graves, et quatre disparus parmi les soldats.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'wounded/soldiers 30-30 unattributed',
      'wounded/soldiers 12-12 unattributed',
      'missing/soldiers 4-4 unattributed',
    ]);
  });
});

describe("sides: a present participle of losing ('perdant', 'losing') counts its sentence's subject's men", () => {
  it('gives the men lost to the side that repelled the attack, after the toll of the enemy', () => {
    const fr = read(
      "L'armée a repoussé l'attaque de Boni, neutralisant 14 assaillants et perdant trois hommes.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/militants 14-14 unattributed',
      'killed/soldiers 3-3 unattributed',
    ]);
    const en = read('The army repelled the attack on Boni, killing 14 assailants and losing three men.');
    expect(brief(en.claims)).toEqual([
      'killed/militants 14-14 unattributed',
      'killed/soldiers 3-3 unattributed',
    ]);
  });
  it("gives the attackers' own men to the attackers", () => {
    const r = read('Des jihadistes ont attaqué le camp de Boni lundi, perdant 14 combattants.', 'fr');
    expect(brief(r.claims)).toEqual(['killed/militants 14-14 unattributed']);
    const en = read('Jihadists stormed the Boni camp on Monday, losing 14 of their fighters.');
    expect(brief(en.claims)).toEqual(['killed/militants 14-14 unattributed']);
  });
});

import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const actors = (text: string, lang = 'en') => [...read(text, lang).event.actors].sort();
const ALL_THREE = ['Africa Corps', 'FAMa', 'JNIM'];

describe('actors: the sides of a battle told in other forms (clash-sides)', () => {
  it('reads both sides after "between" to the end of the clause, over "backed by"', () => {
    expect(
      actors(
        "Fierce fighting broke out on Friday between Malian troops backed by Russia's Africa Corps and gunmen of the al-Qaeda-linked JNIM near Niono. The army said it lost six men.",
      ),
    ).toEqual(ALL_THREE);
    expect(
      actors(
        "Vendredi, de durs combats ont éclaté près de Niono entre des soldats maliens soutenus par les paramilitaires russes d'Africa Corps et des combattants du JNIM liés à Al-Qaïda. L'armée a perdu six hommes.",
        'fr',
      ),
    ).toEqual(ALL_THREE);
  });

  it('reads "X and Y have been fighting" and "X et Y se battent" as a battle of both', () => {
    for (const [text, lang] of [
      [
        'JNIM militants and the Malian army, supported by Africa Corps fighters, have been fighting since Friday for the town of Niono. Dozens of people were killed, residents said.',
        'en',
      ],
      [
        'JNIM militants and Malian soldiers are fighting for the control of Niono since Friday. Dozens of people were killed, residents said.',
        'en',
      ],
      [
        "Les combattants du JNIM et l'armée malienne, appuyée par les mercenaires d'Africa Corps, se battent depuis vendredi pour le contrôle de Niono. Des dizaines de personnes ont été tuées, selon des habitants.",
        'fr',
      ],
      [
        'Les jihadistes du JNIM et les FAMa, épaulées par Africa Corps, se sont battus vendredi à Niono. Des dizaines de personnes ont été tuées, selon des habitants.',
        'fr',
      ],
    ] as const) {
      const names = actors(text, lang);
      expect(names).toContain('JNIM');
      expect(names).toContain('FAMa');
    }
    expect(
      actors(
        "Les combattants du JNIM et l'armée malienne, appuyée par les mercenaires d'Africa Corps, se battent depuis vendredi pour le contrôle de Niono. Des dizaines de personnes ont été tuées.",
        'fr',
      ),
    ).toEqual(ALL_THREE);
  });

  it('reads "ont opposé X, soutenus par Y, au Z" over the aside of support', () => {
    expect(
      actors(
        "Une bataille a opposé vendredi près de Niono les Forces armées maliennes (FAMa), soutenues par les instructeurs russes d'Africa Corps, au Groupe de soutien à l'islam et aux musulmans (JNIM). Des dizaines de soldats ont été tués.",
        'fr',
      ),
    ).toEqual(ALL_THREE);
  });

  it('takes the sides named in the sentence after a battle told without them', () => {
    expect(
      actors(
        "Des combats ont éclaté vendredi près de Niono. D'un côté, l'armée malienne et ses alliés russes d'Africa Corps ; de l'autre, les combattants du JNIM. Au moins 20 soldats ont été tués.",
        'fr',
      ),
    ).toEqual(ALL_THREE);
    expect(
      actors(
        'Clashes erupted on Friday near Niono. Malian troops and Africa Corps fighters came under fire from JNIM militants. At least 20 soldiers were killed.',
      ),
    ).toEqual(ALL_THREE);
    // Without a battle, the forces attacked are no actors.
    expect(
      actors(
        'A convoy was hit on Friday near Niono. Malian troops and Africa Corps fighters came under fire from JNIM militants. At least 20 soldiers were killed.',
      ),
    ).toEqual(['JNIM']);
  });
});

describe('actors: forces that lost men or fought an attack off (state-attacker)', () => {
  it('a participle of killing without its auxiliary is the force\'s loss: "Wagner fighters killed in ambush"', () => {
    for (const text of [
      'Wagner fighters killed in ambush near Kidal\nJNIM said on Sunday its fighters had ambushed a convoy near Kidal. Ten soldiers were killed.',
      'Malian soldiers and Russian mercenaries killed in ambush near Kidal\nJNIM said on Sunday its fighters had ambushed a convoy near Kidal. Ten soldiers were killed.',
      'Russian fighters killed by JNIM near Kidal\nJNIM said on Sunday its fighters had ambushed a convoy near Kidal. Ten soldiers were killed.',
    ])
      expect(actors(text)).toEqual(['JNIM']);
    expect(
      actors(
        'Des mercenaires russes tués dans une embuscade près de Kidal\nLe JNIM a affirmé dimanche que ses combattants avaient tendu une embuscade à un convoi près de Kidal. Dix soldats ont été tués.',
        'fr',
      ),
    ).toEqual(['JNIM']);
    // With its object, the verb is the force's deed.
    expect(actors('Wagner fighters killed 30 civilians in Moura on Sunday, residents said.')).toEqual([
      'Africa Corps',
    ]);
  });

  it('the pluperfect of reported speech is no recalled attack: "JNIM said it had killed"', () => {
    expect(
      actors(
        'JNIM said on Wednesday it had killed 50 Malian soldiers in an ambush near Kidal. The army said it lost ten men.',
      ),
    ).toEqual(['JNIM']);
    expect(
      actors(
        "Le JNIM a affirmé mercredi qu'il avait tué 50 soldats maliens dans une embuscade près de Kidal. L'armée a reconnu dix morts.",
        'fr',
      ),
    ).toEqual(['JNIM']);
    // A pluperfect that recalls an attack stays a recall, its group no actor.
    expect(
      actors(
        "Le JNIM a affirmé mercredi qu'il avait tué 50 soldats maliens près de Kidal. Des chasseurs dozos avaient auparavant tué douze bergers dans la zone.",
        'fr',
      ),
    ).toEqual(['JNIM']);
    expect(
      actors(
        'JNIM said on Wednesday it had killed 50 Malian soldiers near Kidal. Dozo hunters had earlier killed twelve herders in the area.',
      ),
    ).toEqual(['JNIM']);
  });

  it('a force and its allies that killed the attackers defended themselves', () => {
    const lede =
      'Gunfire was heard before dawn on Friday in Niono. Residents said the shooting lasted hours. Shops stayed shut. Many families fled. Phone lines were cut.';
    expect(
      actors(`${lede} The army said its troops, supported by Africa Corps, had killed 30 attackers.`),
    ).toEqual([]);
    expect(
      actors(
        "Des tirs ont été entendus vendredi avant l'aube à Niono. Les tirs ont duré des heures. Les boutiques sont restées fermées. Des familles ont fui. Le réseau a été coupé. L'armée affirme que ses hommes, appuyés par Africa Corps, ont neutralisé 30 assaillants.",
        'fr',
      ),
    ).toEqual([]);
    // Killing others than the attackers is the force's own deed.
    expect(
      actors(
        `${lede} The army said its troops, supported by Africa Corps, had killed 30 civilians by mistake.`,
      ),
    ).toContain('Africa Corps');
  });
});

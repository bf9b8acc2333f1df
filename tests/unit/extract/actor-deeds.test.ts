import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const actors = (text: string, lang = 'en') => read(text, lang).event.actors;

describe('actors: deeds other than killing name their author', () => {
  it('names a group that destroyed, burned, abducted or seized (agent-cues DEED_KINDS)', () => {
    for (const [t, lang, want] of [
      ['Le FLA a détruit lundi six véhicules près de Kidal.', 'fr', 'FLA'],
      ['The FLA destroyed six vehicles near Kidal on Monday.', 'en', 'FLA'],
      ['Islamic State militants abducted five civilians near Ménaka on Monday.', 'en', 'ISSP'],
      ["Des combattants de l'État islamique ont enlevé lundi cinq civiles près de Ménaka.", 'fr', 'ISSP'],
      ['Le JNIM s’est emparé lundi de 20 motos et de 12 armes près de Boni.', 'fr', 'JNIM'],
      ['JNIM fighters reportedly seized 20 motorcycles near Boni on Monday.', 'en', 'JNIM'],
    ] as const)
      expect(actors(t, lang), t).toEqual([want]);
  });
  it('does not name a group whose men or goods are counted as taken', () => {
    expect(
      actors("L'armée a saisi lundi 20 motos des terroristes du JNIM près de Boni.", 'fr'),
    ).not.toContain('JNIM');
  });
});

describe('actors: a word of killing in any form names its author (agent-cues isKillWord)', () => {
  it('reads the participle of the deed after a verb the lexicon does not know ("ont pris…, tuant")', () => {
    for (const [t, lang, want] of [
      ["Les jihadistes d'Ansar Dine ont pris mardi la ville de Boni, tuant 12 soldats.", 'fr', 'Ansar Dine'],
      ['Des combattants du JNIM ont investi lundi le village de Boni, abattant trois bergers.', 'fr', 'JNIM'],
      ['Les rebelles du FLA sont entrés mardi dans Boni en tuant deux gendarmes.', 'fr', 'FLA'],
      ['Ansar Dine fighters overran Boni on Tuesday, gunning down 12 soldiers.', 'en', 'Ansar Dine'],
    ] as const)
      expect(actors(t, lang), t).toEqual([want]);
  });
  it('not a group whose own men the killing struck', () => {
    expect(
      actors("L'armée a pris mardi le contrôle de Boni, tuant 12 combattants du JNIM.", 'fr'),
    ).not.toContain('JNIM');
  });
});

describe('actors: the owner of what a deed took or destroyed is not its author', () => {
  it('does not name the army whose drone or vehicles a group destroyed (actor-roles ownerOfObject)', () => {
    for (const [t, lang] of [
      [
        "Le FLA affirme avoir abattu lundi un drone de l'armée malienne près de Kidal et tué 12 soldats.",
        'fr',
      ],
      ['Le FLA a détruit lundi au moins trois véhicules des FAMa et tué 12 soldats près de Kidal.', 'fr'],
      ['The FLA said it shot down a Malian army drone near Kidal on Monday and killed 12 soldiers.', 'en'],
      // The verb of two words before the owner: "shot down", "blew up".
      ['The FLA said on Monday its fighters had shot down a Malian army drone and killed 8 soldiers.', 'en'],
      ['FLA fighters blew up two FAMa trucks near Kidal on Monday, killing eight soldiers.', 'en'],
      [
        'The FLA destroyed three vehicles of the Malian army and killed 12 soldiers near Kidal on Monday.',
        'en',
      ],
      // "belonging to" says "of".
      ['The FLA said it had shot down a drone belonging to the Malian army and killed 10 soldiers.', 'en'],
      ["Le FLA a annoncé avoir abattu un drone appartenant à l'armée malienne et tué 10 soldats.", 'fr'],
      ['Les rebelles du FLA ont incendié deux camions appartenant aux FAMa et tué 6 soldats.', 'fr'],
    ] as const)
      expect(actors(t, lang), t).toEqual(['FLA']);
  });
  it('does not name the group whose vehicles the army destroyed', () => {
    for (const [t, lang] of [
      ["L'armée malienne a détruit lundi trois véhicules du FLA près de Kidal.", 'fr'],
      ['The army destroyed three FLA vehicles near Kidal on Monday.', 'en'],
    ] as const)
      expect(actors(t, lang), t).not.toContain('FLA');
  });
});

describe('actors: a suspect named after a denied claim', () => {
  it('names the group whose hallmarks or mark the attack bears', () => {
    for (const [t, lang] of [
      ['Twelve soldiers were killed near Boni on Monday. The attack bore the hallmarks of JNIM.', 'en'],
      ['Douze soldats ont été tués lundi près de Boni. L’attaque porte la marque du JNIM.', 'fr'],
      ['Douze soldats ont été tués lundi près de Boni. L’attaque porte la signature du Jnim.', 'fr'],
    ] as const)
      expect(actors(t, lang), t).toEqual(['JNIM']);
  });
  it('names the group suspicion falls on', () => {
    for (const [t, lang] of [
      ['Twelve soldiers were killed near Boni on Monday. Suspicion fell on JNIM.', 'en'],
      [
        'Twelve soldiers were killed near Boni on Monday. Suspicion quickly fell on JNIM, which operates there.',
        'en',
      ],
      ['Douze soldats ont été tués lundi près de Boni. Les soupçons pèsent sur le JNIM.', 'fr'],
      ['Douze soldats ont été tués lundi près de Boni. Les soupçons se portent aussitôt sur le JNIM.', 'fr'],
    ] as const)
      expect(actors(t, lang), t).toEqual(['JNIM']);
    // The target of the attack stays a target: "an attack on JNIM" names no author.
    expect(actors('Twelve fighters were killed near Boni on Monday in an attack on JNIM.')).not.toContain(
      'JNIM',
    );
  });
  it('reads a lineage the text suspects after a denied claim, even past the opening sentences', () => {
    const text = [
      'Twelve soldiers were killed near Boni on Monday, the army said.',
      'The soldiers were on patrol when their convoy hit an explosive device.',
      'Gunmen then opened fire on the survivors.',
      'The army said it had sent reinforcements.',
      'Residents said the shooting lasted two hours.',
      'No group has claimed responsibility, but the attack bears the mark of jihadi groups linked to al-Qaeda.',
    ].join(' ');
    expect(actors(text)).toEqual(['JNIM']);
    const fr = [
      'Douze soldats ont été tués lundi près de Boni, selon l’armée.',
      'Les soldats étaient en patrouille quand leur convoi a sauté sur un engin explosif.',
      'Des hommes armés ont ensuite ouvert le feu.',
      'L’armée a envoyé des renforts.',
      'Selon des habitants, les tirs ont duré deux heures.',
      "L'attaque n'a pas été revendiquée, mais elle porte la marque des groupes jihadistes liés à Al-Qaïda.",
    ].join(' ');
    expect(actors(fr, 'fr')).toEqual(['JNIM']);
  });
  it('names no one from a lineage of the region, nor from either of two lineages', () => {
    for (const [t, lang] of [
      [
        'Twelve soldiers were killed near Boni on Monday. No group has claimed the attack, but jihadists linked to al-Qaeda and Islamic State operate in the area.',
        'en',
      ],
      [
        'Twelve soldiers were killed near Boni on Monday. The attack has not been claimed but bore the mark of armed groups linked to al-Qaeda or the Islamic State group.',
        'en',
      ],
      [
        "Douze soldats ont été tués lundi près de Boni. L'attaque n'a pas été revendiquée, mais elle porte la marque des groupes liés à Al-Qaïda ou à l'État islamique.",
        'fr',
      ],
      [
        'Forty civilians were killed near Boni on Monday. No group has claimed responsibility, but Dozo hunters and jihadists linked to the Islamic State group have both been accused of attacks in the area.',
        'en',
      ],
      [
        "Quarante civils ont été tués lundi près de Boni. L'attaque n'a pas été revendiquée, mais des chasseurs dozos et le JNIM sont soupçonnés.",
        'fr',
      ],
    ] as const)
      expect(actors(t, lang), t).toEqual([]);
  });
});

describe('actors: a force that killed the men who attacked its own post defended it', () => {
  it('does not name the army whose post the killed attackers had attacked (state-attacker ownPostAttacked)', () => {
    for (const [t, lang] of [
      [
        "Mali's army said on Friday it had killed 20 militants who attacked an army post near Boni on Thursday.",
        'en',
      ],
      [
        'The army said its troops killed 20 assailants after an attack on their positions near Boni on Thursday.',
        'en',
      ],
      [
        "L'armée affirme avoir neutralisé 20 assaillants qui ont attaqué jeudi le camp militaire de Boni.",
        'fr',
      ],
      [
        "Les FAMa ont finalement neutralisé 20 terroristes lors de l'attaque contre leur poste de Boni jeudi.",
        'fr',
      ],
    ] as const)
      expect(actors(t, lang), t).not.toContain('FAMa');
  });
  it('still names the army that attacked a base of the other side', () => {
    for (const [t, lang] of [
      ['Les FAMa ont attaqué jeudi une base terroriste près de Boni et neutralisé 20 terroristes.', 'fr'],
      ['Malian troops attacked a militant camp near Boni on Thursday, killing 20 fighters.', 'en'],
    ] as const)
      expect(actors(t, lang), t).toContain('FAMa');
  });
});

describe("actors: a group's counted men are its losses", () => {
  it('does not name a group whose counted men a headline says were killed (actor-roles participleAfter)', () => {
    for (const [t, lang] of [
      ['Mali: rebels say dozens of Wagner fighters killed near the Algerian border', 'en'],
      ['Mali: 12 JNIM fighters killed near Boni, army says', 'en'],
      ['Several Islamic State fighters captured near Ménaka', 'en'],
      ['Mali : une dizaine de combattants du JNIM tués près de Boni', 'fr'],
    ] as const)
      expect(actors(t, lang), t).toEqual([]);
  });
  it('reads an amount in words as a count before a verb of killing ("killed dozens of JNIM fighters")', () => {
    for (const [t, lang] of [
      ['Mali’s army said on Monday it had killed dozens of JNIM fighters near Boni.', 'en'],
      ["L'armée malienne a neutralisé lundi plusieurs dizaines de combattants du JNIM près de Boni.", 'fr'],
    ] as const)
      expect(actors(t, lang), t).not.toContain('JNIM');
  });
  it('still names counted men who killed: the participle has an object', () => {
    expect(actors('Twelve JNIM fighters killed five soldiers near Boni on Monday.')).toEqual(['JNIM']);
    expect(actors('Several JNIM fighters killed three soldiers near Boni on Monday.')).toEqual(['JNIM']);
  });
});

describe('actors: a group named for its habit is not the author', () => {
  it('does not name a group that regularly or often attacks the area (actors habitual)', () => {
    for (const [t, lang] of [
      [
        "Douze civils ont été tués dimanche à Dembo. L'attaque n'a pas été revendiquée, mais la zone est régulièrement visée par des éléments de la katiba Macina.",
        'fr',
      ],
      [
        'Douze civils ont été tués dimanche à Dembo, un village souvent attaqué par les jihadistes du JNIM.',
        'fr',
      ],
      [
        'Twelve civilians were killed on Sunday in Dembo. No group claimed it, but the area is frequently targeted by Islamic State fighters.',
        'en',
      ],
    ] as const)
      expect(actors(t, lang), t).toEqual([]);
  });
  it("reads nouns and adjectives of habit too, and gives the second of a pair its first one's habit", () => {
    for (const [t, lang] of [
      [
        "Au moins 20 civils ont été tués dimanche près de Dembo par des hommes armés non identifiés. La région est le théâtre d'attaques du JNIM et de l'EI.",
        'fr',
      ],
      [
        'Au moins 20 civils ont été tués dimanche par des hommes armés près de Dembo. La zone est en proie aux attaques récurrentes de la katiba Macina.',
        'fr',
      ],
      [
        'At least 20 civilians were killed on Sunday when unidentified gunmen raided Dembo. The region has been plagued by attacks from JNIM and the Islamic State.',
        'en',
      ],
      [
        'At least 20 civilians were killed on Sunday when gunmen raided Dembo, a village that is the scene of frequent attacks by Islamic State fighters.',
        'en',
      ],
    ] as const)
      expect(actors(t, lang), t).toEqual([]);
  });
  it('still names the group whose habit is told after it, in a clause of its own', () => {
    expect(
      actors(
        'JNIM, which regularly attacks the area, claimed the killing of 12 civilians in Dembo on Sunday.',
      ),
    ).toEqual(['JNIM']);
    expect(
      actors(
        'Twelve civilians were killed in Dembo on Sunday by the Katiba Macina, which often raids the area.',
      ),
    ).toEqual(['JNIM']);
  });
});

describe('actors: a group that tells of strikes over an adverbial of contrast', () => {
  it('reads "a pour sa part dénoncé", "a de son côté affirmé", "has for its part said" as telling (group-speaker)', () => {
    for (const [t, lang] of [
      [
        "Les FAMa ont mené samedi des frappes à Tinessako. Le Front de libération de l'Azawad (FLA), coalition de groupes armés, a pour sa part dénoncé des frappes ayant tué huit civils.",
        'fr',
      ],
      [
        'Les FAMa ont mené samedi des frappes à Tinessako. Le FLA a de son côté affirmé que les frappes avaient tué huit civils.',
        'fr',
      ],
      [
        'Malian army drones struck Tinessako on Saturday. The FLA has for its part said the strikes killed eight civilians.',
        'en',
      ],
    ] as const)
      expect(actors(t, lang), t).toEqual(['FAMa']);
  });
});

describe('actors: state forces in the dock or in their own operation', () => {
  it('names the forces of a joint or military operation during which civilians were killed', () => {
    expect(
      actors(
        "Au moins 20 civils ont été tués lundi à Boni lors d'une opération conjointe des FAMa et d'Africa Corps, selon des habitants.",
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(
      actors(
        'At least 20 villagers were killed in Boni on Monday during a joint military operation of the Malian army.',
      ),
    ).toEqual(['FAMa']);
  });
  it('names the forces witnesses point the finger at ("pointent du doigt les militaires")', () => {
    expect(
      actors(
        'Une vingtaine de civils ont été exécutés lundi à Boni. Les témoins pointent du doigt les militaires maliens et les mercenaires de Wagner.',
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
    // Pointed at for a deed the sentence before does not tell: no actor.
    expect(
      actors(
        'Le marché de Boni a rouvert lundi. Les habitants pointent du doigt les militaires maliens.',
        'fr',
      ),
    ).toEqual([]);
  });
});

describe('actors: a state force telling its own deed where it said so', () => {
  it('names the army past "in a statement", "dans un communiqué", "sur sa page Facebook"', () => {
    for (const [t, lang] of [
      ['The Malian army said in a statement that it had killed 20 terrorists near Timbuktu.', 'en'],
      [
        'The Malian army announced in a statement on Facebook that its troops had killed 20 terrorists.',
        'en',
      ],
      [
        "L'armée malienne a annoncé dans un communiqué avoir neutralisé 20 terroristes près de Tombouctou.",
        'fr',
      ],
      ["L'armée malienne a indiqué sur sa page Facebook avoir neutralisé 20 terroristes.", 'fr'],
      // Over the quotation marks of the army's own word.
      ["L'armée malienne a affirmé jeudi avoir « neutralisé » une cinquantaine de terroristes.", 'fr'],
      ['The Malian army said on Thursday it had "neutralised" about 50 terrorists.', 'en'],
    ] as const)
      expect(actors(t, lang), t).toEqual(['FAMa']);
  });
  it('names the army whose subject tells its deed in the simple past ("said on Tuesday that it killed")', () => {
    for (const t of [
      'The Malian army said on Tuesday that it killed 20 terrorists near Timbuktu.',
      'The Malian army said in a statement that its troops killed 20 terrorists near Timbuktu.',
      'The Malian army said on Tuesday that they killed about 20 terrorists near Timbuktu.',
    ])
      expect(actors(t), t).toEqual(['FAMa']);
  });
  it('does not name the army that tells of its own men killed', () => {
    for (const t of [
      'The Malian army said in a statement that 12 soldiers were killed near Timbuktu on Tuesday.',
      'The Malian army said on Tuesday that soldiers killed in the ambush near Timbuktu were buried.',
    ])
      expect(actors(t), t).toEqual([]);
  });
});

describe('actors: the group a place fell to', () => {
  it('names the group whose hands a camp or a town fell into', () => {
    for (const [t, lang] of [
      [
        'Le camp militaire de Boni est tombé aux mains des jihadistes du JNIM dimanche. Des dizaines de soldats ont été tués.',
        'fr',
      ],
      [
        'Le camp militaire de Boni est tombé entre les mains du JNIM dimanche. Des dizaines de soldats ont été tués.',
        'fr',
      ],
      [
        'La ville de Boni, passée aux mains du JNIM dimanche, a été le théâtre de combats meurtriers. Douze soldats ont été tués.',
        'fr',
      ],
      [
        'The military camp in Boni fell into the hands of JNIM on Sunday. Dozens of soldiers were killed.',
        'en',
      ],
    ] as const)
      expect(read(t, lang).event.actors, t).toEqual(['JNIM']);
  });
  it('not the group whose hands a place is only said to be in', () => {
    const r = read(
      'Douze soldats ont été tués dimanche à Boni. La zone est entre les mains de jihadistes liés au JNIM depuis des années.',
      'fr',
    );
    expect(r.event.actors).toEqual([]);
  });
});

describe('actors: a state force that met the attack is its target', () => {
  it('not a force that came under attack or fire', () => {
    for (const t of [
      'Africa Corps came under attack by JNIM fighters near Boni on Sunday. At least 30 soldiers were killed.',
      'The Malian army and its Russian allies from Africa Corps came under attack by JNIM fighters near Boni on Sunday. At least 30 soldiers were killed.',
    ])
      expect(read(t).event.actors, t).toEqual(['JNIM']);
    expect(
      read('Malian troops came under fire near Boni on Sunday. At least 30 soldiers were killed.').event
        .actors,
    ).toEqual([]);
  });
  it('not the second of a pair whose first was the target', () => {
    for (const [t, lang] of [
      [
        'JNIM said its fighters ambushed a convoy of the Malian army and Africa Corps near Boni, killing 30 soldiers.',
        'en',
      ],
      [
        "Le JNIM a tendu une embuscade à un convoi des FAMa et d'Africa Corps près de Boni, tuant 30 soldats.",
        'fr',
      ],
    ] as const)
      expect(read(t, lang).event.actors, t).toEqual(['JNIM']);
  });
  it('still both forces of a pair that killed', () => {
    expect(
      read('Malian soldiers and Wagner fighters killed 30 civilians near Boni on Sunday.').event.actors,
    ).toEqual(['FAMa', 'Africa Corps']);
  });
});

describe('actors: a force that entered a village by force', () => {
  it('"ont investi", "encerclé", "encircled" make the forces the actors', () => {
    for (const [t, lang] of [
      [
        'Mardi, des soldats maliens et des mercenaires russes ont investi le hameau de Toula, où au moins 15 villageois ont été tués, selon des témoins.',
        'fr',
      ],
      [
        'Des militaires maliens et des paramilitaires russes ont encerclé mardi le hameau de Toula avant de tuer au moins 15 villageois, selon des témoins.',
        'fr',
      ],
      [
        'Malian troops and Russian mercenaries encircled the hamlet of Toula on Tuesday and killed at least 15 villagers, witnesses said.',
        'en',
      ],
    ] as const)
      expect(read(t, lang).event.actors, t).toEqual(['FAMa', 'Africa Corps']);
  });
  it('not a force that was encircled', () => {
    const r = read(
      "Des soldats maliens ont été encerclés mardi par des jihadistes du JNIM près de Toula ; au moins 15 d'entre eux ont été tués.",
      'fr',
    );
    expect(r.event.actors).toEqual(['JNIM']);
  });
});

describe('actors: a force that opened fire', () => {
  it('"ont ouvert le feu", "opened fire", "ont tiré sur" make the force the actor', () => {
    for (const [t, lang] of [
      ['Des militaires maliens ont ouvert le feu sur un marché de Toula, tuant 9 civils.', 'fr'],
      [
        'Neuf civils ont été tués lundi à Toula lorsque des soldats maliens ont ouvert le feu sur la foule.',
        'fr',
      ],
      ['Des éléments des FAMa ont tiré sur des civils à Toula, faisant neuf morts.', 'fr'],
      ['Malian soldiers opened fire on a crowd in Toula on Monday, killing nine people.', 'en'],
      ['Nine civilians died when Malian troops opened fire on a market in Toula.', 'en'],
    ] as const)
      expect(read(t, lang).event.actors, t).toEqual(['FAMa']);
  });
  it('not a force that opened an inquiry, nor one that came under fire', () => {
    expect(
      read(
        'Les FAMa ont ouvert une enquête après la mort de 9 civils à Toula, tués par des hommes armés.',
        'fr',
      ).event.actors,
    ).toEqual([]);
    expect(
      read('Malian soldiers came under fire near Toula on Monday; nine were killed.', 'en').event.actors,
    ).toEqual([]);
  });
});

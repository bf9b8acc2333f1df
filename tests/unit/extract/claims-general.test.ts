import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

describe('claims (EN): foreign fighters, complements, burning', () => {
  it('reads "Wagner fighters" and "Russian paramilitaries" as foreign forces', () => {
    const r = read(
      'Five Wagner fighters and eight Malian soldiers died when their convoy struck a mine near Tessit on Sunday, a military source said.',
    );
    expect(brief(r.claims)).toEqual([
      'killed/foreign_forces 5-5 security_source',
      'killed/soldiers 8-8 security_source',
    ]);
  });
  it('steps over a short complement between the noun and its participle', () => {
    const r = read(
      'About 14 Russian paramilitaries of the Africa Corps were killed in clashes near Aguelhok on Friday, according to the rebels.',
    );
    expect(brief(r.claims)).toEqual(['killed/foreign_forces 14-14 armed_group']);
  });
  it('reads "burning N tankers" as vehicles destroyed', () => {
    const r = read(
      'The gunmen stopped the convoy near Kolokani on Tuesday, burning 17 tankers, residents said.',
    );
    expect(brief(r.claims)).toEqual(['destroyed/vehicles 17-17 local']);
  });
});

describe('claims (FR): losses owned by a side, feminine participles, revisions', () => {
  it('reads "avoir perdu" and "la perte de" as soldiers killed', () => {
    const r = read(
      "L'armée dit avoir perdu quatre soldats et reconnaît la perte de deux gendarmes dans l'attaque de Macina mercredi.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 4-4 official', 'killed/soldiers 2-2 official']);
  });
  it('gives "perdu N des leurs" the side named before the verb', () => {
    const r = read(
      "Après l'attaque de Ségué jeudi, les chasseurs dozos disent avoir perdu 09 des leurs, selon un notable.",
      'fr',
    );
    // The hunters say it ("disent"); the notable only relays what they say.
    expect(brief(r.claims)).toEqual(['killed/militia 9-9 armed_group']);
  });
  it('gives the losses of "ils" / "they" the side the sentence before names first', () => {
    expect(
      brief(
        read(
          'Lundi, des jihadistes ont attaqué le camp de Boni. Ils ont perdu douze hommes dans les combats.',
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/militants 12-12 unattributed']);
    expect(
      brief(
        read('On Monday, jihadists attacked the camp in Boni. They lost twelve men in the fighting.').claims,
      ),
    ).toEqual(['killed/militants 12-12 unattributed']);
    expect(
      brief(
        read('Lundi, les soldats ont repoussé une attaque à Boni. Ils ont perdu trois hommes.', 'fr').claims,
      ),
    ).toEqual(['killed/soldiers 3-3 unattributed']);
    // A group or a force by its name; "elles" for the FAMa.
    expect(
      brief(read('Lundi, le JNIM a attaqué le camp de Boni. Ils ont perdu douze hommes.', 'fr').claims),
    ).toEqual(['killed/militants 12-12 unattributed']);
    expect(
      brief(
        read('Lundi, les FAMa ont repoussé une attaque à Boni. Elles ont perdu trois hommes.', 'fr').claims,
      ),
    ).toEqual(['killed/soldiers 3-3 unattributed']);
    // With no side named before, the men are no one's.
    expect(brief(read('On Monday, an attack hit Boni. They lost twelve men.').claims)).toEqual([
      'killed/people 12-12 unattributed',
    ]);
  });
  it('gives fighters of no side named after "lost" the side of the one that lost them', () => {
    expect(brief(read('Wagner lost dozens of fighters in the battle of Tinzaouaten.').claims)).toEqual([
      'killed/foreign_forces 24-null unattributed',
    ]);
    expect(
      brief(
        read('Wagner a perdu une vingtaine de combattants dans la bataille de Tinzaouaten.', 'fr').claims,
      ),
    ).toEqual(['killed/foreign_forces 20-20 unattributed']);
    expect(
      brief(read('Le JNIM a perdu une vingtaine de combattants dans la bataille de Boni.', 'fr').claims),
    ).toEqual(['killed/militants 20-20 unattributed']);
  });
  it('reaches the head noun over two modifiers before it ("12 unarmed Fulani herders")', () => {
    expect(brief(read('In the attack on Boni, gunmen killed 12 unarmed Fulani herders.').claims)).toEqual([
      'killed/civilians 12-12 unattributed',
    ]);
    expect(
      brief(read("Lors de l'attaque de Boni, 19 paisibles citoyens ont été tués.", 'fr').claims),
    ).toEqual(['killed/civilians 19-19 unattributed']);
    // Two unknown words with no head after them end the phrase.
    expect(brief(read('In the attack on Boni, gunmen killed 12 near Douentza.').claims)).toEqual([
      'killed/people 12-12 unattributed',
    ]);
  });
  it('reaches the predicate over a complement whose noun the lexicon does not know ("20 passagers d\'un car")', () => {
    expect(
      brief(read("Lors de l'attaque de Boni, 20 passagers d'un car ont été tués.", 'fr').claims),
    ).toEqual(['killed/civilians 20-20 unattributed']);
    expect(
      brief(read("Lors de l'attaque de Boni, 20 passagers d'un bus ont été blessés.", 'fr').claims),
    ).toEqual(['wounded/civilians 20-20 unattributed']);
  });
  it('reads a community named as the head of a toll as civilians ("20 Peuls", "12 Fulani")', () => {
    expect(brief(read("Lors de l'attaque de Boni, 20 Peuls ont été tués.", 'fr').claims)).toEqual([
      'killed/civilians 20-20 unattributed',
    ]);
    expect(brief(read('In the attack on Boni, 12 Fulani were killed.').claims)).toEqual([
      'killed/civilians 12-12 unattributed',
    ]);
    // Beside another person noun, the community only qualifies it.
    expect(brief(read("Lors de l'attaque de Boni, 12 jihadistes peuls ont été tués.", 'fr').claims)).toEqual([
      'killed/militants 12-12 unattributed',
    ]);
    expect(brief(read('In the attack on Boni, 20 Dozo hunters were killed.').claims)).toEqual([
      'killed/militia 20-20 unattributed',
    ]);
  });
  it('reads "portées disparues" and "armes de guerre"', () => {
    const r = read(
      'Lundi à Dioro, six femmes sont portées disparues et quatre armes de guerre ont été saisies par les assaillants, selon des habitants.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['missing/civilians 6-6 local', 'seized/weapons 4-4 local']);
  });
  it('keeps the superseded figure of "le bilan est passé de 8 à 15 morts"', () => {
    const r = read(
      "Le bilan de l'attaque de samedi contre la foire de Dioura est passé de 8 à 15 morts, selon le préfet.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/people 8-8 local earlier', 'killed/people 15-15 local']);
  });
});

describe('claims: long revised-toll sentences, militia claimants, period totals', () => {
  it('finds the kind of "the death toll … has risen from X to Y" far back in the sentence', () => {
    const r = read(
      'The death toll from Saturday’s raid on the weekly market of Boura in the Sikasso region of southern Mali has risen from 11 to 26, the mayor said.',
    );
    expect(brief(r.claims)).toEqual(['killed/people 11-11 local earlier', 'killed/people 26-26 local']);
  });
  it('reads a militia that "lost N of their men" as its own claim about militia', () => {
    const r = read('Dozo hunters said they lost 11 of their men in the attack on Ogossagou on Monday.');
    expect(brief(r.claims)).toEqual(['killed/militia 11-11 armed_group']);
  });
  it('puts a total "between January and August" in the background', () => {
    const r = read(
      'Gunmen killed 6 herders near Nara on 3 September 2025, residents said. Between January and August, the monitor counted more than 900 deaths in the region.',
      'en',
      '2025-09-05',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 6-6 local']);
    expect(r.background.map((c) => c.min)).toEqual([901]);
  });
});

describe('killings by state forces, French past participles', () => {
  it('reads an execution of villagers as the main event and names the state forces as actors', () => {
    const r = read(
      'Wagner fighters summarily executed 17 herders in the village of Sankoré on Tuesday, survivors said.',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 17-17 local']);
    expect(r.event.actors).toEqual(['Africa Corps']);
  });
  it('reads "ont exécuté", "ont enlevé", "emporté", "incendiant"', () => {
    const r = read(
      'Des soldats maliens ont exécuté 8 bergers à Kérena mardi, selon des témoins. Les jours suivants, des hommes armés ont enlevé 20 passagers, emportant 3 camions et incendiant 5 motos.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/civilians 8-8 local',
      'captured/civilians 20-20 local',
      'seized/vehicles 3-3 local',
      'destroyed/motorcycles 5-5 local',
    ]);
    expect(r.event.actors).toEqual(['FAMa']);
  });
});

describe('communiqués, side lists, earlier tolls, livestock', () => {
  it('keeps "côté ami, N morts et N blessés ;" on the army side and credits a page titled as a communiqué', () => {
    const r = read(
      'COMMUNIQUÉ DU GOUVERNEMENT\n\nLe 3 mai 2024, une patrouille a été attaquée près de Nampala. Bilan : côté ami, 04 morts et 06 blessés ; côté ennemi, 11 terroristes neutralisés.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 4-4 official',
      'wounded/soldiers 6-6 official',
      'killed/militants 11-11 official',
    ]);
  });
  it('marks "the toll was earlier put at" and "un premier bilan" as earlier tolls', () => {
    const en = read(
      'Militants killed 14 guards in an attack on a prison in Kita on Thursday, the ministry said. The toll was earlier put at eight dead.',
    );
    expect(brief(en.claims)).toEqual([
      'killed/soldiers 14-14 official',
      'killed/soldiers 8-8 official earlier',
    ]);
    const fr = read(
      "Le bilan de l'attaque de jeudi contre Kita s'élève à 14 morts, selon le maire. Un premier bilan évoquait 9 morts.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/people 14-14 local', 'killed/people 9-9 local earlier']);
  });
  it('marks "had earlier given", "avait d\'abord", "dans un premier temps" as earlier tolls', () => {
    const en = read(
      'Forty-two soldiers were killed on Sunday near Tessit, the government said. The army had earlier given a provisional toll of 17 soldiers killed.',
    );
    expect(brief(en.claims)).toEqual([
      'killed/soldiers 42-42 official',
      'killed/soldiers 17-17 official earlier',
    ]);
    for (const t of [
      "Quarante-deux soldats ont été tués dimanche près de Tessit, selon le gouvernement. L'armée avait d'abord donné un bilan de 17 soldats tués.",
      "Quarante-deux soldats ont été tués dimanche près de Tessit, selon le gouvernement. Dans un premier temps, l'armée avait annoncé 17 soldats tués.",
    ])
      expect(brief(read(t, 'fr').claims), t).toEqual([
        'killed/soldiers 42-42 official',
        'killed/soldiers 17-17 official earlier',
      ]);
  });
  it('marks the figure an earlier toll is cited for, not the ones after it ("15 morts selon un premier bilan, puis 27")', () => {
    const fr = read(
      "L'attaque de Kita a fait 15 morts selon un premier bilan, puis 27 selon un nouveau bilan communiqué dans la soirée.",
      'fr',
    ).claims;
    expect(fr.map((c) => `${c.min} ${c.earlier ? 'earlier' : 'latest'}`)).toEqual([
      '15 earlier',
      '27 latest',
    ]);
    const en = read(
      'The attack on Kita killed 15 people according to an initial toll. The army later said 27 died.',
    ).claims;
    expect(en.map((c) => `${c.min} ${c.earlier ? 'earlier' : 'latest'}`)).toEqual([
      '15 earlier',
      '27 latest',
    ]);
  });
  it('does not count livestock as persons', () => {
    const r = read(
      "Lors de l'attaque de lundi à Kolongo, les assaillants ont tué 3 bergers et emporté une centaine de boeufs, selon des habitants.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 3-3 local']);
    const en = read(
      'The attackers killed two shepherds and stole 120 cows in the raid on Monday, residents said.',
    );
    expect(brief(en.claims)).toEqual(['killed/civilians 2-2 local']);
  });
});

describe('"among the dead", "taken prisoner", a total around its breakdown', () => {
  it('reads "among the dead were N" and "N … were among the dead"', () => {
    const r = read(
      'Gunmen stormed the fair at Sirakoro on Friday. Among the dead were 6 gendarmes, a military source said. Nine traders were among the victims, residents said.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 6-6 security_source', 'killed/civilians 9-9 local']);
  });
  it('reads "parmi les morts figurent N" and "N … figurent parmi les victimes"', () => {
    const r = read(
      "L'attaque de vendredi à Sirakoro a fait des victimes. Parmi les morts figurent 6 gendarmes, selon une source militaire.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 6-6 security_source']);
  });
  it('reads "had taken N soldiers prisoner"', () => {
    const r = read('The group said it had taken 14 soldiers prisoner in the attack on Léré on Monday.');
    expect(brief(r.claims)).toEqual(['captured/soldiers 14-14 armed_group']);
  });
  it('gives a total the predicate after its breakdown aside', () => {
    const r = read(
      'Residents said 13 civilians, including five children, were killed in the raid on Monday.',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 13-13 local', 'killed/civilians 5-5 local']);
    const fr = read(
      "Selon des habitants, quatorze personnes, dont trois soldats, ont été tuées lors de l'attaque de lundi.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/people 14-14 local', 'killed/soldiers 3-3 local']);
  });
  it('reads a breakdown after "soit" / "namely" ("64 morts, soit 49 civils et 15 militaires")', () => {
    const fr = read("L'attaque de Boni, au Mali, a fait 64 morts, soit 49 civils et 15 militaires.", 'fr');
    expect(brief(fr.claims)).toEqual([
      'killed/people 64-64 unattributed',
      'killed/civilians 49-49 unattributed',
      'killed/soldiers 15-15 unattributed',
    ]);
    const en = read('The attack on Boni, Mali, left 64 dead, namely 49 civilians and 15 soldiers.');
    expect(brief(en.claims)).toEqual([
      'killed/people 64-64 unattributed',
      'killed/civilians 49-49 unattributed',
      'killed/soldiers 15-15 unattributed',
    ]);
  });
  it('gives a total the predicate after a breakdown of several items ("dont 5 femmes et 3 enfants,")', () => {
    const fr = read('Près de Boni lundi, 12 civils, dont 5 femmes et 3 enfants, ont été tués.', 'fr');
    expect(brief(fr.claims)).toEqual([
      'killed/civilians 12-12 unattributed',
      'killed/civilians 5-5 unattributed',
      'killed/civilians 3-3 unattributed',
    ]);
    const en = read(
      'In the attack near Boni on Monday, 12 civilians, including 5 women and 3 children, were wounded.',
    );
    expect(brief(en.claims)).toEqual([
      'wounded/civilians 12-12 unattributed',
      'wounded/civilians 5-5 unattributed',
      'wounded/civilians 3-3 unattributed',
    ]);
  });
  it('reaches the predicate past a breakdown naming a people ("including seven Mauritanians,")', () => {
    const en = read('In Boni, 12 civilians, including seven Mauritanians, were reportedly killed on Monday.');
    expect(brief(en.claims)).toEqual([
      'killed/civilians 12-12 unattributed',
      'killed/civilians 7-7 unattributed',
    ]);
    const fr = read('À Boni, 12 civils, dont sept Nigériens, ont été exécutés lundi.', 'fr');
    expect(brief(fr.claims)).toEqual([
      'killed/civilians 12-12 unattributed',
      'killed/civilians 7-7 unattributed',
    ]);
  });
  it('reads persons "non armés" as civilians, and reaches their predicate', () => {
    const r = read('Près de Boni lundi, 12 personnes non armées ont été tuées.', 'fr');
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 unattributed']);
    const after = read('Près de Boni lundi, des hommes armés ont tué 12 villageois peuls non armés.', 'fr');
    expect(brief(after.claims)).toEqual(['killed/civilians 12-12 unattributed']);
  });
});

describe('burials and compound vehicle nouns', () => {
  it('reads "nous avons enterré N corps" and "we buried N people" as killed', () => {
    const fr = read(
      "« Nous avons enterré 23 corps après l'attaque de mardi », a déclaré un élu de Mondoro.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/people 23-23 local']);
    const en = read('"We buried 23 people after the attack on Tuesday," a village chief said.');
    expect(brief(en.claims)).toEqual(['killed/people 23-23 local']);
  });
  it('reads "camions-citernes" as vehicles', () => {
    const r = read(
      "Lors de l'attaque de vendredi près de Kayes, six camions-citernes ont été incendiés, selon une source militaire.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['destroyed/vehicles 6-6 security_source']);
  });
});

describe('"put the toll at" as a claimant verb', () => {
  it('credits "the army put its losses at" to the army, not to the group quoted before', () => {
    const r = read(
      'The rebels said they had killed 60 soldiers in the attack on Ber on Monday, while the army put its losses at 7 dead and 12 wounded.',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 60-60 armed_group',
      'killed/soldiers 7-7 official',
      'wounded/soldiers 12-12 official',
    ]);
  });
  it('credits any verb that sets a toll to its subject, in French and English', () => {
    const one = (t: string, lang: 'fr' | 'en') => brief(read(t, lang).claims);
    expect(one("Le gouvernement a porté le bilan de l'attaque de Nara à 31 morts.", 'fr')).toEqual([
      'killed/people 31-31 official',
    ]);
    expect(one("L'armée a revu à la hausse le bilan de l'attaque de Nara : 31 morts.", 'fr')).toEqual([
      'killed/people 31-31 official',
    ]);
    expect(
      one("Les autorités ont finalement établi le bilan de l'embuscade de Nara à 9 blessés.", 'fr'),
    ).toEqual(['wounded/people 9-9 official']);
    expect(one('The army raised the death toll from the attack on Nara to 31.', 'en')).toEqual([
      'killed/people 31-31 official',
    ]);
  });
  it('does not read a toll-setting verb with no toll as speech', () => {
    const r = read(
      "Deux soldats ont été portés disparus après l'attaque de Nara, selon des habitants.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['missing/soldiers 2-2 local']);
  });
  it('does not read "put the village to the torch" as speech', () => {
    const r = read('The gunmen put the village to the torch on Monday, killing 12 people, residents said.');
    expect(brief(r.claims)).toEqual(['killed/people 12-12 local']);
  });
});

describe('foreign civilians and the police as claimant', () => {
  it('reads kidnapped nationals as civilians and "police said" as official', () => {
    const r = read('Gunmen abducted four Turkish nationals at a quarry near Kati on Monday, police said.');
    expect(brief(r.claims)).toEqual(['captured/civilians 4-4 official']);
    const fr = read(
      "Deux ressortissants indiens ont été enlevés lundi lors de l'attaque d'une usine près de Kayes, selon la police.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['captured/civilians 2-2 official']);
  });
});

describe('abbreviated months', () => {
  it('reads "on Sept. 3" and "on Aug. 3" without splitting the sentence', () => {
    const r = read(
      'At least 9 soldiers were killed on Sept. 3 when their convoy hit a mine near Ansongo.',
      'en',
      '2025-09-10',
    );
    expect(r.event.date).toBe('2025-09-03');
    expect(brief(r.claims)).toEqual(['killed/soldiers 9-null unattributed']);
    expect(
      read('Gunmen killed 4 traders near Kati on Aug. 28, residents said.', 'en', '2025-09-02').event.date,
    ).toBe('2025-08-28');
  });
  it('still reads French "sept" as seven', () => {
    const r = read(
      "Sept soldats ont été tués le 3 sept. 2025 lors de l'attaque de Tessit.",
      'fr',
      '2025-09-10',
    );
    expect(r.event.date).toBe('2025-09-03');
    expect(brief(r.claims)).toEqual(['killed/soldiers 7-7 unattributed']);
  });
});

describe('things listed after "dont" / "including" take the verb before the lot', () => {
  it('reads "récupéré un lot de matériel dont N fusils et N motos"', () => {
    const r = read(
      "Lors de l'attaque de jeudi, les FAMa ont récupéré à Diré un important lot de matériel dont 06 fusils et 09 motos.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 6-6 unattributed',
      'seized/motorcycles 9-9 unattributed',
    ]);
  });
  it('reads "seized equipment, including N rifles and N motorcycles"', () => {
    const r = read(
      'The army said it repelled the attack on Diré on Thursday and seized equipment, including 6 rifles and 9 motorcycles.',
    );
    expect(brief(r.claims)).toEqual(['seized/weapons 6-6 official', 'seized/motorcycles 9-9 official']);
  });
});

describe('model names are not counts', () => {
  it('does not read the 47 of "AK-47" or the 24 of "Mi-24" as a figure', () => {
    const fr = read(
      "Lors de l'attaque de lundi à Kona, 05 fusils AK-47 et 03 motos ont été saisis et un hélicoptère Mi-24 a été touché.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'seized/weapons 5-5 unattributed',
      'seized/motorcycles 3-3 unattributed',
    ]);
    const en = read(
      'In the attack on Kona on Monday, 5 AK-47 rifles were seized and eleven soldiers were killed.',
    );
    expect(brief(en.claims)).toEqual([
      'seized/weapons 5-5 unattributed',
      'killed/soldiers 11-11 unattributed',
    ]);
  });
  it('reads a foreign force named inside or after the noun phrase as foreign forces', () => {
    const fr: Array<[string, string]> = [
      [
        "Deux soldats de la Minusma ont été tués lors de l'attaque de Kidal.",
        'killed/foreign_forces 2-2 unattributed',
      ],
      [
        "Deux soldats de l'opération Barkhane ont été tués lors de l'attaque de Kidal.",
        'killed/foreign_forces 2-2 unattributed',
      ],
      [
        "Deux éléments de la Minusma ont été tués lors de l'attaque de Kidal.",
        'killed/foreign_forces 2-2 unattributed',
      ],
      ["Lors de l'attaque de Kidal, un casque bleu a été tué.", 'killed/foreign_forces 1-1 unattributed'],
      ['Deux soldats de la garde nationale ont été tués à Kidal.', 'killed/soldiers 2-2 unattributed'],
      [
        "Deux personnes de nationalité française ont été tuées lors de l'attaque de Kidal.",
        'killed/people 2-2 unattributed',
      ],
    ];
    for (const [text, want] of fr) expect(brief(read(text, 'fr').claims)).toEqual([want]);
    const en: Array<[string, string]> = [
      [
        'Three United Nations peacekeepers were killed in the attack on Kidal.',
        'killed/foreign_forces 3-3 unattributed',
      ],
      [
        'Two soldiers of the UN mission were killed in the attack on Kidal.',
        'killed/foreign_forces 2-2 unattributed',
      ],
      [
        'Three Africa Corps soldiers died in the ambush near Kidal.',
        'killed/foreign_forces 3-3 unattributed',
      ],
    ];
    for (const [text, want] of en) expect(brief(read(text, 'en').claims)).toEqual([want]);
  });
  it('reads men under arms as fighters, and "armes" after a number as weapons', () => {
    const cases: Array<[string, string, string]> = [
      [
        "Lors de l'attaque de Boni, trois hommes armés ont été tués.",
        'fr',
        'killed/militants 3-3 unattributed',
      ],
      [
        "Lors de l'attaque de Boni, 5 individus armés ont été abattus.",
        'fr',
        'killed/militants 5-5 unattributed',
      ],
      ['Three armed men were killed in the attack on Boni.', 'en', 'killed/militants 3-3 unattributed'],
      [
        "Lors de l'attaque de Boni, les assaillants ont emporté 12 armes.",
        'fr',
        'seized/weapons 12-12 unattributed',
      ],
    ];
    for (const [text, lang, want] of cases) expect(brief(read(text, lang).claims)).toEqual([want]);
  });
});

describe('claims: Russians in a toll are Wagner’s or Africa Corps’ men', () => {
  it('reads "20 Russes" and "20 Russians" as foreign forces, not other nationals', () => {
    expect(
      brief(read("Au moins 20 Russes ont été tués lors de l'attaque de Tinzaouatène.", 'fr').claims),
    ).toEqual(['killed/foreign_forces 20-null unattributed']);
    expect(
      brief(read('At least 20 Russians were killed in the attack near Tinzaouaten.', 'en').claims),
    ).toEqual(['killed/foreign_forces 20-null unattributed']);
    expect(
      brief(read("Trois Chinois ont été enlevés lors de l'attaque de la mine de Kéniéba.", 'fr').claims),
    ).toEqual(['captured/people 3-3 unattributed']);
  });
  it('reads "wagnériens", Wagner\'s men by the group\'s name, as foreign forces', () => {
    expect(
      brief(
        read("Lors de l'embuscade de Tinzaouatène, une vingtaine de wagnériens ont été tués.", 'fr').claims,
      ),
    ).toEqual(['killed/foreign_forces 20-20 unattributed']);
    expect(
      brief(read("Lors de l'embuscade de Tinzaouatène, un Wagnérien a été capturé.", 'fr').claims),
    ).toEqual(['captured/foreign_forces 1-1 unattributed']);
  });
});

describe('claims: a copula after the toll names its side', () => {
  it('reads "eight of those killed were herders", "huit des personnes tuées à Boni étaient des bergers"', () => {
    const en = read(
      'French jets killed about 15 jihadists near Boni on Sunday, the French army said. Two villagers said eight of those killed were herders.',
    );
    expect(brief(en.claims)).toEqual(['killed/militants 15-15 official', 'killed/civilians 8-8 local']);
    const fr = read('Selon des habitants, huit des personnes tuées à Boni étaient des bergers.', 'fr');
    expect(brief(fr.claims)).toEqual(['killed/civilians 8-8 local']);
    const mostly = read('Twelve people killed in Boni on Monday were mostly traders.');
    expect(brief(mostly.claims)).toEqual(['killed/civilians 12-12 unattributed']);
  });
  it('leaves a toll whose copula names no side', () => {
    const r = read('Twelve people killed in Boni were buried on Monday.');
    expect(brief(r.claims)).toEqual(['killed/people 12-12 unattributed']);
  });
});

describe('claims: an apposition that names the side of the whole toll', () => {
  it('reads "tous des civils", "all of them civilians", "all of whom were soldiers"', () => {
    expect(brief(read("L'attaque de Boni a fait 12 morts, tous des civils.", 'fr').claims)).toEqual([
      'killed/civilians 12-12 unattributed',
    ]);
    expect(brief(read("L'embuscade de Boni a fait 7 blessés, toutes des femmes.", 'fr').claims)).toEqual([
      'wounded/civilians 7-7 unattributed',
    ]);
    expect(brief(read('The attack on Boni left 12 dead, all of them civilians.', 'en').claims)).toEqual([
      'killed/civilians 12-12 unattributed',
    ]);
    expect(
      brief(read('The attack on Boni killed 9 people, all of whom were soldiers.', 'en').claims),
    ).toEqual(['killed/soldiers 9-9 unattributed']);
  });
  it('lends it to the tolls coordinated before it ("12 morts et 20 blessés, tous civils")', () => {
    expect(
      brief(read("L'attaque du marché de Boni a fait 12 morts et 20 blessés, tous civils.", 'fr').claims),
    ).toEqual(['killed/civilians 12-12 unattributed', 'wounded/civilians 20-20 unattributed']);
    expect(
      brief(
        read('The attack on the market in Boni left 12 dead and 20 wounded, all of them civilians.').claims,
      ),
    ).toEqual(['killed/civilians 12-12 unattributed', 'wounded/civilians 20-20 unattributed']);
    expect(
      brief(
        read("L'embuscade de Boni a fait 3 morts, 5 blessés et 2 disparus, tous des militaires.", 'fr')
          .claims,
      ),
    ).toEqual([
      'killed/soldiers 3-3 unattributed',
      'wounded/soldiers 5-5 unattributed',
      'missing/soldiers 2-2 unattributed',
    ]);
    // Each toll with its own verb: "killed 12 and wounded 20", "a tué 12 personnes et en a blessé 20".
    expect(
      brief(read('On Monday in Boni, the attack killed 12 and wounded 20, all of them civilians.').claims),
    ).toEqual(['killed/civilians 12-12 unattributed', 'wounded/civilians 20-20 unattributed']);
    expect(
      brief(
        read("Lundi à Boni, l'attaque a tué 12 personnes et en a blessé 20, toutes civiles.", 'fr').claims,
      ),
    ).toEqual(['killed/civilians 12-12 unattributed', 'wounded/civilians 20-20 unattributed']);
    // A toll with its own side keeps it.
    expect(
      brief(read("L'attaque de Boni a fait 4 soldats tués et 20 blessés, tous civils.", 'fr').claims),
    ).toEqual(['killed/soldiers 4-4 unattributed', 'wounded/civilians 20-20 unattributed']);
  });
  it('reads it set in commas before the predicate ("20 people, all soldiers, were killed")', () => {
    expect(brief(read('On Monday in Boni, 20 people, all soldiers, were killed.').claims)).toEqual([
      'killed/soldiers 20-20 unattributed',
    ]);
    expect(brief(read('Lundi à Boni, 20 personnes, toutes des civils, ont été tuées.', 'fr').claims)).toEqual(
      ['killed/civilians 20-20 unattributed'],
    );
    // "most of them" says no side for the whole toll.
    expect(brief(read('On Monday in Boni, 20 people, most of them soldiers, were killed.').claims)).toEqual([
      'killed/people 20-20 unattributed',
    ]);
  });
  it('reads it past words of time or place after the toll ("26 morts lundi, tous des civils")', () => {
    expect(brief(read("L'attaque de Boni a fait 26 morts lundi, tous des civils.", 'fr').claims)).toEqual([
      'killed/civilians 26-26 unattributed',
    ]);
    expect(
      brief(read('The attack killed 26 people in Boni on Monday, all of them civilians.', 'en').claims),
    ).toEqual(['killed/civilians 26-26 unattributed']);
    expect(brief(read("L'attaque a fait 9 blessés à Boni, toutes des femmes.", 'fr').claims)).toEqual([
      'wounded/civilians 9-9 unattributed',
    ]);
  });
  it('leaves "mostly" alone: the toll is not all of one side', () => {
    expect(brief(read("L'attaque de Boni a fait 12 morts, en majorité des civils.", 'fr').claims)).toEqual([
      'killed/people 12-12 unattributed',
    ]);
  });
});

describe('persons the schema does not count', () => {
  it('reads no toll in survivors, the displaced or refugees, also after a toll they follow', () => {
    const r = read(
      "Lors de l'attaque de Boni, cinq gendarmes ont été blessés et soixante rescapés ont été évacués, selon l'armée.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['wounded/soldiers 5-5 official']);
    const en = read('Twelve villagers were killed in the attack on Boni and 2,000 displaced fled to Mopti.');
    expect(brief(en.claims)).toEqual(['killed/civilians 12-12 unattributed']);
  });
});

describe('a counter-claim by a bare number', () => {
  it('counts what the toll it is set against counts ("le JNIM en revendique 40", "the group claimed 40")', () => {
    const fr = read(
      "Après l'attaque de Boni, l'armée parle de 12 soldats tués, le JNIM en revendique 40.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 official', 'killed/soldiers 40-40 armed_group']);
    const en = read(
      'The Malian army said 12 soldiers were killed in the attack on Boni, while the group claimed 40.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 official', 'killed/soldiers 40-40 armed_group']);
  });
  it('reads no figure in a bare number after another verb', () => {
    const r = read(
      "Après l'attaque de Boni, l'armée parle de 12 soldats tués, le JNIM en compte 40 de plus à Dioura.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
});

describe('members of a force named in a complement', () => {
  it('reads "12 members of the Malian military" as soldiers, "members of JNIM" as militants', () => {
    const r = read('JNIM said it killed 12 members of the Malian military in Boni.');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 armed_group']);
    const g = read('Twelve members of JNIM were killed in an army raid near Boni.');
    expect(brief(g.claims)).toEqual(['killed/militants 12-12 unattributed']);
  });
});

describe('claims: a toll broken down by rank within one side', () => {
  it('keeps the total and not its part by rank ("dont un officier", "including three officers")', () => {
    const fr = read("Lors de l'attaque de Boni, 12 militaires, dont un officier, ont été tués.", 'fr');
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const en = read('In the attack on Boni, 12 soldiers, including three officers, were killed.');
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
  it('keeps a breakdown by side, and the part of a running total', () => {
    const sides = read(
      "Lors de l'attaque de Boni, le bilan est de 12 morts, dont 9 soldats et 3 civils.",
      'fr',
    );
    expect(brief(sides.claims)).toEqual([
      'killed/people 12-12 unattributed',
      'killed/soldiers 9-9 unattributed',
      'killed/civilians 3-3 unattributed',
    ]);
    const total = read(
      'Armed groups have killed hundreds of soldiers, including 27 soldiers during an attack on Boni last week.',
    );
    expect(brief([...total.claims, ...total.background])).toContain('killed/soldiers 27-27 unattributed');
  });
});

describe('claims: persons and things joined by "et" are two phrases', () => {
  it('keeps the persons killed apart from "leurs équipements" after them', () => {
    const r = read("Lors de l'attaque de Boni, l'armée a tué 15 combattants et leurs équipements.", 'fr');
    expect(brief(r.claims)).toEqual(['killed/militants 15-15 unattributed']);
    const en = read('Near Boni, troops seized 12 motorcycles and their riders.');
    expect(brief(en.claims)).toEqual(['seized/motorcycles 12-12 unattributed']);
  });
  it('still reads persons of one class joined by "et" as one phrase', () => {
    const r = read("Lors de l'attaque de Boni, 12 femmes et enfants ont été tués.", 'fr');
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 unattributed']);
  });
});

describe('a coordinated figure with a predicate of its own takes no kind from the figure before', () => {
  it('reads no toll in "et 5 ont réussi à s\'échapper", "et 5 se sont rendus", "and 20 others fled"', () => {
    expect(
      brief(
        read(
          "Au Mali, lors de l'attaque de Boni, 12 soldats ont été tués et 5 ont réussi à s'échapper.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(
      brief(
        read(
          "Au Mali, lors de l'attaque de Boni, 12 terroristes ont été neutralisés et 5 se sont rendus.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/militants 12-12 unattributed']);
    expect(
      brief(read('In Mali, 12 soldiers were killed in the attack on Boni and 20 others fled.').claims),
    ).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(
      brief(
        read('In Mali, the army said 12 militants died and 5 surrendered after the attack on Boni.').claims,
      ),
    ).toEqual(['killed/militants 12-12 official']);
  });
  it('reads no toll for an item whose own verb follows its noun ("et 3 civils en ont réchappé", "and 3 civilians escaped")', () => {
    const fr = read(
      "Lors de l'attaque de Boni, au Mali, 12 soldats ont été tués et 3 civils en ont réchappé.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const en = read('In the attack on Boni, Mali, 12 soldiers were killed and 3 civilians escaped.');
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    // Its own participle of harm is a toll: "et 3 civils blessés"; "de même que 3 civils" shares the verb.
    const hurt = read(
      "Lors de l'attaque de Boni, au Mali, 12 soldats ont été tués et 3 civils blessés.",
      'fr',
    );
    expect(brief(hurt.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'wounded/civilians 3-3 unattributed',
    ]);
    const also = read(
      "Lors de l'attaque de Boni, au Mali, 12 soldats ont été tués, de même que 3 civils.",
      'fr',
    );
    expect(brief(also.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'killed/civilians 3-3 unattributed',
    ]);
  });
  it('still carries the kind over a list, a gapped figure, and a predicate that names a kind', () => {
    expect(
      brief(read('Au Mali, les assaillants ont tué 12 soldats et 5 civils à Boni.', 'fr').claims),
    ).toEqual(['killed/soldiers 12-12 unattributed', 'killed/civilians 5-5 unattributed']);
    expect(
      brief(
        read('Au Mali, 31 assaillants ont été tués le matin à Boni et 12 au cours de la poursuite.', 'fr')
          .claims,
      ),
    ).toEqual(['killed/militants 31-31 unattributed', 'killed/militants 12-12 unattributed']);
    expect(
      brief(
        read("Au Mali, lors de l'attaque de Boni, 12 soldats ont été tués et 5 ont été blessés.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/soldiers 12-12 unattributed', 'wounded/soldiers 5-5 unattributed']);
  });
});

describe('a relative clause between a figure and its predicate', () => {
  it('reaches the main predicate past the relative ("12 civils qui travaillaient aux champs ont été tués")', () => {
    expect(
      brief(
        read('À Boni, 12 civils qui travaillaient aux champs ont été tués par des jihadistes.', 'fr').claims,
      ),
    ).toEqual(['killed/civilians 12-12 unattributed']);
    expect(
      brief(
        read('À Boni, 12 personnes qui vivaient près du camp ont été tuées par des jihadistes.', 'fr').claims,
      ),
    ).toEqual(['killed/people 12-12 unattributed']);
    expect(
      brief(read('In Boni, 12 villagers who were working in the fields were killed by jihadists.').claims),
    ).toEqual(['killed/civilians 12-12 unattributed']);
  });
  it('reads the relative’s own passive or death as the predicate, never its active verb', () => {
    expect(
      brief(read('In Boni, jihadists attacked. 12 soldiers who were wounded were evacuated.').claims),
    ).toEqual(['wounded/soldiers 12-12 unattributed']);
    expect(brief(read("À Boni, l'attaque a touché 12 soldats qui ont succombé.", 'fr').claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
    ]);
    const r = read(
      'À Boni, lundi, 12 terroristes qui ont tué des civils ont été arrêtés après l’attaque.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['arrested/militants 12-12 unattributed']);
  });
});

describe('asides inside a toll: a breakdown in brackets or dashes, an attribution inside the verb', () => {
  it('reaches the predicate past "(dont deux officiers)" and "— dont deux officiers —"', () => {
    for (const text of [
      "À Boni, 12 soldats (dont deux officiers) ont été tués dans l'attaque.",
      "À Boni, 12 militaires — dont deux officiers — ont été tués dans l'attaque.",
      'In Boni, 12 soldiers (including two officers) were killed in the attack.',
    ]) {
      const kinds = brief(read(text, /^In /.test(text) ? 'en' : 'fr').claims);
      expect(kinds, text).toContain('killed/soldiers 12-12 unattributed');
    }
  });
  it('reaches the participle past "ont, selon l’armée, été tués", "were, according to the army, killed"', () => {
    expect(
      brief(read("À Boni, 12 soldats ont, selon l'armée, été tués dans l'attaque.", 'fr').claims),
    ).toEqual(['killed/soldiers 12-12 official']);
    expect(
      brief(read("À Boni, 12 soldats ont été, selon nos informations, tués dans l'attaque.", 'fr').claims),
    ).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(
      brief(read('In Boni, 12 soldiers were, according to the army, killed in the attack.').claims),
    ).toEqual(['killed/soldiers 12-12 official']);
  });
  it('counts the wounded who died as dead ("5 blessés ont succombé", "three wounded later died")', () => {
    const fr = read(
      "L'attaque de Boni, au Mali, a fait 12 morts. Depuis lors, 5 blessés ont succombé.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/people 12-12 unattributed', 'killed/people 5-5 unattributed']);
    const en = read('The attack on Boni, Mali, killed 12 people. Three wounded later died in hospital.');
    expect(brief(en.claims)).toEqual(['killed/people 12-12 unattributed', 'killed/people 3-3 unattributed']);
    // The wounded alone stay wounded.
    const hurt = read("L'attaque de Boni, au Mali, a fait 12 morts et 5 blessés graves.", 'fr');
    expect(brief(hurt.claims)).toEqual([
      'killed/people 12-12 unattributed',
      'wounded/people 5-5 unattributed',
    ]);
  });
  it('reaches the participle past a hedge in commas ("ont été, semble-t-il, tués", "were, reportedly, killed")', () => {
    for (const [text, lang] of [
      ["Lors de l'attaque de Boni, 12 soldats ont été, semble-t-il, tués lundi.", 'fr'],
      ["Lors de l'attaque de Boni, 12 soldats ont été, malheureusement, tués lundi.", 'fr'],
      ['In the attack on Boni, 12 soldiers were, it seems, killed on Monday.', 'en'],
      ['In the attack on Boni, 12 soldiers were, reportedly, killed on Monday.', 'en'],
    ])
      expect(brief(read(text, lang).claims), text).toEqual(['killed/soldiers 12-12 unattributed']);
  });
});

describe('claims: a verb after "and" with its own count starts the next clause', () => {
  it('keeps "5 civilians" killed in "killed 12 soldiers and 5 civilians and wounded 20 others"', () => {
    const en = brief(
      read('The attack on Boni killed 12 soldiers and 5 civilians and wounded 20 others.').claims,
    );
    expect(en).toContain('killed/civilians 5-5 unattributed');
    expect(en).not.toContain('wounded/civilians 5-5 unattributed');
    const fr = brief(
      read("L'attaque de Boni a tué 12 soldats et 5 civils et blessé au moins 20 autres.", 'fr').claims,
    );
    expect(fr).toContain('killed/civilians 5-5 unattributed');
    expect(fr).not.toContain('wounded/civilians 5-5 unattributed');
  });
  it('still reads a participle after "and" without a count as the list\'s ("12 soldats tués et blessés")', () => {
    expect(brief(read('À Boni, 12 soldats et 5 civils ont été tués lundi.', 'fr').claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'killed/civilians 5-5 unattributed',
    ]);
  });
});

describe('claims: a breakdown whose last noun the lexicon does not know', () => {
  it('keeps the total and its predicate past "et 3 couturières," / "and 3 tailors,"', () => {
    const fr = brief(
      read('À Boni, 12 civils, dont 5 femmes et 3 couturières, ont été tués lundi.', 'fr').claims,
    );
    expect(fr).toContain('killed/civilians 12-12 unattributed');
    const en = brief(
      read('In Boni, 12 civilians, including 5 women and 3 tailors, were killed on Monday.').claims,
    );
    expect(en).toContain('killed/civilians 12-12 unattributed');
  });
});

describe('claims: a breakdown opened by "among them", "parmi eux", "parmi lesquels"', () => {
  it('keeps the total and its predicate, in commas or dashes', () => {
    expect(
      brief(read('In Boni, 17 soldiers — among them two officers — were killed on Monday.').claims),
    ).toContain('killed/soldiers 17-17 unattributed');
    expect(
      brief(read('In Boni, 17 soldiers, among them two officers, were killed on Monday.').claims),
    ).toContain('killed/soldiers 17-17 unattributed');
    expect(
      brief(read('À Boni, 17 soldats, parmi lesquels deux officiers, ont été tués lundi.', 'fr').claims),
    ).toContain('killed/soldiers 17-17 unattributed');
  });
});

describe("claims: a participle coordinated before the kind's own", () => {
  it('reads "were rounded up and executed", "ont été regroupés puis exécutés", "ligotés et froidement abattus"', () => {
    expect(brief(read('In Boni, 17 villagers were rounded up and executed on Monday.').claims)).toEqual([
      'killed/civilians 17-17 unattributed',
    ]);
    expect(brief(read('À Boni, 17 villageois ont été regroupés puis exécutés lundi.', 'fr').claims)).toEqual([
      'killed/civilians 17-17 unattributed',
    ]);
    expect(
      brief(read('À Boni, 17 villageoises ont été ligotées et froidement abattues lundi.', 'fr').claims),
    ).toEqual(['killed/civilians 17-17 unattributed']);
  });
  it('keeps the first participle when it is a kind itself ("were captured and later executed")', () => {
    expect(brief(read('In Boni, 17 soldiers were captured and later executed on Monday.').claims)).toEqual([
      'captured/soldiers 17-17 unattributed',
    ]);
  });
});

describe('a second figure with a verb of its own that names no kind', () => {
  it('does not count the displaced or those who fled as a toll', () => {
    const fr = read(
      'Des hommes armés ont attaqué Boni lundi. Le bilan fait état de 12 morts et de 300 personnes déplacées.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/people 12-12 unattributed']);
    const fled = read(
      'Des hommes armés ont attaqué Boni lundi. Des habitants font état de trois civils blessés et de dizaines de familles ayant fui vers Douentza.',
      'fr',
    );
    expect(brief(fled.claims)).toEqual(['wounded/civilians 3-3 local']);
    const en = read(
      'Gunmen attacked Boni on Monday. Three civilians were wounded and 200 families were displaced.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['wounded/civilians 3-3 unattributed']);
    const who = read(
      'Gunmen attacked Boni on Monday. Residents reported three civilians wounded and dozens of families who fled to Douentza.',
      'en',
    );
    expect(brief(who.claims)).toEqual(['wounded/civilians 3-3 local']);
  });
  it('still repeats the kind over a bare figure with no verb of its own', () => {
    const r = read(
      'Des jihadistes ont attaqué Boni lundi : 31 assaillants ont été tués le matin et 12 au cours de la poursuite.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/militants 31-31 unattributed',
      'killed/militants 12-12 unattributed',
    ]);
  });
});

describe('"à" is no verb of a gapped figure', () => {
  it('repeats the kind over "huit à Hombori", the place after the figure', () => {
    const r = read(
      'Des hommes armés ont attaqué plusieurs villages lundi : 23 personnes ont été tuées à Boni, huit à Hombori et 13 à Douentza.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/people 23-23 unattributed',
      'killed/people 8-8 unattributed',
      'killed/people 13-13 unattributed',
    ]);
  });
});

describe('ranks and one qualified person', () => {
  it('reads a rank as a soldier ("un capitaine", "two lieutenants", "un adjudant-chef")', () => {
    expect(brief(read("Un capitaine a été tué lundi lors de l'attaque de Boni.", 'fr').claims)).toEqual([
      'killed/soldiers 1-1 unattributed',
    ]);
    expect(brief(read('Two lieutenants were wounded on Monday in the attack on Boni.', 'en').claims)).toEqual(
      ['wounded/soldiers 2-2 unattributed'],
    );
    expect(
      brief(read("Lors de l'attaque de Boni, un adjudant-chef a été porté disparu.", 'fr').claims),
    ).toEqual(['missing/soldiers 1-1 unattributed']);
  });
  it('reads an emir as a militant', () => {
    expect(brief(read("Lors de l'attaque de Boni, l'armée a neutralisé un émir.", 'fr').claims)).toEqual([
      'killed/militants 1-1 unattributed',
    ]);
  });
  it('counts one person past a qualifier ("un jeune soldat", "a senior commander"), not "a few"', () => {
    expect(brief(read('Un jeune soldat a été tué lundi lors de l’attaque de Boni.', 'fr').claims)).toEqual([
      'killed/soldiers 1-1 unattributed',
    ]);
    expect(brief(read('In Boni on Monday, the army killed a senior commander.', 'en').claims)).toEqual([
      'killed/militants 1-1 unattributed',
    ]);
    expect(brief(read('In Boni on Monday, a few soldiers were killed.', 'en').claims)).toEqual([
      'killed/soldiers 2-null unattributed',
    ]);
  });
  it('counts one member of a group named beside them ("a senior JNIM commander", "un haut responsable de l\'EIGS")', () => {
    for (const [t, lang] of [
      ['In Boni on Monday, the army killed a senior JNIM commander.', 'en'],
      ['In Boni on Monday, the army killed a JNIM commander.', 'en'],
      ["À Boni lundi, l'armée a neutralisé un haut responsable de l'EIGS.", 'fr'],
      ["À Boni lundi, l'armée a neutralisé un cadre du JNIM.", 'fr'],
      ["À Boni lundi, l'armée a neutralisé une figure de la katiba Macina.", 'fr'],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual(['killed/militants 1-1 unattributed']);
    // And the men of that member after "and": "un haut responsable de l'EIGS et 12 de ses combattants".
    expect(
      brief(
        read(
          "À Boni lundi, l'armée a neutralisé un haut responsable de l'EIGS et 12 de ses combattants.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/militants 1-1 unattributed', 'killed/militants 12-12 unattributed']);
    // A member's noun without a group names no one counted: "un responsable local a indiqué…".
    expect(
      brief(
        read("Un responsable local a indiqué que l'attaque de Boni n'avait pas fait de victimes.", 'fr')
          .claims,
      ),
    ).toEqual([]);
  });
  it('reads a killing or a wound told by its manner ("hacked to death", "mowed down", "treated for wounds")', () => {
    expect(brief(read('In the attack on Boni on Monday, 9 villagers were hacked to death.').claims)).toEqual([
      'killed/civilians 9-9 unattributed',
    ]);
    expect(brief(read('In Boni on Monday, gunmen mowed down 14 worshippers.').claims)).toEqual([
      'killed/civilians 14-14 unattributed',
    ]);
    expect(
      brief(
        read(
          'After the attack on Boni on Monday, 6 soldiers were hospitalised and 3 treated for gunshot wounds.',
        ).claims,
      ),
    ).toEqual(['wounded/soldiers 6-6 unattributed', 'wounded/soldiers 3-3 unattributed']);
  });
  it('reads the verb past a long aside that says who the dead were ("12 civils, dont des femmes … du marché, ont été tués")', () => {
    const fr = read(
      'À Boni lundi, 12 civils, dont des femmes et des enfants qui se rendaient au marché hebdomadaire de la ville, ont été tués.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/civilians 12-12 unattributed']);
    const en = read(
      'In Boni on Monday, 12 civilians, most of them women and children returning from the weekly market, were killed.',
    );
    expect(brief(en.claims)).toEqual(['killed/civilians 12-12 unattributed']);
  });
  it('reads "n\'ont pas survécu", "did not survive" as dead, the wounded among them too', () => {
    expect(
      brief(read("Lors de l'attaque de Boni lundi, 5 civils blessés n'ont pas survécu.", 'fr').claims),
    ).toEqual(['killed/civilians 5-5 unattributed']);
    expect(
      brief(read('In the attack on Boni on Monday, 3 wounded soldiers did not survive.').claims),
    ).toEqual(['killed/soldiers 3-3 unattributed']);
  });
  it('counts one person past a side\'s capitalised qualifier ("a Malian soldier", "a UN peacekeeper")', () => {
    expect(
      brief(read('A Malian soldier was killed and another wounded in the attack on Boni on Sunday.').claims),
    ).toEqual(['killed/soldiers 1-1 unattributed', 'wounded/soldiers 1-1 unattributed']);
    expect(
      brief(read('Near Boni on Sunday, a UN peacekeeper was killed by a mine, the mission said.').claims),
    ).toEqual(['killed/foreign_forces 1-1 monitor']);
  });
});

describe('captives set free are no capture', () => {
  it('reads no claim in "the army freed 12 hostages", "a libéré lundi 12 otages", but keeps an abduction', () => {
    expect(
      brief(read('In Boni on Monday, the army freed 12 hostages held by jihadists.', 'en').claims),
    ).toEqual([]);
    expect(
      brief(read("À Boni, l'armée a libéré lundi 12 otages détenus par les jihadistes.", 'fr').claims),
    ).toEqual([]);
    expect(
      brief(read('À Boni, les jihadistes ont relâché 5 otages et enlevé 3 bergers lundi.', 'fr').claims),
    ).toEqual(['captured/civilians 3-3 unattributed']);
  });
});

describe("a group's name of several words before the counted noun", () => {
  it('reads "Twelve Dan Na Ambassagou militiamen", "nine Katiba Macina fighters" with the group\'s side', () => {
    expect(
      brief(read('Twelve Dan Na Ambassagou militiamen were killed near Boni on Monday.', 'en').claims),
    ).toEqual(['killed/militia 12-12 unattributed']);
    expect(
      brief(read('Nine Katiba Macina fighters were captured near Boni on Monday.', 'en').claims),
    ).toEqual(['captured/militants 9-9 unattributed']);
  });
});

describe('a thing in the complement of persons is not their noun', () => {
  it('reads persons with a complement of vehicles or weapons as persons', () => {
    for (const [t, lang, want] of [
      ["Lors de l'attaque de Boni, 3 chauffeurs de camions ont été tués.", 'fr', 'killed/civilians 3-3'],
      [
        "Lors de l'attaque de Boni, 3 conductrices de taxis-motos ont été tuées.",
        'fr',
        'killed/civilians 3-3',
      ],
      [
        "Lors de l'attaque de Boni, 12 terroristes à moto ont été neutralisés.",
        'fr',
        'killed/militants 12-12',
      ],
      [
        "Lors de l'attaque de Boni, 12 hommes armés à bord de motos ont finalement été neutralisés.",
        'fr',
        'killed/militants 12-12',
      ],
      [
        "Lors de l'attaque de Boni, 12 assaillants armés de fusils ont été tués.",
        'fr',
        'killed/militants 12-12',
      ],
      ['In the attack on Boni, 3 drivers of fuel tankers were killed.', 'en', 'killed/civilians 3-3'],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual([`${want} unattributed`]);
  });
  it('keeps things whose noun a person word qualifies', () => {
    expect(brief(read('The jihadists seized control of three army barracks near Boni.').claims)).toEqual([
      'seized/bases 3-3 unattributed',
    ]);
    expect(
      brief(read("Lors de l'attaque de Boni, 4 véhicules militaires ont été détruits.", 'fr').claims),
    ).toEqual(['destroyed/vehicles 4-4 unattributed']);
  });
});

describe('a side named in place of the verb left out (gapping)', () => {
  it('gives a bare number after a side noun that side, with the kind before', () => {
    for (const [t, lang] of [
      ["Les FAMa ont perdu 2 hommes, l'ennemi 12, lors de l'accrochage de Boni.", 'fr'],
      ["Lors de l'accrochage de Boni, l'armée a perdu 2 hommes et les terroristes une douzaine.", 'fr'],
      ['During the clash at Boni, the army lost two men and the jihadists 12.', 'en'],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual([
        'killed/soldiers 2-2 unattributed',
        'killed/militants 12-12 unattributed',
      ]);
    // Who says so after the number is no complement of its noun.
    expect(
      brief(
        read("Lors de l'accrochage de Boni, 2 soldats ont été tués, les assaillants 12 selon l'armée.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/soldiers 2-2 official', 'killed/militants 12-12 official']);
  });
  it('reads who lost them as the side nearest the verb, not an army named before it', () => {
    expect(
      brief(
        read(
          "Selon un communiqué de l'armée, les terroristes ont perdu 12 hommes lors de l'accrochage de Boni.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/militants 12-12 official']);
  });
});

describe('one person named by a nationality that is a force’s', () => {
  it('counts "Un Russe a été tué", "A Russian was killed" as one of the foreign forces', () => {
    for (const [t, lang] of [
      ["Un Russe a été tué lundi dans l'explosion d'une mine près de Hombori.", 'fr'],
      ["Lundi, un Russe a finalement été tué dans l'explosion d'une mine près de Hombori.", 'fr'],
      ['A Russian was killed on Monday when a mine exploded near Hombori.', 'en'],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual(['killed/foreign_forces 1-1 unattributed']);
    // The adjective before its noun stays the noun's: one instructor.
    expect(
      brief(
        read("Un instructeur russe a été tué lundi dans l'explosion d'une mine près de Hombori.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/foreign_forces 1-1 unattributed']);
  });
});

describe('"the figure", "le chiffre": another count of the toll told before it', () => {
  it('gives a bare number after "put the figure at" the kind of the toll before it', () => {
    expect(
      brief(
        read(
          'The UN said 25 civilians had died in the attack on Boni, while Human Rights Watch put the figure at 31.',
        ).claims,
      ),
    ).toEqual(['killed/civilians 25-25 monitor', 'killed/civilians 31-31 monitor']);
    expect(
      brief(
        read('The army said 12 soldiers were wounded in Boni; medics later put the figure at 20.').claims,
      ),
    ).toContain('wounded/soldiers 20-20 local');
  });
  it('reads "avance le chiffre de", "évoquent un chiffre … de" in French', () => {
    expect(
      brief(
        read(
          "L'ONU a recensé 25 civils tués à Boni, tandis que Human Rights Watch avance le chiffre de 31.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 25-25 monitor', 'killed/civilians 31-31 monitor']);
  });
  it('leaves a figure with no toll before it alone', () => {
    expect(read('Human Rights Watch put the figure at 31 in its report on Boni.').claims).toEqual([]);
  });
});

describe('a part of a total with a verb of its own ("dont une dizaine ont été tués")', () => {
  it('counts the part that was killed, not the persons it was part of', () => {
    expect(
      brief(
        read(
          "Le car transportait 40 passagers, dont une dizaine ont été tués lors de l'attaque de Boni.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 10-10 unattributed']);
    expect(
      brief(
        read('The bus was carrying 40 passengers, including about ten who were killed near Boni.').claims,
      ),
    ).toEqual(['killed/civilians 10-10 unattributed']);
    // Feminine, plural, an adverb inside: the same.
    expect(
      brief(
        read(
          'Le bateau transportait 60 passagères, dont une vingtaine ont malheureusement péri dans l’attaque près de Boni.',
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 20-20 unattributed']);
  });
  it('keeps the total of a breakdown closed by a comma before its verb', () => {
    expect(
      brief(read('Quarante passagers, dont une dizaine de femmes, ont été tués à Boni.', 'fr').claims),
    ).toContain('killed/civilians 40-40 unattributed');
    expect(brief(read('13 civilians, including five children, were killed near Boni.').claims)).toContain(
      'killed/civilians 13-13 unattributed',
    );
  });
  it('drops a part whose own verb names no kind ("dont 12 ont été libérées")', () => {
    expect(
      brief(
        read(
          'Les assaillants ont enlevé 30 villageoises, dont 12 ont été libérées depuis, près de Boni.',
          'fr',
        ).claims,
      ),
    ).toEqual(['captured/civilians 30-30 unattributed']);
    expect(
      brief(read('Gunmen abducted 30 villagers near Boni, including 12 who have since been freed.').claims),
    ).toEqual(['captured/civilians 30-30 unattributed']);
  });
});

describe('a toll restated as higher or lower ("put the toll higher, at 20")', () => {
  it('reads the number after the comparative’s comma as the toll', () => {
    expect(
      brief(
        read(
          'Twelve soldiers were killed in Boni, the army said. Two security sources put the toll higher, at 20.',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 12-12 official', 'killed/soldiers 20-20 security_source']);
    expect(
      brief(
        read(
          'Twelve soldiers were killed in Boni, the army said, but residents put the death toll much higher, at 30.',
        ).claims,
      ),
    ).toContain('killed/soldiers 30-30 local');
  });
  it('still ends a toll at a comma with no comparative before it', () => {
    expect(
      brief(read('Residents put the toll at dawn, 20 minutes after the attack on Boni.').claims),
    ).toEqual([]);
  });
});

describe('the wounded who died, past the wounding’s complement', () => {
  it('counts the wounded of an attack who then died as dead', () => {
    for (const t of [
      "Quatre soldats blessés lors de l'attaque de Boni sont morts à l'hôpital de Mopti.",
      "Quatre soldats blessés lors de l'attaque de Boni ont finalement succombé.",
      'Quatre soldates blessées pendant les combats de Boni sont mortes à Mopti.',
    ])
      expect(brief(read(t, 'fr').claims)[0]).toMatch(/^killed\/soldiers 4-4/);
    for (const t of [
      'Four soldiers wounded in the attack on Boni died in hospital in Mopti.',
      'Two soldiers wounded in the attack on Boni later died.',
    ])
      expect(brief(read(t).claims)[0]).toMatch(/^killed\/soldiers \d-\d/);
  });
  it('keeps the wounded who were only moved', () => {
    expect(
      brief(read("Quatre soldats blessés lors de l'attaque de Boni ont été évacués à Mopti.", 'fr').claims),
    ).toEqual(['wounded/soldiers 4-4 unattributed']);
    expect(
      brief(read('Four soldiers wounded in the attack on Boni were evacuated to Mopti.').claims),
    ).toEqual(['wounded/soldiers 4-4 unattributed']);
  });
});

describe('losses of "ces derniers", "ceux-ci", "the latter": the side named last', () => {
  it('reads the side named last before the pronoun, in its sentence or the one before', () => {
    const fr = read(
      "Le camp de Boni a été attaqué lundi par des terroristes. Ces derniers ont perdu 20 hommes, selon l'armée.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/militants 20-20 official']);
    const soldiers = read(
      'Des terroristes ont attaqué lundi des soldats à Boni. Ces derniers ont perdu 3 hommes.',
      'fr',
    );
    expect(brief(soldiers.claims)).toEqual(['killed/soldiers 3-3 unattributed']);
    const feminine = read(
      'Des jihadistes ont attaqué lundi à Boni des patrouilles de chasseurs dozos ; celles-ci ont perdu 4 des leurs.',
      'fr',
    );
    expect(brief(feminine.claims)).toEqual(['killed/militia 4-4 unattributed']);
  });
  it('reads "the latter lost" in English, after either side', () => {
    expect(
      brief(read('Terrorists attacked soldiers in Boni on Monday. The latter lost three men.').claims),
    ).toEqual(['killed/soldiers 3-3 unattributed']);
    expect(
      brief(
        read(
          'Soldiers clashed with terrorists in Boni on Monday. The latter lost 20 fighters, the army said.',
        ).claims,
      ),
    ).toEqual(['killed/militants 20-20 official']);
  });
});

describe('claims: the verb past an aside in brackets, or an aside and its apposition', () => {
  const pre = 'Lundi, des jihadistes ont attaqué le poste de Boni. ';
  it('steps over a bracketed aside: "17 soldats (bilan provisoire) ont été tués", "(according to the army)"', () => {
    expect(brief(read(pre + 'Dix-sept soldats (bilan provisoire) ont été tués.', 'fr').claims)).toEqual([
      'killed/soldiers 17-17 unattributed',
    ]);
    expect(
      brief(
        read(
          'Jihadists attacked the Boni post on Monday. Seventeen soldiers (according to the army) were killed.',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 17-17 official']);
  });
  it('not a bracket that counts something of its own', () => {
    const r = read(pre + 'Dix-sept soldats (et 4 civils) sont portés disparus.', 'fr');
    expect(brief(r.claims)).not.toContain('missing/soldiers 17-17 unattributed');
  });
  it('steps over an aside and its apposition: "dont le commandant du poste, le capitaine Diarra,"', () => {
    expect(
      brief(
        read(
          pre +
            'Dix-sept soldats, dont le commandant du poste, le capitaine Moussa Diarra, ont trouvé la mort.',
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 17-17 unattributed']);
    expect(
      brief(
        read(
          "Jihadists attacked the Boni post on Monday. Seventeen soldiers, including the post's commander, Captain Moussa Diarra, were killed.",
        ).claims,
      ),
    ).toEqual(['killed/soldiers 17-17 unattributed']);
  });
});

describe('claims: suicide attackers dead by their own blast', () => {
  it('FR: "quatre kamikazes se sont fait exploser"; EN: "four suicide bombers blew themselves up"', () => {
    const fr = read(
      "Lundi, des jihadistes ont attaqué le poste de Boni. Quatre kamikazes se sont fait exploser à l'entrée du camp, tuant six soldats.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/militants 4-4 unattributed',
      'killed/soldiers 6-6 unattributed',
    ]);
    const en = read(
      'Jihadists attacked the Boni post on Monday. Four suicide bombers blew themselves up at the gate, killing six soldiers.',
    );
    expect(brief(en.claims)).toEqual([
      'killed/militants 4-4 unattributed',
      'killed/soldiers 6-6 unattributed',
    ]);
  });
});

describe('the wounded told by their state ("in critical condition", "dans un état grave")', () => {
  it('EN: after "remain", "were", and as the object of "left"', () => {
    expect(
      brief(read('Twelve people remain in critical condition after the attack on Boni.').claims),
    ).toEqual(['wounded/people 12-12 unattributed']);
    expect(
      brief(read('After the attack on Boni, five soldiers were still in a serious condition.').claims),
    ).toEqual(['wounded/soldiers 5-5 unattributed']);
    expect(
      brief(read('The attack on Boni killed 5 people and left 3 others in critical condition.').claims),
    ).toEqual(['killed/people 5-5 unattributed', 'wounded/people 3-3 unattributed']);
  });
  it('FR: "sont dans un état grave", "se trouvent dans un état critique", "entre la vie et la mort"', () => {
    expect(
      brief(read("Au moins 12 personnes sont dans un état grave après l'attaque de Boni.", 'fr').claims),
    ).toEqual(['wounded/people 12-null unattributed']);
    expect(
      brief(
        read("Après l'attaque de Boni, cinq gendarmes se trouvent toujours dans un état critique.", 'fr')
          .claims,
      ),
    ).toEqual(['wounded/soldiers 5-5 unattributed']);
    expect(
      brief(read("Trois villageoises sont entre la vie et la mort après l'attaque de Boni.", 'fr').claims),
    ).toEqual(['wounded/civilians 3-3 unattributed']);
  });
});

describe('the side that lost, named before an aside in commas', () => {
  it('EN: "The attackers, who came on motorbikes, lost 20 men"', () => {
    expect(
      brief(read('In Boni, the attackers, who came on motorbikes, lost 20 men in the clash.').claims),
    ).toEqual(['killed/militants 20-20 unattributed']);
    expect(
      brief(
        read('In the ambush near Boni, Wagner, which backs the army, reportedly lost 12 fighters.').claims,
      ),
    ).toEqual(['killed/foreign_forces 12-12 unattributed']);
  });
  it("FR: a participle's aside, feminine, plural", () => {
    expect(
      brief(read("À Boni, les assaillants, venus à moto, ont perdu une vingtaine d'hommes.", 'fr').claims),
    ).toEqual(['killed/militants 20-20 unattributed']);
    expect(
      brief(
        read(
          "Lors de l'attaque de Boni, les milices d'autodéfense, appuyées par des chasseurs, ont perdu 7 hommes.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/militia 7-7 unattributed']);
  });
  it('not over an aside that holds a number of its own', () => {
    const r = read(
      "Lors de l'attaque de Boni, les jihadistes, qui étaient plus de 200, ont perdu 20 hommes.",
      'fr',
    );
    expect(brief(r.claims)).not.toContain('killed/militants 20-20 unattributed');
  });
});

describe('persons "heavily armed": an adverb inside the noun phrase', () => {
  it('FR and EN, before the verb and as its object', () => {
    expect(
      brief(read("Lors de l'attaque de Boni, 20 hommes lourdement armés ont trouvé la mort.", 'fr').claims),
    ).toEqual(['killed/militants 20-20 unattributed']);
    expect(
      brief(
        read("Lors de l'attaque de Boni, 20 individus très lourdement armés ont été neutralisés.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/militants 20-20 unattributed']);
    expect(brief(read('In the attack on Boni, soldiers killed 20 heavily armed men.').claims)).toEqual([
      'killed/militants 20-20 unattributed',
    ]);
  });
});

describe('a contingent\'s men by their nationality alone ("four Chadians", "quatre Tchadiens")', () => {
  it('EN and FR, with a relative clause, a passive and a gapped second toll', () => {
    expect(
      brief(
        read(
          'Guterres paid tribute to the four Chadians who lost their lives in the attack on the Aguelhok camp.',
        ).claims,
      ),
    ).toEqual(['killed/foreign_forces 4-4 unattributed']);
    expect(
      brief(
        read('In the attack on the Aguelhok camp, four Chadians were killed and two Guineans wounded.')
          .claims,
      ),
    ).toEqual(['killed/foreign_forces 4-4 unattributed', 'wounded/foreign_forces 2-2 unattributed']);
    expect(
      brief(read("Lors de l'attaque du camp d'Aguelhok, quatre Tchadiens ont perdu la vie.", 'fr').claims),
    ).toEqual(['killed/foreign_forces 4-4 unattributed']);
  });
});

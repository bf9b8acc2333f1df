import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

describe('claims (FR): kinds and subjects through the grammar', () => {
  it('shares one predicate across a list', () => {
    const r = read("Selon l'armée, 12 soldats, 3 civils et 9 terroristes ont été tués lundi à Boni.", 'fr');
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 12-12 official',
      'killed/civilians 3-3 official',
      'killed/militants 9-9 official',
    ]);
  });
  it('reads a friendly toll with its side marker and a breakdown', () => {
    const r = read(
      "L'armée a neutralisé 31 terroristes contre un bilan provisoire ami de 6 morts, 14 blessés dont 4 graves et 05 portés disparus, indique le communiqué de l'état-major publié mardi.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/militants 31-31 official',
      'killed/soldiers 6-6 official',
      'wounded/soldiers 14-14 official',
      'wounded/soldiers 4-4 official',
      'missing/soldiers 5-5 official',
    ]);
  });
  it('reads "la mort de", "autres" and "dans ses rangs"', () => {
    const r = read(
      "Le gouvernement a annoncé mardi la mort de 9 militaires et de deux civils lors de l'attaque de Djenné. L'armée a eu « 9 morts et 11 blessés » dans ses rangs.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 9-9 official',
      'killed/civilians 2-2 official',
      'wounded/soldiers 11-11 official',
    ]);
  });
  it('marks the figures of a previous toll as earlier', () => {
    const r = read(
      "L'attaque de lundi a fait 20 morts parmi les soldats, selon l'armée. Le premier bilan publié par l'armée faisait état de 8 soldats tués.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 20-20 official',
      'killed/soldiers 8-8 official earlier',
    ]);
  });
  it('reads vague amounts with their side', () => {
    const r = read(
      'Des sources sécuritaires évoquent une vingtaine de chasseurs dozos tués et des dizaines de villageois enlevés dimanche à Ségué.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/militia 20-20 security_source',
      'captured/civilians 20-null security_source',
    ]);
  });
  it('repeats a gapped figure: "et 8 pendant la poursuite"', () => {
    const r = read(
      "D'après le communiqué du ministère, 12 terroristes ont été neutralisés à l'aube et 8 pendant la poursuite vers la forêt.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 12-12 official', 'killed/militants 8-8 official']);
  });
});

describe('claims (FR): elliptic figures', () => {
  it('repeats the kind of a gapped figure but takes its own side', () => {
    const r = read(
      "L'attaque de lundi a fait 21 morts parmi les civils et 6 parmi les militaires, selon le gouvernement.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 21-21 official', 'killed/soldiers 6-6 official']);
  });
  it('reads one person from "un soldat"', () => {
    const r = read(
      "Un soldat a été tué et deux autres blessés dans l'attaque du poste de Boni lundi, selon l'armée.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 1-1 official', 'wounded/soldiers 2-2 official']);
  });
  it('counts one after "un"/"une" before any noun the lexicon gives a side or a thing', () => {
    expect(
      brief(read('Une personne aurait été tuée lundi à Boni, selon des habitants.', 'fr').claims),
    ).toEqual(['killed/people 1-1 local']);
    expect(brief(read('Une femme a été grièvement blessée lors de l’attaque de Boni.', 'fr').claims)).toEqual(
      ['wounded/civilians 1-1 unattributed'],
    );
    expect(
      brief(read('À Boni, les assaillants ont incendié un camion et emporté une moto.', 'fr').claims),
    ).toEqual(['destroyed/vehicles 1-1 unattributed', 'seized/motorcycles 1-1 unattributed']);
    expect(brief(read('The militants captured a vehicle during the raid on Boni.', 'en').claims)).toEqual([
      'seized/vehicles 1-1 unattributed',
    ]);
  });
  it('gives persons of a group named by its kind that kind\'s side ("éléments du groupe terroriste")', () => {
    for (const [t, lang] of [
      ['Au Mali, trente éléments du groupe jihadiste ont été tués lundi près de Boni.', 'fr'],
      ['Au Mali, trente membres de ce groupe terroriste ont été neutralisés lundi près de Boni.', 'fr'],
      ['In Mali, thirty members of the jihadist group were killed near Boni on Monday.', 'en'],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual(['killed/militants 30-30 unattributed']);
    // A group of villagers is no armed group.
    expect(
      brief(
        read('Au Mali, trente membres d’un groupe de villageois ont été tués lundi près de Boni.', 'fr')
          .claims,
      ),
    ).toEqual(['killed/civilians 30-30 unattributed']);
  });
  it("gives persons named by their group that group's side", () => {
    const one = (t: string, lang: 'fr' | 'en' = 'fr') => brief(read(t, lang).claims);
    expect(one('Quatre des membres présumés de la katiba Serma ont été tués près de Boni.')).toEqual([
      'killed/militants 4-4 unattributed',
    ]);
    expect(one('Deux éléments du JNIM ont été interpellés après l’attaque de Boni, selon l’armée.')).toEqual([
      'arrested/militants 2-2 official',
    ]);
    expect(one('Six members of the Islamic State were killed near Boni.', 'en')).toEqual([
      'killed/militants 6-6 unattributed',
    ]);
    expect(one('Trois éléments des FAMa ont été blessés lors de l’attaque de Boni.')).toEqual([
      'wounded/soldiers 3-3 unattributed',
    ]);
    expect(one('Cinq membres de Dan Na Ambassagou ont été tués lors de l’attaque de Boni.')).toEqual([
      'killed/militia 5-5 unattributed',
    ]);
  });
  it('reads a figure through a modal hedge before its verb', () => {
    expect(
      brief(read("Douze gendarmes pourraient avoir été tués dans l'attaque de Boni.", 'fr').claims),
    ).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(
      brief(read('Fourteen soldiers may have been killed in the ambush near Boni.', 'en').claims),
    ).toEqual(['killed/soldiers 14-14 unattributed']);
    expect(brief(read('Nine villagers are feared to have been abducted from Boni.', 'en').claims)).toEqual([
      'captured/civilians 9-9 unattributed',
    ]);
    expect(
      brief(read('At least 30 civilians are now known to have died in the raid on Boni.', 'en').claims),
    ).toEqual(['killed/civilians 30-null unattributed']);
  });
  it('reads a figure through a participle of reporting ("ont été déclarés morts", "signalées disparues")', () => {
    expect(brief(read("Douze soldats ont été déclarés morts après l'attaque de Boni.", 'fr').claims)).toEqual(
      ['killed/soldiers 12-12 unattributed'],
    );
    expect(
      brief(read("Trois femmes ont été signalées disparues après l'attaque de Boni.", 'fr').claims),
    ).toEqual(['missing/civilians 3-3 unattributed']);
    expect(
      brief(read("Douze soldats ont été finalement déclarés tués lors de l'attaque de Boni.", 'fr').claims),
    ).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(brief(read('Twelve soldiers were reported killed in the attack on Boni.', 'en').claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
    ]);
    // Reported with nothing that happened to them is no toll.
    expect(
      brief(read("Douze soldats ont été signalés près de Boni lors de l'attaque.", 'fr').claims),
    ).toEqual([]);
  });
  it('reads "éliminé" and "eliminated" as killed', () => {
    expect(
      brief(read("L'armée affirme avoir éliminé une vingtaine de terroristes près de Boni.", 'fr').claims),
    ).toEqual(['killed/militants 20-20 official']);
    expect(brief(read('The army said it eliminated 15 terrorists near Boni.', 'en').claims)).toEqual([
      'killed/militants 15-15 official',
    ]);
  });
  it('reads "paisibles citoyens" as civilians', () => {
    expect(brief(read('Les assaillants ont tué 14 paisibles citoyens à Boni.', 'fr').claims)).toEqual([
      'killed/civilians 14-14 unattributed',
    ]);
  });
  it('does not read the United Nations\' "UN" as one', () => {
    const r = read('Four UN peacekeepers were killed in Boni on Monday.', 'en');
    expect(brief(r.claims)).toEqual(['killed/foreign_forces 4-4 unattributed']);
  });
});

describe('claims (FR): more ways to say killed and taken', () => {
  it('reads "ont trouvé la mort" and "retenus en otage"', () => {
    const r = read(
      "Lundi, 7 soldats ont trouvé la mort et 12 passagers sont retenus en otage après l'attaque du car, selon des témoins.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 7-7 local', 'captured/civilians 12-12 local']);
  });
});

describe('claims (FR/EN): the army lost men, bodies found', () => {
  it('reads "l’armée a perdu 9 hommes" and "the army lost 9 men" as soldiers killed', () => {
    expect(
      brief(
        read("L'armée a perdu 9 hommes dans l'embuscade de lundi, selon une source sécuritaire.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/soldiers 9-9 security_source']);
    expect(
      brief(read("The army lost 9 men in Monday's ambush, a security source said.", 'en').claims),
    ).toEqual(['killed/soldiers 9-9 security_source']);
  });
  it('reads a foreign force that lost its men as foreign forces killed, whatever it calls them', () => {
    const minusma = read("La Minusma a perdu trois hommes dans l'attaque de son camp d'Aguelhok.", 'fr');
    expect(brief(minusma.claims)).toEqual(['killed/foreign_forces 3-3 unattributed']);
    const contingent = read(
      "Lors de l'attaque d'Aguelhok, le contingent tchadien a perdu deux soldats.",
      'fr',
    );
    expect(brief(contingent.claims)).toEqual(['killed/foreign_forces 2-2 unattributed']);
    const en = read('Barkhane lost two soldiers in the ambush near Gossi on Monday.', 'en');
    expect(brief(en.claims)).toEqual(['killed/foreign_forces 2-2 unattributed']);
    // The army that lost men beside a foreign partner named after it stays the army.
    const army = read("L'armée a perdu 9 hommes dans l'embuscade de lundi près de Gossi.", 'fr');
    expect(brief(army.claims)).toEqual(['killed/soldiers 9-9 unattributed']);
  });
  it('reads "soldats de la paix" as peacekeepers', () => {
    const r = read("Trois soldats de la paix tchadiens ont été tués lors de l'attaque d'Aguelhok.", 'fr');
    expect(brief(r.claims)).toEqual(['killed/foreign_forces 3-3 unattributed']);
    const plain = read("Deux soldats de la paix ont été blessés lors de l'attaque d'Aguelhok.", 'fr');
    expect(brief(plain.claims)).toEqual(['wounded/foreign_forces 2-2 unattributed']);
  });
  it('reads "les corps de 12 personnes"', () => {
    const r = read(
      "Les corps de 12 personnes ont été retrouvés après l'attaque de lundi, selon des élus locaux.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/people 12-12 local']);
  });
  it('reads bodies counted by an approximate noun ("une vingtaine de corps", "dozens of bodies")', () => {
    expect(
      brief(read("Après l'attaque de Boni, une vingtaine de corps ont été retrouvés.", 'fr').claims),
    ).toEqual(['killed/people 20-20 unattributed']);
    expect(
      brief(
        read("Après l'attaque de Boni, l'armée a retrouvé une dizaine de corps de terroristes.", 'fr').claims,
      ),
    ).toEqual(['killed/militants 10-10 unattributed']);
    expect(brief(read('After the attack on Boni, dozens of bodies were found.').claims)).toEqual([
      'killed/people 24-null unattributed',
    ]);
  });
  it('does not read "lost 4 vehicles" as a toll', () => {
    expect(read('The convoy lost 4 vehicles in the attack on Monday.', 'en').claims).toEqual([]);
  });
});

describe('claims (FR/EN): foreign forces named by nationality inside the noun phrase', () => {
  it('"25 autres soldats tchadiens ont été blessés", feminine and plural forms, EN', () => {
    expect(
      brief(
        read(
          "Selon l'armée, au moins 25 autres soldats tchadiens ont été blessés lors de l'attaque de Boni.",
          'fr',
        ).claims,
      ),
    ).toEqual(['wounded/foreign_forces 25-null official']);
    expect(
      brief(
        read("Selon la MINUSMA, 3 casques bleus sénégalais ont été tués lors de l'attaque de Boni.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/foreign_forces 3-3 monitor']);
    expect(
      brief(
        read('Two Togolese peacekeepers were reportedly killed in the attack on Boni, the UN said.', 'en')
          .claims,
      ),
    ).toEqual(['killed/foreign_forces 2-2 monitor']);
  });
  it('Malian soldiers stay soldiers, foreign civilians stay civilians', () => {
    expect(
      brief(read("Selon l'armée, 12 soldats maliens ont été tués lors de l'attaque de Boni.", 'fr').claims),
    ).toEqual(['killed/soldiers 12-12 official']);
    expect(
      brief(
        read("Selon la police, 3 ouvriers chinois ont été enlevés lors de l'attaque de Boni.", 'fr').claims,
      ),
    ).toEqual(['captured/civilians 3-3 official']);
  });
  it('keeps a list under one verb when an item\'s name runs on ("fusils d\'assaut", "lanceurs RPG-7")', () => {
    const r = read(
      "Lors de l'attaque de Boni, l'armée a récupéré 31 fusils d'assaut, 02 lanceurs RPG-7 et 09 motos.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 31-31 unattributed',
      'seized/weapons 2-2 unattributed',
      'seized/motorcycles 9-9 unattributed',
    ]);
  });
  it('does not join two clauses as one list when a verb stands between them', () => {
    const r = read("Lors de l'attaque de Boni, 12 soldats ont été tués et 4 motos ont été incendiées.", 'fr');
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'destroyed/motorcycles 4-4 unattributed',
    ]);
  });
  it('reads the missing in all their words ("disparition", "introuvables", "manquent à l\'appel", "sans nouvelles")', () => {
    const cases: Array<[string, string]> = [
      [
        "L'armée déplore la disparition de trois (03) éléments lors de l'attaque de Boni.",
        'missing/soldiers 3-3 official',
      ],
      ["Après l'attaque de Boni, trois soldats restent introuvables.", 'missing/soldiers 3-3 unattributed'],
      [
        "Après l'attaque de Boni, une quarantaine de gendarmes manquaient à l'appel.",
        'missing/soldiers 40-40 unattributed',
      ],
      [
        "Après l'attaque de Boni, l'armée est sans nouvelles de 12 militaires.",
        'missing/soldiers 12-12 unattributed',
      ],
    ];
    for (const [text, want] of cases) expect(brief(read(text, 'fr').claims)).toEqual([want]);
  });
  it('takes the first of two coordinated verbs ("avoir tué et blessé des dizaines de soldats")', () => {
    const r = read(
      "Le JNIM affirme avoir tué et blessé des dizaines de soldats lors de l'attaque de Boni.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 20-null armed_group']);
  });
  it('reads a side adjective after the noun head ("victimes civiles") and "mis hors d\'état de nuire"', () => {
    expect(brief(read("L'attaque de Boni a fait une quinzaine de victimes civiles.", 'fr').claims)).toEqual([
      'killed/civilians 15-15 unattributed',
    ]);
    expect(brief(read("L'attaque de Boni a fait 12 morts militaires.", 'fr').claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
    ]);
    expect(
      brief(
        read("Lors de l'attaque de Boni, une dizaine de terroristes ont été mis hors d'état de nuire.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/militants 10-10 unattributed']);
  });
});

describe('claims: things seized and destroyed, by event nouns and list headers', () => {
  const one = (t: string, lang: 'fr' | 'en' = 'fr') => brief(read(t, lang).claims);
  it('reads the nouns of destruction and seizure', () => {
    expect(one("Lors de l'attaque de Boni, l'armée a procédé à la destruction de 11 motos.")).toEqual([
      'destroyed/motorcycles 11-11 unattributed',
    ]);
    expect(one('After the attack on Boni the army reported the seizure of 9 rifles.', 'en')).toEqual([
      'seized/weapons 9-9 official',
    ]);
  });
  it('gives a list after a colon the kind its header says', () => {
    expect(one("Riposte à l'attaque de Boni. Matériel saisi : 14 motos, 6 fusils et 3 véhicules.")).toEqual([
      'seized/motorcycles 14-14 unattributed',
      'seized/weapons 6-6 unattributed',
      'seized/vehicles 3-3 unattributed',
    ]);
    expect(one('Attaque de Boni. Matériel détruit : 7 motos.')).toEqual([
      'destroyed/motorcycles 7-7 unattributed',
    ]);
  });
  it("does not give a colon's header to a list whose header says no kind", () => {
    expect(one('Attaque de Boni. Les chiffres : 14 motos.')).toEqual([]);
  });
  it('reads "mis hors d\'usage" and "repartis avec"', () => {
    expect(one("Les FAMa ont mis hors d'usage 12 motos lors de l'attaque de Boni.")).toEqual([
      'destroyed/motorcycles 12-12 unattributed',
    ]);
    expect(one("Après l'attaque de Boni, les assaillants sont repartis avec 4 véhicules.")).toEqual([
      'seized/vehicles 4-4 unattributed',
    ]);
  });
});

describe('claims: a number in an apposition', () => {
  const one = (t: string, lang: 'fr' | 'en' = 'fr') => brief(read(t, lang).claims);
  it('counts the noun it follows, with the predicate after it', () => {
    expect(
      one("Lors de l'attaque de Boni, les assaillants, estimés à une quarantaine, ont été neutralisés."),
    ).toEqual(['killed/militants 40-40 unattributed']);
    expect(one('During the raid on Boni, the gunmen, estimated at about 40, were killed.', 'en')).toEqual([
      'killed/militants 40-40 unattributed',
    ]);
  });
  it('or with the verb before the noun', () => {
    expect(one('À Boni, les soldats ont abattu les assaillants, estimés à une quarantaine.')).toEqual([
      'killed/militants 40-40 unattributed',
    ]);
  });
  it('leaves an estimate of nothing the lexicon knows alone', () => {
    expect(
      one("Lors de l'attaque de Boni, les dégâts, estimés à une quarantaine, ont été constatés."),
    ).toEqual([]);
  });
});

describe("claims: a participle's phrase between a figure and its verb", () => {
  const one = (t: string, lang: 'fr' | 'en' = 'fr') => brief(read(t, lang).claims);
  it('steps over "appartenant aux…", "utilisées par…", "belonging to…", "carrying…"', () => {
    expect(one("Lors de l'attaque de Boni, 14 motos appartenant aux assaillants ont été détruites.")).toEqual(
      ['destroyed/motorcycles 14-14 unattributed'],
    );
    expect(one("Lors de l'attaque de Boni, 14 motos utilisées par les assaillants ont été saisies.")).toEqual(
      ['seized/motorcycles 14-14 unattributed'],
    );
    expect(
      one('During the raid on Boni, 14 motorcycles belonging to the gunmen were destroyed.', 'en'),
    ).toEqual(['destroyed/motorcycles 14-14 unattributed']);
    expect(one('During the raid on Boni, 6 trucks carrying fuel were burned.', 'en')).toEqual([
      'destroyed/vehicles 6-6 unattributed',
    ]);
  });
});

describe('claims: any participle with its object between a figure and its verb', () => {
  const one = (t: string, lang: 'fr' | 'en' = 'fr') => brief(read(t, lang).claims);
  it('steps over "escorting the convoy", "escortant le convoi", "revenant du marché"', () => {
    expect(one('Eleven soldiers escorting the convoy were also wounded near Boni on Monday.', 'en')).toEqual([
      'wounded/soldiers 11-11 unattributed',
    ]);
    expect(one('Three gendarmes guarding the bridge were killed near Boni on Monday.', 'en')).toEqual([
      'killed/soldiers 3-3 unattributed',
    ]);
    expect(one('Two women returning from the market were abducted near Boni on Monday.', 'en')).toEqual([
      'captured/civilians 2-2 unattributed',
    ]);
    expect(one('Onze soldats escortant le convoi ont été blessés lundi près de Boni.')).toEqual([
      'wounded/soldiers 11-11 unattributed',
    ]);
    expect(one('Trois femmes revenant du marché ont été enlevées lundi près de Boni.')).toEqual([
      'captured/civilians 3-3 unattributed',
    ]);
    expect(one('Trois gendarmes chargés de la sécurité du marché ont été tués lundi à Boni.')).toEqual([
      'killed/soldiers 3-3 unattributed',
    ]);
  });
  it('keeps a noun in -ant or a preposition in -ing as what it is', () => {
    expect(one('Un enfant de dix ans a été tué lundi à Boni.')).toEqual([
      'killed/civilians 1-1 unattributed',
    ]);
    expect(one('Deux combattants du JNIM ont été tués lundi à Boni.')).toEqual([
      'killed/militants 2-2 unattributed',
    ]);
  });
});

describe('claims: weapon models named without a hyphen', () => {
  it('reads "2 PKM", "3 RPGs", "une douchka" as weapons, not persons', () => {
    expect(
      brief(read("Lors de l'attaque de Boni, l'armée a récupéré 6 kalachnikovs et 2 PKM.", 'fr').claims),
    ).toEqual(['seized/weapons 6-6 unattributed', 'seized/weapons 2-2 unattributed']);
    expect(brief(read('During the raid on Boni, the army recovered 3 RPGs.', 'en').claims)).toEqual([
      'seized/weapons 3-3 unattributed',
    ]);
  });
});

describe('claims: leaving with what was taken', () => {
  it('reads "partis avec", "en partir avec", "made off with" as seized', () => {
    expect(
      brief(
        read('Le camp de Boni a été incendié et les assaillants sont partis avec onze véhicules.', 'fr')
          .claims,
      ),
    ).toEqual(['seized/vehicles 11-11 unattributed']);
    expect(
      brief(read('The gunmen burned the camp at Boni and made off with 11 motorcycles.', 'en').claims),
    ).toEqual(['seized/motorcycles 11-11 unattributed']);
  });
  it('reads the participle of leaving with it ("making off with", "fleeing with") as seized', () => {
    expect(
      brief(
        read('Jihadists attacked the post in Boni, making off with six rifles and two pickup trucks.', 'en')
          .claims,
      ),
    ).toEqual(['seized/weapons 6-6 unattributed', 'seized/vehicles 2-2 unattributed']);
    expect(
      brief(read('Gunmen raided the camp at Boni on Monday, fleeing with 11 motorcycles.', 'en').claims),
    ).toEqual(['seized/motorcycles 11-11 unattributed']);
  });
  it('reads what was "pris aux FAMa" as seized', () => {
    expect(
      brief(
        read(
          'Le JNIM a attaqué Boni lundi et montre sur ses photos six armes et deux véhicules pris aux FAMa.',
          'fr',
        ).claims,
      ),
    ).toEqual(['seized/weapons 6-6 unattributed', 'seized/vehicles 2-2 unattributed']);
  });
});

describe('claims: taking and burning told by idioms, and "a dozen" after a thing', () => {
  const kinds = (text: string, lang: 'fr' | 'en') => brief(read(text, lang).claims);
  it('reads "fait main basse sur", "looted …, taking" as seized', () => {
    expect(
      kinds('Lors de l’attaque de Boni, les FAMa ont fait main basse sur 12 armes et 6 motos.', 'fr'),
    ).toEqual(['seized/weapons 12-12 unattributed', 'seized/motorcycles 6-6 unattributed']);
    expect(kinds('In Boni, JNIM fighters looted the camp, taking 4 vehicles and 30 rifles.', 'en')).toEqual([
      'seized/vehicles 4-4 unattributed',
      'seized/weapons 30-30 unattributed',
    ]);
  });
  it('reads "réduits en cendres", "partis en fumée" as destroyed, in every gender and number', () => {
    expect(kinds('À Boni, des terroristes ont attaqué. 5 camions ont été réduits en cendres.', 'fr')).toEqual(
      ['destroyed/vehicles 5-5 unattributed'],
    );
    expect(kinds('À Boni, des terroristes ont attaqué. Deux motos sont parties en fumée.', 'fr')).toEqual([
      'destroyed/motorcycles 2-2 unattributed',
    ]);
  });
  it('does not count the article of "a dozen" after another thing as one more', () => {
    expect(kinds('In Boni, the attackers seized four trucks and a dozen motorbikes.', 'en')).toEqual([
      'seized/vehicles 4-4 unattributed',
      'seized/motorcycles 12-12 unattributed',
    ]);
    expect(kinds('In Boni, the attackers seized a dozen weapons.', 'en')).toEqual([
      'seized/weapons 12-12 unattributed',
    ]);
  });
});

describe("claims: a header line's kind for the bulleted lines under it", () => {
  it('reads a verb that lists ("figurent", "comprend", "included") as the colon after a header', () => {
    const opener = "Lors de l'attaque de Boni, l'armée a riposté. ";
    for (const [text, lang] of [
      ['Parmi le matériel récupéré figurent 05 armes AK-47 et 04 motos.', 'fr'],
      ['Le matériel saisi comprend 05 armes et 04 motos.', 'fr'],
      ['Les équipements récupérés comprenaient 05 fusils et 04 motos.', 'fr'],
    ])
      expect(brief(read(opener + text, lang).claims)).toEqual([
        'seized/weapons 5-5 unattributed',
        'seized/motorcycles 4-4 unattributed',
      ]);
    expect(
      brief(
        read('The army repelled an attack in Boni. Items seized included five rifles and four motorcycles.')
          .claims,
      ),
    ).toEqual(['seized/weapons 5-5 unattributed', 'seized/motorcycles 4-4 unattributed']);
    // Loot is what was seized: "Butin :", "the spoils included".
    expect(brief(read(opener + 'Butin : 05 fusils, 04 motos.', 'fr').claims)).toEqual([
      'seized/weapons 5-5 unattributed',
      'seized/motorcycles 4-4 unattributed',
    ]);
    expect(
      brief(
        read('The army repelled an attack in Boni. The spoils included 5 rifles and 4 motorcycles.').claims,
      ),
    ).toEqual(['seized/weapons 5-5 unattributed', 'seized/motorcycles 4-4 unattributed']);
    // No kind in the header, no kind for the list.
    expect(brief(read(opener + 'Le convoi comprend 05 camions et 04 motos.', 'fr').claims)).toEqual([]);
  });
  it('gives "Matériel récupéré :" to each "- 12 motos ;" line', () => {
    const r = read(
      "Lors de l'attaque de Boni, l'armée a riposté.\n\nMatériel récupéré :\n\n- 9 motos ;\n\n- 4 fusils ;\n\n- 1 véhicule.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/motorcycles 9-9 unattributed',
      'seized/weapons 4-4 unattributed',
      'seized/vehicles 1-1 unattributed',
    ]);
  });
  it('ends with the list: a plain line after it takes nothing from the header', () => {
    const r = read(
      "Lors de l'attaque de Boni, l'armée a riposté.\n\nMatériel détruit :\n\n- 9 motos.\n\nLes 4 véhicules du convoi sont rentrés à Boni.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['destroyed/motorcycles 9-9 unattributed']);
  });
});

describe('claims: "faucher"', () => {
  it('reads "fauchant 12 civils" as killed', () => {
    expect(brief(read('Les assaillants ont ouvert le feu à Boni, fauchant 8 civils.', 'fr').claims)).toEqual([
      'killed/civilians 8-8 unattributed',
    ]);
  });
});

describe('claims FR: a breakdown without a number inside the noun phrase', () => {
  it('links the figure to its verb over "dont des femmes et des enfants"', () => {
    expect(
      brief(
        read("18 villageois dont des femmes et des enfants ont été tués lors de l'attaque de Boni.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/civilians 18-18 unattributed']);
    expect(
      brief(
        read("Au moins 12 soldats dont des officiers ont été blessés lors de l'attaque de Boni.", 'fr')
          .claims,
      ),
    ).toEqual(['wounded/soldiers 12-null unattributed']);
    expect(
      brief(
        read("9 passagers, notamment des commerçants, ont été enlevés lors de l'attaque du car à Boni.", 'fr')
          .claims,
      ),
    ).toEqual(['captured/civilians 9-9 unattributed']);
  });
});

describe('claims FR: a killing told as a noun', () => {
  it('reads "l’exécution de", "exécutions sommaires de", "le massacre de" as killed', () => {
    expect(
      brief(
        read("Selon une ONG, l'exécution de 20 civils a eu lieu lors de l'attaque de Boni.", 'fr').claims,
      ),
    ).toEqual(['killed/civilians 20-20 monitor']);
    expect(
      brief(read('Des exécutions sommaires de 14 bergers ont été signalées à Boni.', 'fr').claims),
    ).toEqual(['killed/civilians 14-14 unattributed']);
    expect(brief(read('Le massacre de 30 villageois à Boni a choqué le pays.', 'fr').claims)).toEqual([
      'killed/civilians 30-30 unattributed',
    ]);
  });
  it('hears a UN mission named by its adjective ("la mission onusienne")', () => {
    expect(
      brief(
        read("La mission onusienne a indiqué que 12 civils ont été tués lors de l'attaque de Boni.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/civilians 12-12 monitor']);
  });
});

describe('claims FR: lists and asides that share one verb', () => {
  it('gives the verb after a last item without a number to the items before it', () => {
    expect(
      brief(
        read("Après l'attaque de Boni, 4 véhicules, 12 motos et un lot d'armes ont été saisis.", 'fr').claims,
      ),
    ).toEqual(['seized/vehicles 4-4 unattributed', 'seized/motorcycles 12-12 unattributed']);
    expect(
      brief(read("Après l'attaque de Boni, 9 motos et des munitions ont été récupérées.", 'fr').claims),
    ).toEqual(['seized/motorcycles 9-9 unattributed']);
  });
  it('gives the verb after an aside "ainsi que …" to both figures', () => {
    expect(
      brief(
        read(
          "Cinq soldats, ainsi qu'une quarantaine de terroristes, ont été tués lors de l'attaque de Boni.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 5-5 unattributed', 'killed/militants 40-40 unattributed']);
  });
  it('gives the intransitive verb right after the aside to both ("ont péri", "died")', () => {
    const fr = read(
      "Cinq soldats, ainsi qu'une quarantaine de terroristes, ont péri lors de l'attaque de Boni.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/soldiers 5-5 unattributed',
      'killed/militants 40-40 unattributed',
    ]);
    const en = read('Five Malian soldiers, together with about 40 terrorists, died in the attack on Boni.');
    expect(brief(en.claims)).toEqual([
      'killed/soldiers 5-5 unattributed',
      'killed/militants 40-40 unattributed',
    ]);
  });
});

describe('claims FR: a communiqué’s tallies', () => {
  it('gives a bare bulleted line of things the verb of the list’s last line of things', () => {
    const text =
      'Les FAMa ont repoussé une attaque terroriste à Boni.\n\nBilan côté ennemi :\n- 15 terroristes neutralisés ;\n- 03 fusils récupérés ;\n- 02 PKM ;\n- 12 motos incendiées ;\n- 04 motos.';
    expect(brief(read(text, 'fr').claims)).toEqual([
      'killed/militants 15-15 unattributed',
      'seized/weapons 3-3 unattributed',
      'seized/weapons 2-2 unattributed',
      'destroyed/motorcycles 12-12 unattributed',
      'destroyed/motorcycles 4-4 unattributed',
    ]);
  });
  it('reads a label before a colon as the figure’s noun ("Motos récupérées : 12")', () => {
    const text =
      'Les FAMa ont repoussé une attaque à Boni. Bilan : terroristes neutralisés : 15 ; motos récupérées : 12.';
    expect(brief(read(text, 'fr').claims)).toEqual([
      'killed/militants 15-15 unattributed',
      'seized/motorcycles 12-12 unattributed',
    ]);
    const list =
      'Les FAMa ont repoussé une attaque à Boni.\n\nMatériels récupérés :\n- Motos : 12\n- PKM : 02';
    expect(brief(read(list, 'fr').claims)).toEqual([
      'seized/motorcycles 12-12 unattributed',
      'seized/weapons 2-2 unattributed',
    ]);
  });
});

describe('claims FR: things named after their verb', () => {
  it('gives "notamment 12 motos" and "Il s’agit de 12 motos" the verb said before them', () => {
    expect(
      brief(
        read(
          'Les FAMa ont repoussé une attaque à Boni et récupéré du matériel, notamment 12 motos et 5 fusils.',
          'fr',
        ).claims,
      ),
    ).toEqual(['seized/motorcycles 12-12 unattributed', 'seized/weapons 5-5 unattributed']);
    expect(
      brief(
        read(
          "Les FAMa ont repoussé une attaque à Boni. Lors du ratissage, d'importants matériels ont été récupérés. Il s'agit de 12 motos et 4 chargeurs.",
          'fr',
        ).claims,
      ),
    ).toEqual(['seized/motorcycles 12-12 unattributed', 'seized/ammunition 4-4 unattributed']);
  });
  it('gives a list after a header that has a figure of its own the header’s verb', () => {
    expect(
      brief(
        read(
          'Les FAMa ont repoussé une attaque à Boni. Plusieurs matériels ont été récupérés : 12 motos et 3 mitrailleuses.',
          'fr',
        ).claims,
      ),
    ).toEqual([
      'seized/equipment 2-null unattributed',
      'seized/motorcycles 12-12 unattributed',
      'seized/weapons 3-3 unattributed',
    ]);
  });
  it('reads "se sont emparés de" and "pris possession de" as seized', () => {
    expect(
      brief(read("Les terroristes se sont emparés de 5 véhicules lors de l'attaque de Boni.", 'fr').claims),
    ).toEqual(['seized/vehicles 5-5 unattributed']);
    expect(
      brief(read("L'armée a pris possession de 12 motos lors de l'attaque de Boni.", 'fr').claims),
    ).toEqual(['seized/motorcycles 12-12 unattributed']);
  });
  it('reads kit the enemy left behind ("abandonnés") as seized', () => {
    expect(
      brief(
        read("L'armée a repoussé l'attaque de Boni ; 7 motos abandonnées par les assaillants.", 'fr').claims,
      ),
    ).toEqual(['seized/motorcycles 7-7 unattributed']);
    expect(
      brief(
        read('Les assaillants ont fui en laissant plusieurs de leurs armes abandonnées à Boni.', 'fr').claims,
      ),
    ).toEqual(['seized/weapons 2-null unattributed']);
  });
  it('reads persons "emmenées" as captured', () => {
    expect(
      brief(read("Lors de l'attaque de Boni, les assaillants ont emmené 12 personnes.", 'fr').claims),
    ).toEqual(['captured/people 12-12 unattributed']);
    expect(brief(read('À Boni, 4 femmes ont été emmenées par les assaillants.', 'fr').claims)).toEqual([
      'captured/civilians 4-4 unattributed',
    ]);
  });
  it('reaches the verb over a phrase of manner ("tué par balles 12 civils", "à bout portant")', () => {
    expect(brief(read('Les assaillants ont tué par balles 12 civils à Boni.', 'fr').claims)).toEqual([
      'killed/civilians 12-12 unattributed',
    ]);
    expect(brief(read('Les jihadistes ont abattu à bout portant 3 villageois à Boni.', 'fr').claims)).toEqual(
      ['killed/civilians 3-3 unattributed'],
    );
    expect(brief(read('Gunmen shot dead at close range 4 villagers in Boni.', 'en').claims)).toEqual([
      'killed/civilians 4-4 unattributed',
    ]);
  });
  it('reads things "neutralisés" as destroyed, alone, in a list and after a quote', () => {
    expect(
      brief(read('Lors de la riposte à Boni, les FAMa ont neutralisé 3 pick-up terroristes.', 'fr').claims),
    ).toEqual(['destroyed/vehicles 3-3 unattributed']);
    expect(
      brief(
        read('Lors de la riposte à Boni, 12 terroristes et 3 véhicules ont été neutralisés.', 'fr').claims,
      ),
    ).toEqual(['killed/militants 12-12 unattributed', 'destroyed/vehicles 3-3 unattributed']);
    expect(
      brief(read("À Boni, l'armée dit avoir tué 40 assaillants et « neutralisé 2 motos ».", 'fr').claims),
    ).toEqual(['killed/militants 40-40 official', 'destroyed/motorcycles 2-2 official']);
    expect(brief(read('Troops neutralised 12 terrorists and 3 vehicles in Boni.', 'en').claims)).toEqual([
      'killed/militants 12-12 unattributed',
      'destroyed/vehicles 3-3 unattributed',
    ]);
  });
  it('reads bases "démantelées", supply depots ("plots logistiques") and kit shot down', () => {
    expect(
      brief(read('Lors de l’opération à Boni, les FAMa ont démantelé 3 bases terroristes.', 'fr').claims),
    ).toEqual(['destroyed/bases 3-3 unattributed']);
    expect(
      brief(read("Trois plots logistiques ont été détruits lors de l'opération à Boni.", 'fr').claims),
    ).toEqual(['destroyed/bases 3-3 unattributed']);
    expect(
      brief(read("Lors de l'attaque de Boni, les assaillants ont abattu un drone de l'armée.", 'fr').claims),
    ).toEqual(['destroyed/equipment 1-1 unattributed']);
    expect(
      brief(read('During the attack on Boni, the militants shot down an army helicopter.', 'en').claims),
    ).toEqual(['destroyed/equipment 1-1 unattributed']);
  });
  it('reaches the predicate over two adjectives after a thing ("2 bases logistiques terroristes ont été détruites")', () => {
    expect(
      brief(
        read(
          'Près de Boni lundi, deux bases logistiques terroristes ont été détruites par des frappes.',
          'fr',
        ).claims,
      ),
    ).toEqual(['destroyed/bases 2-2 unattributed']);
    expect(
      brief(read('Lors de l’opération à Boni, 12 armes lourdes automatiques ont été saisies.', 'fr').claims),
    ).toEqual(['seized/weapons 12-12 unattributed']);
  });
  it('reaches the predicate over adjectives joined by "et"/"ou" and a model\'s type ("armes individuelles et collectives", "de type AK-47")', () => {
    expect(
      brief(
        read(
          'Au cours du ratissage près de Boni, plusieurs armes individuelles et collectives ont été récupérées.',
          'fr',
        ).claims,
      ),
    ).toEqual(['seized/weapons 2-null unattributed']);
    expect(
      brief(read('Près de Boni, quatre armes légères ou lourdes ont aussi été saisies.', 'fr').claims),
    ).toEqual(['seized/weapons 4-4 unattributed']);
    expect(
      brief(
        read('Lors de la fouille à Boni, sept armes de type AK-47 ont également été saisies.', 'fr').claims,
      ),
    ).toEqual(['seized/weapons 7-7 unattributed']);
    expect(
      brief(read('Lors de la fouille à Boni, 7 armes type PK-M ont été récupérées.', 'fr').claims),
    ).toEqual(['seized/weapons 7-7 unattributed']);
  });
  it('counts uniforms, receivers and a "kalash" among seized things, not persons', () => {
    expect(
      brief(
        read("Lors de l'opération à Boni, l'armée a saisi 15 tenues militaires, 3 GPS et 2 kalash.", 'fr')
          .claims,
      ),
    ).toEqual([
      'seized/equipment 15-15 unattributed',
      'seized/equipment 3-3 unattributed',
      'seized/weapons 2-2 unattributed',
    ]);
  });
  it('reaches the verb over a short aside in commas ("saisi, entre autres, 12 motos")', () => {
    expect(
      brief(
        read("Lors de l'opération à Boni, les FAMa ont saisi, entre autres, 12 motos et 4 armes.", 'fr')
          .claims,
      ),
    ).toEqual(['seized/motorcycles 12-12 unattributed', 'seized/weapons 4-4 unattributed']);
  });
  it('reads the bodies a side left behind as its dead', () => {
    expect(
      brief(
        read("Lors de l'attaque de Boni, les terroristes ont laissé 12 corps sur le terrain.", 'fr').claims,
      ),
    ).toEqual(['killed/militants 12-12 unattributed']);
    expect(brief(read('In the attack on Boni, the attackers left 12 bodies behind.', 'en').claims)).toEqual([
      'killed/militants 12-12 unattributed',
    ]);
  });
  it('reads a killing or a wound told by its manner or its care ("brûlés vifs", "atteints par balles", "hospitalisés")', () => {
    const r = read(
      "Lors de l'attaque de Boni lundi, 7 villageois ont été brûlés vifs. Deux bergers ont été criblés de balles. Trois blessés ont été achevés. Quatre femmes ont été atteintes par balles.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/civilians 7-7 unattributed',
      'killed/civilians 2-2 unattributed',
      'killed/people 3-3 unattributed',
      'wounded/civilians 4-4 unattributed',
    ]);
    expect(
      brief(read('À Boni, lundi, 6 soldats ont été hospitalisés après l’attaque.', 'fr').claims),
    ).toEqual(['wounded/soldiers 6-6 unattributed']);
  });
  it('reads things requisitioned as seized ("réquisitionné 2 pick-up")', () => {
    expect(
      brief(read("Lors de l'attaque de Boni, les jihadistes ont réquisitionné deux véhicules.", 'fr').claims),
    ).toEqual(['seized/vehicles 2-2 unattributed']);
  });
  it('reads the dead a side left on the field as its own ("ont laissé 12 morts sur le terrain"), not the dead it caused', () => {
    expect(
      brief(read('À Boni, les assaillants ont laissé 12 morts sur le terrain lundi.', 'fr').claims),
    ).toEqual(['killed/militants 12-12 unattributed']);
    expect(
      brief(read('À Boni, les jihadistes ont laissé sur le carreau une quinzaine de morts.', 'fr').claims),
    ).toEqual(['killed/militants 15-15 unattributed']);
    expect(
      brief(
        read("À Boni, l'ennemi a laissé sur le terrain une dizaine de morts, selon l'armée.", 'fr').claims,
      ),
    ).toEqual(['killed/militants 10-10 official']);
    // The toll they caused: no field, or the victims named.
    expect(brief(read('Les terroristes ont attaqué Boni lundi, laissant 12 morts.', 'fr').claims)).toEqual([
      'killed/people 12-12 unattributed',
    ]);
    expect(brief(read('Gunmen attacked Boni on Monday and left 12 dead.', 'en').claims)).toEqual([
      'killed/people 12-12 unattributed',
    ]);
  });
  it('reads the bodies a side left behind past where ("laissé sur le terrain 17 corps", "left behind 17 bodies")', () => {
    expect(
      brief(
        read("Lors de l'attaque de Boni, les terroristes ont laissé sur le terrain 17 corps.", 'fr').claims,
      ),
    ).toEqual(['killed/militants 17-17 unattributed']);
    expect(
      brief(
        read('À Boni, les assaillants ont abandonné dans leur fuite une dizaine de cadavres.', 'fr').claims,
      ),
    ).toEqual(['killed/militants 10-10 unattributed']);
    expect(brief(read('In the attack on Boni, the attackers left behind 17 bodies.', 'en').claims)).toEqual([
      'killed/militants 17-17 unattributed',
    ]);
    // An attack that leaves bodies is no side.
    expect(brief(read('The attack on Boni on Monday left 17 bodies in the streets.', 'en').claims)).toEqual([
      'killed/people 17-17 unattributed',
    ]);
  });
  it('reads the bodies left by the subject of a participle clause ("…, abandonnant 8 corps", "fled, leaving behind")', () => {
    const fr = read(
      "À Boni, les jihadistes ont été repoussés par l'armée lundi, abandonnant sur le terrain 08 corps et 03 motos.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/militants 8-8 unattributed',
      'seized/motorcycles 3-3 unattributed',
    ]);
    const fem = read(
      'À Boni, les milices armées se sont retirées mardi en laissant derrière elles une dizaine de cadavres.',
      'fr',
    );
    expect(brief(fem.claims)).toEqual(['killed/militia 10-10 unattributed']);
    const en = read(
      'In Boni the gunmen were pushed back by soldiers on Monday, quickly leaving behind 11 bodies and 2 pick-ups.',
      'en',
    );
    expect(brief(en.claims)).toEqual([
      'killed/militants 11-11 unattributed',
      'seized/vehicles 2-2 unattributed',
    ]);
  });
  it('reads the kit a side left on the field as seized ("laissé sur le terrain 5 motos", "left behind")', () => {
    expect(
      brief(
        read("Lors de l'attaque de Boni, les assaillants ont laissé sur le terrain 5 motos.", 'fr').claims,
      ),
    ).toEqual(['seized/motorcycles 5-5 unattributed']);
    expect(
      brief(read('In the attack on Boni, the attackers left behind 5 motorcycles.', 'en').claims),
    ).toEqual(['seized/motorcycles 5-5 unattributed']);
  });
  it('gives the things listed after a toll told by its noun the verb\'s kind ("17 corps et 5 motos")', () => {
    expect(
      brief(
        read(
          'À Boni, les terroristes ont laissé sur le terrain 17 corps, ainsi que 5 motos et plusieurs armes.',
          'fr',
        ).claims,
      ),
    ).toEqual([
      'killed/militants 17-17 unattributed',
      'seized/motorcycles 5-5 unattributed',
      'seized/weapons 2-null unattributed',
    ]);
    expect(brief(read('At Boni, the attackers abandoned 17 bodies and 5 motorcycles.', 'en').claims)).toEqual(
      ['killed/militants 17-17 unattributed', 'seized/motorcycles 5-5 unattributed'],
    );
    // A toll with no verb before it gives its things no kind of its own.
    expect(brief(read("L'attaque de Boni a fait 17 morts et 5 véhicules détruits.", 'fr').claims)).toEqual([
      'killed/people 17-17 unattributed',
      'destroyed/vehicles 5-5 unattributed',
    ]);
  });
  it('reads "y ont laissé la vie", "a laissé leur vie" as killed', () => {
    expect(
      brief(
        read('Lundi, des terroristes ont attaqué Boni. Vingt-cinq habitants y ont laissé la vie.', 'fr')
          .claims,
      ),
    ).toEqual(['killed/civilians 25-25 unattributed']);
    expect(brief(read("Lors de l'attaque de Boni, un soldat a laissé la vie.", 'fr').claims)).toEqual([
      'killed/soldiers 1-1 unattributed',
    ]);
    expect(brief(read("Lors de l'attaque de Boni, trois soldats ont laissé leur vie.", 'fr').claims)).toEqual(
      ['killed/soldiers 3-3 unattributed'],
    );
  });
  it('reads persons "faits prisonniers" in a fight as captured, in every form', () => {
    expect(
      brief(
        read("Lors de l'attaque de Boni, 4 gendarmes ont été faits prisonniers par les assaillants.", 'fr')
          .claims,
      ),
    ).toEqual(['captured/soldiers 4-4 unattributed']);
    expect(
      brief(read("Lors de l'attaque de Boni, les jihadistes ont fait prisonniers 4 gendarmes.", 'fr').claims),
    ).toEqual(['captured/soldiers 4-4 unattributed']);
    expect(
      brief(read("Lors de l'attaque de Boni, deux femmes ont été faites prisonnières.", 'fr').claims),
    ).toEqual(['captured/civilians 2-2 unattributed']);
  });
  it('reads persons taken "avec eux" and an estimate with no comma before it', () => {
    expect(
      brief(
        read("Lors de l'attaque de Boni, les assaillants ont emporté avec eux plusieurs personnes.", 'fr')
          .claims,
      ),
    ).toEqual(['captured/people 2-null unattributed']);
    expect(
      brief(
        read('Lors de la riposte à Boni, les assaillants estimés à une trentaine ont été neutralisés.', 'fr')
          .claims,
      ),
    ).toEqual(['killed/militants 30-30 unattributed']);
  });
  it('reads explosive devices as weapons, armoured "engins" as vehicles', () => {
    expect(
      brief(
        read(
          "Lors de l'opération à Boni, les FAMa ont récupéré 3 engins explosifs improvisés et 2 engins blindés.",
          'fr',
        ).claims,
      ),
    ).toEqual(['seized/weapons 3-3 unattributed', 'seized/vehicles 2-2 unattributed']);
    expect(
      brief(read('During the operation near Boni, troops seized 3 explosive devices.', 'en').claims),
    ).toEqual(['seized/weapons 3-3 unattributed']);
  });
  it('knows the communiqués’ kit: tricycles, computers, solar panels, fuel drums, detonators', () => {
    expect(
      brief(
        read(
          "Lors de l'opération à Boni, les FAMa ont récupéré 4 tricycles, 3 ordinateurs, 2 panneaux solaires, 6 fûts de carburant et 20 détonateurs.",
          'fr',
        ).claims,
      ),
    ).toEqual([
      'seized/motorcycles 4-4 unattributed',
      'seized/equipment 3-3 unattributed',
      'seized/equipment 2-2 unattributed',
      'seized/equipment 6-6 unattributed',
      'seized/ammunition 20-20 unattributed',
    ]);
  });
  it('reads a sweep that recovered kit, kit confiscated, stolen, fallen into the army’s hands or destroyed from the air', () => {
    const claims = (t: string) => brief(read(t, 'fr').claims);
    expect(claims("Lors de l'opération à Boni, le ratissage a permis de récupérer 12 motos.")).toEqual([
      'seized/motorcycles 12-12 unattributed',
    ]);
    expect(claims("Lors de l'opération à Boni, les FAMa ont confisqué 12 motos.")).toEqual([
      'seized/motorcycles 12-12 unattributed',
    ]);
    expect(claims("Lors de l'attaque de Boni, les assaillants ont dérobé 3 véhicules.")).toEqual([
      'seized/vehicles 3-3 unattributed',
    ]);
    expect(claims("Lors de l'opération à Boni, 12 motos sont tombées entre les mains des FAMa.")).toEqual([
      'seized/motorcycles 12-12 unattributed',
    ]);
    expect(
      claims("Lors de l'opération à Boni, les FAMa ont détruit par frappes aériennes 12 motos."),
    ).toEqual(['destroyed/motorcycles 12-12 unattributed']);
    expect(
      claims('During the attack on Boni, the militants looted 3 vehicles and 2 trucks were set ablaze.'),
    ).toEqual(['seized/vehicles 3-3 unattributed', 'destroyed/vehicles 2-2 unattributed']);
  });
});

describe('claims (FR/EN): one adjective between the noun and its predicate', () => {
  it('reaches the predicate over "nationaux", "innocents", "unarmed"', () => {
    const r = read("Lors de l'attaque de Boni, douze gardes nationaux ont été tués.", 'fr');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const f = read("Lors de l'attaque de Boni, sept civils innocents ont été froidement abattus.", 'fr');
    expect(brief(f.claims)).toEqual(['killed/civilians 7-7 unattributed']);
    // Two words that are no predicate end the phrase.
    const none = read("Lors de l'attaque de Boni, douze gardes nationaux selon l'armée sont rentrés.", 'fr');
    expect(brief(none.claims)).toEqual([]);
  });
});

describe('claims (FR/EN): killings and abductions told as nouns', () => {
  it('reads "l\'extermination de", "l\'assassinat de", "the abduction of"', () => {
    const ext = read("Boni est en deuil après l'extermination de 19 paisibles citoyens.", 'fr');
    expect(brief(ext.claims)).toEqual(['killed/civilians 19-19 unattributed']);
    const ass = read("L'assassinat de 4 villageois à Boni a été condamné.", 'fr');
    expect(brief(ass.claims)).toEqual(['killed/civilians 4-4 unattributed']);
    const abd = read('The abduction of 19 passengers near Boni was confirmed by residents.');
    expect(brief(abd.claims)).toEqual(['captured/civilians 19-19 local']);
  });
});

describe('claims (FR/EN): a connective inside the verb', () => {
  it('reaches the participle over "toutefois", "malgré tout", "however"', () => {
    const a = read("Lors de l'attaque de Boni, trois personnes ont toutefois été tuées.", 'fr');
    expect(brief(a.claims)).toEqual(['killed/people 3-3 unattributed']);
    const b = read(
      "Les chasseurs ont repoussé l'attaque de Boni ; une personne aurait malgré tout été tuée.",
      'fr',
    );
    expect(brief(b.claims)).toEqual(['killed/people 1-1 unattributed']);
    const c = read('In the attack on Boni, three soldiers were however killed.');
    expect(brief(c.claims)).toEqual(['killed/soldiers 3-3 unattributed']);
  });
});

describe('un bilan révisé « contre N annoncés initialement »', () => {
  it("lit le nouveau bilan et l'ancien, du même genre et du même camp", () => {
    const r = read(
      "Au Mali, le bilan des soldats tués à Boni s'est alourdi à 40 morts, contre 20 annoncés initialement.",
      'fr',
    );
    expect(r.claims.map((c) => [c.kind, c.subject, c.min, !!c.earlier])).toEqual([
      ['killed', 'soldiers', 40, false],
      ['killed', 'soldiers', 20, true],
    ]);
    const en = read(
      'In Mali, 40 soldiers were killed in the attack on Boni, compared with 20 reported earlier.',
    );
    expect(en.claims.map((c) => [c.min, !!c.earlier])).toEqual([
      [40, false],
      [20, true],
    ]);
  });
  it("ne lit rien dans « contre 20 terroristes » sans mot d'antériorité", () => {
    const r = read(
      "Au Mali, 12 soldats ont été tués à Boni, où l'armée se battait contre 20 terroristes.",
      'fr',
    );
    expect(r.claims.filter((c) => c.earlier)).toEqual([]);
  });
});

describe('« armés », participe accentué, après un nom : des combattants, jamais des armes', () => {
  it('lit « 12 motards armés ont été abattus » comme des militants tués, et « 12 armes » comme des armes', () => {
    expect(
      brief(read('Au Mali, 12 motards armés ont été abattus par les FAMa près de Boni.', 'fr').claims),
    ).toEqual(['killed/militants 12-12 unattributed']);
    expect(
      brief(read('Au Mali, les FAMa ont récupéré 12 armes et 3 motos près de Boni.', 'fr').claims),
    ).toEqual(['seized/weapons 12-12 unattributed', 'seized/motorcycles 3-3 unattributed']);
    expect(
      brief(read("Au Mali, lors de l'attaque de Boni, 7 jeunes armés ont été tués.", 'fr').claims),
    ).toEqual(['killed/militants 7-7 unattributed']);
  });
});

describe('claims (FR/EN): found dead, fatally hit, killed at once', () => {
  it('reads "retrouvés morts" / "found dead" as killed, in every gender', () => {
    expect(
      brief(
        read("Après l'attaque de Boni, quatre bergers ont été retrouvés morts mardi matin.", 'fr').claims,
      ),
    ).toEqual(['killed/civilians 4-4 unattributed']);
    expect(
      brief(
        read("Après l'attaque de Boni, deux villageoises ont été retrouvées mortes dans un puits.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/civilians 2-2 unattributed']);
    expect(
      brief(read('After the attack on Boni, four herders were found dead on Tuesday.', 'en').claims),
    ).toEqual(['killed/civilians 4-4 unattributed']);
  });
  it('reads "mortellement touchés" / "mortellement blessé" as killed, not wounded', () => {
    expect(
      brief(read("Lors de l'attaque de Boni, trois gendarmes ont été mortellement touchés.", 'fr').claims),
    ).toEqual(['killed/soldiers 3-3 unattributed']);
    expect(
      brief(
        read(
          "Lors de l'attaque de Boni, un soldat a été mortellement blessé et deux autres légèrement.",
          'fr',
        ).claims,
      )[0],
    ).toBe('killed/soldiers 1-1 unattributed');
  });
  it('steps back over "sur le coup" and "all" to the verb', () => {
    expect(
      brief(read('À Boni, un car a sauté sur une mine, tuant sur le coup ses six occupants.', 'fr').claims),
    ).toEqual(['killed/people 6-6 unattributed']);
    expect(
      brief(read('In Boni, a bus hit a landmine, killing all six of its passengers.', 'en').claims),
    ).toEqual(['killed/civilians 6-6 unattributed']);
  });
});

describe('claims (FR): "mis hors de combat", the armies\' word for the enemy killed', () => {
  it('reads "ont mis hors de combat 11 terroristes" and its passive as killed militants', () => {
    expect(
      brief(read('À Boni, les unités ont mis hors de combat 11 terroristes et saisi 16 motos.', 'fr').claims),
    ).toEqual(['killed/militants 11-11 unattributed', 'seized/motorcycles 16-16 unattributed']);
    expect(
      brief(
        read("À Boni, une dizaine d'assaillants ont été mis hors de combat lors de l'attaque.", 'fr').claims,
      ),
    ).toEqual(['killed/militants 10-10 unattributed']);
  });
});

describe('claims (FR/EN): kit left behind in a participle', () => {
  it('reads "en laissant derrière eux", "laissant sur le terrain", "leaving behind" things as seized', () => {
    expect(
      brief(
        read('À Boni, les assaillants ont fui en laissant derrière eux 5 armes et 2 motos.', 'fr').claims,
      ),
    ).toEqual(['seized/weapons 5-5 unattributed', 'seized/motorcycles 2-2 unattributed']);
    expect(
      brief(read('À Boni, les assaillants ont décroché, laissant sur le terrain 4 motos.', 'fr').claims),
    ).toEqual(['seized/motorcycles 4-4 unattributed']);
    expect(
      brief(read('In Boni, the attackers fled, leaving behind 5 rifles and 2 motorbikes.').claims),
    ).toEqual(['seized/weapons 5-5 unattributed', 'seized/motorcycles 2-2 unattributed']);
  });
  it('keeps the dead they leave behind as killed', () => {
    expect(brief(read('In Boni, the gunmen withdrew, leaving behind 9 dead.').claims)).toEqual([
      'killed/people 9-9 unattributed',
    ]);
  });
});

describe('the losses of a pro-government militia', () => {
  it('gives the militia its own fighters, by its name or its noun', () => {
    expect(
      brief(read('Des jihadistes ont attaqué Ménaka lundi. Le GATIA a perdu 12 combattants.', 'fr').claims),
    ).toEqual(['killed/militia 12-12 unattributed']);
    expect(
      brief(
        read('Des jihadistes ont attaqué Bankass lundi. Les dozos ont perdu 12 de leurs combattants.', 'fr')
          .claims,
      ),
    ).toEqual(['killed/militia 12-12 unattributed']);
    expect(
      brief(
        read('Des jihadistes ont attaqué Ménaka lundi. Douze combattants du GATIA ont été tués.', 'fr')
          .claims,
      ),
    ).toEqual(['killed/militia 12-12 unattributed']);
    expect(
      brief(read('Jihadists attacked Menaka on Monday. Twelve GATIA fighters were killed.', 'en').claims),
    ).toEqual(['killed/militia 12-12 unattributed']);
    expect(brief(read('Jihadists attacked Menaka on Monday. GATIA lost 12 fighters.', 'en').claims)).toEqual([
      'killed/militia 12-12 unattributed',
    ]);
  });
  it("keeps the jihadists' fighters militants", () => {
    expect(brief(read("L'armée a attaqué Boni lundi. Le JNIM a perdu 12 combattants.", 'fr').claims)).toEqual(
      ['killed/militants 12-12 unattributed'],
    );
    expect(
      brief(read("L'armée a attaqué Boni lundi. Douze combattants du JNIM ont été tués.", 'fr').claims),
    ).toEqual(['killed/militants 12-12 unattributed']);
  });
});

describe('claims: a count told in an apposition after its noun ("au nombre de", "numbering")', () => {
  it('counts the noun before "au nombre de" with its own kind or the verb after the apposition', () => {
    expect(
      brief(
        read("Les victimes de l'attaque de Boni, au nombre de douze, ont été inhumées mardi.", 'fr').claims,
      ),
    ).toEqual(['killed/people 12-12 unattributed']);
    expect(
      brief(read('À Boni, les militaires tués, au nombre de 9, ont été inhumés mardi.', 'fr').claims),
    ).toEqual(['killed/soldiers 9-9 unattributed']);
    expect(
      brief(
        read('The victims of the attack on Boni, numbering twelve, were buried on Tuesday.', 'en').claims,
      ),
    ).toEqual(['killed/people 12-12 unattributed']);
    expect(brief(read('In Boni, the soldiers, who numbered 14, were all killed.', 'en').claims)).toEqual([
      'killed/soldiers 14-14 unattributed',
    ]);
  });
});

describe('claims FR: the fighters a side left on the field, and "mordu la poussière"', () => {
  const FR = 'Les FAMa ont repoussé une attaque à Boni lundi. ';
  it('reads the persons "laissés sur le carreau / sur le terrain" as dead, singular and plural', () => {
    expect(
      brief(read(`${FR}L'ennemi a laissé sur le carreau une vingtaine de ses combattants.`, 'fr').claims),
    ).toEqual(['killed/militants 20-20 unattributed']);
    expect(
      brief(read(`${FR}Les assaillants ont abandonné sur le terrain 12 des leurs.`, 'fr').claims),
    ).toEqual(['killed/militants 12-12 unattributed']);
    // Things left on the field are no dead.
    expect(brief(read(`${FR}Les assaillants ont abandonné sur le terrain 12 motos.`, 'fr').claims)).toEqual([
      'seized/motorcycles 12-12 unattributed',
    ]);
  });
  it('reads the field named after the persons, and "des leurs" as the side that left them', () => {
    expect(
      brief(
        read(`${FR}Les terroristes ont laissé six des leurs sur le terrain, selon l'armée.`, 'fr').claims,
      ),
    ).toEqual(['killed/militants 6-6 official']);
    expect(
      brief(
        read(`${FR}Les assaillants ont laissé une dizaine de leurs combattants sur le carreau.`, 'fr').claims,
      ),
    ).toEqual(['killed/militants 10-10 unattributed']);
    // The side named first is the one that lost them: the army's own.
    expect(
      brief(
        read(`${FR}Les militaires ont laissé trois des leurs sur le terrain, selon le JNIM.`, 'fr').claims,
      ),
    ).toEqual(['killed/soldiers 3-3 armed_group']);
    const EN = 'The army repelled an attack on Boni on Monday. ';
    expect(
      brief(read(`${EN}The attackers left behind six of their dead, the army said.`, 'en').claims),
    ).toEqual(['killed/militants 6-6 official']);
    expect(
      brief(
        read(`${EN}The jihadists left nine of their own on the battlefield, the army said.`, 'en').claims,
      ),
    ).toEqual(['killed/militants 9-9 official']);
    // Hostages left behind are no dead.
    expect(brief(read(`${EN}The attackers left behind six hostages.`, 'en').claims)).not.toContain(
      'killed/militants 6-6 unattributed',
    );
  });
  it('reads "ont mordu la poussière", "bit the dust" as killed', () => {
    expect(brief(read(`${FR}Une vingtaine d'assaillants ont mordu la poussière.`, 'fr').claims)).toEqual([
      'killed/militants 20-20 unattributed',
    ]);
    expect(
      brief(read('The army repelled an attack on Boni on Monday. About 20 assailants bit the dust.').claims),
    ).toEqual(['killed/militants 20-20 unattributed']);
  });
});

describe('claims (FR): an adverb inside the auxiliary of a loss', () => {
  const pre = 'Lundi, des jihadistes ont attaqué le poste de Boni. Deux soldats ont été tués. ';
  it('reads "ont aussi perdu", "ont également perdu", "a finalement perdu" as "ont perdu"', () => {
    expect(
      brief(read(pre + "Les assaillants ont aussi perdu une dizaine d'hommes, selon l'armée.", 'fr').claims),
    ).toEqual(['killed/soldiers 2-2 official', 'killed/militants 10-10 official']);
    expect(brief(read(pre + 'Les terroristes ont également perdu 10 combattants.', 'fr').claims)).toContain(
      'killed/militants 10-10 unattributed',
    );
    expect(brief(read(pre + 'Les milices ont aussi perdu sept des leurs.', 'fr').claims)).toContain(
      'killed/militia 7-7 unattributed',
    );
    expect(brief(read(pre + 'Les chasseurs dozos ont finalement perdu 3 hommes.', 'fr').claims)).toContain(
      'killed/militia 3-3 unattributed',
    );
  });
});

describe('claims (FR/EN): a garrison is its soldiers', () => {
  it('reads "la garnison a perdu 17 hommes", "the garrison lost 17 men" as soldiers', () => {
    const pre = 'Lundi, des jihadistes ont attaqué le poste de Boni. ';
    expect(brief(read(pre + 'La garnison a perdu dix-sept hommes.', 'fr').claims)).toEqual([
      'killed/soldiers 17-17 unattributed',
    ]);
    expect(
      brief(read('Jihadists attacked the Boni post on Monday. The garrison lost 17 men.').claims),
    ).toEqual(['killed/soldiers 17-17 unattributed']);
  });
});

describe('FR: the private guards of a site are civilians, not the National Guard', () => {
  it('"un vigile", "deux gardiens" (and "watchmen")', () => {
    const pre = "Des hommes armés ont attaqué samedi un site d'orpaillage près de Boni. ";
    expect(brief(read(pre + 'Un vigile a été tué et deux gardiens blessés.', 'fr').claims)).toEqual([
      'killed/civilians 1-1 unattributed',
      'wounded/civilians 2-2 unattributed',
    ]);
    expect(brief(read(pre + 'Trois gardiens du site ont été enlevés.', 'fr').claims)).toEqual([
      'captured/civilians 3-3 unattributed',
    ]);
    expect(
      brief(read('Gunmen attacked a gold mine near Boni on Saturday and killed two watchmen.').claims),
    ).toEqual(['killed/civilians 2-2 unattributed']);
    // The guards of the state are still soldiers.
    expect(brief(read(pre + 'Deux gardes nationaux ont été tués.', 'fr').claims)).toEqual([
      'killed/soldiers 2-2 unattributed',
    ]);
  });
});

describe('claims (FR): "être N à …", the count of the persons who did', () => {
  it("the copula's subject is the side, the infinitive the kind", () => {
    expect(
      brief(read("Lors de l'attaque de Boni, les soldats ont été 12 à perdre la vie.", 'fr').claims),
    ).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(
      brief(
        read("Lors de l'attaque de Boni, les villageoises étaient une dizaine à être blessées.", 'fr').claims,
      ),
    ).toEqual(['wounded/civilians 10-10 unattributed']);
    expect(
      brief(
        read(
          "Lors de l'attaque de Boni, les villageois sont au moins 30 à avoir finalement trouvé la mort.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 30-null unattributed']);
  });
  it('not what might have been: "auraient pu perdre la vie"', () => {
    expect(
      brief(read("Lors de l'attaque de Boni, 12 civils auraient pu perdre la vie.", 'fr').claims),
    ).toEqual([]);
  });
});

describe('claims (FR): a long aside "pour la plupart …" between the toll and its verb', () => {
  it('steps over it, masculine and feminine', () => {
    expect(
      brief(
        read(
          "Lors de l'attaque de Boni, 12 civils, pour la plupart des commerçants qui se rendaient à la foire hebdomadaire, ont été tués.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 12-12 unattributed']);
    expect(
      brief(
        read(
          "Lors de l'attaque de Boni, 9 personnes, pour la plupart des femmes qui revenaient du marché de la ville, ont été enlevées.",
          'fr',
        ).claims,
      ),
    ).toEqual(['captured/civilians 9-9 unattributed']);
  });
});

describe('claims: the defence and security forces lose their own men (losing-side LOSER_REACH, lexicon "FDS")', () => {
  const pre = 'Lundi, des jihadistes ont attaqué le camp de Boni. ';
  it('reads the side named with its complement, or by its acronym', () => {
    for (const text of [
      'Les forces de défense et de sécurité ont perdu 12 hommes lundi à Boni.',
      'Les forces de défense et de sécurité (FDS) ont perdu 12 hommes lundi à Boni.',
      'Les FDS ont perdu 12 hommes lundi à Boni.',
    ])
      expect(brief(read(pre + text, 'fr').claims), text).toEqual(['killed/soldiers 12-12 unattributed']);
  });
  it('still takes the side nearest the verb', () => {
    expect(
      brief(read("Selon l'armée, les terroristes ont perdu 12 hommes lundi à Boni.", 'fr').claims),
    ).toEqual(['killed/militants 12-12 official']);
  });
});

describe("claims (FR, EN): the enemy's dead in a communiqué's other verbs", () => {
  it('reads "liquidés", "anéantis", "restés sur le carreau", in the passive and the active', () => {
    for (const t of [
      'Lors de la riposte à Boni, 32 terroristes ont été liquidés.',
      'Lors de la riposte à Boni, 32 terroristes ont été anéantis.',
      'Lors de la riposte à Boni, 32 terroristes sont restés sur le carreau.',
      'Lors de la riposte à Boni, les FAMa ont liquidé 32 terroristes.',
      "Lors de la riposte à Boni, l'armée a anéanti 32 terroristes.",
    ])
      expect(brief(read(t, 'fr').claims), t).toEqual(['killed/militants 32-32 unattributed']);
  });
  it('reads "were liquidated", "annihilated"', () => {
    for (const t of [
      'During the counter-attack in Boni, 32 terrorists were liquidated.',
      'During the counter-attack in Boni, the army annihilated 32 terrorists.',
    ])
      expect(brief(read(t, 'en').claims), t).toEqual(['killed/militants 32-32 unattributed']);
  });
});

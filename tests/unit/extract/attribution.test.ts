import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

const by = (text: string, lang = 'en') => read(text, lang).claims.map((c) => [c.by, c.source]);

describe('attribution (EN)', () => {
  it('classifies claimants', () => {
    expect(by('At least 15 soldiers were killed on Monday, according to a security source.')[0][0]).toBe(
      'security_source',
    );
    expect(by('Residents said 8 civilians were killed in the raid on Monday.')[0][0]).toBe('local');
    expect(by('Human Rights Watch said 30 civilians were executed in the attack on Monday.')[0][0]).toBe(
      'monitor',
    );
    expect(by('According to Reuters, 11 soldiers were killed in the attack on Monday.')[0][0]).toBe('media');
    // Local outlets are outlets, not local people speaking.
    expect(by('Local media said 11 soldiers were killed in the attack on Monday.')[0][0]).toBe('media');
    expect(by('Eleven soldiers were killed in the attack on Monday.')[0][0]).toBe('unattributed');
  });
  it('gives two claimants in one sentence their own figures', () => {
    const r = read(
      'The army said 20 militants were killed in the attack on Monday, while JNIM claimed it killed 35 soldiers.',
    );
    expect(r.claims.map((c) => c.by)).toEqual(['official', 'armed_group']);
  });
  it('carries the claimant to the next sentence through a pronoun', () => {
    const r = read(
      'In a statement on Monday, the group said it attacked the camp. They further reported seizing 6 vehicles.',
    );
    expect(r.claims.map((c) => c.by)).toEqual(['armed_group']);
  });
  it('reads a claimant after the quote it closes', () => {
    const r = read(
      '“At least 12 suspects have been arrested after the attack on Monday,” said an official who requested anonymity.',
    );
    expect(r.claims[0].by).toBe('security_source');
  });
  it('keeps the claimant words in source', () => {
    const r = read(
      'Militants killed at least 21 soldiers in an attack on Tuesday, according to SITE Intelligence Group.',
    );
    expect(r.claims[0].source).toContain('SITE Intelligence Group');
  });
});

describe('attribution (FR)', () => {
  it('classifies French claimants', () => {
    expect(by('Selon une source militaire, 40 soldats ont été tués lundi dans l’attaque.', 'fr')[0][0]).toBe(
      'security_source',
    );
    expect(by('Des habitants affirment que 9 civils ont été tués lundi dans l’attaque.', 'fr')[0][0]).toBe(
      'local',
    );
    expect(by('Le JNIM revendique avoir tué 30 soldats lundi dans l’attaque.', 'fr')[0][0]).toBe(
      'armed_group',
    );
  });
  it('reads an inverted claimant after the figures', () => {
    const r = read(
      'Lundi, 12 terroristes ont été « neutralisés » lors de l’attaque, a annoncé l’armée dans un communiqué.',
      'fr',
    );
    expect(r.claims[0].by).toBe('official');
  });
  it('takes the claimant of the quotation a figure sits in', () => {
    const r = read(
      '« Le ratissage a permis de neutraliser 14 terroristes lors de l’attaque de lundi. », a déclaré le gouvernement dans un communiqué.',
      'fr',
    );
    expect(r.claims[0].by).toBe('official');
  });
});

describe('attribution: sources named by the cue', () => {
  it('reads "de source sécuritaire" as a security source', () => {
    const r = read(
      "L'attaque de lundi a fait 11 morts parmi les soldats, a appris l'AFP de source sécuritaire.",
      'fr',
    );
    expect(r.claims[0].by).toBe('security_source');
  });
  it('names the claimant without the "Selon" that opens its sentence, before a relative clause', () => {
    const fr = read(
      "Selon l'état-major, qui a publié un communiqué mardi, 14 terroristes ont été neutralisés près de Boni.",
      'fr',
    );
    expect(fr.claims.map((c) => [c.by, c.source])).toEqual([['official', "l'état-major"]]);
    const group = read("D'après le JNIM, qui a revendiqué l'attaque, 14 soldats ont été tués à Boni.", 'fr');
    expect(group.claims.map((c) => [c.by, c.source])).toEqual([['armed_group', 'le JNIM']]);
  });
});

describe('attribution: "also" points back', () => {
  it('gives the figures before it the claimant of an "also" statement', () => {
    const r = read(
      "L'attaque du camp de Boni lundi a fait 9 morts et 14 blessés parmi les soldats.\n\nLe bilan de l'armée fait également état de 30 terroristes neutralisés.",
      'fr',
    );
    expect(r.claims.map((c) => c.by)).toEqual(['official', 'official', 'official']);
  });
  it('does not reach past a figure that has its own claimant', () => {
    const r = read(
      'Gunmen attacked the town of Boni on Monday.\n\nTwo soldiers were wounded in the attack.\n\nResidents said 4 civilians were killed. The army also said 12 attackers were killed.',
    );
    expect(r.claims.map((c) => c.by)).toEqual(['unattributed', 'local', 'official']);
  });
});

describe('attribution: passive "also"', () => {
  it('does not take "clashes were also reported" for a claimant speaking again', () => {
    const r = read(
      'Gunmen attacked the town of Boni on Monday.\n\nAbout 30 soldiers were killed in the attack. JNIM claimed the attack, and clashes were also reported in Douentza.',
    );
    expect(r.claims.map((c) => c.by)).toEqual(['unattributed']);
  });
});

describe('attribution: source words', () => {
  it('keeps the claimant name short and whole', () => {
    const src = (text: string, lang = 'en') => read(text, lang).claims[0]?.source;
    expect(src('Militants killed 9 soldiers on Monday, according to eyewitness accounts.')).toBe(
      'eyewitness accounts',
    );
    expect(
      src("Selon une source militaire française, 40 soldats ont été tués lundi dans l'attaque.", 'fr'),
    ).toBe('une source militaire française');
    expect(src("Mali's armed forces said 12 militants were killed in the attack on Monday.")).toBe(
      "Mali's armed forces",
    );
  });
  it('keeps the complement that says whose officer, and the rank before, but no participle after', () => {
    const src = (text: string, lang = 'fr') => read(text, lang).claims[0]?.source;
    expect(src("Selon un officier de l'armée, 17 soldats ont été tués à Boni.")).toBe(
      "un officier de l'armée",
    );
    expect(src("Un haut gradé de l'armée malienne a déclaré que 17 soldats ont été tués à Boni.")).toBe(
      "Un haut gradé de l'armée malienne",
    );
    expect(
      src("17 soldats ont été tués à Boni, a confié un responsable militaire ayant requis l'anonymat."),
    ).toBe('un responsable militaire');
    expect(src('17 soldiers were killed in Boni, a senior military officer said.', 'en')).toBe(
      'a senior military officer',
    );
  });
});

describe('attribution: asides', () => {
  it('reads the claimant before an aside naming its media', () => {
    const r = read(
      'JNIM, in a statement on its Az-Zallaqa media, said it killed 40 soldiers in the attack on Monday.',
    );
    expect(r.claims[0].by).toBe('armed_group');
  });
});

describe('attribution: the same statement, and figures after an aside', () => {
  it('gives "selon le même communiqué" the claimant of the communiqué named before (FR)', () => {
    const r = read(
      "Des terroristes ont attaqué lundi le poste de Léré. Dans un communiqué, l'armée indique que 4 soldats ont été tués.\n\nSelon le même communiqué, au moins 15 assaillants ont été neutralisés.",
      'fr',
    );
    expect(brief(r.claims)).toContain('killed/militants 15-null official');
  });
  it('gives "according to the same statement" the claimant named before (EN)', () => {
    const r = read(
      'Militants attacked the post of Lere on Monday. In a statement, the army said 4 soldiers were killed.\n\nAccording to the same statement, at least 15 assailants were neutralised.',
    );
    expect(brief(r.claims)).toContain('killed/militants 15-null official');
  });
  it('does not take the figure after "…, évoquent" for an inverted claimant (FR)', () => {
    const r = read(
      'Des jihadistes ont attaqué lundi le camp de Boni.\n\nDes habitants de la localité, joints au téléphone, évoquent une trentaine de militaires tués.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 30-30 local']);
  });
  it('does not take the figure after "…, say" for an inverted claimant (EN)', () => {
    const r = read(
      'Jihadists attacked the Boni camp on Monday.\n\nResidents of the town, reached by phone, say dozens of soldiers were killed.',
    );
    expect(r.claims.map((c) => c.by)).toEqual(['local']);
  });
  it('knows a feminine or plural local claimant ("une habitante", "des élues", "un rescapé")', () => {
    for (const who of ['une habitante', 'deux élues locales', 'un rescapé']) {
      const r = read(`Selon ${who}, 8 villageois ont été tués lors de l'attaque de Boni.`, 'fr');
      expect(brief(r.claims)).toEqual(['killed/civilians 8-8 local']);
    }
  });
  it('reads "fait état de" with an adverbial inside as reporting', () => {
    for (const v of ['fait pour le moment état de', 'faisait déjà état de', 'font désormais état de']) {
      const r = read(`Le gouvernement ${v} 12 soldats tués lors de l'attaque de Boni.`, 'fr');
      expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
    }
  });
  it('does not read "faire" with a toll as reporting ("l\'attaque a fait 12 morts")', () => {
    const r = read("L'attaque de Boni a fait 12 morts.", 'fr');
    expect(brief(r.claims)).toEqual(['killed/people 12-12 unattributed']);
  });
  it('reaches an inverted speaker across a date aside ("a fait savoir, mardi 18 juin, le maire")', () => {
    const r = read(
      'Des hommes armés ont attaqué Boni, tuant au moins 12 villageois, a fait savoir, mardi 18 juin, le maire de la commune.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 12-null local']);
    const e = read(
      'Gunmen attacked Boni, killing 12 villagers, said on Tuesday, June 18, the mayor of the town.',
      'en',
    );
    expect(brief(e.claims)).toEqual(['killed/civilians 12-12 local']);
  });
  it('counts a district administrator as a local claimant', () => {
    const r = read(
      'At least 9 people were killed in the attack on Boni, a district administrator said.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/people 9-null local']);
  });
});

describe('attribution: monitors and the verbs they count with', () => {
  it('credits a monitor that records or documents a toll', () => {
    const one = (t: string, lang: 'fr' | 'en') => brief(read(t, lang).claims);
    expect(one('ACLED recorded 18 civilians killed in the raid on Boni.', 'en')).toEqual([
      'killed/civilians 18-18 monitor',
    ]);
    expect(one('Human Rights Watch documented 18 villagers killed in Boni.', 'en')).toEqual([
      'killed/civilians 18-18 monitor',
    ]);
    expect(one("Le HCR a recensé 18 civils tués lors de l'attaque de Boni.", 'fr')).toEqual([
      'killed/civilians 18-18 monitor',
    ]);
    expect(one("Selon la Croix-Rouge, 18 villageois ont été tués lors de l'attaque de Boni.", 'fr')).toEqual([
      'killed/civilians 18-18 monitor',
    ]);
  });
});

describe('attribution: "disent", "disant"', () => {
  it('reads the irregular forms of "dire" as speech', () => {
    const r = read("Les rebelles disent avoir tué 14 soldats lors de l'attaque de Boni.", 'fr');
    expect(brief(r.claims)).toEqual(['killed/soldiers 14-14 armed_group']);
    const d = read("Des habitants, disant avoir compté 14 corps, ont décrit l'attaque de Boni.", 'fr');
    expect(brief(d.claims)).toEqual(['killed/people 14-14 local']);
  });
});

describe('attribution: an unnamed officer is a security source', () => {
  it("reads an unnamed officer as security_source and the army's spokesman as official", () => {
    const by = (t: string, lang: 'fr' | 'en') => read(t, lang).claims.map((c) => c.by);
    expect(by('Selon un responsable militaire, 11 soldats ont été tués à Boni.', 'fr')).toEqual([
      'security_source',
    ]);
    expect(by("Un haut gradé de l'armée a confié que 11 soldats ont été tués à Boni.", 'fr')).toEqual([
      'security_source',
    ]);
    expect(by('According to an army officer, 11 soldiers were killed in Boni.', 'en')).toEqual([
      'security_source',
    ]);
    // The noun, whatever qualifies it: nationality, rank, number.
    for (const who of ['A Malian officer said', 'Two army officers said', 'A senior officer told AFP'])
      expect(by(`${who} 11 soldiers were killed in Boni.`, 'en')).toEqual(['security_source']);
    // Sources close to the army are the army's sources, not relatives ("proches"); an "élément" is a member.
    for (const who of ["Selon des sources proches de l'armée,", "Selon un élément de l'armée,"])
      expect(by(`${who} 11 soldats ont été tués à Boni.`, 'fr')).toEqual(['security_source']);
    // A member of the forces by an adjective anywhere before the noun; a government's official is no member of them.
    expect(by('Malian army officials said 11 soldiers were killed in Boni.', 'en')).toEqual([
      'security_source',
    ]);
    expect(by('A government official said 11 soldiers were killed in Boni.', 'en')).toEqual(['official']);
    expect(by('Selon un responsable du gouvernement, 11 soldats ont été tués à Boni.', 'fr')).toEqual([
      'official',
    ]);
    for (const who of ['A soldier said', 'A gendarme told AFP'])
      expect(by(`${who} 11 soldiers were killed in Boni.`, 'en')).toEqual(['security_source']);
    for (const who of [
      'Selon un officier malien,',
      'Selon deux officiers,',
      'Selon un gradé,',
      'Selon un soldat,',
    ])
      expect(by(`${who} 11 soldats ont été tués à Boni.`, 'fr')).toEqual(['security_source']);
    expect(by("Selon le porte-parole de l'armée, 11 soldats ont été tués à Boni.", 'fr')).toEqual([
      'official',
    ]);
  });
});

describe('attribution: local and humanitarian sources', () => {
  const by = (t: string) => read(t, 'fr').claims.map((c) => c.by);
  it('reads local officials, community and civil-society voices as local', () => {
    for (const who of [
      'une source administrative',
      'un responsable communal',
      'un leader communautaire',
      'un membre de la société civile',
      'un ressortissant de la zone',
    ])
      expect(by(`Lors de l'attaque de Boni, 12 villageois ont été tués, selon ${who}.`)).toEqual(['local']);
  });
  it('reads a source inside the UN as a monitor, in both languages', () => {
    for (const who of ['une source onusienne', 'une source de la Minusma', 'des sources onusiennes'])
      expect(by(`Lors de l'attaque de Boni, 12 villageois ont été tués, selon ${who}.`)).toEqual(['monitor']);
    for (const who of ['a UN source', 'a MINUSMA source', 'UN officials'])
      expect(
        read(`Twelve villagers were killed in the attack on Boni, ${who} said.`).claims.map((c) => c.by),
      ).toEqual(['monitor']);
  });
  it('reads a voice that denounces a toll as its claimant ("…, a dénoncé Human Rights Watch")', () => {
    expect(
      by("Lors de l'attaque de Boni, 12 villageois ont été tués, a dénoncé Human Rights Watch."),
    ).toEqual(['monitor']);
    expect(by("Lors de l'attaque de Boni, 12 villageois ont été tués, dénoncent des habitants.")).toEqual([
      'local',
    ]);
  });
  it('never reads the outlet a speaker told as the claimant ("a confié à RFI", "a-t-il déclaré à l\'AFP")', () => {
    const pre =
      'Des hommes armés ont attaqué Boni lundi, a indiqué Moussa Traoré, le maire de la commune.\n\n';
    for (const t of [
      'Il a confié à RFI avoir enterré 12 corps.',
      "Il a ensuite déclaré à l'AFP que 12 villageois avaient été tués.",
      '« Nous avons enterré 12 corps », a-t-il confié à Studio Tamani.',
    ])
      expect(
        read(pre + t, 'fr').claims.map((c) => c.by),
        t,
      ).toEqual(['local']);
    // The speaker named after the outlet still speaks: "a déclaré à l'AFP un officier".
    expect(
      read("Douze soldats ont été tués à Boni, a déclaré à l'AFP un officier de l'armée.", 'fr').claims.map(
        (c) => c.by,
      ),
    ).toEqual(['security_source']);
  });
  it('reads a witness who counted what they saw ("a constaté un journaliste de l\'AFP") as the claimant', () => {
    const pre = 'Des jihadistes ont attaqué mardi le poste de Boni. ';
    for (const [t, want] of [
      ["Une trentaine de corps ont été inhumés mercredi, a constaté un correspondant de l'AFP.", 'media'],
      ["Un journaliste de l'AFP a constaté la présence de 12 corps à la morgue.", 'media'],
      ['Des habitants ont constaté la mort de 12 personnes, dont des enfants.', 'local'],
    ])
      expect(
        read(pre + t, 'fr').claims.map((c) => c.by),
        t,
      ).toEqual([want]);
  });
  it('reads the voice that accuses another of a killing as its claimant, not the accused', () => {
    const cases: Array<[string, 'fr' | 'en', string]> = [
      ["Human Rights Watch accuse l'armée d'avoir exécuté 20 civils lundi à Boni.", 'fr', 'monitor'],
      ["Des habitants accusent les soldats d'avoir tué 20 villageois lundi à Boni.", 'fr', 'local'],
      ["Le JNIM a accusé l'armée d'avoir tué 20 civils lundi à Boni.", 'fr', 'armed_group'],
      ["Amnesty International accusait jeudi l'armée d'avoir tué 20 civils à Boni.", 'fr', 'monitor'],
      ['Human Rights Watch accused the army of executing 20 civilians in Boni on Monday.', 'en', 'monitor'],
      ['Residents accused soldiers of killing 20 villagers in Boni on Monday.', 'en', 'local'],
      ['Amnesty International accuses troops of having killed 20 civilians in Boni.', 'en', 'monitor'],
    ];
    for (const [t, lang, want] of cases)
      expect(
        read(t, lang).claims.map((c) => c.by),
        t,
      ).toEqual([want]);
    // The accused are not the claimant: "sont accusés d'avoir tué", "were accused of killing".
    for (const [t, lang] of [
      ["Des soldats sont accusés d'avoir tué 20 civils lundi à Boni.", 'fr'],
      ['Soldiers were accused of killing 20 civilians in Boni on Monday.', 'en'],
    ])
      expect(
        read(t, lang).claims.map((c) => c.by),
        t,
      ).toEqual(['unattributed']);
  });
  it('reads a local voice that counts the dead ("dénombre", "a recensé") as the claimant', () => {
    for (const t of [
      "Le maire de Boni dénombre 12 morts après l'attaque.",
      "Le chef du village a dénombré 12 morts après l'attaque de Boni.",
      "Les habitants dénombrent 12 morts après l'attaque de Boni.",
      "Le préfet a recensé 12 morts après l'attaque de Boni.",
    ])
      expect(by(t)).toEqual(['local']);
    // "On dénombre": no one is named.
    expect(by("On dénombre 12 morts après l'attaque de Boni.")).toEqual(['unattributed']);
  });
  it('reads medical staff and first-aid workers as local, in both languages', () => {
    for (const who of ['des secouristes', 'des médecins', 'un médecin de l’hôpital'])
      expect(by(`Lors de l'attaque de Boni, 12 villageois ont été blessés, selon ${who}.`)).toEqual([
        'local',
      ]);
    for (const who of ['medics', 'rescuers', 'paramedics', 'doctors'])
      expect(
        read(`Twelve villagers were wounded in the attack on Boni, ${who} said.`).claims.map((c) => c.by),
      ).toEqual(['local']);
  });
  it('reads traditional and customary chiefs as local, in both languages', () => {
    for (const who of ['un chef traditionnel', 'des chefs coutumiers', 'les autorités traditionnelles'])
      expect(by(`Lors de l'attaque de Boni, 12 villageois ont été tués, selon ${who}.`)).toEqual(['local']);
    for (const who of ['a traditional chief', 'traditional leaders'])
      expect(
        read(`Twelve villagers were killed in the attack on Boni, ${who} said.`).claims.map((c) => c.by),
      ).toEqual(['local']);
  });
  it('reads a village chief as local but "the UN\'s human rights chief" as the UN\'s', () => {
    for (const who of ['the village chief', 'a customary chief', 'the chief of the village'])
      expect(
        read(`Twelve villagers were killed in the attack on Boni, ${who} said.`).claims.map((c) => c.by),
      ).toEqual(['local']);
    expect(
      read(
        "Twelve villagers were killed in the attack on Boni, the UN's human rights chief said.",
      ).claims.map((c) => c.by),
    ).toEqual(['monitor']);
  });
  it('reads community sources, elders and notables as local (EN)', () => {
    for (const who of ['Community sources', 'Village elders', 'Local notables'])
      expect(
        read(`${who} said 12 villagers were killed in the attack on Boni.`).claims.map((c) => c.by),
      ).toEqual(['local']);
  });
  it('keeps an unnamed source a security one (one counting civilians: pass victims-source)', () => {
    expect(by("Lors de l'attaque de Boni, 12 soldats ont été tués, selon une source.")).toEqual([
      'security_source',
    ]);
    expect(by("Lors de l'attaque de Boni, 12 villageois ont été tués, selon une source.")).toEqual(['local']);
  });
});

describe('attribution: a group by any of the names the actors know', () => {
  it('reads a group named in full as an armed-group claimant', () => {
    const by = (t: string, lang: 'fr' | 'en' = 'fr') => read(t, lang).claims.map((c) => c.by);
    expect(by("Le Front de libération de l'Azawad affirme avoir tué 16 soldats à Boni.")).toEqual([
      'armed_group',
    ]);
    expect(by("Le Groupe de soutien à l'islam et aux musulmans dit avoir tué 16 soldats à Boni.")).toEqual([
      'armed_group',
    ]);
    expect(by('Islamic State Sahel Province said it killed 16 soldiers in Boni.', 'en')).toEqual([
      'armed_group',
    ]);
  });
  it('reads the Malian army by its full name as official', () => {
    const by = read(
      'Les Forces armées maliennes affirment avoir neutralisé 16 terroristes à Boni.',
      'fr',
    ).claims;
    expect(by.map((c) => c.by)).toEqual(['official']);
  });
});

describe('attribution: "selon le communiqué" points back', () => {
  it('gives "le communiqué" the claimant named before it', () => {
    const r = read(
      "Le JNIM a revendiqué l'attaque de Boni. Selon le communiqué, 17 soldats ont été tués.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 17-17 armed_group']);
  });
  it('keeps an owner named with the document', () => {
    const r = read(
      "Le JNIM a revendiqué l'attaque de Boni. Selon le communiqué de l'armée, 17 soldats ont été tués.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 17-17 official']);
  });
});

describe('attribution: an unnamed member of the forces is a security source', () => {
  const by = (text: string, lang = 'fr') => read(text, lang).claims.map((c) => `${c.min}:${c.by}`);
  it('reads "un responsable de l\'armée", "un militaire", "a defence ministry official" as security sources', () => {
    expect(by("Un responsable de l'armée a indiqué que 12 soldats ont été tués à Boni.")).toEqual([
      '12:security_source',
    ]);
    expect(by('Un militaire joint par téléphone a indiqué que 12 soldats ont été tués à Boni.')).toEqual([
      '12:security_source',
    ]);
    expect(by('A defence ministry official said 12 soldiers were killed in Boni.', 'en')).toEqual([
      '12:security_source',
    ]);
    expect(by('A Malian military officer told AFP that 12 soldiers were killed in Boni.', 'en')).toEqual([
      '12:security_source',
    ]);
  });
  it("reads a bare plural of the forces' members and a member of the gendarmerie as security sources", () => {
    expect(by('Twelve soldiers were killed in Boni on Monday, military officials said.', 'en')).toEqual([
      '12:security_source',
    ]);
    expect(by('Douze soldats ont été tués lundi à Boni, selon un cadre de la gendarmerie.')).toEqual([
      '12:security_source',
    ]);
    // Government officials speak for the government.
    expect(by('Twelve soldiers were killed in Boni on Monday, government officials said.', 'en')).toEqual([
      '12:official',
    ]);
  });
  it('reads people of the place speaking as such as local ("un enseignant du village", "a trader")', () => {
    expect(by('Douze civils ont été tués lundi à Boni, selon un enseignant du village.')).toEqual([
      '12:local',
    ]);
    expect(by('Douze civils ont été tués lundi à Boni, selon un commerçant de la ville.')).toEqual([
      '12:local',
    ]);
    expect(
      by('Twelve civilians were killed in Boni on Monday, a teacher in the village told AFP.', 'en'),
    ).toEqual(['12:local']);
    // Victims named by those nouns are not claimants.
    expect(by("Les assaillants ont tué 12 commerçants lundi à Boni, selon l'armée.")).toEqual([
      '12:official',
    ]);
  });
  it('keeps the army, its spokesperson and its statement official', () => {
    expect(by('The army spokesman said 12 soldiers were killed in Boni.', 'en')).toEqual(['12:official']);
    expect(by("Un porte-parole de l'armée a indiqué que 12 soldats ont été tués à Boni.")).toEqual([
      '12:official',
    ]);
    expect(by("L'armée a indiqué que 12 soldats ont été tués à Boni.")).toEqual(['12:official']);
  });
});

describe('attribution: a person named, then who the person is', () => {
  const claim = (text: string, lang = 'en') => {
    const c = read(text, lang).claims[0];
    return c ? `${c.by} ${c.source ?? ''}` : null;
  };
  it('reads the apposition after a name that follows "according to", "selon", "d\'après"', () => {
    expect(claim('Twelve civilians were killed in Boni, according to Amadou Diallo, a local official.')).toBe(
      'local Amadou Diallo, a local official',
    );
    expect(
      claim('According to Awa Traoré, a member of parliament, twelve civilians were killed in Boni.'),
    ).toBe('local Awa Traoré, a member of parliament');
    expect(claim('Selon Amadou Diallo, maire de Boni, douze civils ont été tués.', 'fr')).toBe(
      'local Amadou Diallo, maire de Boni',
    );
    expect(
      claim("D'après Moussa Coulibaly, conseiller municipal, douze civils ont été tués à Boni.", 'fr'),
    ).toBe('local Moussa Coulibaly, conseiller municipal');
  });
  it('reads no apposition where the words after the comma are the statement itself', () => {
    expect(claim('According to Amadou Diallo, the army killed 12 militants in Boni.')).toBe('unattributed ');
    expect(claim('According to Amadou Diallo, twelve civilians were killed in Boni.')).toBe('unattributed ');
  });
  it('reads health staff and village heads as local, and never the outlet after "told"', () => {
    expect(claim('Amadou Diallo, a nurse in Boni, told AFP that twelve civilians were killed.')).toBe(
      'local a nurse',
    );
    expect(
      claim('« Douze civils ont été tués à Boni », a déclaré Amadou Diallo, chef du village.', 'fr'),
    ).toMatch(/^local /);
    expect(claim('Selon un infirmier de Boni, douze civils ont été tués.', 'fr')).toMatch(/^local /);
    expect(claim('Twelve civilians were killed in Boni, a man told AFP.')).toBe('unattributed ');
  });
});

describe('attribution: monitors by their long names and their acronyms', () => {
  it('reads ACLED spelled out, the UN human rights office, HCDH and OHCHR as monitors', () => {
    const by = (t: string, lang = 'en') => read(t, lang).claims.map((c) => c.by);
    expect(
      by('The Armed Conflict Location and Event Data Project said 12 civilians were killed in Boni.'),
    ).toEqual(['monitor']);
    expect(by('The UN human rights office said 12 civilians were killed in Boni.')).toEqual(['monitor']);
    expect(by('Selon le HCDH, 12 civils ont été tués à Boni.', 'fr')).toEqual(['monitor']);
    expect(by("D'après l'OHCHR, 12 civils ont été tués à Boni.", 'fr')).toEqual(['monitor']);
  });
});

describe('attribution: "selon lui", "according to them" point back at the subject before', () => {
  it('takes the speaker named as the subject of the sentence before, its verb in the present', () => {
    const f = read(
      'Lundi, des jihadistes ont attaqué le camp de Boni.\n\nUn élu local avance un autre chiffre. Selon lui, 20 soldats ont été tués.',
      'fr',
    );
    expect(brief(f.claims)).toEqual(['killed/soldiers 20-20 local']);
    const e = read(
      'On Monday in Boni, a resident described the attack. According to him, 20 soldiers were killed.',
    );
    expect(brief(e.claims)).toEqual(['killed/soldiers 20-20 local']);
    const p = read(
      'Des habitants racontent l’attaque de Boni, lundi. D’après eux, 20 soldats ont été tués.',
      'fr',
    );
    expect(brief(p.claims)).toEqual(['killed/soldiers 20-20 local']);
  });
  it('leaves the figure unattributed when nobody was named before', () => {
    const r = read('Lundi à Boni, 20 soldats ont été tués, selon eux.', 'fr');
    expect(brief(r.claims)).toEqual(['killed/soldiers 20-20 unattributed']);
  });
});

describe('attribution: a word of saying used as an adjective or a noun names no speaker', () => {
  it('reads no claimant in "postes avancés de l’armée", "fusils de précision"', () => {
    expect(by('À Boni, les terroristes ont détruit 2 postes avancés de l’armée.', 'fr')).toEqual([
      ['unattributed', undefined],
    ]);
    expect(by('À Boni, les FAMa ont saisi 6 fusils de précision.', 'fr')).toEqual([
      ['unattributed', undefined],
    ]);
  });
  it('reads no claimant in "informants", "les informateurs", "une mission de reconnaissance"', () => {
    expect(
      by('In Boni on Monday, the militants executed three men they accused of being army informants.'),
    ).toEqual([['unattributed', undefined]]);
    expect(by("À Boni, lundi, les jihadistes ont exécuté 3 informateurs présumés de l'armée.", 'fr')).toEqual(
      [['unattributed', undefined]],
    );
    expect(by('Lors d’une mission de reconnaissance à Boni, les FAMa ont saisi 6 motos.', 'fr')).toEqual([
      ['unattributed', undefined],
    ]);
  });
  it('still reads the speaker after a verb of saying or "avancés par"', () => {
    expect(by('À Boni, 12 soldats ont été tués, a indiqué l’armée.', 'fr')).toEqual([
      ['official', 'l’armée'],
    ]);
    expect(by('À Boni, les chiffres avancés par l’armée font état de 12 soldats tués.', 'fr')[0][0]).toBe(
      'official',
    );
  });
});

describe('attribution: "selon les informations de", a noun of saying before its owner', () => {
  it('reads the owner after "selon les informations / données / déclarations / indications de"', () => {
    expect(by('Selon les informations de RFI, 9 civils ont été tués à Boni lundi.', 'fr')).toEqual([
      ['media', 'RFI'],
    ]);
    expect(
      by(
        "Selon les données d'ACLED, au moins 40 civils ont été tués par des jihadistes à Boni en mai.",
        'fr',
      )[0][0],
    ).toBe('monitor');
    expect(
      by('Selon les déclarations du gouverneur, 9 villageois ont péri dans l’attaque de Boni.', 'fr')[0][0],
    ).toBe('official');
    expect(
      by("D'après les indications de l'état-major, 30 terroristes ont été neutralisés à Boni.", 'fr')[0][0],
    ).toBe('official');
  });
  it('keeps "selon nos informations" with no claimant', () => {
    expect(by('Selon nos informations, 9 civils ont été tués à Boni lundi.', 'fr')).toEqual([
      ['unattributed', undefined],
    ]);
  });
});

describe('attribution: false friends of the verbs of saying', () => {
  it('reads no speaker in "the Islamic State", "précisément"', () => {
    expect(by('Fighters of the Islamic State killed 12 soldiers in Boni on Monday.')).toEqual([
      ['unattributed', undefined],
    ]);
    expect(by('12 soldats ont été tués à Boni, précisément dans le village de Toula.', 'fr')).toEqual([
      ['unattributed', undefined],
    ]);
  });
});

describe('attribution: "selon laquelle" stands for the noun before it', () => {
  it('reads the figure after "une source militaire selon laquelle" as that source’s', () => {
    const r = read(
      "L'AFP cite une source militaire selon laquelle 12 soldats ont été tués à Boni lundi.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 security_source']);
    const p = read('Des habitants, selon lesquels 12 soldats ont été tués à Boni lundi, ont fui.', 'fr');
    expect(brief(p.claims)).toEqual(['killed/soldiers 12-12 local']);
    // A count of claimants after "selon" is still no figure.
    expect(brief(read('Selon deux habitants, 12 soldats ont été tués à Boni lundi.', 'fr').claims)).toEqual([
      'killed/soldiers 12-12 local',
    ]);
  });
});

describe('attribution: an outlet relaying the source it cites', () => {
  it('gives the figure to the source cited, not the outlet ("AFP reported, citing…", "RFI, qui cite…")', () => {
    expect(by('In Boni, 12 soldiers were killed on Monday, AFP reported, citing a security source.')).toEqual(
      [['security_source', 'a security source']],
    );
    expect(
      by('Selon RFI, qui cite des sources locales, 12 soldats ont été tués lundi à Boni.', 'fr'),
    ).toEqual([['local', 'des sources locales']]);
    expect(
      by("L'AFP, citant une source sécuritaire, fait état de 12 soldats tués lundi à Boni.", 'fr'),
    ).toEqual([['security_source', 'une source sécuritaire']]);
  });
  it('reads a toll cited after "citing", "citant" as the figure, its source before ("local sources said, citing twenty dead")', () => {
    expect(
      by(
        'Jihadists attacked Boni on Monday. The toll could be higher, local sources said, citing twenty dead.',
      ),
    ).toEqual([['local', 'local sources']]);
    expect(
      by(
        'Lundi, des jihadistes ont attaqué Boni. Le bilan serait plus lourd, selon des sources locales citant vingt morts.',
        'fr',
      ),
    ).toEqual([['local', 'des sources locales']]);
    // A count of the sources cited is still no figure.
    expect(by('Jihadists attacked Boni on Monday, AFP reported, citing three residents.')).toEqual([]);
  });
  it('keeps the outlet when it cites no one', () => {
    expect(by('In Boni, 12 soldiers were killed on Monday, AFP reported.')).toEqual([['media', 'AFP']]);
  });
});

describe('attribution: a toll owned by its claimant ("the army\'s count")', () => {
  it('reads the owner before "\'s" as the claimant of the toll', () => {
    expect(
      by("The army's provisional count from Monday's attack in Boni stands at 12 soldiers killed."),
    ).toEqual([['official', 'The army']]);
    expect(by("The Malian army's toll for the attack in Boni was 12 soldiers killed.")[0][0]).toBe(
      'official',
    );
  });
});

describe('attribution: more verbs of saying, every form', () => {
  it('reads "spoke of", "insisted", "wrote", "explained" as saying (EN)', () => {
    expect(by('A local official reached by phone spoke of 12 civilians killed in Boni on Monday.')).toEqual([
      ['local', 'A local official'],
    ]);
    expect(by('The army insisted that only 4 soldiers were killed in Boni on Monday.')).toEqual([
      ['official', 'The army'],
    ]);
    expect(by('The group wrote on Telegram that its fighters killed 12 soldiers in Boni.')[0][0]).toBe(
      'armed_group',
    );
    expect(by('In Boni, 12 soldiers were killed, a security source explained.')).toEqual([
      ['security_source', 'a security source'],
    ]);
  });
  it('does not read their nouns as saying ("une note de l\'armée", "ses écrits")', () => {
    expect(by("À Boni, douze soldats ont été tués lundi, selon une note de l'armée.", 'fr')).toEqual([
      ['official', "l'armée"],
    ]);
    expect(by('In Boni, twelve soldiers were killed on Monday, according to an army note.')[0][0]).toBe(
      'official',
    );
  });
  it('reads "a écrit", "révèle", "soutient", "insiste" as saying (FR), in their forms', () => {
    expect(
      by('Le groupe a écrit sur Telegram que ses combattants ont tué 12 soldats à Boni.', 'fr')[0][0],
    ).toBe('armed_group');
    expect(by('À Boni, 12 soldats ont été tués lundi, révèle une source sécuritaire.', 'fr')).toEqual([
      ['security_source', 'une source sécuritaire'],
    ]);
    expect(by("L'armée soutient que seuls 4 soldats ont été tués lundi à Boni.", 'fr')).toEqual([
      ['official', "L'armée"],
    ]);
  });
});

describe('attribution: a passive verb of saying whose agent follows a time', () => {
  it('reads "communiqué mardi par l\'armée", "announced late on Tuesday by the government"', () => {
    expect(
      by("À Boni, douze soldats ont été tués lundi. Le bilan a été communiqué mardi par l'armée.", 'fr'),
    ).toEqual([['official', "l'armée"]]);
    expect(
      by(
        'In Boni, twelve soldiers were killed on Monday. The toll was announced late on Tuesday by the government.',
      ),
    ).toEqual([['official', 'the government']]);
    expect(
      by('In Boni, twelve soldiers were killed on Monday, a toll given on Tuesday by the army.'),
    ).toEqual([['official', 'the army']]);
  });
});

describe('attribution: a source placed in the locality is a voice of the place', () => {
  const ATTACK_FR = 'Des hommes armés ont attaqué Boni lundi. ';
  const ATTACK_EN = 'Gunmen attacked Boni on Monday. ';
  it('reads "une source à Boni", "dans la zone", "proche de la mairie", "proche des autorités locales" as local', () => {
    for (const who of [
      'Selon une source à Boni',
      'Selon des sources dans la zone',
      'Selon une source proche de la mairie',
      'Selon une source proche des autorités locales',
      'Selon des sources proches des élus locaux',
    ])
      expect(brief(read(`${ATTACK_FR}${who}, 12 civils ont été tués.`, 'fr').claims)).toEqual([
        'killed/civilians 12-12 local',
      ]);
  });
  it('reads "a source in Boni", "sources in the area", "close to the local authorities" as local', () => {
    for (const who of ['A source in Boni', 'Sources in the area', 'A source close to the local authorities'])
      expect(brief(read(`${ATTACK_EN}${who} said 12 civilians were killed.`, 'en').claims)).toEqual([
        'killed/civilians 12-12 local',
      ]);
  });
  it('keeps a source close to the authorities or the army, whole, for security, whoever it counts', () => {
    const en = read(
      `${ATTACK_EN}Twelve people were killed and four others wounded, said a source close to the authorities.`,
      'en',
    );
    expect(brief(en.claims)).toEqual([
      'killed/people 12-12 security_source',
      'wounded/people 4-4 security_source',
    ]);
    expect(en.claims[0].source).toBe('a source close to the authorities');
    const fr = read(`${ATTACK_FR}Selon des sources proches de l'armée, 12 villageois ont été tués.`, 'fr');
    expect(brief(fr.claims)).toEqual(['killed/civilians 12-12 security_source']);
    expect(fr.claims[0].source).toBe("des sources proches de l'armée");
  });
  it('keeps an unnamed source in the capital, or a security source in the town, for security', () => {
    expect(
      brief(read(`${ATTACK_FR}Selon une source à Bamako, 12 soldats ont été tués.`, 'fr').claims),
    ).toEqual(['killed/soldiers 12-12 security_source']);
    expect(
      brief(read(`${ATTACK_EN}A security source in Boni said 12 soldiers were killed.`, 'en').claims),
    ).toEqual(['killed/soldiers 12-12 security_source']);
  });
});

describe('attribution: the municipality speaks for the place', () => {
  it('reads "a municipal official", "an official of the municipality" as local', () => {
    for (const who of ['A municipal official', 'An official of the municipality'])
      expect(
        brief(read(`Gunmen attacked Boni on Monday. ${who} said 12 civilians were killed.`, 'en').claims),
      ).toEqual(['killed/civilians 12-12 local']);
  });
});

describe('attribution: an official of the place is local, an official elsewhere is not', () => {
  const en = (who: string) =>
    brief(read(`Gunmen attacked Boni on Monday. ${who} said 12 civilians were killed.`, 'en').claims);
  const fr = (who: string) =>
    brief(
      read(`Des hommes armés ont attaqué Boni lundi. ${who} a fait état de 12 civils tués.`, 'fr').claims,
    );
  it('reads "an official in Boni", "officials from the town", "a town hall official", "a village official" as local', () => {
    for (const who of [
      'An official in Boni',
      'Officials from the town',
      'A town hall official',
      'A village official',
    ])
      expect(en(who)).toEqual(['killed/civilians 12-12 local']);
  });
  it('reads "un responsable de la commune", "des responsables de la localité" as local', () => {
    for (const who of ['Un responsable de la commune', 'Des responsables de la localité'])
      expect(fr(who)).toEqual(['killed/civilians 12-12 local']);
  });
  it('keeps an official in the capital, or of a movement, for the class its words say', () => {
    expect(en('An official in Bamako')).toEqual(['killed/civilians 12-12 official']);
    expect(en('A government official in Boni')).toEqual(['killed/civilians 12-12 official']);
  });
});

describe("attribution: a group's own media speak for it", () => {
  it('reads "released by its media arm", "sa branche médiatique" as the armed group', () => {
    const en = read(
      'Jihadists ambushed a convoy near Boni on Monday. JNIM claimed the attack in a statement released by its media arm, saying it had killed 30 soldiers.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 30-30 armed_group']);
    const fr = read(
      'Des jihadistes ont attaqué un convoi près de Boni lundi. Selon un message de sa branche médiatique, le groupe a tué 30 soldats.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 30-30 armed_group']);
  });
});

describe('attribution: "the sources", "ces sources" point back to the sources named before', () => {
  it('EN and FR: a definite source with no word of its own', () => {
    const en = read(
      'Gunmen attacked Boni on Monday. Local sources said 12 civilians were killed. The sources added that 5 people were abducted.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/civilians 12-12 local', 'captured/people 5-5 local']);
    const fr = read(
      'Des hommes armés ont attaqué Boni lundi. Selon des sources locales, 12 civils ont été tués. Cinq personnes ont été enlevées, précisent ces sources.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/civilians 12-12 local', 'captured/people 5-5 local']);
  });
  it('does not read the outlet\'s own "nos sources" as the sources named before', () => {
    const r = read(
      'Des hommes armés ont attaqué Boni lundi. Selon des habitants, 12 civils ont été tués. Selon nos sources, 5 soldats ont aussi été tués.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 local', 'killed/soldiers 5-5 security_source']);
  });
  it('keeps a source that says whose ("les sources sécuritaires", "the military sources")', () => {
    const fr = read(
      'Des hommes armés ont attaqué Boni lundi. Selon des sources locales, 12 civils ont été tués. Selon les sources sécuritaires, 5 soldats ont été tués.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/civilians 12-12 local', 'killed/soldiers 5-5 security_source']);
    const en = read(
      'Gunmen attacked Boni on Monday. Local sources said 12 civilians were killed. The military sources said 5 soldiers were killed.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/civilians 12-12 local', 'killed/soldiers 5-5 security_source']);
  });
});

describe('attribution: "the official", "l’officier" point back to the speaker named before with that noun', () => {
  it('keeps the class of the member named before', () => {
    const en = read(
      'Gunmen attacked the camp in Boni on Monday, according to a military official who requested anonymity. "We have 17 dead and 35 wounded," the official said.',
      'en',
    );
    expect(en.claims.map((c) => c.by)).toEqual(['security_source', 'security_source']);
    const fr = read(
      'Des jihadistes ont attaqué le camp de Boni lundi, selon un responsable militaire. « Il y a 17 morts et 35 blessés », a indiqué le responsable.',
      'fr',
    );
    expect(fr.claims.map((c) => c.by)).toEqual(['security_source', 'security_source']);
    const local = read(
      'Gunmen attacked Boni on Monday, a local official said. Twelve civilians were killed, the official added.',
      'en',
    );
    expect(local.claims.map((c) => c.by)).toEqual(['local']);
  });
  it('reads a member with a word of its own, or another noun, by its own words', () => {
    const r = read(
      'Gunmen attacked Boni on Monday, according to a military official. Twelve civilians were killed, the army said.',
      'en',
    );
    expect(r.claims.map((c) => c.by)).toEqual(['official']);
    const gov = read(
      'Gunmen attacked Boni on Monday, according to a local official. Twelve soldiers were killed, a government official said.',
      'en',
    );
    expect(gov.claims.map((c) => c.by)).toEqual(['official']);
  });
});

describe('attribution: anonymity says nothing of whose voice it is', () => {
  it('keeps the speaker a pronoun stands for', () => {
    const fr = read(
      "Des hommes armés ont attaqué Boni lundi. Un élu de la commune parle d'un bilan plus lourd. « Nous avons enterré seize corps », affirme-t-il sous couvert d'anonymat.",
      'fr',
    );
    expect(fr.claims.map((c) => c.by)).toEqual(['local']);
    const en = read(
      'Gunmen attacked Boni on Monday. A local official gave a higher toll. Sixteen bodies were buried, he said, speaking on condition of anonymity.',
      'en',
    );
    expect(en.claims.map((c) => c.by)).toEqual(['local']);
    const opening = read(
      'Des hommes armés ont attaqué Boni lundi. Un habitant a été joint par téléphone. Sous couvert d’anonymat, il affirme que seize corps ont été enterrés.',
      'fr',
    );
    expect(opening.claims.map((c) => c.by)).toEqual(['local']);
  });
  it('still makes a speaker named beside it unnamed', () => {
    const r = read(
      'Gunmen attacked Boni on Monday. "At least 15 suspects have been arrested," said an official who requested anonymity.',
      'en',
    );
    expect(r.claims.map((c) => c.by)).toEqual(['security_source']);
  });
});

describe('a claim of responsibility with an adverb inside is no claimant of the toll', () => {
  it('keeps the toll unattributed past "revendiquée conjointement par"', () => {
    const r = read(
      "Neuf gendarmes ont été tués mardi dans l'attaque du poste de Boni, revendiquée conjointement par Ansar Dine et AQMI.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 9-9 unattributed']);
  });
});

describe('attribution: a claim held against another ("maintains", "insisted")', () => {
  it('reads the one who maintains or insists as the claimant', () => {
    const by = (t: string) => read(t).claims.map((c) => c.by);
    expect(by('The army maintains it killed about ten militants in the attack on Boni.')).toEqual([
      'official',
    ]);
    expect(by('Residents insisted that 30 villagers had been killed in the attack on Boni.')).toEqual([
      'local',
    ]);
  });
});

describe('attribution: two claimants coordinated in one phrase', () => {
  it('gives the figure the first named', () => {
    const by = (t: string, lang = 'en') => read(t, lang).claims.map((c) => c.by);
    expect(by('Douze soldats ont été tués à Boni, selon l’armée et des sources locales.', 'fr')).toEqual([
      'official',
    ]);
    expect(by('Twelve soldiers were killed in Boni, according to the army and local residents.')).toEqual([
      'official',
    ]);
    expect(by('Twelve soldiers were killed in Boni, according to residents and the army.')).toEqual([
      'local',
    ]);
  });
  it('passes over the media relaying to the more specific voice', () => {
    const by = (t: string) => read(t, 'fr').claims.map((c) => c.by);
    expect(
      by(
        "Au moins seize personnes ont été tuées lors de l'attaque de Boni, rapportent des médias et des sources locales.",
      ),
    ).toEqual(['local']);
  });
});

describe('attribution: "précise" the verb, "precise" the adjective', () => {
  const one = (t: string, lang = 'en') =>
    read(t, lang).claims.map((c) => `${c.kind}/${c.subject} ${c.min} ${c.by}`);
  it('keeps the speaker of a sentence whose strikes were "precise"', () => {
    expect(
      one(
        'A drone hit Ber on Sunday. The army said it had carried out "precise strikes" against positions in the area, destroying two vehicles.',
      ),
    ).toEqual(['destroyed/vehicles 2 official']);
    expect(
      one(
        'Un drone a frappé Ber dimanche. Des frappes précises ont visé des positions dans la zone, détruisant deux véhicules, selon des habitants.',
        'fr',
      ),
    ).toEqual(['destroyed/vehicles 2 local']);
  });
  it('still reads "précise" as a verb of saying', () => {
    expect(
      one("Un drone a frappé Ber dimanche. L'armée précise que deux véhicules ont été détruits.", 'fr'),
    ).toEqual(['destroyed/vehicles 2 official']);
    expect(
      one(
        "Un drone a frappé Ber dimanche. Deux véhicules ont été détruits, précise l'armée dans un communiqué.",
        'fr',
      ),
    ).toEqual(['destroyed/vehicles 2 official']);
  });
});

describe('attribution: a side that mourns its dead tells their toll', () => {
  it('EN as FR: "the army mourned 12 dead", "l\'armée déplore 12 morts"', () => {
    expect(brief(read('In the attack on Boni, the army mourned 12 dead and 5 wounded.').claims)).toEqual([
      'killed/soldiers 12-12 official',
      'wounded/soldiers 5-5 official',
    ]);
    expect(
      brief(read('In the attack on Boni, the army, caught off guard, deplored 12 dead.').claims),
    ).toEqual(['killed/soldiers 12-12 official']);
    expect(brief(read("Lors de l'attaque de Boni, l'armée déplore 12 morts.", 'fr').claims)).toEqual([
      'killed/soldiers 12-12 official',
    ]);
  });
});

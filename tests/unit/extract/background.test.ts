import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

describe('background', () => {
  it('moves totals over a period to background', () => {
    const r = read(
      'Militants killed 12 soldiers on Monday, the army said. More than 400 soldiers have been killed since May, according to Reuters.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
    expect(brief(r.background)).toEqual(['killed/soldiers 401-null media']);
  });
  it('moves recalled attacks of another month to background (FR)', () => {
    const r = read(
      " date 2022-08 Dimanche 7 août 2022, 17 soldats ont été tués à Tessit, selon l'armée. En mars dernier, l'attaque de Mondoro avait fait 27 morts.",
      'fr',
      null,
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 17-17 official']);
    expect(r.background.map((c) => c.min)).toEqual([27]);
  });
  it('keeps "the previous day" as the main event told from a statement, and still recalls "the previous attack"', () => {
    const r = read(
      'In a statement on Sunday, January 21, the army said 12 soldiers died in an attack on its camp in Boni the previous day.',
      'en',
      '2024-01-22',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
    expect(r.event.date).toBe('2024-01-20');
    const recalled = read(
      'Twelve soldiers were killed in Boni on Saturday, the army said. The previous attack on the camp had killed 30 soldiers.',
      'en',
      '2024-01-22',
    );
    expect(brief(recalled.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
  it('does not take "the deadliest since 2019" for background', () => {
    const r = read(
      "Quarante soldats ont été tués dimanche, l'attaque la plus meurtrière depuis 2019, selon l'armée.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 40-40 official']);
  });
  it('reads "depuis," / "depuis lors" / "since then" as since the news told, not a period', () => {
    const fr = read("Depuis, 12 soldats ont été tués dans l'attaque de Boni, au Mali.", 'fr');
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const en = read('Since then, the toll from the attack on Boni, Mali, has risen to 12 dead.');
    expect(brief(en.claims)).toEqual(['killed/people 12-12 unattributed']);
    // A period still is one.
    const period = read(
      "L'attaque de Boni a fait 12 morts. Depuis janvier, plus de 400 civils ont été tués.",
      'fr',
    );
    expect(brief(period.claims)).toEqual(['killed/people 12-12 unattributed']);
  });
  it('gives statuses', () => {
    expect(read('The council of ministers dissolved all political parties on Wednesday.').status).toBe(
      'no-attack',
    );
    expect(read('Gunmen attacked an army post near Bamako on Tuesday.').status).toBe('no-claims');
    expect(
      read('Sifflet dhidi ya jeshi la Mali kwa wanajeshi 20 waliouawa jana katika shambulio.', 'sw').status,
    ).toBe('unsupported-language');
  });
  it('running totals in the perfect tense are background', () => {
    const r = read(
      'Armed groups have killed hundreds of civilians, the report said. Gunmen killed 7 villagers on Monday, residents said.',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 7-7 local']);
  });
  it('not a French passé composé, the plain past of one attack\'s toll ("ont tué au moins 300 civils à Moura")', () => {
    const fr = read('Au Mali, des soldats ont tué au moins 300 civils à Moura en mars.', 'fr');
    expect(brief(fr.claims)).toEqual(['killed/civilians 300-null unattributed']);
    const women = read('Des hommes armés ont abattu plus de 250 villageoises à Boni lundi.', 'fr');
    expect(brief(women.claims)).toEqual(['killed/civilians 251-null unattributed']);
    // The English perfect is still a running total.
    const en = read(
      'Armed groups have killed more than 300 civilians, the report said. Gunmen killed 7 villagers on Monday.',
    );
    expect(brief(en.claims)).toEqual(['killed/civilians 7-7 unattributed']);
  });
  it('not "hundreds" a claimant says it killed, in the infinitive ("dit avoir tué", "claimed to have killed")', () => {
    const fr = read(
      "Le JNIM, qui a revendiqué l'attaque de Boni mardi, affirme avoir tué « des centaines » de soldats.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 200-null armed_group']);
    const en = read('On Tuesday JNIM claimed to have killed hundreds of soldiers in the assault on Boni.');
    expect(brief(en.claims)).toEqual(['killed/soldiers 200-null armed_group']);
    // A running total in the perfect tense stays one.
    const total = read(
      'JNIM fighters have killed hundreds of soldiers since 2020. On Tuesday they killed 7 soldiers in Boni, the army said.',
    );
    expect(brief(total.claims)).toEqual(['killed/soldiers 7-7 official']);
  });
  it('not "hundreds" set in one attack by its day or by "in the attack" (place-figures thisAttack)', () => {
    for (const [text, lang] of [
      ['Hundreds of villagers were killed in the massacre at Dioura, survivors said.', 'en'],
      ['Hundreds of villagers were reportedly killed at Dioura on Thursday, survivors said.', 'en'],
      ['Des centaines de villageois ont été tués jeudi à Dioura, selon des rescapés.', 'fr'],
      ["Des centaines d'habitants auraient péri lors du massacre de Dioura, selon des rescapés.", 'fr'],
    ] as const)
      expect(brief(read(text, lang).claims)).toEqual(['killed/civilians 200-null local']);
    // Counted since a time, or in the perfect, it stays a running total even beside an attack.
    for (const text of [
      'Since 2020, hundreds of villagers were killed in attacks like the massacre at Dioura on Thursday.',
      'Jihadists have killed hundreds of villagers, including 12 during an attack on Dioura on Thursday.',
    ])
      expect(brief(read(text).claims).some((c) => c.includes('200-null'))).toBe(false);
  });
  it('a part of another month is another time: "fin avril", "mi-avril", "in late April" (other-dates)', () => {
    const lede = (fr: boolean) =>
      fr
        ? 'Des hommes armés ont attaqué jeudi Kona, tuant 7 civils, selon des habitants.'
        : 'Gunmen attacked Kona on Thursday, killing 7 civilians, residents said.';
    for (const [when, fr] of [
      ['Fin avril, 11 bergers ont été tués à Mopti.', true],
      ['Mi-avril, 11 bergers ont été tués à Mopti.', true],
      ['Courant avril, 11 bergers ont été tués à Mopti.', true],
      ['Début avril, une attaque a fait 11 morts à Mopti.', true],
      ['In late April, 11 herders were killed in Mopti.', false],
      ['In mid-April, gunmen killed 11 herders in Mopti.', false],
    ] as const) {
      const r = read(`${lede(fr)} ${when}`, fr ? 'fr' : 'en', '2024-05-10');
      expect(brief(r.claims), when).toEqual([`killed/civilians 7-7 local`]);
    }
    // A story told of late April alone is the news.
    for (const [text, lang] of [
      ['Fin avril, des hommes armés ont attaqué Kona, tuant 7 civils, selon des habitants.', 'fr'],
      ['In late April, gunmen attacked Kona, killing 7 civilians, residents said.', 'en'],
    ] as const)
      expect(brief(read(text, lang, '2024-05-10').claims)).toEqual(['killed/civilians 7-7 local']);
  });
  it('a colon that goes on in the pluperfect after another time keeps that time (background-clauses clauseOf)', () => {
    const r = read(
      'Des hommes armés ont attaqué jeudi Kona, tuant 7 civils. Le village avait déjà été visé en janvier : 11 bergers y avaient trouvé la mort.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 7-7 unattributed']);
    expect(r.background.length).toBe(1);
    // A colon that tells the news in the present tense is the news.
    const now = read(
      'Le village avait déjà été visé en janvier. Jeudi, nouvelle attaque : 11 bergers ont été tués.',
      'fr',
    );
    expect(brief(now.claims)).toEqual(['killed/civilians 11-11 unattributed']);
  });
  it("not a large toll coordinated after another figure, whose verb is that figure's", () => {
    const fr = read(
      'Des jihadistes ont attaqué Boni mardi. Selon des sources sécuritaires, plus de 70 personnes ont été tuées et plus de 200 blessées.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/people 71-null security_source',
      'wounded/people 201-null security_source',
    ]);
    const en = read(
      'Jihadists attacked Boni on Tuesday. Officials said 70 people have died and over 200 have been injured.',
    );
    expect(brief(en.claims)).toContain('wounded/people 201-null official');
  });
});

describe('background: page furniture', () => {
  it('takes "Lire aussi" and "Read more" lines for other articles', () => {
    const r = read(
      "Lundi, 9 soldats ont été tués à Boni, selon l'armée.\n\nLire aussi : Mali, 30 civils tués à Ségou\n\nRead more: 12 soldiers killed in Niono",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 9-9 official']);
    expect(r.background.map((c) => c.min).sort((a, b) => a - b)).toEqual([12, 30]);
  });
});

describe('background: furniture lines and deaths without an attack', () => {
  it('takes a short headline-like line inside the page for another story', () => {
    const r = read(
      "Mali : 8 soldats tués à Boni\n\nHuit soldats ont été tués lundi dans l'attaque du poste de Boni, selon l'armée.\n\nMali : 40 civils tués à Ségou\n\nLe gouvernement a décrété un deuil national.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 8-8 official']);
    expect(r.background.map((c) => c.min)).toEqual([40]);
  });
  it('does not read deaths in floods as claims about an attack', () => {
    const r = read(
      'Les inondations ont fait 20 morts et 45 blessés à Bamako depuis lundi, selon le gouvernement.',
      'fr',
    );
    expect(r.status).toBe('no-attack');
    expect(r.claims).toEqual([]);
  });
});

describe('background: short lines that belong to the story', () => {
  it('keeps a "Bilan :" line inside the story', () => {
    const r = read(
      "Des jihadistes ont attaqué lundi le poste de Boni, selon l'armée.\n\nBilan : 6 soldats tués\n\nL'armée a lancé une opération de ratissage.",
      'fr',
    );
    expect(r.claims.map((c) => [c.kind, c.subject, c.min])).toEqual([['killed', 'soldiers', 6]]);
  });
});

describe('background: labelled toll lines of a communiqué are not headlines', () => {
  it('keeps "Côté ami :" / "Côté ennemi :" lines and gives them the communiqué\'s claimant (FR)', () => {
    const r = read(
      "L'armée annonce que des terroristes ont attaqué lundi le poste de Léré. Le bilan est le suivant :\n\nCôté ami : 03 morts et 02 blessés ;\n\nCôté ennemi : 08 terroristes neutralisés ;\n\nDes opérations de ratissage se poursuivent dans la zone.",
      'fr',
    );
    expect(r.status).toBe('ok');
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 3-3 official',
      'wounded/soldiers 2-2 official',
      'killed/militants 8-8 official',
    ]);
  });
  it('keeps "Army side:" / "Enemy side:" lines (EN)', () => {
    const r = read(
      'The army said militants attacked the post of Lere on Monday. The toll is as follows:\n\nArmy side: 3 soldiers killed;\n\nEnemy side: 8 assailants killed;\n\nSweeping operations are under way in the area.',
    );
    expect(r.status).toBe('ok');
    expect(brief(r.claims)).toEqual(['killed/soldiers 3-3 official', 'killed/militants 8-8 official']);
  });
  it('still takes a "Place :" headline line for another story', () => {
    const r = read(
      "Des terroristes ont attaqué lundi le poste de Léré, tuant 3 soldats, selon l'armée.\n\nNiger : 15 soldats tués à Tillabéri\n\nL'armée a lancé une opération de ratissage.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 3-3 official']);
    expect(r.background.map((c) => c.min)).toEqual([15]);
  });
});

describe('background: a date range is one span of the main event', () => {
  it('"du 12 au 19 mai", "from 12 to 19 May" keep their figures as news', () => {
    const fr = read(
      "Selon l'armée malienne, 12 soldats ont été tués lors des attaques menées du 12 au 19 mai 2024 dans la région de Boni.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 official']);
    const en = read(
      'The Malian army said 12 soldiers were killed in attacks carried out from 12 to 19 May 2024 around Boni.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
});

describe('background: dates in brackets qualify the noun before them', () => {
  it('puts a toll in the clause of "les deux massacres (mars 2019 et février 2020)" in the background', () => {
    const r = read(
      'Des hommes armés ont attaqué Ogossagou lundi 20 février 2023, tuant 3 civils. Une situation qui fait suite aux deux massacres (mars 2019 et février 2020) survenus dans cette localité où près de 200 civils ont péri.',
      'fr',
      '2023-02-22',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 3-3 unattributed']);
    expect(brief(r.background)).toEqual(['killed/civilians 200-200 unattributed']);
  });
});

describe('background: earlier attacks in the plural', () => {
  it('puts the toll of "previous attacks" and "attaques précédentes" in the background', () => {
    const en = read(
      'Jihadists killed 9 soldiers in Boni on Sunday. The group has claimed previous attacks that have killed dozens of soldiers.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 9-9 unattributed']);
    expect(brief(en.background)).toEqual(['killed/soldiers 24-null unattributed']);
    const fr = read(
      'Des jihadistes ont tué 9 soldats dimanche à Boni. Les attaques précédentes avaient fait une trentaine de morts.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 9-9 unattributed']);
  });
});

describe('background: "après celle de", the attack before this one', () => {
  it('puts the toll of the attack "celle de Douentza" in the background', () => {
    const r = read(
      'Des jihadistes ont tué 12 soldats dimanche à Boni. Cette attaque intervient une semaine après celle de Douentza qui avait fait 20 morts.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(brief(r.background)).toEqual(['killed/people 20-20 unattributed']);
  });
  it('and its relative clause after a comma ("…, qui avait coûté la vie à 20 soldats", "…, which killed 20")', () => {
    const fr = read(
      'Des jihadistes ont tué 12 civils dimanche à Boni. Cette attaque intervient une semaine après celle de Douentza, qui avait coûté la vie à 20 soldats.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/civilians 12-12 unattributed']);
    expect(brief(fr.background)).toEqual(['killed/soldiers 20-20 unattributed']);
    const en = read(
      'Jihadists killed 12 civilians in Boni on Sunday, a week after an attack on Douentza, which killed 20 soldiers.',
    );
    expect(brief(en.claims)).toEqual(['killed/civilians 12-12 unattributed']);
    expect(brief(en.background)).toEqual(['killed/soldiers 20-20 unattributed']);
  });
  it('and the rest of its places, its day and its participle after commas', () => {
    const fr = read(
      "Des jihadistes ont tué 12 civils dimanche à Boni. Cette attaque survient d'ailleurs trois jours après celles menées à Douentza, Hombori, Gossi et Boulkessi, jeudi dernier, faisant 25 morts parmi les soldats.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/civilians 12-12 unattributed']);
    expect(brief(fr.background)).toEqual(['killed/soldiers 25-25 unattributed']);
  });
  it('"72 hours after assaults on …" recalls another attack; "hours after the attack" is this one', () => {
    const other = read(
      'Jihadists killed 12 civilians in Boni on Sunday. The raid came 72 hours after assaults on Douentza and Gossi that killed 25 soldiers.',
    );
    expect(brief(other.claims)).toEqual(['killed/civilians 12-12 unattributed']);
    expect(brief(other.background)).toEqual(['killed/soldiers 25-25 unattributed']);
    const same = read(
      'Jihadists attacked Boni on Sunday. Hours after the attack, the army said 12 soldiers had been killed.',
    );
    expect(brief(same.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
});

describe('background: captions', () => {
  it("keeps a caption's figures out of the news when the caption carries a photo credit", () => {
    const fr = read(
      "Douze soldats ont été tués lundi dans une attaque contre le camp de Boni, selon l'armée.\nDes soldats maliens aux funérailles de 30 camarades tués à Dioura (photo AFP).\nLes assaillants ont été repoussés, selon la même source.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 official']);
    expect(fr.background.map((c) => c.min)).toEqual([30]);
    const en = read(
      'Twelve soldiers were killed on Monday in an attack on the Boni camp, the army said.\nMalian soldiers at the funeral of 30 comrades killed in Dioura. Photo: Reuters, © AFP\nThe attackers were repelled, the army said.',
    );
    expect(brief(en.claims)).toContain('killed/soldiers 12-12 official');
  });
  it('does not take a long sentence that mentions a photo for a caption', () => {
    const r = read(
      "Douze soldats ont été tués lundi dans une attaque contre le camp de Boni, selon l'armée, qui a publié des images des lieux (photo ci-dessous).",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
});

describe('background: a model name is no year', () => {
  it('keeps a toll told beside a "Mirage 2000" as news, and a year as background', () => {
    const r = read(
      'Des soldats ont guidé une patrouille de Mirage 2000 dont les tirs ont permis de neutraliser plusieurs dizaines de terroristes à Boni.',
      'fr',
      '2021-01-05',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 20-null unattributed']);
    const past = read(
      'En 2000, des tirs ont permis de neutraliser plusieurs dizaines de terroristes à Boni.',
      'fr',
      '2021-01-05',
    );
    expect(brief(past.claims)).toEqual([]);
  });
});

describe('background: "depuis" a place', () => {
  it('reads "joint par téléphone depuis Boni" as from a place, not since a time', () => {
    const r = read('Selon une source jointe par téléphone depuis Boni, 12 soldats ont été tués.', 'fr');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 security_source']);
    const village = read(
      'Joint depuis le village de Boni, un habitant affirme que 12 civils ont été tués.',
      'fr',
    );
    expect(brief(village.claims)).toEqual(['killed/civilians 12-12 local']);
    const period = read('Depuis janvier, 120 civils ont été tués dans la région de Mopti.', 'fr');
    expect(brief(period.claims)).toEqual([]);
  });
});

describe('background: an update of the article, dated days later, is the same news', () => {
  const attack =
    'Douze soldats ont été tués le 18 novembre dans une attaque contre le camp de Boni, au Mali.';
  it('reads the tolls of "Mise à jour du 22 novembre" and "Update Nov. 22" as the attack\'s', () => {
    const fr = read(
      `${attack} Mise à jour du 22 novembre : le bilan est passé à 30 soldats tués, selon l'armée.`,
      'fr',
    );
    expect(brief(fr.claims)).toContain('killed/soldiers 30-30 official');
    expect(fr.background).toEqual([]);
    const en = read(
      'Twelve soldiers were killed on November 18 in an attack on the camp at Boni, Mali. Updated November 22: the army put the death toll at 30 soldiers.',
    );
    expect(brief(en.claims)).toContain('killed/soldiers 30-30 official');
  });
  it('still reads a toll dated days later without an update word as another moment', () => {
    const r = read(`${attack} Le 22 novembre, 30 soldats ont été tués à Douentza.`, 'fr');
    expect(brief(r.claims)).not.toContain('killed/soldiers 30-30 unattributed');
  });
});

describe('background: "depuis"/"since" after an auxiliary is an adverb, the news since', () => {
  it('reads "le bilan est depuis passé à 43", "the toll has since risen to 43" as news', () => {
    const fr = read(
      "Au Mali, 30 soldats ont été tués dans l'attaque de Boni. Le bilan est depuis passé à 43.",
      'fr',
    );
    expect(fr.claims.map((c) => c.min)).toEqual([30, 43]);
    const en = read(
      'In Mali, 30 soldiers were killed in the attack on Boni. The toll had since risen to 43.',
    );
    expect(en.claims.map((c) => c.min)).toEqual([30, 43]);
  });
  it('keeps a period opened by "depuis"/"since" as background', () => {
    const fr = read(
      "Au Mali, 30 soldats ont été tués dans l'attaque de Boni. Depuis mai, 400 soldats ont été tués.",
      'fr',
    );
    expect(fr.claims.map((c) => c.min)).toEqual([30]);
    const en = read(
      'In Mali, 30 soldiers were killed in the attack on Boni. 400 soldiers have been killed since May.',
    );
    expect(en.claims.map((c) => c.min)).toEqual([30]);
  });
});

describe('background: a counted span of time ending now is a period', () => {
  it('puts the toll of "au cours des trois derniers mois", "over the last six months" in the background', () => {
    const f = read(
      "Lundi à Boni, 12 soldats ont été tués. Au cours des trois derniers mois, l'armée a perdu au moins 80 hommes dans la région.",
      'fr',
    );
    expect(brief(f.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(brief(f.background).map((c) => c.split(' ')[0])).toContain('killed/soldiers');
    const e = read(
      'On Monday in Boni, 12 soldiers were killed. The army has lost at least 80 men in the region over the last six months.',
    );
    expect(brief(e.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const p = read(
      'On Monday in Boni, 12 soldiers were killed. In the past two years, 500 civilians died in the centre.',
    );
    expect(brief(p.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
  it('keeps a span of days of the fighting itself as news', () => {
    const r = read('À Boni, 12 soldats ont été tués au cours des deux derniers jours de combats.', 'fr');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
});

describe('background: a total counted within a span ("en un mois", "in a week") (background-cues spanWithin)', () => {
  const news = 'Des jihadistes ont attaqué lundi le village de Boni, tuant 12 civils. ';
  it('puts the total over the span in the background, in French and English', () => {
    for (const [t, lang] of [
      [news + 'En un mois, 60 civils ont été tués dans le cercle.', 'fr'],
      [news + "Cela porte à 60 le nombre de civils tués dans la zone en l'espace de deux semaines.", 'fr'],
      [news + 'The attack brings the number of civilians killed in the area in a week to 60.', 'en'],
      [news + 'Within a few months, 60 civilians have been killed in the district.', 'en'],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual([`killed/civilians 12-12 unattributed`]);
  });
  it('keeps the news that a span only places among others, or that names a span of its own', () => {
    expect(
      brief(
        read(
          'Des jihadistes ont tué 12 civils lundi à Boni, la deuxième attaque contre ce village en un mois.',
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 12-12 unattributed']);
    expect(
      brief(read('In a week of violence, jihadists killed 12 civilians in Boni on Monday.').claims),
    ).toEqual(['killed/civilians 12-12 unattributed']);
  });
});

describe('background: "the deadliest since" another attack recalls it', () => {
  it('puts the toll of the attack named after "since" / "depuis" in the background', () => {
    const e = read(
      'Jihadists attacked the Boni camp on Monday, killing 12 soldiers. It was the deadliest attack since an ambush near Douentza killed 20 troops.',
    );
    expect(brief(e.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const f = read(
      "Lundi, l'attaque du camp de Boni a tué 12 soldats. C'est la plus meurtrière depuis l'embuscade de Douentza, qui avait fait 20 morts.",
      'fr',
    );
    expect(brief(f.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
  it('reads a battle named after "since" / "depuis" as that other attack', () => {
    const fr = read(
      "Quatre membres d'Africa Corps ont été tués mardi près de Ber. Ce sont les plus lourdes pertes depuis la bataille de Tinzaouaten, où 76 combattants avaient péri.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/foreign_forces 4-4 unattributed']);
    expect(fr.background.map((c) => c.min)).toEqual([76]);
    const relative = read(
      "Quatre membres d'Africa Corps ont été tués mardi dans une embuscade près de Ber, les plus lourdes pertes depuis la bataille de Tinzaouaten, qui avait coûté la vie à 76 combattants.",
      'fr',
    );
    expect(brief(relative.claims)).toEqual(['killed/foreign_forces 4-4 unattributed']);
    const en = read(
      'Four Russian soldiers were killed in an ambush near Ber on Tuesday, the heaviest loss since the battle of Tinzaouaten, where 76 fighters died.',
    );
    expect(brief(en.claims)).toEqual(['killed/foreign_forces 4-4 unattributed']);
  });
});

describe('background: a total of the month', () => {
  it('keeps "bringing to 50 the number killed this month" out of the news', () => {
    const en = read(
      'On Monday in Boni, 12 soldiers were killed, bringing to 50 the number of soldiers killed this month.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(en.background.map((c) => c.min)).toEqual([50]);
    const fr = read(
      'Lundi à Boni, 12 soldats sont morts dans une embuscade, portant à 50 le nombre de soldats tués ce mois-ci.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(fr.background.map((c) => c.min)).toEqual([50]);
  });
});

describe('background: an attack of another year, told by how long ago', () => {
  it('keeps "il y a un an", "a year ago" figures out of the news', () => {
    const fr = read(
      'Lundi, 12 soldats ont été tués à Boni. Il y a un an, 30 soldats avaient été tués dans la même localité.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(fr.background.map((c) => c.min)).toEqual([30]);
    const en = read(
      'On Monday, 12 soldiers were killed in Boni. A year ago, 30 soldiers died in the same town.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(en.background.map((c) => c.min)).toEqual([30]);
    // Days ago may be the attack itself.
    const days = read('Twelve soldiers were killed in an attack on Boni two days ago, the army said.');
    expect(brief(days.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
});

describe('background: a weekday told as past, before the main attack', () => {
  const at = (text: string, lang = 'fr') => read(text, lang, '2025-03-12');
  it('reads "Samedi déjà", "jeudi dernier", "last Thursday" before the attack as another attack', () => {
    const fr = at(
      'Des jihadistes ont tué 5 soldats lundi à Boni. Samedi déjà, sept militaires avaient été tués dans une embuscade près de Douentza.',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 5-5 unattributed']);
    expect(fr.background.map((c) => c.min)).toEqual([7]);
    const last = at(
      'Des jihadistes ont tué 5 soldats lundi à Boni. Jeudi dernier, neuf militaires ont été tués à Hombori.',
    );
    expect(brief(last.claims)).toEqual(['killed/soldiers 5-5 unattributed']);
    const en = at(
      'Jihadists killed 5 soldiers in Boni on Monday. Last Thursday, 9 soldiers were killed in Hombori.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 5-5 unattributed']);
  });
  it('keeps the main attack told with its own weekday, or a later one', () => {
    const r = at(
      "L'armée a indiqué mardi que 12 soldats avaient été tués lundi à Boni. Mercredi déjà, des renforts sont arrivés.",
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
    const since = at(
      'Des jihadistes ont tué 5 soldats lundi à Boni. Depuis samedi déjà, 9 civils ont été tués dans la zone.',
    );
    expect(since.claims.map((c) => c.min)).toContain(5);
  });
});

describe('background: "the deadliest since August, when 42 soldiers were killed"', () => {
  it('reads the time after "since" and what happened then as another attack', () => {
    const en = read(
      'Jihadists killed 5 soldiers in Boni on Monday. It was the deadliest attack since August, when 42 soldiers were killed in Tessit.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 5-5 unattributed']);
    const fr = read(
      "Des jihadistes ont tué 5 soldats lundi à Boni. C'est l'attaque la plus meurtrière depuis août, lorsque 42 soldats avaient été tués à Tessit.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 5-5 unattributed']);
  });
  it('keeps "the deadliest since 2019" a description of the main attack', () => {
    const r = read('Jihadists killed 42 soldiers in Boni on Monday, the deadliest attack since 2019.', 'en');
    expect(brief(r.claims)).toEqual(['killed/soldiers 42-42 unattributed']);
  });
});

describe('background: a toll over recent weeks', () => {
  it('reads "ces dernières semaines" and "in recent weeks" as a period', () => {
    const fr = read(
      'Des jihadistes ont tué 5 soldats lundi à Boni. Ces dernières semaines, une dizaine de militaires ont péri dans des attaques similaires.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 5-5 unattributed']);
    const en = read(
      'Jihadists killed 5 soldiers in Boni on Monday. In recent weeks, about a dozen soldiers have died in similar attacks.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 5-5 unattributed']);
  });
});

describe("background: a part of the year's toll", () => {
  it('reads "au premier semestre", "en un an", "in the first half of the year" as a period', () => {
    const fr = read(
      "Des jihadistes ont tué 5 soldats lundi à Boni. Selon l'ONU, les attaques ont fait plus de 500 morts au premier semestre.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 5-5 unattributed']);
    expect(brief(fr.background)).toEqual(['killed/people 501-null monitor']);
    const year = read(
      'Des jihadistes ont tué 5 soldats lundi à Boni. Les violences ont fait 800 morts en un an.',
      'fr',
    );
    expect(brief(year.claims)).toEqual(['killed/soldiers 5-5 unattributed']);
    const en = read(
      'Jihadists killed 5 soldiers in Boni on Monday. Such attacks killed over 500 civilians in the first half of the year, according to ACLED.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 5-5 unattributed']);
  });
});

describe("background: a mission's toll since it began", () => {
  it('reads "has lost more than 170 peacekeepers in hostile acts" and "the deadliest mission, with …" as background', () => {
    const en = read(
      'Two peacekeepers were killed in an attack on the camp in Boni on Monday. The mission, deployed in 2013, has lost more than 170 peacekeepers in hostile acts.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/foreign_forces 2-2 unattributed']);
    expect(brief(en.background)).toEqual(['killed/foreign_forces 171-null unattributed']);
    const fr = read(
      "Deux Casques bleus ont été tués lundi dans l'attaque du camp de Boni. La Minusma est la mission la plus meurtrière de l'ONU, avec plus de 170 Casques bleus tués.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/foreign_forces 2-2 unattributed']);
    expect(brief(fr.background)).toEqual(['killed/foreign_forces 171-null unattributed']);
  });
});

describe('background: a month in the opening of a story that dates nothing else', () => {
  it('keeps the month of the news as the news', () => {
    for (const [t, lang] of [
      ['Des jihadistes ont tué 12 civils à Boni en mars.', 'fr'],
      ['Mali : massacre à Boni\nDes jihadistes ont finalement tué 12 civils à Boni en mars 2024.', 'fr'],
      ['Jihadists killed 12 civilians in Boni in March.', 'en'],
    ] as const) {
      const r = read(t, lang, '2024-05-10');
      expect(brief(r.claims), t).toEqual(['killed/civilians 12-12 unattributed']);
      expect(r.background, t).toEqual([]);
    }
  });
  it('still reads a month told after the opening as another time', () => {
    const later = read(
      "Des jihadistes ont attaqué Boni lundi, tuant 3 soldats. Selon l'ONU, 400 civils ont été tués en mars dans la région.",
      'fr',
      '2024-05-10',
    );
    expect(brief(later.claims)).toEqual(['killed/soldiers 3-3 unattributed']);
    const undated = read(
      "Des jihadistes ont attaqué Boni. Selon l'ONU, 400 civils ont été tués en mars dans la région.",
      'fr',
      '2024-05-10',
    );
    expect(brief(undated.background)).toEqual(['killed/civilians 400-400 monitor']);
  });
});

describe('background: a cue in a relative clause about the place ("where", "où")', () => {
  it('leaves the figure before the relative clause as news', () => {
    expect(
      brief(
        read(
          'Gunmen attacked two villages near Boni, killing at least 41 people in an area where attacks have surged in recent months, the mayor said.',
        ).claims,
      ),
    ).toEqual(['killed/people 41-null local']);
    expect(
      brief(
        read(
          'Des hommes armés ont attaqué deux villages près de Boni, tuant au moins 41 personnes dans une zone où les violences se sont multipliées ces derniers mois, a indiqué le maire.',
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/people 41-null local']);
  });
  it('keeps a figure inside the relative clause in the background', () => {
    const r = read('Twelve soldiers were killed in Boni, where 30 soldiers had died in March 2022.');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(brief(r.background)).toEqual(['killed/soldiers 30-30 unattributed']);
  });
});

describe('background: a time after another attack', () => {
  it('covers what the cue says of the other attack, not the clause told before it', () => {
    const en = read(
      'Seven soldiers were killed in Boni two days after an attack that killed 30 soldiers in Dioura.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 7-7 unattributed']);
    expect(brief(en.background)).toEqual(['killed/soldiers 30-30 unattributed']);
    const fr = read(
      'Sept soldats ont été tués à Boni, une semaine après celle de Dioura qui avait fait 30 morts.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 7-7 unattributed']);
    expect(brief(fr.background)).toEqual(['killed/soldiers 30-30 unattributed']);
  });
  it('reads "a day after the attack" with nothing more of it as the main attack', () => {
    expect(brief(read('Seven villagers were found dead near Boni a day after the attack.').claims)).toEqual([
      'killed/civilians 7-7 unattributed',
    ]);
    expect(
      brief(
        read('Seven villagers were found dead near Boni two days after the attack, residents said.').claims,
      ),
    ).toEqual(['killed/civilians 7-7 local']);
  });
});

describe('background: a past year after the toll, and "plus de" as an amount', () => {
  const fr = 'Lundi, des jihadistes ont attaqué le poste de Boni, tuant 12 soldats. ';
  it('FR: "Plus de 300 civils ont été tués en 2023" is a past year\'s total ("plus de" is no superlative)', () => {
    const r = read(fr + 'Plus de 300 civils ont été tués en 2023.', 'fr');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(brief(r.background)).toEqual(['killed/civilians 301-null unattributed']);
  });
  it('FR: a superlative still makes the year the main event\'s comparison ("la plus meurtrière depuis 2019")', () => {
    const r = read(fr + "C'est l'attaque la plus meurtrière depuis 2019 dans la région.", 'fr');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
  it('reads a four-digit count of persons as a count, not a year ("plus de 2000 civils", "1950 soldiers")', () => {
    const r = read(fr + 'Plus de 2000 civils ont été tués en 2023.', 'fr');
    expect(brief(r.background)).toEqual(['killed/civilians 2001-null unattributed']);
    const en = read('Jihadists attacked the Boni post on Monday, killing 1950 soldiers.');
    expect(brief(en.claims)).toEqual(['killed/soldiers 1950-1950 unattributed']);
    // "Since 2012 jihadists have…": a year, then the sentence's subject.
    const since = read(
      'Since 2012 jihadists have attacked Boni many times. On Monday they killed 12 soldiers there.',
    );
    expect(brief(since.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
});

describe('background: a time in the phrase that opens the sentence', () => {
  const en = 'Gunmen kidnapped at least 30 passengers near Boni on Sunday, residents said. ';
  const fr = 'Des hommes armés ont enlevé au moins 30 passagers dimanche près de Boni, selon des habitants. ';
  it('covers the whole sentence ("In a similar incident in January, …", "Lors d\'une attaque en janvier, …")', () => {
    for (const [t, lang] of [
      [en + 'In a similar incident in January, more than 100 people were abducted near Boni.', 'en'],
      [en + 'During an earlier raid on the same road in January, gunmen took 60 hostages.', 'en'],
      [fr + "Lors d'un incident similaire en janvier, plus de 100 personnes ont été enlevées.", 'fr'],
      [
        fr + 'Dans une attaque sur le même axe en janvier, les assaillants avaient enlevé 60 passagers.',
        'fr',
      ],
    ]) {
      const r = read(t, lang, '2024-02-12');
      expect(r.claims.length, t).toBe(1);
      expect(r.background.length, t).toBe(1);
    }
  });
  it('not when the opening phrase holds a toll of its own', () => {
    const r = read(
      'In an attack near Boni that killed 12 soldiers on Sunday, the attackers also burned two trucks, the army said. In January, 60 people were abducted in Boni.',
      'en',
      '2024-02-12',
    );
    expect(brief(r.claims)).toContain('killed/soldiers 12-12 official');
  });
});

describe('background: a time elapsed since another event (elapsedSpan)', () => {
  const en = 'Gunmen abducted three Chinese workers near Boni on Saturday. ';
  const fr = 'Des hommes armés ont enlevé samedi trois ouvriers chinois près de Boni. ';
  it('"un mois après l\'enlèvement de deux…", "comes a week after…", "il y a un an", "two years ago"', () => {
    for (const [t, lang] of [
      [
        fr + "Ce rapt intervient un mois après l'enlèvement de deux ressortissants indiens dans la région.",
        'fr',
      ],
      [
        fr + "Cet enlèvement survient une semaine après l'assassinat de deux commerçants dans la région.",
        'fr',
      ],
      [fr + 'Il y a un mois, deux ressortissants indiens avaient été enlevés dans la même région.', 'fr'],
      [fr + 'Il y a quelques années, 30 soldats ont été tués dans la même localité.', 'fr'],
      [
        en + 'The kidnapping comes a month after two Indian nationals were abducted in the same region.',
        'en',
      ],
      [en + 'Two years ago, 30 soldiers were killed in the same town.', 'en'],
      [en + 'Three weeks after an ambush killed 20 soldiers nearby, the road is still closed.', 'en'],
    ]) {
      const r = read(t, lang, '2024-06-03');
      expect(r.claims.length, t).toBe(1);
      expect(r.background.length, t).toBe(1);
    }
  });
  it('not the main attack\'s aftermath, nor "a few days ago"', () => {
    for (const [t, lang] of [
      ["Deux jours après l'attaque, le bilan s'est alourdi à 12 morts, selon l'armée.", 'fr'],
      ['Two days after the attack on Boni, the army said 12 soldiers had died.', 'en'],
      ["L'attaque perpétrée il y a trois jours contre le poste de Boni a fait 12 morts.", 'fr'],
    ]) {
      const r = read(t, lang, '2024-06-03');
      expect(r.claims.length, t).toBe(1);
      expect(r.background.length, t).toBe(0);
    }
  });
});

describe('background: an aside in commas inside a recalled clause', () => {
  it('keeps the recalled attack past an apposition with a possessive ("JNIM, al Qaeda\'s affiliate in the Sahel, claimed…")', () => {
    const text =
      'Gunmen killed 12 soldiers near Boni on Thursday, the army said. The attack came days after JNIM, al Qaeda’s affiliate in the Sahel, claimed an assault on a camp in Kayes that killed 20 soldiers.';
    const r = read(text);
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
    expect(r.event.places).toEqual(['Boni']);
    expect(r.event.actors).toEqual([]);
    const fr =
      "Des hommes armés ont tué 12 soldats jeudi près de Boni, selon l'armée. L'attaque survient quelques jours après celle de Kayes, le fief de la katiba Macina, qui avait fait 20 morts parmi les soldats.";
    expect(brief(read(fr, 'fr').claims)).toEqual(['killed/soldiers 12-12 official']);
  });
});

describe('background: an adverb of an earlier time that dates a statement', () => {
  it('keeps an earlier toll of the same attack, "avait auparavant fait état", as news', () => {
    const fr = read(
      "Des jihadistes ont attaqué jeudi un camp militaire à Boni. L'armée a indiqué que le bilan était passé à 30 morts. L'armée avait auparavant fait état de deux morts et dix blessés.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/people 30-30 official',
      'killed/people 2-2 official earlier',
      'wounded/people 10-10 official earlier',
    ]);
    expect(fr.background).toEqual([]);
    const en = read(
      'Jihadists attacked an army camp in Boni on Thursday. The army said the toll had risen to 30 dead. It had previously reported two dead and ten wounded.',
    );
    expect(brief(en.claims)).toEqual([
      'killed/people 30-30 official',
      'killed/people 2-2 official earlier',
      'wounded/people 10-10 official earlier',
    ]);
  });
  it('still reads an earlier attack as another time ("had previously been attacked")', () => {
    const r = read(
      'Jihadists attacked an army camp in Boni on Thursday, killing 30 soldiers. The village had previously been attacked, and 12 people were killed.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 30-30 unattributed']);
    expect(brief(r.background)).toEqual(['killed/people 12-12 unattributed']);
  });
});

describe('background: "depuis trois jours" is a fight\'s own length', () => {
  it('keeps an ongoing fight and its toll in the news', () => {
    const r = read(
      "Les FAMa et les paramilitaires d'Africa Corps affrontent les combattants du JNIM depuis trois jours près de Boni. Les combats ont fait 50 morts depuis 48 heures, selon une source sécuritaire.",
      'fr',
    );
    expect(r.event.actors).toEqual(['FAMa', 'Africa Corps', 'JNIM']);
    expect(brief(r.claims)).toEqual(['killed/people 50-50 security_source']);
  });
  it('still reads a toll of attacks over those days as a total', () => {
    const r = read(
      'Des jihadistes ont attaqué Boni dimanche. Au moins 30 civils ont été tués depuis trois jours dans des attaques.',
      'fr',
    );
    expect(r.claims).toEqual([]);
    expect(brief(r.background)).toEqual(['killed/civilians 30-null unattributed']);
  });
});

describe('background: a span of days that measures what follows is no time elapsed (background-cues elapsedSpan)', () => {
  const pre = 'Lundi, des jihadistes ont attaqué le camp de Boni. ';
  it('keeps the deaths a mourning of three days follows', () => {
    for (const text of [
      'Les autorités ont décrété un deuil national de trois jours après la mort de 12 soldats lundi à Boni.',
      'Un couvre-feu de deux semaines a été instauré après la mort de 12 soldats lundi à Boni.',
    ])
      expect(brief(read(pre + text, 'fr').claims), text).toEqual(['killed/soldiers 12-12 unattributed']);
  });
  it("reads the days after the deaths as the main attack's aftermath, and still a recalled toll as background", () => {
    expect(
      brief(
        read("Deux jours après la mort de 12 soldats à Boni, l'armée a lancé une opération.", 'fr').claims,
      ),
    ).toEqual(['killed/soldiers 12-12 unattributed']);
    const recalled = read('Ce rapt intervient un mois après la mort de 12 soldats à Boni.', 'fr');
    expect(recalled.claims).toEqual([]);
    expect(recalled.background.map((c) => c.min)).toEqual([12]);
  });
});

describe('background: "depuis l\'attaque" / "since the attack" is the story\'s own attack', () => {
  it('keeps the missing and found "since the attack" as news, not a period\'s total', () => {
    const fr = read(
      "Des hommes armés ont attaqué lundi le village de Boni. Au moins 14 habitants sont portés disparus depuis l'attaque.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['missing/civilians 14-null unattributed']);
    const opening = read(
      'Des hommes armés ont attaqué lundi le village de Boni. Depuis cette attaque, 14 femmes sont portées disparues.',
      'fr',
    );
    expect(brief(opening.claims)).toEqual(['missing/civilians 14-14 unattributed']);
    const en = read(
      'Gunmen attacked the village of Boni on Monday. At least 14 villagers have been missing since the attack.',
    );
    expect(brief(en.claims)).toEqual(['missing/civilians 14-null unattributed']);
  });
  it('still reads "depuis l\'attaque de Dioura en mars" as another time', () => {
    const r = read(
      "Des hommes armés ont attaqué lundi le village de Boni. Au moins 14 habitants sont portés disparus depuis l'attaque de Dioura en mars.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([]);
    expect(r.background.map((c) => c.min)).toEqual([14]);
  });
});

describe('background: "plus tôt dans la semaine", "earlier in October" tell another time', () => {
  it('puts a toll told "earlier" in the week, month, year or a month named in the background', () => {
    const story = 'Quatre soldats ont été tués lundi 17 octobre par une mine près de Tessalit. ';
    for (const earlier of [
      'Plus tôt dans la semaine',
      'Plus tôt cette semaine',
      'Plus tôt dans le mois',
      "Plus tôt dans l'année",
      'Plus tôt en octobre',
    ]) {
      const r = read(story + `${earlier}, 30 militaires ont été tués près de Gao.`, 'fr', '2024-10-19');
      expect(brief(r.claims), earlier).toEqual(['killed/soldiers 4-4 unattributed']);
      expect(
        r.background.map((c) => c.min),
        earlier,
      ).toEqual([30]);
    }
    const en = read(
      'Four soldiers were killed by a mine near Tessalit on Monday. Earlier in October, 30 troops were killed near Gao.',
      'en',
      '2024-10-19',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 4-4 unattributed']);
  });
  it('keeps "earlier in the day" / "plus tôt en journée" as the same day\'s news', () => {
    const en = read(
      'Four soldiers were killed by a mine near Tessalit on Monday. Earlier in the day, 3 soldiers were wounded nearby.',
    );
    expect(brief(en.claims)).toEqual([
      'killed/soldiers 4-4 unattributed',
      'wounded/soldiers 3-3 unattributed',
    ]);
  });
});

describe('background: months or years after another attack, or since a beginning', () => {
  const story = 'Quatre Casques bleus ont été tués lundi 17 octobre par une mine près de Tessalit. ';
  it('puts the toll of an attack a year or more before in the background', () => {
    for (const span of ['Un an après', "Plus d'un an après", 'Deux ans après']) {
      const r = read(
        story + `${span} l'attaque d'Aguelhok, où 70 Casques bleus avaient péri, la mission reste exposée.`,
        'fr',
        '2024-10-19',
      );
      expect(brief(r.claims), span).toEqual(['killed/foreign_forces 4-4 unattributed']);
      expect(
        r.background.map((c) => c.min),
        span,
      ).toEqual([70]);
    }
    const en = read(
      'Four peacekeepers were killed by a mine near Tessalit on Monday. More than a year after the Aguelhok attack, in which 70 peacekeepers died, the mission remains exposed.',
      'en',
      '2024-10-19',
    );
    expect(brief(en.claims)).toEqual(['killed/foreign_forces 4-4 unattributed']);
  });
  it('puts a total since a deployment or the start of a crisis in the background', () => {
    const fr = read(
      story + 'Dix ans après son déploiement, la mission a perdu 70 Casques bleus.',
      'fr',
      '2024-10-19',
    );
    expect(brief(fr.claims)).toEqual(['killed/foreign_forces 4-4 unattributed']);
    expect(fr.background.map((c) => c.min)).toEqual([70]);
    const en = read(
      'Four peacekeepers were killed by a mine near Tessalit on Monday. Ten years after its deployment, the mission has lost 70 peacekeepers.',
      'en',
      '2024-10-19',
    );
    expect(en.background.map((c) => c.min)).toEqual([70]);
  });
  it("keeps the main attack's aftermath and a dated toll after a beginning as news", () => {
    const after = read(story + "Deux jours après l'attaque, deux blessés ont succombé.", 'fr', '2024-10-19');
    expect(after.claims.map((c) => c.min)).toContain(2);
    expect(after.background).toEqual([]);
    const dated = read(
      story + "Deux mois après le début de l'offensive, trois autres ont été blessés mardi à Ber.",
      'fr',
      '2024-10-19',
    );
    expect(brief(dated.claims)).toContain('wounded/foreign_forces 3-3 unattributed');
  });
});

describe("background: a mission's record", () => {
  it('puts the toll of "the deadliest / most dangerous mission" in the background, however worded', () => {
    const story = 'Quatre Casques bleus ont été tués lundi 17 octobre par une mine près de Tessalit. ';
    for (const record of [
      "Plus meurtrière mission de l'ONU, la Minusma a perdu 170 Casques bleus.",
      "La Minusma, mission de l'ONU la plus meurtrière au monde, a perdu 170 Casques bleus.",
      "La Minusma, la mission la plus dangereuse de l'ONU, déplore 170 Casques bleus tués.",
    ]) {
      const r = read(story + record, 'fr', '2024-10-19');
      expect(brief(r.claims), record).toEqual(['killed/foreign_forces 4-4 unattributed']);
      expect(
        r.background.map((c) => c.min),
        record,
      ).toEqual([170]);
    }
    const en = read(
      'Four peacekeepers were killed by a mine near Tessalit on Monday. MINUSMA, the most dangerous UN mission in the world, has lost 170 peacekeepers.',
      'en',
      '2024-10-19',
    );
    expect(en.background.map((c) => c.min)).toEqual([170]);
  });
  it('keeps a dated toll of "the deadliest attack on the mission" as news', () => {
    const r = read(
      "Des jihadistes ont attaqué lundi un convoi près de Tessalit. C'est l'attaque la plus meurtrière contre la mission, avec 9 Casques bleus tués lundi.",
      'fr',
      '2024-10-19',
    );
    expect(brief(r.claims)).toEqual(['killed/foreign_forces 9-9 unattributed']);
  });
});

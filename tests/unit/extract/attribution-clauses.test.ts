import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

describe('attribution by reporting clause', () => {
  it('a quotation between the claimant and its verb is stepped over', () => {
    const r = read(
      "Après l'attaque de Boni, l'armée a « repoussé les assaillants » et eu « 12 morts » dans ses rangs, faisant aussi état de 30 terroristes neutralisés.",
      'fr',
    );
    expect(brief(r.claims).map((c) => c.split(' ').pop())).toEqual(['official', 'official']);
  });
  it("a quotation's own words never name its speaker", () => {
    const r = read(
      "Après l'attaque de Boni : « Au moins douze militaires ont été tués », a affirmé un élu de la commune.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-null local']);
  });
  it('the agent of a passive reporting verb is the claimant, not of a claim of responsibility', () => {
    const e = read(
      'The official toll announced by the government is 40 people killed in the attack on Boni.',
      'en',
    );
    expect(brief(e.claims)).toEqual(['killed/people 40-40 official']);
    const f = read("Le bilan annoncé par le gouverneur est de 40 morts après l'attaque de Boni.", 'fr');
    expect(brief(f.claims)).toEqual(['killed/people 40-40 official']);
    const c = read('The attack on Boni, claimed by JNIM, killed 40 people.', 'en');
    expect(brief(c.claims)).toEqual(['killed/people 40-40 unattributed']);
  });
  it('a toll that names its claimant: le bilan officiel, the official toll', () => {
    expect(brief(read("Le bilan officiel de l'attaque de Boni est de 32 morts.", 'fr').claims)).toEqual([
      'killed/people 32-32 official',
    ]);
    expect(
      brief(read('After the attack on Boni, the official toll stands at 32 dead.', 'en').claims),
    ).toEqual(['killed/people 32-32 official']);
  });
  it('the persons a toll counts are not its claimant: le bilan des villageois tués, the toll of residents killed', () => {
    const f = read("Le bilan des villageois tués dans l'attaque de Boni s'élève à 18 morts.", 'fr');
    expect(brief(f.claims)).toEqual(['killed/civilians 18-18 unattributed']);
    const e = read('The toll of residents killed in the attack on Boni in Mali stands at 18 dead.', 'en');
    expect(brief(e.claims)).toEqual(['killed/civilians 18-18 unattributed']);
    // The teller named after the toll still is: "le bilan des habitants est de 18 morts".
    const t = read("Après l'attaque de Boni, le bilan des habitants est de 18 morts.", 'fr');
    expect(brief(t.claims)).toEqual(['killed/people 18-18 local']);
  });
  it('"la même source", "celle-ci", "the release" carry the claimant named before', () => {
    const r = read(
      'Selon des habitants, 9 villageois ont été tués lundi à Boni. Toujours selon la même source, 4 autres ont été enlevés.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 9-9 local', 'captured/civilians 4-4 local']);
    const s = read(
      "L'armée a publié un communiqué sur l'attaque de Boni. Celle-ci annonce 7 soldats tués.",
      'fr',
    );
    expect(brief(s.claims)).toEqual(['killed/soldiers 7-7 official']);
  });
  it('"notre interlocuteur", "notre interlocutrice", "our interlocutor" carry the speaker the outlet spoke to', () => {
    const fr = read(
      "D'après un élu de la commune, des hommes armés ont attaqué Boni lundi. « Nous avons enterré 14 corps », précise notre interlocuteur.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/people 14-14 local']);
    const she = read(
      "Une habitante de Boni raconte l'attaque de lundi. Selon notre interlocutrice, 6 villageoises ont été enlevées.",
      'fr',
    );
    expect(brief(she.claims)).toEqual(['captured/civilians 6-6 local']);
    const en = read(
      'A local councillor said gunmen stormed Boni on Monday. "They took away nine women," our interlocutor added.',
    );
    expect(brief(en.claims)).toEqual(['captured/civilians 9-9 local']);
  });
});

describe('attribution: a claimant that gives no figure, and a figure told about a claimed attack', () => {
  const by = (text: string, lang = 'fr') => read(text, lang).claims.map((c) => `${c.min}:${c.by}`);
  it('does not credit a toll to a claimant that says it gave none', () => {
    expect(by("Douze soldats ont été tués à Boni. L'armée n'a pas communiqué de bilan.")).toEqual([
      '12:unattributed',
    ]);
    expect(
      by('Twelve soldiers were killed in Boni. The army confirmed the attack but gave no toll.', 'en'),
    ).toEqual(['12:unattributed']);
  });
  it('still credits a claimant named after the denial, or before it in another clause', () => {
    expect(
      by(
        'The army did not give a toll for the attack on Boni, in which 12 soldiers were killed according to local sources.',
        'en',
      ),
    ).toEqual(['12:local']);
    expect(
      by(
        'Security sources said 4 soldiers were wounded in the attack on Boni, though the army has not released official figures.',
        'en',
      ),
    ).toEqual(['4:security_source']);
  });
  it('reads a figure in a relative clause about a claimed attack as the story’s, not the group’s', () => {
    expect(by("Le JNIM a revendiqué l'attaque de Boni dans laquelle 12 soldats ont été tués.")).toEqual([
      '12:unattributed',
    ]);
    expect(by('JNIM claimed the attack on Boni, in which 12 soldiers were killed.', 'en')).toEqual([
      '12:unattributed',
    ]);
    expect(
      by('JNIM claimed responsibility for the attack on Boni, saying it killed 12 soldiers.', 'en'),
    ).toEqual(['12:armed_group']);
  });
  it('gives a figure in that relative clause the claimant named after it', () => {
    expect(
      by(
        'JNIM claimed responsibility for the attack on Boni, in which 12 soldiers were killed according to the army.',
        'en',
      ),
    ).toEqual(['12:official']);
    expect(
      by(
        "Le JNIM a revendiqué l'attaque de Boni, au cours de laquelle 12 soldats ont été tués selon l'armée.",
      ),
    ).toEqual(['12:official']);
  });
  it('reads "claimed that" with no attack before it as what the group says (place-figures narratedAfterClaim)', () => {
    expect(by('JNIM claimed in a statement that its fighters killed 47 soldiers near Boni.', 'en')).toEqual([
      '47:armed_group',
    ]);
    expect(by('JNIM claimed that its fighters had killed 47 soldiers near Boni.', 'en')).toEqual([
      '47:armed_group',
    ]);
    expect(
      by('Le JNIM a revendiqué dans un communiqué que ses combattants ont tué 47 soldats à Boni.'),
    ).toEqual(['47:armed_group']);
  });
});

describe('attribution: a report named before speaks again', () => {
  it('gives "the report said" the claimant whose report it is, not the nouns of what it said', () => {
    const r = read(
      'Human Rights Watch said in a report published on Tuesday that soldiers executed civilians in Boni.\n\nAt least 30 villagers were killed, the report said.',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 30-null monitor']);
    const fr = read(
      'Amnesty International a indiqué mardi dans un rapport que des soldats avaient exécuté des civils à Boni.\n\nAu moins 30 villageois ont été tués, indique le rapport.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/civilians 30-null monitor']);
  });
  it('reads a report\'s conclusion as its issuer\'s ("le rapport de la Minusma conclut que…", "concluded")', () => {
    const fr = read(
      'Le rapport de la Minusma, publié jeudi, conclut que 50 civils ont été exécutés à Boni par des soldats.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/civilians 50-50 monitor']);
    const en = read(
      'A UN report concluded on Friday that at least 40 villagers were killed in the attack on Boni.',
    );
    expect(brief(en.claims)).toEqual(['killed/civilians 40-null monitor']);
  });
  it('gives "the same sources said", "indiquent les mêmes sources" the claimant named before', () => {
    const fr = read(
      'Selon des témoins, le camp de Boni a été attaqué lundi. Les assaillants sont partis avec 9 véhicules, indiquent les mêmes sources.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['seized/vehicles 9-9 local']);
    const en = read(
      'Residents said the camp in Boni was attacked on Monday. The attackers left with 9 vehicles, the same sources said.',
    );
    expect(brief(en.claims)).toEqual(['seized/vehicles 9-9 local']);
    const one = read(
      'Un élu local affirme que Boni a été attaqué lundi. Douze civils ont été tués, a précisé la même source.',
      'fr',
    );
    expect(brief(one.claims)).toEqual(['killed/civilians 12-12 local']);
  });
  it('still reads "reported" as a verb', () => {
    const r = read('At least 30 villagers were killed in Boni, residents reported.');
    expect(brief(r.claims)).toEqual(['killed/civilians 30-null local']);
  });
});

describe('attribution: a participle of saying after a comma shares the speaker before it', () => {
  it('gives "…, said the statement, adding that" the statement\'s claimant, not a group named before', () => {
    const en = read(
      'A statement from the Malian army said the attack was repelled. On Monday, militants of the group stormed the camps of the army in Boni, said the statement, adding that 12 soldiers were killed.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 official']);
    const fr = read(
      "Des jihadistes du groupe ont attaqué le camp de Boni lundi, a indiqué l'armée, précisant que 12 soldats ont été tués.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
});

describe('attribution: the outlet told is not the one speaking', () => {
  it('reads "a déclaré à l\'Agence France-Presse (AFP) une source militaire" as the source', () => {
    const r = read(
      "Après l'attaque de Boni, « douze soldats ont été tués », a déclaré à l'Agence France-Presse (AFP) une source militaire.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 security_source']);
    const told = read(
      "Après l'attaque de Boni, « douze soldats ont été tués », a déclaré à l'AFP une source militaire malienne.",
      'fr',
    );
    expect(told.claims.map((c) => c.source)).toEqual(['une source militaire malienne']);
    // The outlet alone stays the claimant.
    const outlet = read(
      "Après l'attaque de Boni, douze soldats ont été tués, a rapporté l'Agence France-Presse (AFP).",
      'fr',
    );
    expect(brief(outlet.claims)).toEqual(['killed/soldiers 12-12 media']);
  });
});

describe('attribution: the source a figure was learned from', () => {
  it('reads "auprès de" after a verb of learning as the source, not the outlet that learned', () => {
    const fr = (t: string) => read(t, 'fr').claims.map((c) => `${c.by} ${c.source}`);
    expect(fr("L'attaque de Boni a fait 12 morts, a appris l'AFP auprès des autorités locales.")).toEqual([
      'local autorités locales',
    ]);
    expect(fr("L'attaque de Boni a fait 12 morts, apprend-on auprès d'un élu local.")).toEqual([
      'local un élu local',
    ]);
    expect(
      fr(
        "Selon des informations recueillies auprès de sources sécuritaires, l'attaque de Boni a fait 12 morts.",
      ),
    ).toEqual(['security_source sources sécuritaires']);
    const en = read('The attack on Boni left 12 dead, AFP learned from local officials.').claims;
    expect(en.map((c) => `${c.by} ${c.source}`)).toEqual(['local local officials']);
  });
  it('reads no source after "auprès de" without a verb of learning', () => {
    const r = read("L'attaque de Boni a fait 12 morts. Le ministre a plaidé auprès des habitants.", 'fr');
    expect(brief(r.claims)).toEqual(['killed/people 12-12 unattributed']);
  });
});

describe("attribution: a toll's own persons are not its speaker", () => {
  it('leaves a toll unattributed when the speaker named after the verb is unknown', () => {
    const fr = read("Un soldat a été tué lors de l'attaque de Boni, a annoncé Moussa Diarra.", 'fr');
    expect(brief(fr.claims)).toEqual(['killed/soldiers 1-1 unattributed']);
    const plural = read(
      "Deux officiers ont été tués lors de l'attaque de Boni, a annoncé Moussa Diarra.",
      'fr',
    );
    expect(brief(plural.claims)).toEqual(['killed/soldiers 2-2 unattributed']);
    const en = read('Two officers were killed in the attack on Boni, Moussa Diarra said.');
    expect(brief(en.claims)).toEqual(['killed/soldiers 2-2 unattributed']);
  });
  it("reads no speaker in a deed's victim after the verb ('claimed the killing of a soldier')", () => {
    expect(brief(read('Gunmen claimed the killing of a soldier on Monday in Boni.').claims)).toEqual([
      'killed/soldiers 1-1 unattributed',
    ]);
    expect(brief(read('Gunmen claimed the murder of a gendarme on Monday in Boni.').claims)).toEqual([
      'killed/soldiers 1-1 unattributed',
    ]);
    expect(
      brief(read("Des hommes armés ont revendiqué l'assassinat d'un gendarme lundi à Boni.", 'fr').claims),
    ).toEqual(['killed/soldiers 1-1 unattributed']);
    // The speaker after the verb still speaks.
    expect(brief(read('On Monday in Boni two soldiers were killed, said a soldier.').claims)).toEqual([
      'killed/soldiers 2-2 security_source',
    ]);
  });
  it('still reads a member of the forces who speaks', () => {
    const r = read("Selon un soldat, 12 militaires ont été tués lors de l'attaque de Boni.", 'fr');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 security_source']);
    const e = read("Un soldat a été tué lors de l'attaque de Boni, a annoncé l'Élysée.", 'fr');
    expect(brief(e.claims)).toEqual(['killed/soldiers 1-1 official']);
  });
});

describe('attribution: the owner of the things counted is not their speaker', () => {
  it('carries the speaker before to "…, he added" past the army that owned the trucks', () => {
    const before = 'A senior army officer said 17 soldiers had been killed in Boni. ';
    for (const t of [
      'Two army trucks were destroyed, he added.',
      'Two trucks of the army were burned, he said.',
    ])
      expect(brief(read(before + t).claims)[1], t).toBe('destroyed/vehicles 2-2 security_source');
    expect(
      brief(
        read(
          "Un officier a indiqué que 17 soldats avaient été tués à Boni. Deux camions de l'armée ont été détruits, a-t-il ajouté.",
          'fr',
        ).claims,
      )[1],
    ).toBe('destroyed/vehicles 2-2 security_source');
  });
  it('leaves the things unattributed when no one speaks', () => {
    expect(
      brief(
        read("Des jihadistes ont attaqué Boni lundi. Deux camions de l'armée ont été détruits.", 'fr').claims,
      ),
    ).toEqual(['destroyed/vehicles 2-2 unattributed']);
  });
});

describe('attribution: a personal pronoun stands for the subject of the sentence before', () => {
  it('reads "Ils affirment", "a-t-il dit", "He said" as the claimant the sentence before names', () => {
    const r = read(
      "Des habitants de Boni ont été joints par téléphone. Ils affirment que l'attaque a fait 12 morts parmi les civils.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 local']);
    const q = read(
      "Le maire de Boni était sur place. « Nous avons compté 12 corps », a-t-il dit après l'attaque.",
      'fr',
    );
    expect(brief(q.claims)).toEqual(['killed/people 12-12 local']);
    const en = read('A local official in Boni was reached by phone. He said the attack killed 12 civilians.');
    expect(brief(en.claims)).toEqual(['killed/civilians 12-12 local']);
  });
  it('prefers that subject over an older claimant, and carries the older one when it names none', () => {
    const r = read(
      "L'armée a annoncé 3 morts dans l'attaque de Boni. Des habitants ont été joints. Ils affirment que 30 civils ont été tués.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/people 3-3 official', 'killed/civilians 30-30 local']);
    const older = read(
      "L'armée a déclaré que l'attaque de Boni avait été repoussée. La nuit a été calme. Elle précise que 12 soldats ont été tués.",
      'fr',
    );
    expect(brief(older.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
});

describe('attribution: where a toll comes from', () => {
  it('reads the source a toll "comes from", "émane de", "provient d\'" in the next sentence', () => {
    const en = read(
      'Twelve soldiers were killed in the attack on Boni. The figure comes from a security source.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 security_source']);
    const fr = read(
      "Douze soldats ont été tués lors de l'attaque de Boni. Ce bilan émane d'une source sécuritaire.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 security_source']);
    const local = read("L'attaque de Boni a fait 12 morts. Ce chiffre provient d'un élu local.", 'fr');
    expect(brief(local.claims)).toEqual(['killed/people 12-12 local']);
    const society = read('The attack on Boni killed 12 civilians, according to a civil society member.');
    expect(brief(society.claims)).toEqual(['killed/civilians 12-12 local']);
  });
});

describe('attribution: "the group", "l\'organisation" are the organisation named last', () => {
  it('reads a rights group named before as a monitor, an armed group as itself', () => {
    const hrw = read(
      'Human Rights Watch documented the attack on Boni. At least 12 civilians were killed, the group said.',
    );
    expect(brief(hrw.claims)).toEqual(['killed/civilians 12-null monitor']);
    const amnesty = read(
      "Amnesty International a enquêté sur l'attaque de Boni. Au moins 12 civils ont été tués, affirme l'organisation.",
      'fr',
    );
    expect(brief(amnesty.claims)).toEqual(['killed/civilians 12-null monitor']);
    const jnim = read('JNIM claimed the attack on Boni. At least 12 soldiers were killed, the group said.');
    expect(brief(jnim.claims)).toEqual(['killed/soldiers 12-null armed_group']);
  });
  it('keeps "the group" an armed group when no organisation is named before', () => {
    const r = read('The attack on Boni killed 12 soldiers, the group said.');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 armed_group']);
  });
});

describe('attribution: a verb of saying with its subject inverted', () => {
  it('carries the claimant named before to "précise-t-il", "indique-t-elle"', () => {
    const r = read("Le maire de Boni a parlé à la presse. L'attaque a fait 12 morts, précise-t-il.", 'fr');
    expect(brief(r.claims)).toEqual(['killed/people 12-12 local']);
    const f = read(
      "L'armée a publié un communiqué. L'attaque de Boni a fait 12 morts parmi les soldats, indique-t-elle.",
      'fr',
    );
    expect(brief(f.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
});

describe('attribution: "selon son communiqué" is the document of the claimant just named', () => {
  it('gives the group that claimed the attack, named earlier in the sentence', () => {
    const fr = read(
      "Le groupe jihadiste a revendiqué l'attaque du poste militaire de Boni, qui a coûté la vie à 12 soldats, selon son communiqué.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 armed_group']);
    const en = read(
      'The jihadist group claimed the attack on the army post in Boni, which killed 12 soldiers, according to its statement.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 armed_group']);
  });
  it("keeps a communiqué with no one named before the government's", () => {
    const r = read("L'attaque du poste de Boni a coûté la vie à 12 soldats, selon un communiqué.", 'fr');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
});

describe('attribution: claiming responsibility is not claiming the toll', () => {
  it('leaves the toll of "claimed responsibility for an ambush that killed 33 soldiers" unattributed', () => {
    const en = read(
      'Islamic State claimed responsibility on Sunday for an ambush near Boni that killed 33 soldiers.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 33-33 unattributed']);
    const head = read('Islamic State claims responsibility for killing 33 Malian soldiers near Boni.');
    expect(brief(head.claims)).toEqual(['killed/soldiers 33-33 unattributed']);
    const fr = read(
      "L'EIGS a revendiqué la responsabilité de l'embuscade de Boni qui a tué 33 soldats.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 33-33 unattributed']);
  });
  it('still gives the group its own count', () => {
    const r = read(
      'Islamic State claimed responsibility for the ambush near Boni, saying it killed 40 soldiers.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 40-40 armed_group']);
  });
});

describe('attribution: a speaker in a clause of its own after the figures', () => {
  it('does not credit the figures before "and X said" with what X says after it', () => {
    const en = read(
      'Twelve civilians were killed in the attack on Boni, and a local official said the attackers burned homes.',
    );
    expect(brief(en.claims)).toEqual(['killed/civilians 12-12 unattributed']);
    const fr = read(
      "Douze civils ont été tués dans l'attaque de Boni, et un élu local a affirmé que les assaillants ont incendié des maisons.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/civilians 12-12 unattributed']);
  });
  it('still credits a speaker after the figures with no clause of its own, or one about the toll', () => {
    const inverted = read(
      'Twelve civilians were killed in the attack on Boni, a local official said, adding that homes burned.',
    );
    expect(brief(inverted.claims)).toEqual(['killed/civilians 12-12 local']);
    const toll = read(
      'At least 20 people died in the attack on Boni, and residents said the toll could rise.',
    );
    expect(brief(toll.claims)).toEqual(['killed/people 20-null local']);
  });
  it('reads two speakers joined by "and" as one subject, not a clause of its own', () => {
    const en = read(
      'At least 15 gendarmes were killed on Sunday in Boni, security sources and witnesses told AFP.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 15-null security_source']);
    const fr = read(
      'Au moins 15 gendarmes ont été tués dimanche à Boni, des sources sécuritaires et des habitants ont confirmé à l’AFP.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 15-null security_source']);
    // After "where", the two speakers still say something else.
    const where = read(
      'At least 38 people were killed in Boni, where survivors and officials say gunmen came on motorbikes.',
    );
    expect(brief(where.claims)).toEqual(['killed/people 38-null unattributed']);
  });
});

describe("attribution: the outlet's own reporting, and a speaker who says nothing", () => {
  it('reads "selon nos informations", "according to our information" as unattributed', () => {
    const fr = read(
      "L'armée a annoncé 12 morts lundi à Boni. Selon nos informations, une quarantaine de soldats manquaient à l'appel.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/people 12-12 official', 'missing/soldiers 40-40 unattributed']);
    const after = read(
      "L'armée a annoncé 12 morts lundi à Boni. Une trentaine de soldats sont portés disparus, d'après nos informations.",
      'fr',
    );
    expect(brief(after.claims)).toEqual([
      'killed/people 12-12 official',
      'missing/soldiers 30-30 unattributed',
    ]);
    const en = read(
      'The army reported 12 dead in an attack on Boni on Monday. According to our information, 40 soldiers are missing.',
    );
    expect(brief(en.claims)).toEqual(['killed/people 12-12 official', 'missing/soldiers 40-40 unattributed']);
  });
  it('reads "d\'autres sources", "other sources" — sources of no kind, set against a named one — as unattributed', () => {
    const fr = read(
      "Selon l'armée, 12 soldats ont été tués lundi à Boni. D'autres sources évoquent 20 morts et 6 véhicules incendiés.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/soldiers 12-12 official',
      'killed/soldiers 20-20 unattributed',
      'destroyed/vehicles 6-6 unattributed',
    ]);
    const after = read(
      "Selon l'armée, 12 soldats ont été tués lundi à Boni. Au moins 20 militaires auraient péri, selon d'autres sources.",
      'fr',
    );
    expect(brief(after.claims)).toEqual([
      'killed/soldiers 12-12 official',
      'killed/soldiers 20-null unattributed',
    ]);
    const en = read(
      'Security sources said 12 soldiers were killed in Boni on Monday. Other sources said as many as 20 troops may have died.',
    );
    expect(brief(en.claims)).toEqual([
      'killed/soldiers 12-12 security_source',
      'killed/soldiers 1-20 unattributed',
    ]);
  });
  it('gives no claimant to what follows a negated verb of saying ("ne dit pas", "did not say")', () => {
    const fr = read(
      "L'armée a annoncé 12 morts lundi à Boni. Elle ne dit pas s'il y a des disparus, mais une trentaine de soldats manquaient à l'appel mardi.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/people 12-12 official', 'missing/soldiers 30-30 unattributed']);
    const passe = read(
      "L'armée a annoncé 12 morts lundi à Boni. Elle n'a pas précisé le nombre de disparus, mais trente soldats manquaient à l'appel mardi.",
      'fr',
    );
    expect(brief(passe.claims)).toEqual([
      'killed/people 12-12 official',
      'missing/soldiers 30-30 unattributed',
    ]);
    const en = read(
      'The army reported 12 dead in an attack on Boni on Monday. It did not say whether anyone was missing, but 30 soldiers were unaccounted for.',
    );
    expect(brief(en.claims)).toEqual(['killed/people 12-12 official', 'missing/soldiers 30-30 unattributed']);
    // A negated verb elsewhere leaves the speaker who does speak.
    const relative = read(
      "L'armée, qui n'a pas précisé le nombre de blessés, a annoncé 12 morts lundi à Boni.",
      'fr',
    );
    expect(brief(relative.claims)).toEqual(['killed/people 12-12 official']);
  });
});

describe('attribution: more French reporting clauses', () => {
  it('reads "à en croire X" as "selon X", before or after the figures', () => {
    expect(
      brief(read('À en croire un élu local, 12 civils ont été tués lundi à Boni.', 'fr').claims),
    ).toEqual(['killed/civilians 12-12 local']);
    expect(
      brief(read('Lundi à Boni, 12 civils ont été tués, à en croire les habitants.', 'fr').claims),
    ).toEqual(['killed/civilians 12-12 local']);
  });
  it('reads "Pour le maire de Boni, …" as the view of the speaker it names, not "pour le moment"', () => {
    expect(
      brief(read('Pour le maire de Boni, 12 civils ont été tués lundi dans l’attaque.', 'fr').claims),
    ).toEqual(['killed/civilians 12-12 local']);
    expect(
      brief(
        read("Lundi à Boni, pour l'armée, 12 terroristes ont été neutralisés lors de l'attaque.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/militants 12-12 official']);
    expect(
      brief(read("Pour le moment, 12 civils ont été tués lundi dans l'attaque de Boni.", 'fr').claims),
    ).toEqual(['killed/civilians 12-12 unattributed']);
  });
  it('reads "des" after a verb in the plural as the article of its subject ("qu\'indiquent des sources locales")', () => {
    const r = read(
      "Lundi, 12 civils ont été tués dans l'attaque de Boni. C'est ce qu'indiquent des sources locales.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 local']);
    const singular = read(
      "Lundi, 12 civils ont été tués dans l'attaque de Boni. C'est ce que rapporte une source locale.",
      'fr',
    );
    expect(brief(singular.claims)).toEqual(['killed/civilians 12-12 local']);
  });
  it('reads "des" after a plural auxiliary or "ce qu\'" the same way ("qu\'ont indiqué des habitants")', () => {
    for (const t of [
      "Lundi, 12 civils ont été tués dans l'attaque de Boni. C'est ce qu'ont indiqué des habitants.",
      "Lundi, 12 civils ont été tués dans l'attaque de Boni. C'est ce qu'ont finalement confirmé des sources locales.",
      "Lundi, 12 civils ont été tués dans l'attaque de Boni. Voilà ce qu'a raconté des témoins.",
    ])
      expect(brief(read(t, 'fr').claims), t).toEqual(['killed/civilians 12-12 local']);
    // "a indiqué des positions": an object after a singular auxiliary, not a speaker.
    expect(
      brief(
        read("Lundi, 12 civils ont été tués dans l'attaque de Boni. Le guide a indiqué des pistes.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/civilians 12-12 unattributed']);
  });
});

describe('attribution: what follows the speaker after the verb', () => {
  it('reads "by phone", "par téléphone" as the means, not the agent of a passive', () => {
    expect(
      brief(read('Twelve civilians were killed in Boni on Monday, a witness said by phone.').claims),
    ).toEqual(['killed/civilians 12-12 local']);
    expect(
      brief(
        read('Lundi à Boni, douze civils ont été tués, a déclaré par téléphone un habitant.', 'fr').claims,
      ),
    ).toEqual(['killed/civilians 12-12 local']);
    // A real agent still speaks.
    expect(
      brief(read('The toll was announced by the army on Tuesday: twelve soldiers killed in Boni.').claims),
    ).toEqual(['killed/soldiers 12-12 official']);
  });
  it('stops the speaker at a relative clause about it ("a local official, who requested anonymity for security reasons")', () => {
    expect(
      brief(
        read(
          'Twelve civilians were killed in Boni on Monday, said a local official, who requested anonymity for security reasons.',
        ).claims,
      ),
    ).toEqual(['killed/civilians 12-12 local']);
    expect(
      brief(
        read(
          "Lundi à Boni, douze civils ont été tués, a indiqué un élu local, qui a requis l'anonymat pour des raisons de sécurité.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 12-12 local']);
  });
});

describe('attribution: the impersonal "on" is the subject of its verb', () => {
  it('does not take the side named before "on déplore" for the claimant', () => {
    const fama = read(
      'À Boni, des terroristes ont attaqué le poste. Du côté des FAMa, on déplore 3 blessés légers.',
      'fr',
    );
    expect(brief(fama.claims)).toEqual(['wounded/soldiers 3-3 unattributed']);
    const army = read(
      "À Boni, des terroristes ont attaqué le poste. Dans les rangs de l'armée, on ne déplore que 2 morts.",
      'fr',
    );
    expect(brief(army.claims)).toEqual(['killed/soldiers 2-2 unattributed']);
  });
  it('still credits a side that laments its own ("Les FAMa déplorent 3 morts")', () => {
    const r = read('À Boni, des terroristes ont attaqué le poste. Les FAMa déplorent 3 morts.', 'fr');
    expect(brief(r.claims)).toEqual(['killed/soldiers 3-3 official']);
  });
});

describe("attribution: a denial after the speaker's own figures is of something else", () => {
  it('keeps the army\'s figures told before "without giving figures" / "sans donner de bilan"', () => {
    const en = read(
      'Jihadists attacked Boni on Monday. The army said twenty soldiers had been killed and 15 wounded, without giving figures for the enemy.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 20-20 official', 'wounded/soldiers 15-15 official']);
    const fr = read(
      "Des jihadistes ont attaqué Boni lundi. L'armée a fait état de 20 soldats tués, sans donner de bilan côté assaillants.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 20-20 official']);
  });
  it('still gives no claimant to figures after a speaker who gave no toll', () => {
    const r = read(
      'Jihadists attacked Boni on Monday. The army confirmed the attack but gave no toll, while 12 soldiers were reported dead.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
});

describe('attribution: a speaker named in the sentence beats one carried by "le bilan"', () => {
  it('gives "Le bilan fait état de 9 morts, selon un communiqué de l\'armée" to the army', () => {
    const r = read(
      "Un convoi est tombé dans une embuscade à Boni, a-t-on appris de sources concordantes. Le bilan provisoire fait état de 9 militaires tués, selon un communiqué de l'armée.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 9-9 official']);
  });
  it('still carries the speaker before when the sentence names none', () => {
    const r = read(
      "Un convoi est tombé dans une embuscade à Boni, a annoncé l'armée. Le bilan provisoire fait état de 9 militaires tués.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 9-9 official']);
  });
});

describe('attribution: an aside between the speaker and its verb, then where it spoke', () => {
  it('EN: "JNIM, al-Qaeda\'s affiliate in the Sahel, said in a statement" is JNIM speaking', () => {
    const r = read(
      "Gunmen attacked an army camp in Boni on Monday. JNIM, al Qaeda's affiliate in the Sahel, said in a statement on Telegram that its fighters had killed 20 soldiers.",
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 20-20 armed_group']);
    const army = read(
      'Gunmen attacked an army camp in Boni on Monday. The army, which gave no figure for its own losses, said on state television that it had killed 20 militants.',
    );
    expect(brief(army.claims)).toEqual(['killed/militants 20-20 official']);
  });
  it('FR: "Le JNIM, la branche sahélienne d\'Al-Qaïda, a affirmé dans un communiqué"', () => {
    const r = read(
      "Des hommes armés ont attaqué lundi le camp de Boni. Le JNIM, la branche sahélienne d'Al-Qaïda, a affirmé dans un communiqué avoir tué 20 soldats.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 20-20 armed_group']);
  });
  it('still reads the inverted subject after a quotation: "…,” said an official in Boni', () => {
    const r = read(
      'Gunmen attacked Boni on Monday. “They killed 12 villagers,” said a local official in Boni.',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 local']);
  });
});

describe('attribution: an outlet that holds its count from a source relays it', () => {
  it('FR: "un bilan qu\'il tient de l\'armée", "un décompte que le journal tient de la gendarmerie"', () => {
    const one = read(
      "Le Journal du Sahel annonce 31 morts après l'attaque de Boni, un bilan qu'il tient de l'armée.",
      'fr',
    );
    expect(brief(one.claims)).toEqual(['killed/people 31-31 official']);
    const long = read(
      'Alors que Radio Sahel parle de 40 civils tués à Boni, le Journal du Sahel se veut plus précis en annonçant 38 morts, selon un décompte que le quotidien tient de la gendarmerie.',
      'fr',
    );
    expect(brief(long.claims)).toEqual(['killed/civilians 40-40 media', 'killed/civilians 38-38 official']);
  });
  it('FR: "des chiffres obtenus auprès de la gendarmerie"', () => {
    const r = read(
      'Selon des chiffres obtenus auprès de la gendarmerie, 12 civils ont été tués à Boni.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 official']);
  });
});

describe('attribution: a word of saying as a noun in a complement is no verb', () => {
  it('"la Direction de l\'information et des relations publiques des armées" is the army\'s voice, whole', () => {
    const r = read(
      "Selon la Direction de l'information et des relations publiques des armées, 12 soldats ont été tués à Boni.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
    expect(r.claims[0].source).toMatch(/relations publiques/);
  });
  it('"le ministre de la Communication" speaks; "vient de confirmer" still is a verb', () => {
    const r = read('Le ministre de la Communication a annoncé que 12 soldats ont été tués à Boni.', 'fr');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
    const v = read("L'armée vient de confirmer que 12 soldats ont été tués à Boni.", 'fr');
    expect(brief(v.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
});

describe('attribution: a claimant named again by the definite article and its bare noun', () => {
  it('EN: "according to the experts", "the experts said" after "UN human rights experts"', () => {
    const after = read(
      'UN human rights experts called for an inquiry into the raid on Boni. Fourteen villagers were killed, according to the experts.',
    );
    expect(brief(after.claims)).toEqual(['killed/civilians 14-14 monitor']);
    const said = read(
      'UN human rights experts called for an inquiry into the raid on Boni. Fourteen villagers were killed, the experts said.',
    );
    expect(brief(said.claims)).toEqual(['killed/civilians 14-14 monitor']);
  });
  it('FR: "les enquêteurs" after "des enquêteurs de l\'ONU", the class after the noun', () => {
    const r = read(
      "Des enquêteurs de l'ONU se sont rendus à Boni. Les enquêteurs affirment que 14 villageois ont été tués.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 14-14 monitor']);
  });
  it('gives "the official" the class of "a local official" named before, past an aside about them', () => {
    const lede =
      'Gunmen opened fire on a bus near Bandiagara on Friday, killing nine people, a local official said. ';
    for (const t of [
      'The bus was set on fire, according to the official, who spoke on condition of anonymity. "We found nine bodies," the official said. Among the wounded, four are in critical condition.',
      'The bus was set on fire, the official, who asked not to be named, said. Four people were wounded.',
    ])
      expect(brief(read(lede + t).claims)[1], t).toBe('wounded/civilians 4-4 local');
    // Only words that class the noun itself: "an army camp" beside the jihadists is no speaker.
    expect(
      brief(
        read(
          'Jihadists attacked an army camp in Boni on Thursday. Thirty soldiers were killed, the army said.',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 30-30 official']);
    // A name after the article is no common noun: "the UN" keeps its own class.
    expect(
      brief(
        read(
          'The UN and the army said five soldiers were killed in Boni. Four peacekeepers were wounded, the UN said.',
        ).claims,
      )[1],
    ).toBe('wounded/foreign_forces 4-4 monitor');
  });
  it('gives no class to a noun never classed before', () => {
    const r = read('Twelve soldiers were killed in Boni. The soldiers said 5 attackers died.');
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'killed/militants 5-5 unattributed',
    ]);
  });
});

describe('claims: a speaker told as one person with a relative clause is no count', () => {
  it('"A soldier who survived the attack said…", "Un soldat qui a survécu à l\'attaque a affirmé…"', () => {
    const en = read(
      'A soldier who survived the attack on Boni said some of his comrades had been taken prisoner.',
    );
    expect(brief(en.claims)).toEqual([]);
    const fr = read(
      "Un soldat qui a survécu à l'attaque de Boni a affirmé que certains de ses camarades avaient été faits prisonniers.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([]);
    // The relative's own count still reaches its predicate.
    const count = read('Twelve soldiers who survived the attack on Boni were later taken prisoner.');
    expect(brief(count.claims)).toEqual(['captured/soldiers 12-12 unattributed']);
  });
});

describe('attribution: the persons a toll counts are not its teller', () => {
  it('"un bilan de près de cinquante militaires et chasseurs tués", the count in words', () => {
    const r = read(
      'Des jihadistes ont attaqué Boni lundi. Plusieurs sources sécuritaires avancent un bilan de près de cinquante militaires et chasseurs tués.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/people 50-50 security_source']);
  });
  it('a speaker is not found among the words of a quotation before it', () => {
    const r = read(
      "Alors que Radio Sahel annonce « 51 villageois qui ont perdu la vie lors de l'attaque de Boni », le Journal du Sahel se veut plus précis en déclarant 49 morts, selon un décompte que le quotidien tient de la gendarmerie.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 51-51 media', 'killed/civilians 49-49 official']);
  });
});

describe('attribution: a word of saying right after "according to" / "selon" is a noun', () => {
  it('"according to information received on the ground" gives the persons before it no voice', () => {
    const r = read(
      'Dozens of Malian soldiers were killed in Boni and three were injured, according to information received on the ground.',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 24-null unattributed',
      'wounded/soldiers 3-3 unattributed',
    ]);
  });
  it('keeps documents and reports, which speak for their issuer', () => {
    const en = read('According to reports from Reuters, more than 30 Malian soldiers were killed in Boni.');
    expect(brief(en.claims)).toEqual(['killed/soldiers 31-null media']);
    const fr = read("Selon un communiqué de l'armée, 12 soldats ont été tués à Boni.", 'fr');
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
});

describe('attribution: a speaker who gave a vague figure before saying nothing of another', () => {
  it('keeps the speaker of "several dozen", "une dizaine" before "but did not give its own losses"', () => {
    expect(
      brief(
        read(
          'Fighting broke out near Boni on Monday. The army said that it had repelled the attack and killed several dozen assailants, but did not give its own losses.',
        ).claims,
      ),
    ).toEqual(['killed/militants 24-null official']);
    expect(
      brief(
        read(
          "Des combats ont eu lieu lundi près de Boni. L'armée affirme avoir repoussé l'attaque et neutralisé une dizaine d'assaillants, sans préciser ses propres pertes.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/militants 10-10 official']);
  });
});

describe('attribution: the member named again before an aside about them', () => {
  it('keeps the first speaker for "The official, who asked not to be named, said"', () => {
    for (const [t, lang, by] of [
      [
        'A local official said gunmen killed 12 civilians near Bankass on Monday. The official, who asked not to be named, said the attackers also abducted three residents.',
        'en',
        'local',
      ],
      [
        "Un élu local a indiqué que des hommes armés avaient tué 12 civils lundi près de Bankass. L'élu, qui a requis l'anonymat, a ajouté que les assaillants avaient enlevé trois habitants.",
        'fr',
        'local',
      ],
    ] as const)
      expect(
        read(t, lang).claims.map((c) => c.by),
        t,
      ).toEqual([by, by]);
  });
  it('does not carry it to another speaker who has an aside of their own', () => {
    const r = read(
      'A local official said gunmen killed 12 civilians near Bankass on Monday. The army, which sent reinforcements, said three soldiers were wounded.',
    );
    expect(r.claims.map((c) => c.by)).toEqual(['local', 'official']);
  });
});

describe('attribution: one of the speakers named before', () => {
  it('keeps the class of the group for "one of the officials", "l’un des élus", "another official"', () => {
    for (const [t, lang] of [
      [
        'Two local officials said gunmen killed 20 civilians in Boni on Monday. Twelve more died in Dioura, one of the officials said.',
        'en',
      ],
      [
        'Two local officials said gunmen killed 20 civilians in Boni on Monday. Another official said 12 more were wounded.',
        'en',
      ],
      [
        "Deux élus locaux ont indiqué que des hommes armés avaient tué 20 civils lundi à Boni. L'un des élus a ajouté que 12 autres avaient été blessés.",
        'fr',
      ],
    ] as const)
      expect(
        read(t, lang).claims.map((c) => c.by),
        t,
      ).toEqual(['local', 'local']);
  });
  it('shares the subject of a verb of saying with the verb after "and"', () => {
    for (const [t, lang] of [
      [
        'Two local officials said gunmen killed 20 civilians in Boni on Monday. A second official confirmed the toll and said at least 15 people had been wounded.',
        'en',
      ],
      [
        'Deux élus locaux ont indiqué que des hommes armés avaient tué 20 civils lundi à Boni. Un autre élu a confirmé ce bilan et a précisé que 15 personnes avaient été blessées.',
        'fr',
      ],
    ] as const)
      expect(
        read(t, lang).claims.map((c) => c.by),
        t,
      ).toEqual(['local', 'local']);
  });
});

describe('a finding as a voice: "…, an inquiry found", "concluded that"', () => {
  it('gives the figure to whoever found it when the verb closes its clause or opens "that"', () => {
    const after = read(
      'Soldiers executed at least 40 civilians in Boni on May 3, a Human Rights Watch investigation found.',
    );
    expect(brief(after.claims)).toEqual(['killed/civilians 40-null monitor']);
    const that = read(
      'A UN inquiry concluded that soldiers executed at least 40 civilians in Boni on May 3.',
    );
    expect(brief(that.claims)).toEqual(['killed/civilians 40-null monitor']);
    const fr = read(
      'Les soldats ont exécuté au moins 40 civils à Boni le 3 mai, a constaté la Minusma.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/civilians 40-null monitor']);
  });
  it('is no voice before its object: "we found 33 bodies" is what was found, not who says so', () => {
    const r = read('Gunmen attacked Boni on May 3. "We found 33 bodies," a herder said.');
    expect(brief(r.claims)).toEqual(['killed/people 33-33 local']);
    const plain = read('Gunmen attacked Boni on May 3. Soldiers found 33 bodies in the village.');
    expect(brief(plain.claims)).toEqual(['killed/people 33-33 unattributed']);
  });
});

describe('an outlet as the subject of its verb after a comma', () => {
  it('gives the figure to the outlet, not to the group named in the toll', () => {
    const en = read(
      'FLA rebels attacked a convoy near Tinzaouaten on Tuesday. At least 20 Wagner fighters died, a blogger said.',
    );
    expect(brief(en.claims)).toEqual(['killed/foreign_forces 20-null media']);
    const fr = read(
      'Les rebelles du FLA ont attaqué mardi un convoi près de Tinzaouatène. Au moins 20 combattants de Wagner ont péri, a rapporté un journal local.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/foreign_forces 20-null media']);
  });
  it('still reads past an aside on the speaker\'s medium ("JNIM, in a statement on its media, said")', () => {
    const r = read(
      'JNIM attacked the Boni camp on Tuesday. JNIM, in a statement on its media, said it killed 20 soldiers.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 20-20 armed_group']);
  });
});

import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

describe('claims (EN): kinds and subjects through the grammar', () => {
  it('links a number to its noun phrase and passive predicate', () => {
    const r = read(
      'The army said 14 jihadists were neutralised and 31 suspects had been arrested in Gao on Monday.',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 14-14 official', 'arrested/militants 31-31 official']);
  });
  it('takes the verb before the figure and lets list members share it', () => {
    const r = read(
      'In a statement on Tuesday, the group said its fighters killed dozens of Malian soldiers, captured two others and seized 9 vehicles and more than 40 rifles near Niono.',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 24-null armed_group',
      'captured/soldiers 2-2 armed_group',
      'seized/vehicles 9-9 armed_group',
      'seized/weapons 41-null armed_group',
    ]);
  });
  it('reads "leaving N dead" and mixed sides as people', () => {
    const r = read(
      'Gunmen attacked the village of Diallassagou on Friday, leaving at least 30 villagers and soldiers dead, residents said.',
    );
    expect(brief(r.claims)).toEqual(['killed/people 30-null local']);
  });
  it('keeps a total and its breakdown as separate claims', () => {
    const r = read('The attack on Sunday killed 40 people, including 25 soldiers, officials said.');
    expect(brief(r.claims)).toEqual(['killed/people 40-40 official', 'killed/soldiers 25-25 official']);
  });
  it('gives "N others" the subject of the figure before', () => {
    const r = read(
      'Twelve soldiers were killed and 20 others were wounded in the ambush on Tuesday, the army said.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official', 'wounded/soldiers 20-20 official']);
  });
  it('reads a revised toll as two claims, the first earlier', () => {
    const r = read(
      'The army said the toll of the attack on the camp on Sunday rose from 17 to 42 soldiers killed.',
    );
    expect(r.claims.map((c) => [c.min, !!c.earlier])).toEqual([
      [17, true],
      [42, false],
    ]);
  });
  it('counts bases and things only when seized or destroyed', () => {
    const r = read('JNIM claimed it overran three army posts and burned 5 trucks in the attack on Monday.');
    expect(brief(r.claims)).toEqual(['seized/bases 3-3 armed_group', 'destroyed/vehicles 5-5 armed_group']);
  });
  it('reads no claim from figures without a kind', () => {
    const r = read('About 300 fighters on 40 motorcycles attacked the camp on Monday, the army said.');
    expect(r.claims).toEqual([]);
  });
  it('claims point into the text', () => {
    const text =
      'Militants killed at least 21 soldiers in an attack on Tuesday, according to SITE Intelligence Group.';
    const r = read(text);
    expect(r.claims).toHaveLength(1);
    const c = r.claims[0];
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.text).toBe('killed at least 21 soldiers');
  });
});

describe('claims (EN): tolls, breakdowns and look-alikes', () => {
  it('reads a toll that "had risen to" a number, across a comma', () => {
    const r = read(
      'The army put the death toll from the attack on Boni at 30, but a security source said that it had risen to 43 by Friday.',
      'en',
    );
    expect(brief(r.claims)).toEqual([
      'killed/people 30-30 official earlier',
      'killed/people 43-43 security_source',
    ]);
    const fr = read("Le bilan de l'attaque de Boni, selon une source sécuritaire, est passé à 43.", 'fr');
    expect(brief(fr.claims)).toEqual(['killed/people 43-43 security_source']);
  });
  it('does not read any number something "rose to" as a toll', () => {
    const r = read('After the attack on Boni, the number of displaced people has risen to 4000.', 'en');
    expect(brief(r.claims)).toEqual([]);
  });
  it('reads a death toll and its breakdown by side', () => {
    const r = read(
      "The death toll from Saturday's attack on Ménaka rose to 31, including 20 civilians and 11 soldiers, the government said.",
    );
    expect(brief(r.claims)).toEqual([
      'killed/people 31-31 official',
      'killed/civilians 20-20 official',
      'killed/soldiers 11-11 official',
    ]);
  });
  it('does not add the "UN" of "two UN peacekeepers" to the number', () => {
    const r = read(
      'Militants ambushed a convoy near Aguelhok on Monday, killing two UN peacekeepers, the UN mission said.',
    );
    expect(brief(r.claims)).toEqual(['killed/foreign_forces 2-2 monitor']);
  });
  it('keeps a dateline out of the date, the places and the background', () => {
    const r = read(
      'GAO, June 3 (Reuters) - Gunmen killed 9 villagers near Ansongo on Sunday, residents said.',
      'en',
      '2024-06-03',
    );
    expect(r.event.date).toBe('2024-06-02');
    expect(r.event.places).not.toContain('GAO');
    expect(brief(r.claims)).toEqual(['killed/civilians 9-9 local']);
  });
  it('moves only the clause of a running total to background', () => {
    const r = read(
      'At least 12 villagers were killed on Sunday, a local official said, bringing the number of civilians killed this year to more than 300.',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 12-null local']);
    expect(r.background.map((c) => c.min)).toEqual([301]);
  });
});

describe('claims (EN): what is not a figure', () => {
  it('does not count events as persons ("deux massacres", "three attacks")', () => {
    expect(
      brief(read('Le village de Boni a connu deux massacres lundi, faisant 30 morts.', 'fr').claims),
    ).toEqual(['killed/people 30-30 unattributed']);
    expect(brief(read('Three attacks on Boni this week killed 30 civilians.', 'en').claims)).toEqual([
      'killed/civilians 30-30 unattributed',
    ]);
  });
  it('does not count events likened to one told ("several such massacres", "deux autres massacres")', () => {
    expect(
      brief(
        read(
          'Gunmen killed 30 civilians in Boni on Monday. Witnesses described several such massacres in the area.',
        ).claims,
      ),
    ).toEqual(['killed/civilians 30-30 unattributed']);
    expect(
      brief(
        read(
          'Des hommes armés ont tué 30 civils lundi à Boni. Des témoins décrivent plusieurs autres massacres dans la zone.',
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 30-30 unattributed']);
  });
  it('does not count claimants as victims', () => {
    const r = read('The attack on Monday killed 6 soldiers, two security sources said.');
    expect(brief(r.claims)).toEqual(['killed/soldiers 6-6 security_source']);
  });
  it('does not count the speakers of a partitive ("Two of them said…", "Deux d\'entre eux affirment…")', () => {
    const lead = 'Militants attacked the camp in Boni on Friday. At least 20 soldiers were killed. ';
    expect(brief(read(`${lead}Two of them said the attackers had seized several vehicles.`).claims)).toEqual([
      'killed/soldiers 20-null unattributed',
      'seized/vehicles 2-null unattributed',
    ]);
    expect(
      brief(read(`${lead}One of them told reporters the attackers had abducted four women.`).claims),
    ).toEqual(['killed/soldiers 20-null unattributed', 'captured/civilians 4-4 unattributed']);
    const fr = 'Des jihadistes ont attaqué le camp de Boni vendredi. Vingt soldats ont été tués. ';
    expect(
      brief(
        read(`${fr}Deux d'entre eux affirment que les assaillants ont enlevé trois femmes.`, 'fr').claims,
      ),
    ).toEqual(['killed/soldiers 20-20 unattributed', 'captured/civilians 3-3 unattributed']);
    // A participle of reporting before the kind is still the figure's predicate.
    expect(brief(read('Twelve soldiers reported killed in Boni, the army said on Friday.').claims)).toEqual([
      'killed/soldiers 12-12 official',
    ]);
  });
  it('steps over an aside between the subject and its verb', () => {
    const r = read(
      'At least 26 people, mostly women and children, were killed on Monday when their bus hit a mine.',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 26-null unattributed']);
  });
  it('ignores deployments and strengths', () => {
    const r = read(
      'Around 1,000 Wagner fighters were deployed in 2021 and 13,000 peacekeepers left by 2023.',
    );
    expect(r.claims).toEqual([]);
  });
});

describe('claims (EN): participles and the army’s words', () => {
  it('reads an English participle before its noun', () => {
    const r = read(
      'Fifteen wounded soldiers were evacuated to Sévaré after the attack on Monday, the army said.',
    );
    expect(brief(r.claims)).toEqual(['wounded/soldiers 15-15 official']);
  });
  it('takes a bare "neutralised" figure for militants', () => {
    const r = read('The army said it neutralised 20 in the attack on Monday.');
    expect(brief(r.claims)).toEqual(['killed/militants 20-20 official']);
    expect(r.claims[0].text).toBe('neutralised 20');
  });
});

describe('claims (EN): a whole wire story', () => {
  it('reads each claimant’s figures and keeps recalled attacks and related links out', () => {
    const text = [
      'Jihadists kill 11 soldiers in central Mali, army says',
      'GAO, Oct 3 (AFP) - Suspected jihadists killed 11 Malian soldiers and wounded 6 others in an ambush near Hombori on Sunday, the army said on Monday.',
      '"We counted 13 bodies," a resident said. The JNIM claimed the attack, saying it had killed 25 soldiers and seized 3 vehicles.',
      'In July, an attack on a camp in Boni killed more than 40 soldiers.',
      'Read more: Niger: 30 soldiers killed in attack near Tillaberi',
    ].join('\n\n');
    const r = read(text, 'en', '2023-10-03');
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 11-11 official',
      'wounded/soldiers 6-6 official',
      'killed/soldiers 13-13 local',
      'killed/soldiers 25-25 armed_group',
      'seized/vehicles 3-3 armed_group',
    ]);
    expect(r.background.map((c) => c.min).sort((a, b) => a - b)).toEqual([30, 41]);
    expect(r.event.date).toBe('2023-10-01');
    expect(r.event.actors).toEqual(['JNIM']);
    for (const c of r.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
  it('reads "shot dead", "shot and killed", "burned alive" as killed', () => {
    for (const verb of ['were shot dead', 'were shot and killed', 'were burned alive']) {
      const r = read(`Seven villagers ${verb} in the attack on Boni on Monday.`, 'en');
      expect(brief(r.claims)).toEqual(['killed/civilians 7-7 unattributed']);
    }
  });
  it('keeps a list under one verb when an item\'s name runs on ("assault rifles of type AK")', () => {
    const r = read(
      'In the attack on Boni, the army seized 12 rifles of Chinese make, 3 rocket launchers and 7 motorcycles.',
      'en',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 12-12 unattributed',
      'seized/weapons 3-3 unattributed',
      'seized/motorcycles 7-7 unattributed',
    ]);
  });
  it('reads "remain missing" and "killed and wounded" (the first verb leads)', () => {
    expect(brief(read('Two soldiers remain missing after the attack on Boni.', 'en').claims)).toEqual([
      'missing/soldiers 2-2 unattributed',
    ]);
    expect(
      brief(read('JNIM said it killed and wounded 30 soldiers in the attack on Boni.', 'en').claims),
    ).toEqual(['killed/soldiers 30-30 armed_group']);
  });
  it('reads "claimed the lives of" and "cost the lives of" as killed', () => {
    for (const v of ['claimed the lives of', 'cost the lives of'])
      expect(brief(read(`The attack on Boni ${v} 9 soldiers.`, 'en').claims)).toEqual([
        'killed/soldiers 9-9 unattributed',
      ]);
  });
});

describe('claims: foreign forces by nationality, by name and in the singular', () => {
  const one = (t: string, lang: 'fr' | 'en' = 'en') => brief(read(t, lang).claims);
  it('reads the nationalities of the contingents deployed in Mali', () => {
    expect(one('Three Estonian soldiers were wounded in the attack on the camp at Boni.')).toEqual([
      'wounded/foreign_forces 3-3 unattributed',
    ]);
    expect(one('Two Swedish peacekeepers were injured in the attack on Boni.')).toEqual([
      'wounded/foreign_forces 2-2 unattributed',
    ]);
    expect(one("Deux soldats allemands ont été blessés lors de l'attaque du camp de Boni.", 'fr')).toEqual([
      'wounded/foreign_forces 2-2 unattributed',
    ]);
  });
  it('counts one foreign soldier with the nationality between the article and the noun', () => {
    expect(one('A French soldier was killed in the attack on Boni.')).toEqual([
      'killed/foreign_forces 1-1 unattributed',
    ]);
    expect(one('An Egyptian peacekeeper was wounded in the attack on Boni.')).toEqual([
      'wounded/foreign_forces 1-1 unattributed',
    ]);
  });
  it('reads legionnaires, blue helmets and members of a foreign force', () => {
    expect(one("Deux légionnaires ont été tués lors de l'attaque de Boni.", 'fr')).toEqual([
      'killed/foreign_forces 2-2 unattributed',
    ]);
    expect(one('Two blue helmets were killed in the attack on Boni.')).toEqual([
      'killed/foreign_forces 2-2 unattributed',
    ]);
    expect(one('Three members of the Wagner group were killed in the attack on Boni.')).toEqual([
      'killed/foreign_forces 3-3 unattributed',
    ]);
  });
});

describe('claims EN: a breakdown without a number inside the noun phrase', () => {
  it('links the figure to its verb over "including women and children"', () => {
    expect(
      brief(
        read('40 villagers including women and children were killed in the attack on Boni.', 'en').claims,
      ),
    ).toEqual(['killed/civilians 40-40 unattributed']);
    expect(
      brief(read('At least 7 soldiers including officers were wounded in the attack on Boni.', 'en').claims),
    ).toEqual(['wounded/soldiers 7-null unattributed']);
  });
});

describe('claims EN: a killing told as a noun', () => {
  it('reads "the killing of", "the deaths of", "summary executions of" as killed', () => {
    expect(brief(read('HRW documented the killing of 20 civilians in Boni.', 'en').claims)).toEqual([
      'killed/civilians 20-20 monitor',
    ]);
    expect(
      brief(read('Residents reported the deaths of 12 villagers after the attack on Boni.', 'en').claims),
    ).toEqual(['killed/civilians 12-12 local']);
    expect(brief(read('Summary executions of 9 herders were reported in Boni.', 'en').claims)).toEqual([
      'killed/civilians 9-9 unattributed',
    ]);
  });
});

describe('claims EN: lists and asides that share one verb', () => {
  it('gives the verb after a last item without a number to the items before it', () => {
    expect(
      brief(
        read('After the attack on Boni, 4 vehicles, 12 motorcycles and some ammunition were seized.', 'en')
          .claims,
      ),
    ).toEqual(['seized/vehicles 4-4 unattributed', 'seized/motorcycles 12-12 unattributed']);
  });
  it('gives the verb after "together with …" or "along with …" to both figures', () => {
    expect(
      brief(
        read('Seven soldiers, together with about 30 attackers, were killed in the attack on Boni.', 'en')
          .claims,
      ),
    ).toEqual(['killed/soldiers 7-7 unattributed', 'killed/militants 30-30 unattributed']);
    expect(
      brief(read('Two gendarmes, along with 5 villagers, were wounded in the attack on Boni.', 'en').claims),
    ).toEqual(['wounded/soldiers 2-2 unattributed', 'wounded/civilians 5-5 unattributed']);
  });
});

describe('claims EN: things taken', () => {
  it('reads "took away", "stole" and magazines', () => {
    expect(
      brief(
        read('The attackers took away 5 vehicles and stole 12 motorcycles during the attack on Boni.', 'en')
          .claims,
      ),
    ).toEqual(['seized/vehicles 5-5 unattributed', 'seized/motorcycles 12-12 unattributed']);
    expect(brief(read('Troops recovered 40 magazines after the attack on Boni.', 'en').claims)).toEqual([
      'seized/ammunition 40-40 unattributed',
    ]);
  });
  it('reads kit the attackers abandoned as seized', () => {
    expect(
      brief(read('The attackers fled Boni, and 6 abandoned motorcycles were recovered.', 'en').claims),
    ).toEqual(['seized/motorcycles 6-6 unattributed']);
    expect(brief(read('The assailants abandoned 4 vehicles near Boni.', 'en').claims)).toEqual([
      'seized/vehicles 4-4 unattributed',
    ]);
  });
  it('reads a participle before the noun of things ("12 burned trucks", "3 destroyed pick-ups")', () => {
    expect(
      brief(read('Militants torched Boni, leaving 12 burned trucks and 3 destroyed pick-ups.', 'en').claims),
    ).toEqual(['destroyed/vehicles 12-12 unattributed', 'destroyed/vehicles 3-3 unattributed']);
  });
  it('gives each bare number its own verb ("killed 12 and injured 20", "a tué 12 et blessé 20")', () => {
    expect(brief(read('The attack on Boni killed 12 and injured 20.', 'en').claims)).toEqual([
      'killed/people 12-12 unattributed',
      'wounded/people 20-20 unattributed',
    ]);
    expect(brief(read("L'attaque de Boni a tué 12 et blessé 20.", 'fr').claims)).toEqual([
      'killed/people 12-12 unattributed',
      'wounded/people 20-20 unattributed',
    ]);
  });
  it('knows the kit of army statements: technicals, computers, hideouts', () => {
    expect(
      brief(
        read('During the operation near Boni, troops seized 30 grenades, 2 technicals and 4 computers.', 'en')
          .claims,
      ),
    ).toEqual([
      'seized/ammunition 30-30 unattributed',
      'seized/vehicles 2-2 unattributed',
      'seized/equipment 4-4 unattributed',
    ]);
    expect(brief(read('During the operation near Boni, troops destroyed 3 hideouts.', 'en').claims)).toEqual([
      'destroyed/bases 3-3 unattributed',
    ]);
  });
  it('reaches the participle over "in fact", "now known to have been", "bel et bien"', () => {
    expect(brief(read('In the attack on Boni, 17 soldiers were in fact killed.', 'en').claims)).toEqual([
      'killed/soldiers 17-17 unattributed',
    ]);
    expect(
      brief(read('Twelve soldiers are now known to have been killed in the attack on Boni.', 'en').claims),
    ).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(
      brief(read("Lors de l'attaque de Boni, 9 soldats ont bel et bien été tués.", 'fr').claims),
    ).toEqual(['killed/soldiers 9-9 unattributed']);
  });
});

describe('claims: a toll that names no kind, set to persons', () => {
  it('reads "the toll rose to 43 soldiers" and "le bilan est passé à 43 soldats" as the dead', () => {
    for (const [text, lang] of [
      ['After the attack on Boni, the toll rose to 43 soldiers.', 'en'],
      ['After the attack on Boni, the toll has now risen to 43 soldiers.', 'en'],
      ['After the attack on Boni, the army put the tally at 43 soldiers.', 'en'],
      ["Après l'attaque de Boni, le bilan est passé à 43 soldats.", 'fr'],
      ["Après l'attaque de Boni, le bilan s'élève désormais à 43 soldats.", 'fr'],
      ["Après l'attaque de Boni, le bilan provisoire est de 43 soldats.", 'fr'],
      ["After the attack on Boni, the army's losses were 43 soldiers.", 'en'],
    ])
      expect(brief(read(text, lang).claims), text).toEqual([
        `killed/soldiers 43-43 ${text.includes('army put') ? 'official' : 'unattributed'}`,
      ]);
  });
  it('reads a bare number the toll comes to as the dead, far from the toll noun ("porté le bilan de l\'attaque du camp à 30")', () => {
    expect(
      brief(
        read("Après l'attaque de Boni, l'armée a porté le bilan de l'attaque du camp à 30.", 'fr').claims,
      ),
    ).toEqual(['killed/people 30-30 official']);
  });
  it('leaves a toll whose figure is no toll, and a toll of things, alone', () => {
    // The figure is the attackers, not what the toll comes to.
    expect(
      brief(read("Le bilan de l'attaque menée par 300 djihadistes contre Boni est lourd.", 'fr').claims),
    ).toEqual([]);
    // A toll of things names its kind, or is no toll of the dead.
    expect(brief(read("Après l'attaque de Boni, le bilan est de 3 véhicules.", 'fr').claims)).toEqual([]);
    // A noun of number is no toll: "the number rose to 43 soldiers" says nothing of the dead.
    expect(brief(read('After the attack on Boni, the number rose to 43 soldiers.').claims)).toEqual([]);
  });
});

describe('claims: a participle of posting between the persons and their verb', () => {
  it('steps over "stationed in the camp", "serving with the UN", "déployés à Boni", "stationnés"', () => {
    expect(
      brief(read('In the attack on Boni, ten soldiers stationed in the camp were killed.').claims),
    ).toEqual(['killed/soldiers 10-10 unattributed']);
    expect(
      brief(read('In the attack on Aguelhok, ten Chadian soldiers serving with the UN were killed.').claims),
    ).toEqual(['killed/foreign_forces 10-10 unattributed']);
    expect(
      brief(read("Lors de l'attaque de Boni, dix soldats déployés à Boni ont été tués.", 'fr').claims),
    ).toEqual(['killed/soldiers 10-10 unattributed']);
    expect(
      brief(
        read("Lors de l'attaque de Boni, dix gendarmes stationnés dans le camp ont été blessés.", 'fr')
          .claims,
      ),
    ).toEqual(['wounded/soldiers 10-10 unattributed']);
  });
  it('ends a complement at the verb itself ("ten UN troops from Chad died")', () => {
    expect(brief(read('In the attack on Aguelhok, ten UN troops from Chad died.').claims)).toEqual([
      'killed/foreign_forces 10-10 unattributed',
    ]);
  });
  it('reads a contingent as a foreign force ("membres du contingent tchadien")', () => {
    expect(
      brief(read("Lors de l'attaque d'Aguelhok, dix membres du contingent tchadien ont péri.", 'fr').claims),
    ).toEqual(['killed/foreign_forces 10-10 unattributed']);
  });
});

describe('a toll revised "up from" or "down from" an earlier one', () => {
  it('reads "has risen to 40, … up from 20" as the new toll and the superseded one, of one kind and side', () => {
    const r = read(
      "In Mali, 40 soldiers were killed in the attack on Boni, up from 20 in the army's first toll.",
    );
    expect(r.claims.map((c) => [c.kind, c.subject, c.min, !!c.earlier])).toEqual([
      ['killed', 'soldiers', 40, false],
      ['killed', 'soldiers', 20, true],
    ]);
    const d = read(
      'In Mali, the number of missing soldiers after the attack on Boni is now 12, down from 30 on Monday.',
    );
    expect(d.claims.find((c) => c.min === 30)?.earlier).toBe(true);
  });
  it('reads the superseded toll past its adjective ("up from an initial 12", "down from an earlier 30")', () => {
    const r = read(
      'In Mali, the toll from the attack on Boni has climbed to 18, up from an initial 12, a security source said.',
    );
    expect(r.claims.map((c) => [c.kind, c.min, !!c.earlier])).toEqual([
      ['killed', 18, false],
      ['killed', 12, true],
    ]);
    const d = read('In Mali, the toll from the attack on Boni fell to 10, down from an earlier 30.');
    expect(d.claims.find((c) => c.min === 30)?.earlier).toBe(true);
  });
  it('reads the superseded toll the announcing dates ("contre 12 annoncés dimanche", "compared with 12 reported")', () => {
    const fr = read(
      "Au Mali, le bilan de l'attaque de Boni s'est alourdi à 15 morts parmi les soldats, contre 12 annoncés dimanche.",
      'fr',
    );
    expect(fr.claims.map((c) => [c.kind, c.subject, c.min, !!c.earlier])).toEqual([
      ['killed', 'soldiers', 15, false],
      ['killed', 'soldiers', 12, true],
    ]);
    const en = read(
      'In Mali, 15 soldiers were killed in the attack on Boni, compared with 12 reported on Sunday.',
    );
    expect(en.claims.find((c) => c.min === 12)?.earlier).toBe(true);
    // In brackets, with its adverb: "(12 initialement)".
    const bracket = read(
      'Au Mali, quinze soldats ont été tués à Boni, selon un bilan revu à la hausse (12 initialement).',
      'fr',
    );
    expect(bracket.claims.map((c) => [c.subject, c.min, !!c.earlier])).toEqual([
      ['soldiers', 15, false],
      ['soldiers', 12, true],
    ]);
  });
  it('gives a bare earlier toll the kind and side of the toll that revised it ("alors que le précédent était de 12")', () => {
    const r = read(
      "Au Mali, le nouveau bilan de l'attaque de Boni fait état de 15 militaires tués, alors que le précédent était de 12.",
      'fr',
    );
    expect(r.claims.map((c) => [c.kind, c.subject, c.min, !!c.earlier])).toEqual([
      ['killed', 'soldiers', 15, false],
      ['killed', 'soldiers', 12, true],
    ]);
  });
  it('reads no toll in "from" after another word ("up to 20 from 12 villages")', () => {
    const r = read(
      'In Mali, 40 soldiers were killed in the attack on Boni, while up to 200 fled from 12 villages.',
    );
    expect(r.claims.filter((c) => c.min === 12)).toEqual([]);
  });
});

describe('claims EN: lives counted are the dead', () => {
  it('reads "claimed 12 more lives", "cost 12 lives", "12 lives were lost" as killed', () => {
    for (const text of [
      'In Boni, the insurgency claimed 12 more lives on Monday.',
      'In Boni, the fight against the jihadists cost 12 lives on Monday.',
      'On Monday in Boni, 12 lives were lost when jihadists attacked.',
    ])
      expect(brief(read(text).claims), text).toEqual(['killed/people 12-12 unattributed']);
  });
  it('but not the lives saved', () => {
    expect(brief(read('In Boni, soldiers saved 12 lives during the attack.').claims)).toEqual([]);
    expect(brief(read("À Boni, les soldats ont sauvé 12 vies lors de l'attaque.", 'fr').claims)).toEqual([]);
  });
  it('FR: "a coûté 12 vies humaines", "fauché 12 vies"', () => {
    expect(brief(read("À Boni, l'attaque de lundi a coûté 12 vies humaines.", 'fr').claims)).toEqual([
      'killed/people 12-12 unattributed',
    ]);
  });
});

describe('claims: a toll whose noun stands far before its figure', () => {
  it('reads "put the death toll from Monday’s attack in Boni at 12 soldiers" and "le bilan de … s’établit à 12 soldats"', () => {
    expect(
      brief(read("Officials put the death toll from Monday's attack in Boni at 12 soldiers.").claims),
    ).toEqual(['killed/soldiers 12-12 official']);
    expect(
      brief(
        read(
          "Le bilan de l'attaque de lundi contre le camp militaire de Boni s'établit à 12 soldats, selon l'armée.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 12-12 official']);
  });
  it('stops at a comma or another word of what happened', () => {
    expect(
      brief(read('The toll is unknown, but the attackers in Boni abducted 12 soldiers.').claims),
    ).toEqual(['captured/soldiers 12-12 unattributed']);
  });
});

describe('claims (EN): persons taken away', () => {
  it('reads "taken away", "led away" as captured, in the passive and the active', () => {
    expect(brief(read('On Monday in Boni, 12 people were taken away by gunmen.').claims)).toEqual([
      'captured/people 12-12 unattributed',
    ]);
    expect(brief(read('On Monday in Boni, gunmen led away 12 villagers.').claims)).toEqual([
      'captured/civilians 12-12 unattributed',
    ]);
  });
});

describe('claims (EN): a loss told as a noun, and the fallen', () => {
  const pre = 'Gunmen attacked an army post in Boni on Monday. ';
  it('reads "the loss of N" as the dead, and things lost as destroyed, as French "la perte de"', () => {
    expect(brief(read(pre + 'The army acknowledged the loss of 12 of its men.').claims)).toEqual([
      'killed/soldiers 12-12 official',
    ]);
    expect(
      brief(read(pre + 'The army reported the loss of three vehicles and two soldiers.').claims),
    ).toEqual(['destroyed/vehicles 3-3 official', 'killed/soldiers 2-2 official']);
  });
  it('reads "fell in combat", "fell in battle" as killed', () => {
    expect(brief(read(pre + 'Eleven soldiers fell in combat, the general staff announced.').claims)).toEqual([
      'killed/soldiers 11-11 official',
    ]);
    expect(brief(read(pre + 'Two gendarmes fell in battle.').claims)).toEqual([
      'killed/soldiers 2-2 unattributed',
    ]);
  });
});

describe('claims: a part named by its partitive in commas ("two of them women")', () => {
  const claims = (t: string, lang = 'en') => brief(read(t, lang).claims);
  it('reads the whole and its part around "N of them" / "N d\'entre eux"', () => {
    for (const [t, lang] of [
      ['In Mali, twelve people, two of them women, were killed in Boni on Monday.', 'en'],
      ['In Mali, twelve people were killed in Boni on Monday, two of them women.', 'en'],
      ["Au Mali, douze personnes, deux d'entre elles des femmes, ont été tuées lundi à Boni.", 'fr'],
    ] as const)
      expect(claims(t, lang), t).toEqual([
        'killed/people 12-12 unattributed',
        'killed/civilians 2-2 unattributed',
      ]);
  });
  it('keeps a rank of the same side a detail of its toll ("two of them officers")', () => {
    expect(claims('In Mali, twelve soldiers, two of them officers, were killed in Boni on Monday.')).toEqual([
      'killed/soldiers 12-12 unattributed',
    ]);
  });
});

describe('claims: asides between dashes, participles of killing, the size of a force', () => {
  const claims = (t: string, lang = 'en') => brief(read(t, lang).claims);
  it('steps over an aside between dashes to the verb ("27 civilians – among them women – were killed")', () => {
    expect(
      claims('In Mali, 27 civilians – among them women and children – were massacred in Boni on Monday.'),
    ).toEqual(['killed/civilians 27-27 unattributed']);
    expect(claims('Au Mali, vingt-sept civils — dont des femmes — ont été tués lundi à Boni.', 'fr')).toEqual(
      ['killed/civilians 27-27 unattributed'],
    );
  });
  it('reads a breakdown between dashes by side', () => {
    expect(
      claims('In Mali, 27 people – 20 civilians and 7 soldiers – were killed in Boni on Monday.'),
    ).toEqual([
      'killed/people 27-27 unattributed',
      'killed/civilians 20-20 unattributed',
      'killed/soldiers 7-7 unattributed',
    ]);
  });
  it('reads "shooting dead", "gunning down" after the attack they end', () => {
    expect(
      claims('Gunmen stormed the village of Boni in Mali on Monday, shooting dead 12 men, residents said.'),
    ).toEqual(['killed/people 12-12 local']);
    expect(
      claims('Gunmen stormed the village of Boni in Mali on Monday, gunning down 12 villagers.'),
    ).toEqual(['killed/civilians 12-12 unattributed']);
  });
  it('does not count the attackers by their number when they did the deed ("the attackers, estimated at 200, killed")', () => {
    for (const [t, lang] of [
      ['In Mali, the attackers, estimated at 200, killed 27 villagers in Boni on Monday.', 'en'],
      ['Au Mali, les assaillants, estimés à 200, ont tué 27 villageois lundi à Boni.', 'fr'],
    ] as const)
      expect(claims(t, lang), t).toEqual(['killed/civilians 27-27 unattributed']);
    expect(claims('In Mali, the attackers, estimated at about 30, were killed near Boni on Monday.')).toEqual(
      ['killed/militants 30-30 unattributed'],
    );
  });
});

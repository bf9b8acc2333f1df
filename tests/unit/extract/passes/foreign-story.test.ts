import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass foreign-story: the soldiers of a story that names only a foreign force', () => {
  it('FR: a UN camp attacked, "dix soldats ont été tués et 25 blessés"', () => {
    const r = read(
      'Le camp de la Minusma à Aguelhok a été attaqué dimanche. Dix soldats ont été tués et 25 blessés, selon la Minusma.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/foreign_forces 10-10 monitor',
      'wounded/foreign_forces 25-25 monitor',
    ]);
  });
  it('EN: a French convoy, "two soldiers were killed"', () => {
    const r = read('A convoy of French troops hit a mine near Gao on Monday. Two soldiers were killed.');
    expect(brief(r.claims)).toEqual(['killed/foreign_forces 2-2 unattributed']);
  });
  it('reads "the French army", "l\'armée tchadienne" as a foreign force, not as Mali\'s army', () => {
    const en = read(
      'Near Gao on Monday, a suicide bomber attacked a French army convoy, wounding six soldiers.',
    );
    expect(brief(en.claims)).toEqual(['wounded/foreign_forces 6-6 unattributed']);
    const fr = read(
      "Près de Gao lundi, un kamikaze a attaqué un convoi de l'armée tchadienne, tuant deux soldats.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/foreign_forces 2-2 unattributed']);
    const malian = read(
      "Près de Gao lundi, un kamikaze a attaqué un convoi de l'armée malienne, tuant deux soldats.",
      'fr',
    );
    expect(brief(malian.claims)).toEqual(['killed/soldiers 2-2 unattributed']);
  });
  it("leaves the soldiers of a story that names Mali's own forces, or no foreign force", () => {
    const both = read(
      'Le camp de la Minusma et celui des FAMa à Aguelhok ont été attaqués dimanche. Dix soldats ont été tués.',
      'fr',
    );
    expect(brief(both.claims)).toEqual(['killed/soldiers 10-10 unattributed']);
    const malian = read('A convoy of Malian troops hit a mine near Gao. Two soldiers were killed.');
    expect(brief(malian.claims)).toEqual(['killed/soldiers 2-2 unattributed']);
    const none = read('Jihadists attacked the camp in Boni on Monday. Two soldiers were killed.');
    expect(brief(none.claims)).toEqual(['killed/soldiers 2-2 unattributed']);
  });
});

describe('foreign-story: the UN that reports is no force in the story', () => {
  it('keeps soldiers counted "selon un bilan de l\'ONU", "according to a UN tally" as soldiers', () => {
    const fr = read("Lors de l'attaque de Boni, 12 soldats ont été tués, selon un bilan de l'ONU.", 'fr');
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 monitor']);
    const en = read('In the attack on Boni, 12 soldiers were killed, according to a UN tally.');
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 monitor']);
  });
  it('keeps soldiers whose speaker is the UN\'s voice ("selon un rapport de l\'ONU", "un responsable de la Minusma")', () => {
    const rapport = read(
      "Lors de l'attaque de Boni, 12 soldats ont été tués, selon un rapport de l'ONU.",
      'fr',
    );
    expect(brief(rapport.claims)).toEqual(['killed/soldiers 12-12 monitor']);
    const official = read(
      "Lors de l'attaque de Boni, 12 soldats ont été tués, selon un responsable de la Minusma.",
      'fr',
    );
    expect(brief(official.claims)).toEqual(['killed/soldiers 12-12 monitor']);
    const en = read('In the attack on Boni, 12 soldiers were killed, a UN spokesman said.');
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 monitor']);
    // The mission's own men are still its own.
    const own = read("Lors de l'attaque de Boni, 12 soldats de la Minusma ont été tués.", 'fr');
    expect(brief(own.claims)).toEqual(['killed/foreign_forces 12-12 unattributed']);
  });
  it('keeps the dead told by a body named at the end of its long name ("selon la division des droits de l\'homme de la Minusma")', () => {
    const fr = read(
      "Selon la division des droits de l'homme de la Minusma, l'attaque de Boni lundi a fait 32 morts.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/people 32-32 monitor']);
    const en = read(
      'According to the human rights division of the UN mission in Mali, the attack on Boni killed 32 people.',
    );
    expect(brief(en.claims)).toEqual(['killed/people 32-32 monitor']);
  });
  it('keeps soldiers counted "according to a UN report", "UN experts said" as soldiers', () => {
    const r = read(
      'In Mali, twelve soldiers were killed in Boni on Monday, according to an internal UN report seen by AFP.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 monitor']);
    const e = read('In Mali, UN experts said twelve soldiers were killed in Boni on Monday.');
    expect(brief(e.claims)).toEqual(['killed/soldiers 12-12 monitor']);
  });
  it('keeps the dead and the soldiers of a body that speaks right after its name ("the UN said", "l\'ONU a indiqué")', () => {
    const en = read('In Mali, at least 500 people were killed in Moura on Monday, the UN said.');
    expect(brief(en.claims)).toEqual(['killed/people 500-null monitor']);
    const soldiers = read('In Mali, twelve soldiers were killed in Boni on Monday, the UN says.');
    expect(brief(soldiers.claims)).toEqual(['killed/soldiers 12-12 monitor']);
    const fr = read("Au Mali, 30 civils ont été tués lundi à Boni, l'ONU a indiqué mardi.", 'fr');
    expect(brief(fr.claims)).toEqual(['killed/civilians 30-30 monitor']);
  });
  it('keeps soldiers told to a foreign outlet ("the French news agency", "وكالة الصحافة الفرنسية") as soldiers', () => {
    const en = read(
      'In Mali, an officer told the French news agency that nine soldiers died in an attack near Boni on Monday.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 9-9 security_source']);
    const fr = read(
      "Au Mali, neuf militaires ont péri lundi dans une attaque près de Boni, a indiqué un officier à l'agence de presse allemande.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 9-9 security_source']);
    const ar = read('قال مصدر عسكري لوكالة الصحافة الفرنسية إن تسعة جنود قتلوا قرب بوني في مالي.', 'ar');
    expect(brief(ar.claims)).toEqual(['killed/soldiers 9-9 security_source']);
  });
  it("still reads soldiers in a UN camp's story as peacekeepers", () => {
    const r = read('In Mali, the UN camp in Aguelhok was attacked on Monday. Ten soldiers were killed.');
    expect(brief(r.claims)).toEqual(['killed/foreign_forces 10-10 unattributed']);
  });
  it('a foreign body named only in background is not in the story', () => {
    const r = read(
      'Des jihadistes ont attaqué le camp de Boni lundi, tuant 12 soldats. Depuis janvier, la Minusma a recensé 150 incidents ayant fait 400 victimes civiles.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
});

describe("foreign-story: a foreign force's story counts its losses without a side", () => {
  it('reads the bare dead and wounded after an attack on a UN camp as peacekeepers', () => {
    const en = read(
      'Gunmen attacked a UN camp in Aguelhok on Monday. The assault left seven dead and twelve wounded, the mission said.',
    );
    expect(brief(en.claims)).toEqual([
      'killed/foreign_forces 7-7 monitor',
      'wounded/foreign_forces 12-12 monitor',
    ]);
    const fr = read(
      "Des hommes armés ont attaqué lundi le camp de la Minusma à Aguelhok. L'assaut a fait sept morts et douze blessés.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/foreign_forces 7-7 unattributed',
      'wounded/foreign_forces 12-12 unattributed',
    ]);
  });
  it('reads "12 personnes" after a headline of peacekeepers attacked as theirs', () => {
    const r = read(
      'Attaque contre le camp de la Minusma à Aguelhok\nDouze personnes ont été tuées lundi.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/foreign_forces 12-12 unattributed']);
  });
  it('keeps the people a foreign force killed as people', () => {
    expect(
      brief(read('Wagner mercenaries killed at least 30 people in Boni on Monday, residents said.').claims),
    ).toEqual(['killed/people 30-null local']);
    expect(
      brief(
        read(
          'Une frappe de la force Barkhane a tué 12 personnes près de Boni lundi, selon des habitants.',
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/people 12-12 local']);
  });
  it('does not read "accords de paix" as peacekeepers in the story', () => {
    const r = read(
      'Douze personnes ont été tuées lundi à Boni par des hommes armés. Le groupe a signé les accords de paix de 2015.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/people 12-12 unattributed']);
  });
});

describe('foreign-story: a foreign part of the army’s toll makes no foreign story', () => {
  it('keeps the soldiers of a toll whose breakdown names foreigners', () => {
    for (const [t, lang] of [
      ["Lors de l'attaque de Boni, 12 soldats ont été tués, dont 4 instructeurs russes.", 'fr'],
      ['In the attack on Boni, 12 soldiers were killed, including four Russian instructors.', 'en'],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual([
        'killed/soldiers 12-12 unattributed',
        'killed/foreign_forces 4-4 unattributed',
      ]);
  });
});

describe('foreign-story: a caption’s soldiers are not the story’s', () => {
  it('keeps a peacekeepers’ story foreign past a caption that names Malian soldiers', () => {
    const text = [
      'Trois Casques bleus de la Minusma ont été tués mardi près de Bandiagara, a annoncé la mission.',
      '',
      "Des soldats maliens en patrouille près de Gao, en 2019. (Photo d'archive AFP)",
      '',
      "En effet, l'explosion d'une mine au passage de leur convoi a causé la mort de 3 soldats, selon la mission.",
    ].join('\n');
    expect(brief(read(text, 'fr').claims)).toEqual(['killed/foreign_forces 3-3 monitor']);
  });
});

describe("foreign-story: soldiers told apart from the force's own toll are another force's", () => {
  it('FR and EN: "deux mercenaires de Wagner ont été tués, ainsi que cinq soldats"', () => {
    expect(
      brief(
        read(
          "Dans l'embuscade de Boni, deux mercenaires de Wagner ont été tués, ainsi que cinq soldats.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/foreign_forces 2-2 unattributed', 'killed/soldiers 5-5 unattributed']);
    expect(
      brief(
        read('In the ambush near Boni, two Wagner contractors were killed along with five soldiers.').claims,
      ),
    ).toEqual(['killed/foreign_forces 2-2 unattributed', 'killed/soldiers 5-5 unattributed']);
  });
  it('a toll of another kind is no toll told apart: "Two soldiers were killed and three French soldiers wounded"', () => {
    expect(
      brief(
        read(
          'A French convoy hit a mine near Gao. Two soldiers were killed and three French soldiers wounded.',
        ).claims,
      ),
    ).toEqual(['killed/foreign_forces 2-2 unattributed', 'wounded/foreign_forces 3-3 unattributed']);
  });
});

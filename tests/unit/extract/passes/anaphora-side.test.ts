import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass anaphora-side: a figure that refers back takes the side it refers to', () => {
  it('FR: "Deux autres ont été blessés" in the next sentence', () => {
    const r = read("Selon l'armée, 12 soldats ont été tués lundi à Boni. Deux autres ont été blessés.", 'fr');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official', 'wounded/soldiers 2-2 official']);
  });
  it('FR: feminine and "d\'entre eux"', () => {
    const r = read(
      "Selon des habitants, 9 villageoises ont été enlevées lundi à Boni. Trois d'entre elles ont été blessées.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['captured/civilians 9-9 local', 'wounded/civilians 3-3 local']);
  });
  it('EN: "six others were wounded", with an adverb', () => {
    const r = read(
      'Four soldiers were killed in the attack on Boni, the army said. Six others were reportedly wounded.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 4-4 official', 'wounded/soldiers 6-6 official']);
  });
  it('FR: "plusieurs autres" is a figure of persons (2 or more), in the sentence or the next', () => {
    const next = read(
      "Selon l'armée, 5 soldats ont été tués lundi à Boni. Plusieurs autres ont été blessés.",
      'fr',
    );
    expect(brief(next.claims)).toEqual(['killed/soldiers 5-5 official', 'wounded/soldiers 2-null official']);
    const same = read('À Boni, trois gendarmes ont perdu la vie et plusieurs autres ont été blessées.', 'fr');
    expect(brief(same.claims)).toEqual([
      'killed/soldiers 3-3 unattributed',
      'wounded/soldiers 2-null unattributed',
    ]);
  });
  it('not across more than two sentences', () => {
    const r = read(
      'Four soldiers and two attackers were killed in the attack on Boni. The camp was burnt. The road was cut. The town was calm. Six others were wounded.',
      'en',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 4-4 unattributed',
      'killed/militants 2-2 unattributed',
      'wounded/people 6-6 unattributed',
    ]);
  });
});

describe('pass anaphora-side: "d\'entre eux" with no toll before it', () => {
  it('takes the side of the nearest person noun before it', () => {
    expect(
      brief(
        read(
          "Les terroristes ont attaqué Boni. Une dizaine d'entre eux ont été tués lors de la riposte.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/militants 10-10 unattributed']);
    expect(
      brief(read('The militants attacked Boni; 12 of them were killed by troops.', 'en').claims),
    ).toEqual(['killed/militants 12-12 unattributed']);
  });
  it('leaves "autres" with no toll before it alone', () => {
    expect(
      brief(
        read(
          "Des soldats patrouillaient à Boni lors de l'attaque. Deux autres personnes ont été tuées.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/people 2-2 unattributed']);
  });
  it('a bare number as the subject stands for the persons named before ("At least 25 were wounded")', () => {
    const en = read(
      'The UN said 10 of its peacekeepers were killed in Boni. At least 25 were wounded.',
      'en',
    );
    expect(brief(en.claims)).toEqual([
      'killed/foreign_forces 10-10 monitor',
      'wounded/foreign_forces 25-null monitor',
    ]);
    const fr = read(
      "Onze gendarmes ont été tués lundi à Boni, selon l'armée. Quatre ont été grièvement blessés.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 11-11 official', 'wounded/soldiers 4-4 official']);
    // First in its story, a bare number names no one.
    const alone = read('Des hommes armés ont attaqué Boni lundi. Douze ont été tués.', 'fr');
    expect(brief(alone.claims)).toEqual(['killed/people 12-12 unattributed']);
  });
});

describe('anaphora-side: the institution that speaks or acts is no antecedent of "them"', () => {
  it('reads "the army said 12 of them were killed", "l\'armée dit avoir abattu 12 d\'entre eux" as the attackers', () => {
    const en = read('In Mali, jihadists attacked Boni on Monday. The army said 12 of them were killed.');
    expect(brief(en.claims)).toEqual(['killed/militants 12-12 official']);
    const fr = read(
      "Au Mali, des jihadistes ont attaqué Boni lundi. L'armée dit avoir abattu 12 d'entre eux.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/militants 12-12 official']);
  });
  it('still reads soldiers named before as the antecedent ("des soldats … 2 d\'entre eux")', () => {
    const r = read(
      "Au Mali, des soldats ont été attaqués à Boni. L'armée dit que 2 d'entre eux ont été tués.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 2-2 official']);
  });
});

describe('pass anaphora-side: a place is no antecedent of "them"', () => {
  it('reads "five of them" after "attacked the village of Boni" as the attackers', () => {
    const en = read(
      'Gunmen attacked the village of Boni on Monday. The army struck back, killing five of them.',
    );
    expect(brief(en.claims)).toEqual(['killed/militants 5-5 unattributed']);
    const fr = read(
      "Des assaillants ont attaqué la ville de Boni lundi. Trois d'entre eux ont été tués par l'armée.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/militants 3-3 unattributed']);
  });
});

describe('pass anaphora-side: the killer is no antecedent of the killed', () => {
  it('reads "Troops fought back, killing 30 of them" as the attackers, in English and French', () => {
    for (const [t, lang] of [
      ['Gunmen raided an army post in Boni on Monday. Troops fought back, killing 30 of them.', 'en'],
      [
        'Gunmen raided an army post in Boni on Monday. The soldiers quickly hit back and killed 30 of them.',
        'en',
      ],
      [
        "Des hommes armés ont attaqué lundi un poste à Boni. Les militaires ont riposté, tuant une trentaine d'entre eux.",
        'fr',
      ],
      [
        "Des hommes armés ont attaqué lundi un poste à Boni. Les gendarmes en ont abattu 30 d'entre eux.",
        'fr',
      ],
    ] as const)
      expect(
        brief(read(t, lang).claims).map((c) => c.split(' ')[0]),
        t,
      ).toEqual(['killed/militants']);
  });
  it('still reads the persons killed before as the antecedent when the killer is not named', () => {
    const r = read('Twelve soldiers were attacked near Boni on Monday. Gunmen killed five of them.');
    expect(brief(r.claims)).toEqual(['killed/soldiers 5-5 unattributed']);
  });
});

describe('pass anaphora-side: "more" and "additional" refer back too', () => {
  it('gives "four more", "two additional" the side of the persons counted before', () => {
    for (const t of [
      'Jihadists killed 12 Dozo hunters in an ambush near Djenné on Saturday. Four more were missing.',
      'Jihadists killed 12 Dozo hunters near Djenné on Saturday, and four more are still missing.',
      'Jihadists killed 12 Dozo hunters near Djenné on Saturday. Four additional hunters were reported missing.',
    ])
      expect(brief(read(t).claims), t).toEqual([
        'killed/militia 12-12 unattributed',
        'missing/militia 4-4 unattributed',
      ]);
  });
  it('keeps the side a figure names after "more", and "more than" before a number', () => {
    expect(
      brief(
        read('Jihadists killed 12 soldiers near Djenné on Saturday. Three more civilians were wounded.')
          .claims,
      ),
    ).toEqual(['killed/soldiers 12-12 unattributed', 'wounded/civilians 3-3 unattributed']);
    expect(
      brief(
        read('Jihadists killed 12 Dozo hunters near Djenné on Saturday. More than 20 people were wounded.')
          .claims,
      ),
    ).toEqual(['killed/militia 12-12 unattributed', 'wounded/people 21-null unattributed']);
  });
});

describe('pass anaphora-side: "of them" after the object of the same sentence', () => {
  it('takes the side of the persons the force struck, not of the force', () => {
    for (const [t, lang] of [
      ["Les FAMa ont frappé lundi un groupe de terroristes près de Boni, tuant cinq d'entre eux.", 'fr'],
      ["L'armée a attaqué lundi des jihadistes retranchés près de Boni, tuant cinq d'entre eux.", 'fr'],
      ['The army struck a group of militants near Boni on Monday, killing five of them.', 'en'],
      ['Soldiers raided a camp of jihadists near Boni on Monday, killing five of them.', 'en'],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual(['killed/militants 5-5 unattributed']);
  });
  it('still passes over the killer when nothing was struck before it', () => {
    const r = read(
      'Gunmen raided an army post in Boni on Monday. The soldiers quickly hit back and killed 30 of them.',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 30-30 unattributed']);
  });
  it('reads "of them" as the object of an English verb in the past before the killing ("rounded up 30 herders")', () => {
    for (const t of [
      'In Boni, the gunmen rounded up 30 herders on Monday and shot dead 12 of them.',
      'In Boni, the jihadists surrounded a group of traders and executed 12 of them.',
    ])
      expect(brief(read(t).claims), t).toContain('killed/civilians 12-12 unattributed');
    // The subject before the verb is still the killer, not the killed.
    const r = read(
      'Gunmen raided an army post in Boni on Monday. The soldiers fought back and killed 30 of them.',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 30-30 unattributed']);
  });
});

import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass possessive-side: a toll of "its men" takes the side of the one named before', () => {
  it("a foreign force's fighters are foreign forces, not militants", () => {
    for (const [t, lang] of [
      ['Wagner suffered heavy losses near Kidal, with at least 20 of its fighters killed.', 'en'],
      ['Wagner a subi de lourdes pertes près de Kidal : au moins 20 de ses combattants ont été tués.', 'fr'],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual(['killed/foreign_forces 20-null unattributed']);
    expect(brief(read('JNIM said on Monday that 20 of its fighters were killed near Kidal.').claims)).toEqual(
      ['killed/militants 20-20 armed_group'],
    );
  });
  it("a foreign force's men are foreign forces (FR and EN)", () => {
    expect(
      brief(
        read('Wagner a subi de lourdes pertes près de Kidal : au moins 20 de ses hommes ont été tués.', 'fr')
          .claims,
      ),
    ).toEqual(['killed/foreign_forces 20-null unattributed']);
    expect(
      brief(
        read(
          'The UN mission said three of its soldiers were killed in the attack on its camp in Kidal.',
          'en',
        ).claims,
      ),
    ).toEqual(['killed/foreign_forces 3-3 monitor']);
    expect(
      brief(read("La Minusma a perdu trois de ses Casques bleus dans l'attaque de Kidal.", 'fr').claims),
    ).toEqual(['killed/foreign_forces 3-3 unattributed']);
  });
  it("an armed group's men are militants, the army's soldiers", () => {
    expect(
      brief(read('JNIM said 5 of its fighters were killed in the attack on Boni.', 'en').claims),
    ).toEqual(['killed/militants 5-5 armed_group']);
    expect(
      brief(
        read("L'armée a indiqué que 12 de ses éléments ont été tués lors de l'attaque de Boni.", 'fr').claims,
      ),
    ).toEqual(['killed/soldiers 12-12 official']);
  });
  it('leaves a toll without a possessive alone', () => {
    expect(
      brief(read("Wagner était présent à Kidal, où 20 hommes ont été tués lors de l'attaque.", 'fr').claims),
    ).toEqual(['killed/people 20-20 unattributed']);
  });
});

describe('pass possessive-side: only the possessive of the figure’s noun', () => {
  it('does not read "their lives" as the owner of the toll', () => {
    expect(brief(read('In the attack on Boni, 12 people lost their lives.', 'en').claims)).toEqual([
      'killed/people 12-12 unattributed',
    ]);
  });
  it('reads a possessive before the number ("ses 20 hommes")', () => {
    expect(brief(read("Wagner a perdu ses 20 hommes lors de l'embuscade de Kidal.", 'fr').claims)).toEqual([
      'killed/foreign_forces 20-20 unattributed',
    ]);
  });
});

describe('pass possessive-side: a side putting a figure on its own losses', () => {
  it('reads "ses pertes", "its losses" as the owner’s toll', () => {
    expect(
      brief(read("Après l'attaque de Boni, l'armée a chiffré ses pertes à 12 morts.", 'fr').claims),
    ).toEqual(['killed/soldiers 12-12 official']);
    expect(brief(read('After the attack on Boni, the army put its losses at 12.', 'en').claims)).toEqual([
      'killed/soldiers 12-12 official',
    ]);
    // "a reconnu que": the group admitting its losses is its claim.
    expect(
      brief(
        read('Après les combats de Boni, le JNIM a reconnu que ses pertes s’élevaient à 9 morts.', 'fr')
          .claims,
      ),
    ).toEqual(['killed/militants 9-9 armed_group']);
  });
});

describe("pass possessive-side: the owner's men after the toll", () => {
  it('reads "dans ses rangs", "among its troops" as the side of the force named before', () => {
    expect(
      brief(
        read(
          "La Minusma déplore deux morts et cinq blessés dans ses rangs après l'attaque de son camp à Aguelhok.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/foreign_forces 2-2 monitor', 'wounded/foreign_forces 5-5 monitor']);
    expect(
      brief(
        read(
          'The UN mission said the attack in Aguelhok left two dead and five wounded among its troops.',
          'en',
        ).claims,
      ),
    ).toEqual(['killed/foreign_forces 2-2 monitor', 'wounded/foreign_forces 5-5 monitor']);
    // The army's own ranks stay the army's.
    expect(
      brief(read("L'armée déplore deux morts dans ses rangs après l'attaque de Boni.", 'fr').claims),
    ).toEqual(['killed/soldiers 2-2 official']);
  });
  it('gives the figures that went with the owned one its side ("two of its personnel were killed and five wounded")', () => {
    expect(
      brief(
        read(
          'The UN mission said two of its personnel were killed and five wounded in an attack on its camp in Aguelhok.',
          'en',
        ).claims,
      ),
    ).toEqual(['killed/foreign_forces 2-2 monitor', 'wounded/foreign_forces 5-5 monitor']);
    expect(
      brief(
        read(
          "La Minusma a annoncé que deux de ses éléments avaient été tués et cinq blessés dans l'attaque de son camp à Aguelhok.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/foreign_forces 2-2 monitor', 'wounded/foreign_forces 5-5 monitor']);
  });
});

describe('possessive-side: the persons another figure counts do not own "ses rangs"', () => {
  it('reads "neutralisé 30 terroristes, tout en déplorant 4 morts dans ses rangs" as the army\'s dead', () => {
    const r = read(
      "Au Mali, l'armée dit avoir neutralisé 30 terroristes près de Boni, tout en déplorant 4 morts dans ses rangs.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 30-30 official', 'killed/soldiers 4-4 official']);
    const en = read(
      'In Mali, JNIM said it killed 30 soldiers near Boni while mourning 4 dead among its men.',
    );
    expect(brief(en.claims)).toEqual([
      'killed/soldiers 30-30 armed_group',
      'killed/militants 4-4 armed_group',
    ]);
  });
});

describe("pass possessive-side: persons a thing carried are not its owner's men", () => {
  it('leaves "26 of its occupants", "26 de ses occupants" without the gunmen\'s side', () => {
    // A bus's occupants are its passengers: civilians (pass passenger-victims), never the gunmen.
    expect(
      brief(read('Gunmen attacked a bus near Boni on Monday, killing 26 of its occupants.').claims),
    ).toEqual(['killed/civilians 26-26 unattributed']);
    expect(
      brief(
        read('Des hommes armés ont attaqué un camion près de Boni lundi, tuant 26 de ses occupants.', 'fr')
          .claims,
      ),
    ).toEqual(['killed/people 26-26 unattributed']);
  });
  it('still reads "20 de ses hommes", "three of its fighters" as the owner\'s', () => {
    expect(
      brief(read('Le JNIM a attaqué Boni lundi et a perdu 20 de ses combattants.', 'fr').claims),
    ).toEqual(['killed/militants 20-20 unattributed']);
  });
});

describe('pass possessive-side: the person counted just before owns the men joined to it', () => {
  it('reads "un chef terroriste et 5 de ses éléments" as the chief\'s men, not the army\'s', () => {
    const r = read("À Boni, l'armée a neutralisé lundi un chef terroriste et 5 de ses éléments.", 'fr');
    expect(brief(r.claims)).toEqual([
      'killed/militants 1-1 unattributed',
      'killed/militants 5-5 unattributed',
    ]);
    const plural = read('À Boni, les FAMa ont neutralisé deux émirs et 11 de leurs combattants.', 'fr');
    expect(brief(plural.claims)).toEqual([
      'killed/militants 2-2 unattributed',
      'killed/militants 11-11 unattributed',
    ]);
  });
  it('still reads the owner named before the figure when nothing is joined ("l\'armée … 3 de ses hommes")', () => {
    const r = read("À Boni, l'armée a perdu lundi 3 de ses hommes.", 'fr');
    expect(brief(r.claims)).toEqual(['killed/soldiers 3-3 unattributed']);
  });
});

describe('pass possessive-side: "its own losses", and the owner past quotation marks', () => {
  it('reads "put its own losses at", "ses propres pertes" as the owner\'s', () => {
    const en = read(
      'Jihadists attacked Boni on Monday. The army put its own losses at five dead and six wounded.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 5-5 official', 'wounded/soldiers 6-6 official']);
    const fr = read(
      'Des jihadistes ont attaqué Boni lundi. Le JNIM a chiffré ses propres pertes à cinq morts et six blessés.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/militants 5-5 armed_group',
      'wounded/militants 6-6 armed_group',
    ]);
  });
  it('finds the owner past another figure in quotation marks ("said it had “neutralised” 15 assailants and lost two of its men")', () => {
    const r = read(
      'Jihadists attacked Boni on Monday. The army said it had "neutralised" 15 assailants and lost two of its men.',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 15-15 official', 'killed/soldiers 2-2 official']);
  });
  it('reads "et perdu" whose auxiliary is the verb\'s before it, and keeps each figure\'s own verb', () => {
    const r = read(
      "Des jihadistes ont attaqué Boni lundi. L'armée affirme avoir neutralisé 15 assaillants et perdu deux de ses hommes.",
      'fr',
    );
    expect(r.claims.map((c) => c.text)).toEqual(['neutralisé 15 assaillants', 'et perdu deux de ses hommes']);
    expect(brief(r.claims)).toEqual(['killed/militants 15-15 official', 'killed/soldiers 2-2 official']);
  });
  it('reads a singular possessive back to a singular owner, past the plural nouns between', () => {
    const fr = read(
      'Le JNIM affirme avoir combattu les soldats pendant des heures près de Boni et avoir perdu 12 de ses hommes.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/militants 12-12 armed_group']);
    const en = read(
      'Wagner said its fighters and Malian troops had battled the rebels for days near Boni, and that 12 of its men had been killed.',
    );
    expect(brief(en.claims).map((c) => c.split(' ')[0])).toEqual(['killed/foreign_forces']);
    // A plural possessive still takes the plural noun: "the jihadists, who lost 12 of their men".
    const plural = read('Soldiers repelled the jihadists near Boni on Monday, who lost 12 of their men.');
    expect(brief(plural.claims).map((c) => c.split(' ')[0])).toEqual(['killed/militants']);
  });
});

describe("pass possessive-side: a militia's fighters are militia", () => {
  it("by the militia's name of several words, EN and FR", () => {
    const en = read('Dan Na Ambassagou said 12 of its fighters were killed in the attack on Boni.');
    expect(brief(en.claims)).toEqual(['killed/militia 12-12 armed_group']);
    const fr = read(
      "Dan Na Ambassagou a indiqué dans un communiqué que 12 de ses combattants figuraient parmi les morts de l'attaque de Boni.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/militia 12-12 armed_group']);
  });
  it("keeps a jihadist group's fighters militants", () => {
    const r = read(
      "Le JNIM a reconnu que 12 de ses combattants avaient été tués lors de l'attaque de Boni.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 12-12 armed_group']);
  });
});

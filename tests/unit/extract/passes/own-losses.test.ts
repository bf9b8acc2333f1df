import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass own-losses: a side mourning its own', () => {
  it('FR: "l\'armée déplore" gives soldiers, plural verb too', () => {
    const a = read("L'armée malienne déplore 5 morts et 20 blessés après l'attaque de Léré.", 'fr');
    expect(brief(a.claims)).toEqual(['killed/soldiers 5-5 official', 'wounded/soldiers 20-20 official']);
    const b = read(
      'Les forces armées déplorent 4 morts lors de l’attaque de Boni, selon un communiqué.',
      'fr',
    );
    expect(brief(b.claims).map((c) => c.split(' ')[0])).toEqual(['killed/soldiers']);
  });
  it('FR: an armed group mourning its own gives militants', () => {
    const r = read('Le JNIM, qui revendique l’attaque de Boni, déplore 3 morts dans un message.', 'fr');
    expect(brief(r.claims).map((c) => c.split(' ')[0])).toEqual(['killed/militants']);
  });
  it('EN: "the army mourned", and the loss of one man', () => {
    const r = read('After the attack on Boni, the army mourned six dead, its spokesman said.', 'en');
    expect(brief(r.claims).map((c) => c.split(' ')[0])).toEqual(['killed/soldiers']);
    const f = read("L'armée déplore la perte d'un élément lors de l'attaque de Boni.", 'fr');
    expect(brief(f.claims).map((c) => c.split(' ')[0])).toEqual(['killed/soldiers']);
  });
  it('reads a side admitting its losses like one mourning them ("reconnaît", "acknowledged")', () => {
    const fr = read("Après l'attaque de Boni, l'armée reconnaît 12 morts et 5 blessés.", 'fr');
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 official', 'wounded/soldiers 5-5 official']);
    const past = read("Les FAMa ont reconnu 12 morts lors de l'attaque de Boni.", 'fr');
    expect(brief(past.claims).map((c) => c.split(' ')[0])).toEqual(['killed/soldiers']);
    const en = read('After the attack on Boni, the army acknowledged 12 deaths.', 'en');
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 official']);
    const group = read('JNIM admitted three dead among its fighters after the attack on Boni.', 'en');
    expect(brief(group.claims).map((c) => c.split(' ')[0])).toEqual(['killed/militants']);
  });
  it('reads on past a colon that details the losses just named', () => {
    const kinds = (text: string, lang: 'fr' | 'en') =>
      brief(read(text, lang).claims).map((c) => c.split(' ')[0]);
    expect(
      kinds("Après l'attaque de Boni, les FAMa déplorent des pertes : 3 morts et 5 blessés.", 'fr'),
    ).toEqual(['killed/soldiers', 'wounded/soldiers']);
    expect(kinds('À Boni, les assaillants ont subi de très lourdes pertes : 12 morts.', 'fr')).toEqual([
      'killed/militants',
    ]);
    expect(
      kinds('In the attack on Boni, the army suffered losses: three dead and five wounded.', 'en'),
    ).toEqual(['killed/soldiers', 'wounded/soldiers']);
    // A colon that opens anything else ends the clause of mourning.
    expect(kinds("L'armée déplore l'attaque de Boni : 3 morts selon des habitants.", 'fr')).toEqual([
      'killed/people',
    ]);
  });
  it("reads national mourning and the government's mourning as the nation's dead, not soldiers", () => {
    const fr = read(
      "Le gouvernement a décrété un deuil national après l'attaque de Boni lundi, qui a fait 30 morts.",
      'fr',
    );
    expect(brief(fr.claims).map((c) => c.split(' ')[0])).toEqual(['killed/people']);
    const en = read(
      "The government declared three days of national mourning after Monday's attack on Boni, which killed 30 people.",
    );
    expect(brief(en.claims).map((c) => c.split(' ')[0])).toEqual(['killed/people']);
    const gov = read("Le gouvernement déplore 30 morts après l'attaque de Boni lundi.", 'fr');
    expect(brief(gov.claims).map((c) => c.split(' ')[0])).toEqual(['killed/people']);
  });
  it('without a mourning verb the side stays unknown', () => {
    const r = read("L'attaque de Léré a fait 5 morts et 20 blessés.", 'fr');
    expect(brief(r.claims).map((c) => c.split(' ')[0])).toEqual(['killed/people', 'wounded/people']);
  });
  it('FR: a foreign force mourning its own, and a side that "suffered" its dead', () => {
    expect(
      brief(read("Lors de l'attaque de Kidal, la Minusma déplore 3 morts et 5 blessés.", 'fr').claims),
    ).toEqual(['killed/foreign_forces 3-3 monitor', 'wounded/foreign_forces 5-5 monitor']);
    const r = read(
      "Lors de l'attaque de Kidal, les assaillants ont subi de lourdes pertes, dont plusieurs morts abandonnés sur place.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 2-null unattributed']);
  });
  it('reaches the losses past a time and a place before the colon, for every side named by its noun', () => {
    expect(
      brief(
        read(
          "Lors de l'attaque, les mercenaires russes ont subi de lourdes pertes samedi près de Boni : au moins 80 morts.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/foreign_forces 80-null unattributed']);
    expect(
      brief(
        read(
          "Lors de l'attaque, les soldats ont subi de lourdes pertes samedi près de Boni : 12 morts.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(
      brief(
        read(
          "Lors de l'attaque, les chasseurs dozos ont subi de lourdes pertes samedi près de Boni : 12 morts.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/militia 12-12 unattributed']);
  });
  it('gives fighters counted "with" a side\'s losses that side ("with dozens of fighters killed")', () => {
    const lead = 'Rebels ambushed a convoy near Boni in Mali in July. ';
    const side = (text: string, lang = 'en') =>
      brief(read(lead + text, lang).claims).map((c) => c.split(' ')[0]);
    expect(side('Wagner suffered heavy losses, with dozens of fighters killed.')).toEqual([
      'killed/foreign_forces',
    ]);
    expect(side('Les FAMa ont subi des pertes, avec une vingtaine de combattants tués.', 'fr')).toEqual([
      'killed/soldiers',
    ]);
    expect(side('Le JNIM a subi de lourdes pertes, avec une vingtaine de combattants tués.', 'fr')).toEqual([
      'killed/militants',
    ]);
    // Fighters the side killed are the enemy's.
    expect(side('The army suffered losses but killed 20 fighters.')).toEqual(['killed/militants']);
  });
});

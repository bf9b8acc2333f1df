import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass first-person-losses: "we lost" is the speaker\'s own side', () => {
  it('FR: a foreign force\'s source counting "nos" losses gives foreign forces', () => {
    const r = read(
      '« Notre camp de Boni a été attaqué, nous avons enregistré sept blessés », a déclaré une source militaire tchadienne.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['wounded/foreign_forces 7-7 security_source']);
  });
  it('EN: a UN mission counting "our" wounded', () => {
    const r = read(
      'After the attack on the camp at Boni, "we have 5 injured," a MINUSMA spokesman said.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['wounded/foreign_forces 5-5 monitor']);
  });
  it('a resident\'s "we" says nothing of a side', () => {
    const r = read(
      "Après l'attaque de Boni, « nous avons enterré onze morts », a déclaré un habitant.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/people 11-11 local']);
  });
  it('a figure that names its side keeps it', () => {
    const r = read(
      '« Nos forces ont neutralisé douze terroristes à Boni », a déclaré une source militaire tchadienne.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 12-12 security_source']);
  });
  it('counts "nous avons perdu quatre éléments" / "we lost four men" as the speaker\'s own dead', () => {
    const fr = read(
      "Après l'attaque du camp de Boni, « nous avons perdu quatre éléments et enregistré seize blessés », a déclaré une source militaire tchadienne.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/foreign_forces 4-4 security_source',
      'wounded/foreign_forces 16-16 security_source',
    ]);
    const en = read(
      'After the attack on the camp at Boni, "we lost four men," a Chadian military source said.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/foreign_forces 4-4 security_source']);
    // A resident's lost men are of no side the text says.
    const local = read(
      "Après l'attaque de Boni, « nous avons perdu onze hommes », a déclaré un habitant.",
      'fr',
    );
    expect(brief(local.claims)).toEqual(['killed/people 11-11 local']);
  });
  it('an army voice counting "our" men gives soldiers; a minister\'s "we" gives no side', () => {
    const en = read('After the attack on Boni, "we lost seven men," a Malian army officer said.', 'en');
    expect(brief(en.claims)).toEqual(['killed/soldiers 7-7 security_source']);
    const fr = read(
      "Après l'attaque de Boni, « nous avons perdu sept personnes et enregistré dix blessés », a confié un officier de l'armée.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/soldiers 7-7 security_source',
      'wounded/soldiers 10-10 security_source',
    ]);
    const minister = read(
      "Après l'attaque de Boni, « nous avons perdu sept personnes », a déclaré le ministre de la Communication.",
      'fr',
    );
    expect(brief(minister.claims)).toEqual(['killed/people 7-7 official']);
  });
  it('reads "our" inside the figure’s noun phrase ("12 de nos hommes", "12 of our men")', () => {
    expect(
      brief(read('"They killed 12 of our men," a soldier who survived the attack on Boni told AFP.').claims),
    ).toEqual(['killed/soldiers 12-12 security_source']);
    expect(
      brief(
        read(
          "« Ils ont tué 12 de nos hommes », a confié à l'AFP un soldat rescapé de l'attaque de Boni.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 12-12 security_source']);
  });
  it('an official\'s "nos hommes" are soldiers, whatever the official\'s words', () => {
    for (const t of [
      "« L'attaque de lundi à Boni a tué 3 de nos hommes », a déclaré le ministre de la Défense.",
      "« Lors de l'attaque de Boni, nous avons malheureusement perdu trois de nos soldats », a déclaré le chef d'état-major.",
    ])
      expect(brief(read(t, 'fr').claims), t).toEqual(['killed/soldiers 3-3 official']);
    expect(
      brief(read('"The attack on Boni killed three of our men," the defence minister said.').claims),
    ).toEqual(['killed/soldiers 3-3 official']);
  });
  it('an unnamed member of the forces counting "our" losses counts soldiers, whatever the words for them', () => {
    for (const t of [
      "Après l'attaque de Boni, « six de nos hommes sont tombés », confie un gradé.",
      "Après l'attaque de Boni, « nous avons perdu six éléments », a confié une source sécuritaire.",
    ])
      expect(brief(read(t, 'fr').claims), t).toEqual(['killed/soldiers 6-6 security_source']);
    expect(
      brief(
        read('After the attack on Boni, "we lost six of our people," a security source told AFP.').claims,
      ),
    ).toEqual(['killed/soldiers 6-6 security_source']);
  });
  it('an armed group counting its own losses gives its side, not its victims', () => {
    const fla = read(
      "« Nous avons perdu 3 combattants lors de l'attaque de Boni lundi », a déclaré le porte-parole du FLA.",
      'fr',
    );
    expect(brief(fla.claims)).toEqual(['killed/militants 3-3 armed_group']);
    const militia = read(
      "« Nous avons perdu trois de nos hommes lors de l'attaque de Boni lundi », a déclaré le porte-parole de Dan Na Ambassagou.",
      'fr',
    );
    expect(brief(militia.claims)).toEqual(['killed/militia 3-3 armed_group']);
    const en = read('"We lost three fighters in the attack on Boni," a spokesman for the FLA said.');
    expect(brief(en.claims)).toEqual(['killed/militants 3-3 armed_group']);
    // "nos combattants ont tué 12 personnes": the group's victims.
    const victims = read(
      "« Nos combattants ont tué 12 personnes lors de l'attaque de Boni lundi », a déclaré le porte-parole du FLA.",
      'fr',
    );
    expect(brief(victims.claims)).toEqual(['killed/people 12-12 armed_group']);
  });
});

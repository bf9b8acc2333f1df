import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('actors: "par" before the group\'s men (agent-cues agentBefore over memberNoun)', () => {
  it('names the group whose fighters took a column for target', () => {
    for (const text of [
      'Une colonne des FAMa a été prise pour cible dimanche par les jihadistes du JNIM. Vingt soldats ont été tués.',
      'Des patrouilles ont été prises pour cible lundi par des éléments de la Katiba Macina. Trois soldats ont été tués.',
      'A patrol was targeted on Sunday by fighters of the Islamic State Sahel Province. Five soldiers were killed.',
    ]) {
      const lang = /^A /.test(text) ? 'en' : 'fr';
      expect(read(text, lang).event.actors.length).toBe(1);
    }
    expect(
      read(
        'Une colonne des FAMa a été prise pour cible dimanche par les jihadistes du JNIM. Vingt soldats ont été tués.',
        'fr',
      ).event.actors,
    ).toEqual(['JNIM']);
  });
  it('not the group whose men hold the zone', () => {
    const r = read(
      'Une zone contrôlée par les combattants du FLA a été frappée dimanche. Douze civils ont été tués.',
      'fr',
    );
    expect(r.event.actors).not.toContain('FLA');
  });
});

describe('actors: a battle "face aux" jihadistes names both sides (clash-sides FACING_LINKS)', () => {
  it('names the force that suffered losses and the group it faced', () => {
    const r = read(
      'Les FAMa et Africa Corps ont subi de lourdes pertes face aux jihadistes du JNIM, dimanche, près de Tinzaouatène. Au moins quarante soldats ont été tués.',
      'fr',
    );
    expect(r.event.actors.sort()).toEqual(['Africa Corps', 'FAMa', 'JNIM']);
    const one = read(
      "L'armée a tenu bon face à l'EIGS lundi près de Ménaka. Dix assaillants ont été neutralisés.",
      'fr',
    );
    expect(one.event.actors.sort()).toEqual(['FAMa', 'ISSP']);
  });
  it('"faire face" to no group names no side', () => {
    const r = read(
      'Les FAMa font face à des difficultés logistiques près de Ménaka, où douze soldats ont été tués lundi par des hommes armés.',
      'fr',
    );
    expect(r.event.actors).toEqual([]);
  });
});

describe('actors: losses inflicted name who inflicted them (lexicon-actors AGENT_WORDS)', () => {
  it('French and English, active and in the participle', () => {
    for (const [text, lang] of [
      [
        "Le JNIM a infligé de lourdes pertes à l'armée près de Boni. Quarante soldats ont été tués selon le groupe.",
        'fr',
      ],
      ["Les pertes infligées par le JNIM à l'armée près de Boni sont lourdes : quarante soldats tués.", 'fr'],
      [
        'JNIM inflicted heavy losses on the army near Boni. Forty soldiers were killed, the group said.',
        'en',
      ],
    ])
      expect(read(text, lang).event.actors).toEqual(['JNIM']);
  });
});

describe("actors: a group that counts its enemy's dead claims its own deed (group-speaker countedForce)", () => {
  it('"Selon le JNIM, 47 soldats des FAMa ont été tués" names JNIM', () => {
    for (const [text, lang] of [
      [
        "Selon le JNIM, 47 soldats des FAMa et 84 mercenaires d'Africa Corps ont été tués dimanche près de Tinzaouatène.",
        'fr',
      ],
      ['According to JNIM, 47 FAMa soldiers were killed on Sunday near Tinzaouaten.', 'en'],
      ["D'après un porte-parole du JNIM, vingt militaires des FAMa ont été tués lundi à Boni.", 'fr'],
    ])
      expect(read(text, lang).event.actors).toEqual(['JNIM']);
  });
  it('not when the state force is named for its own deed', () => {
    const r = read('Selon le FLA, des frappes des FAMa ont tué douze civils dimanche près de Kidal.', 'fr');
    expect(r.event.actors).not.toContain('FLA');
    const army = read(
      "Selon le FLA, l'armée malienne et Africa Corps ont tué douze civils dimanche à Kidal.",
      'fr',
    );
    expect(army.event.actors).not.toContain('FLA');
  });
});

describe('actors: a state force that conducted an offensive carried it out (state-attacker attackConducted)', () => {
  it('names the army and its partners that led or launched an attack', () => {
    for (const [text, lang] of [
      [
        "Les FAMa et leurs partenaires d'Africa Corps ont mené dimanche une offensive contre les positions du JNIM à Anefis.",
        'fr',
      ],
      [
        'Malian forces and Russian Africa Corps mercenaries launched an assault on JNIM positions around Anefis on Sunday, killing 20 militants.',
        'en',
      ],
      [
        "L'armée et Africa Corps ont lancé lundi un vaste raid contre un camp de l'EIGS près de Ménaka.",
        'fr',
      ],
    ])
      expect(read(text, lang).event.actors.sort(), text).toEqual(['Africa Corps', 'FAMa']);
  });
  it('not a force that conducted a patrol which was then attacked', () => {
    const r = read(
      'Les FAMa menaient une patrouille dimanche près de Boni quand des jihadistes du JNIM les ont attaquées, tuant cinq soldats.',
      'fr',
    );
    expect(r.event.actors).toEqual(['JNIM']);
  });
});

describe('actors: a place taken back from a group (actor-roles takenFrom, agent-cues heldBy)', () => {
  it('names the force that retook it, not the group that lost or held it', () => {
    for (const [text, lang] of [
      [
        "Les FAMa, appuyées par Africa Corps, ont repris dimanche le contrôle d'Anefis, tenu depuis des mois par le JNIM.",
        'fr',
      ],
      ['Malian troops backed by Africa Corps fighters retook the town of Anefis from JNIM on Sunday.', 'en'],
      ['Les FAMa et Africa Corps ont reconquis dimanche Anefis au JNIM.', 'fr'],
    ])
      expect(read(text, lang).event.actors.sort(), text).toEqual(['Africa Corps', 'FAMa']);
  });
  it('not an army that took back its own camp after an attack', () => {
    const r = read(
      "Des jihadistes ont attaqué dimanche le camp de Boni. L'armée a finalement repris le contrôle du camp militaire.",
      'fr',
    );
    expect(r.event.actors).not.toContain('FAMa');
  });
});

describe('actors: a battle names a side standing far before its word (clash-sides CLASH_REACH)', () => {
  it('reads the army at the head of a long subject', () => {
    const r = read(
      "L'armée malienne et ses supplétifs russes d'Africa Corps sont engagés depuis dimanche dans de violents combats contre le JNIM autour d'Anefis.",
      'fr',
    );
    expect(r.event.actors.sort()).toEqual(['Africa Corps', 'FAMa', 'JNIM']);
  });
});

describe('actors: a battle whose force is named again by a pronoun (clash-sides pronounForces)', () => {
  it('reads "where they fought", "où ses hommes ont affronté" as the force named before', () => {
    for (const [text, lang] of [
      [
        'The Malian army and its Russian allies from Africa Corps lost dozens of men in Tinzaouaten, where they fought JNIM militants for three days.',
        'en',
      ],
      [
        "L'armée malienne a reconnu de lourdes pertes à Tinzaouatène, où ses hommes et leurs alliés d'Africa Corps ont affronté les jihadistes du JNIM.",
        'fr',
      ],
    ])
      expect(read(text, lang).event.actors.sort(), text).toEqual(['Africa Corps', 'FAMa', 'JNIM']);
  });
  it('not when another side was named between the force and the pronoun', () => {
    const r = read(
      "Les FAMa sont arrivées lundi à Kidal, mais les rebelles du FLA disent qu'ils ont combattu le JNIM à Anefis, tuant 12 jihadistes.",
      'fr',
    );
    expect(r.event.actors).not.toContain('FAMa');
  });
});

describe('actors: a battle told without its sides after an ambush (clash-sides ensuingBattle)', () => {
  it('takes the force and the group of the sentence before for its sides', () => {
    for (const [text, lang] of [
      [
        "Un convoi de l'armée malienne et d'Africa Corps est tombé dans une embuscade du JNIM près de Tinzaouatène. De violents combats s'en sont suivis pendant trois jours.",
        'fr',
      ],
      [
        'A convoy of the Malian army and Africa Corps fell into a JNIM ambush near Tinzaouaten. Heavy fighting followed for three days.',
        'en',
      ],
    ])
      expect(read(text, lang).event.actors.sort(), text).toEqual(['Africa Corps', 'FAMa', 'JNIM']);
  });
  it('not without a battle, nor when the sentence before names one side only', () => {
    expect(
      read(
        "Un convoi de l'armée malienne est tombé dans une embuscade du JNIM près de Boni. Cinq soldats ont été tués.",
        'fr',
      ).event.actors,
    ).toEqual(['JNIM']);
    expect(
      read(
        "Un convoi de l'armée malienne a sauté sur une mine près de Boni. De violents combats ont suivi avec des hommes armés.",
        'fr',
      ).event.actors,
    ).not.toContain('FAMa');
  });
});

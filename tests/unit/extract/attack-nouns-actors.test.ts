import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const actors = (text: string, lang = 'fr') => [...read(text, lang).event.actors].sort();

describe("actors: an attack's noun names the group whose attack it was", () => {
  it('over the group\'s men: "une attaque des terroristes du JNIM" (agent-cues deedNounBefore)', () => {
    expect(
      actors('Mardi, une attaque des terroristes du JNIM a visé Kobé. Cinq soldats ont été tués.'),
    ).toEqual(['JNIM']);
    // The army that repelled it is no actor (SCHEMA.md: those said to have carried it out).
    expect(
      actors(
        'Mardi, les FAMa ont repoussé une attaque des jihadistes du JNIM près de Kobé. Vingt terroristes ont été neutralisés.',
      ),
    ).toEqual(['JNIM']);
    expect(
      actors(
        "Jeudi, l'assaut des combattants de l'EIGS contre le poste de Ménaka a fait 8 morts parmi les soldats.",
      ),
    ).toEqual(['ISSP']);
  });

  it('not the men that the verb of attacking had for object ("ont attaqué des combattants du JNIM")', () => {
    expect(
      actors('Mardi, les FAMa ont attaqué des combattants du JNIM près de Kobé, tuant vingt terroristes.'),
    ).toEqual(['FAMa']);
  });

  it('reads any noun of attack before "du"/"des"/"of" (agent-cues deedNounBefore)', () => {
    for (const [text, lang] of [
      ["Mardi, l'incursion du JNIM à Kobé a fait cinq morts.", 'fr'],
      ["Mardi, l'incursion des jihadistes du JNIM à Kobé a fait cinq morts.", 'fr'],
      ['Mardi, une incursion des hommes de la Katiba Macina à Kobé a fait cinq morts.', 'fr'],
      ['On Tuesday, the raid of JNIM fighters on Kobé left five people dead.', 'en'],
    ] as const)
      expect(actors(text, lang)).toEqual(['JNIM']);
  });
});

describe('actors: fire and bombardment name who fired (lexicon-actors AGENT_STEMS, STATE_ATTACK_AFTER)', () => {
  it('names the group that shelled or targeted a camp or a convoy', () => {
    for (const [text, lang] of [
      ['Mardi, le JNIM a bombardé au mortier le camp militaire de Kobé. Deux soldats ont été blessés.', 'fr'],
      ['On Tuesday, JNIM shelled the military camp in Kobé, wounding two soldiers.', 'en'],
      ['Mardi, les jihadistes du JNIM ont pris pour cible un convoi des FAMa près de Kobé.', 'fr'],
      ['Mardi, les jihadistes du JNIM ont visé un convoi des FAMa près de Kobé.', 'fr'],
      ['On Tuesday, JNIM militants targeted an army convoy near Kobé.', 'en'],
    ] as const)
      expect(actors(text, lang)).toEqual(['JNIM']);
  });

  it('names the state forces that pounded positions of a group, not the group', () => {
    expect(actors('Mardi, les FAMa et Africa Corps ont pilonné des positions du JNIM à Kobé.')).toEqual([
      'Africa Corps',
      'FAMa',
    ]);
    expect(actors('On Tuesday, Malian and Russian forces pounded JNIM positions in Kobé.', 'en')).toEqual([
      'Africa Corps',
      'FAMa',
    ]);
    expect(
      actors('On Tuesday, the Malian army shelled JNIM positions near Kobé, killing 20 militants.', 'en'),
    ).toEqual(['FAMa']);
  });
});

describe('actors: forces "facing" a group fight it (clash-sides DIRECT_CLASH)', () => {
  it('names both sides', () => {
    expect(
      actors(
        'On Tuesday, the FAMa and Africa Corps were facing JNIM fighters near Kobé. At least 20 jihadists and five soldiers were killed.',
        'en',
      ),
    ).toEqual(['Africa Corps', 'FAMa', 'JNIM']);
    expect(
      actors(
        'On Tuesday, Malian troops faced ISSP militants near Ménaka. Twelve soldiers were killed.',
        'en',
      ),
    ).toEqual(['FAMa', 'ISSP']);
  });
});

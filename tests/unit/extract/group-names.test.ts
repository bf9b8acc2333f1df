import { describe, expect, it } from 'vitest';
import { read } from './helpers';
import { findGroups } from '../../../lib/extract/groups';
import { tokenize } from '../../../lib/extract/tokens';

const actors = (text: string, lang = 'en') => read(text, lang).event.actors;
const names = (text: string) => {
  const t = tokenize(text);
  return findGroups(t, 0, t.length).map((g) => g.name);
};

describe('group names: a group named by the words of its long name, a compound or its leader', () => {
  it('finds the ANSIPRJ however the press words its long name', () => {
    expect(
      names("l'Alliance pour la sauvegarde de l'identité peulh et la restauration de la justice"),
    ).toEqual(['ANSIPRJ']);
    expect(names("l'Alliance nationale pour la sauvegarde de l'identité peule")).toEqual(['ANSIPRJ']);
    expect(names('the National Alliance for the Safeguarding of Fulani Identity')).toEqual(['ANSIPRJ']);
    // Another alliance is no group of the schema.
    expect(names("l'Alliance des États du Sahel")).toEqual([]);
    expect(
      actors(
        "Lundi, un poste de l'armée a été attaqué à Boni. L'Alliance pour la sauvegarde de l'identité peulh a revendiqué l'attaque.",
        'fr',
      ),
    ).toEqual(['ANSIPRJ']);
  });
  it('finds Dan Na Ambassagou in the spellings of the press ("Dan Nan Ambassagou", "Da Na Ambassagou")', () => {
    for (const text of [
      'La milice Dan Nan Ambassagou a attaqué le village.',
      'Des miliciens de Da Na Ambassagou ont attaqué le village.',
      'The Danna Ambassagou militia attacked the village.',
    ])
      expect(names(text)).toEqual(['Dan Na Ambassagou']);
  });
  it('reads a group that says it is the attack\'s author as its actor ("dit être derrière", "l\'auteur")', () => {
    const story =
      "Lundi, des hommes armés ont attaqué le poste de Boni, tuant 12 soldats, selon l'armée.\n\nLes assaillants sont arrivés à moto.\n\n";
    expect(actors(`${story}Le JNIM dit être derrière l'attaque.`, 'fr')).toEqual(['JNIM']);
    expect(actors(`${story}Dans un communiqué, le JNIM affirme être l'auteur de l'attaque.`, 'fr')).toEqual([
      'JNIM',
    ]);
    // Suspected, in French as in English ("suspected"): "les soupçons se portent sur le JNIM".
    expect(actors(`${story}Les soupçons se portent sur le JNIM.`, 'fr')).toEqual(['JNIM']);
    expect(actors(`${story}Le JNIM, qui opère dans la zone, est soupçonné.`, 'fr')).toEqual(['JNIM']);
    // Saying what it is, not what it did: no author.
    expect(actors(`${story}Le FLA affirme être en guerre contre l'armée.`, 'fr')).toEqual([]);
    expect(actors(`${story}Les auteurs de l'attaque n'ont pas été identifiés.`, 'fr')).toEqual([]);
  });
  it('reads the army by its plain noun, paired with its Russian allies, as the FAMa', () => {
    expect(names("l'armée et Wagner")).toEqual(['FAMa', 'Africa Corps']);
    expect(names('les militaires et leurs alliés russes')).toEqual(['FAMa', 'Africa Corps']);
    expect(names('soldiers and Wagner mercenaries')).toEqual(['FAMa', 'Africa Corps']);
    // Another army is not Mali's; a plain army alone is named by no one.
    expect(names("l'armée française et Wagner")).toEqual(['Barkhane', 'Africa Corps']);
    expect(names("l'armée a riposté")).toEqual([]);
    expect(
      actors('Soldiers and Wagner mercenaries killed 20 civilians in Boni on Monday, witnesses said.'),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(
      actors('Lundi, les soldats et leurs partenaires russes ont exécuté 20 civils à Boni.', 'fr'),
    ).toEqual(['FAMa', 'Africa Corps']);
  });
  it('finds a group in a compound word ("JNIM-linked", "FLA-led"), not a lineage ("al-Qaeda-linked")', () => {
    expect(names('JNIM-linked militants')).toEqual(['JNIM']);
    expect(names('FLA-led rebels')).toEqual(['FLA']);
    expect(names('des combattants JNIM-affiliés')).toEqual(['JNIM']);
    expect(names('JNIM-style tactics')).toEqual([]);
    expect(actors('JNIM-affiliated fighters killed 12 soldiers near Boni on Monday.')).toEqual(['JNIM']);
  });
  it("finds JNIM by the English name of the Macina front, and by its leader's group", () => {
    expect(names('the Macina Liberation Front')).toEqual(['JNIM']);
    expect(names("Iyad Ag Ghaly's group")).toEqual(['JNIM']);
    expect(names("le groupe d'Iyad Ag Ghaly")).toEqual(['JNIM']);
    expect(
      actors("Lundi, le groupe d'Iyad Ag Ghaly a revendiqué l'attaque de Boni, qui a tué 12 soldats.", 'fr'),
    ).toEqual(['JNIM']);
  });
});

describe('group names: a battle set between two groups, or the army by its noun', () => {
  it('names both groups a battle opposed ("ont opposé le FLA aux jihadistes du JNIM")', () => {
    expect(
      actors(
        'Lundi près de Boni, des combats ont opposé le FLA aux jihadistes du JNIM, faisant 12 morts.',
        'fr',
      ),
    ).toEqual(['FLA', 'JNIM']);
    expect(
      actors("Lundi près de Boni, de violents combats ont opposé l'ANSIPRJ aux combattants du JNIM.", 'fr'),
    ).toEqual(['ANSIPRJ', 'JNIM']);
  });
  it('reads the army by its bare noun as the FAMa in a battle, not a foreign army', () => {
    expect(
      actors(
        "Lundi près de Boni, des combats ont opposé l'armée aux jihadistes du JNIM, faisant 12 morts.",
        'fr',
      ),
    ).toEqual(['JNIM', 'FAMa']);
    expect(actors('Heavy fighting between the army and JNIM near Boni killed 12 people on Monday.')).toEqual([
      'JNIM',
      'FAMa',
    ]);
    expect(
      actors("Lundi près de Boni, des combats ont opposé l'armée française aux jihadistes du JNIM.", 'fr'),
    ).toEqual(['Barkhane', 'JNIM']);
    // No battle: the army alone names no actor.
    expect(actors("Lundi à Boni, l'armée a perdu 12 soldats dans une embuscade.", 'fr')).toEqual([]);
  });
});

describe("group names: a group telling the army's toll claims its own deed", () => {
  it('names the jihadist group that gives the toll of soldiers killed ("le JNIM affirme que 30 soldats ont été tués")', () => {
    expect(
      actors('Douze soldats ont été tués lundi à Boni. Le JNIM affirme que 30 soldats ont été tués.', 'fr'),
    ).toEqual(['JNIM']);
    expect(
      actors(
        'Douze soldats ont été tués lundi à Boni. Le JNIM affirme que 30 militaires ont péri dans l’attaque.',
        'fr',
      ),
    ).toEqual(['JNIM']);
  });
  it('reads the passive after the count as the counted men\'s, not the group\'s ("JNIM said 30 soldiers were killed")', () => {
    expect(
      actors('Twelve soldiers were killed in Boni on Monday. JNIM said 30 soldiers were killed.'),
    ).toEqual(['JNIM']);
    // The group's own losses stay losses.
    expect(actors('Twelve FLA fighters were killed near Boni on Monday.')).toEqual([]);
    expect(actors('The FLA lost 12 fighters near Boni on Monday.')).toEqual([]);
  });
  it("keeps a group telling another's deed, or a militia beside the army, a teller", () => {
    expect(
      actors("Douze civils ont été tués lundi à Boni. Le JNIM affirme que l'armée a tué 30 civils.", 'fr'),
    ).toEqual([]);
    expect(
      actors('Douze soldats ont été tués lundi à Boni. Le MSA affirme que 30 soldats ont été tués.', 'fr'),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const actors = (text: string, lang = 'en') => read(text, lang).event.actors;

describe('actors', () => {
  it('canonicalises the spellings of JNIM and ISSP', () => {
    expect(actors("The attack was claimed by Jama'at Nusrat al-Islam wal-Muslimin on Monday.")).toEqual([
      'JNIM',
    ]);
    expect(
      actors("L'attaque a été revendiquée par le Groupe de soutien à l'islam et aux musulmans.", 'fr'),
    ).toEqual(['JNIM']);
    expect(actors("L'armée attribue l'attaque à l'Etat islamique au Grand Sahara (EIGS).", 'fr')).toEqual([
      'ISSP',
    ]);
  });
  it('counts Katiba Macina as JNIM', () => {
    expect(actors('Les jihadistes de la Katiba Macina ont attaqué le poste.', 'fr')).toEqual(['JNIM']);
  });
  it('does not count groups named only as targets or the army defending', () => {
    expect(actors('JNIM claimed heavy losses on Wagner mercenaries after the attack.')).toEqual(['JNIM']);
    expect(actors('Les FAMa ont vigoureusement réagi à une attaque contre le poste.', 'fr')).toEqual([]);
  });
  it('does not take a group from a background sentence', () => {
    expect(actors('The army repelled an attack on Monday. In 2019, ISGS attacked the same camp.')).toEqual(
      [],
    );
  });
});

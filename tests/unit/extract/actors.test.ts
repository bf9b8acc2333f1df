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

describe('actors: forms of the groups', () => {
  it('reads the unit and the leader of JNIM as JNIM', () => {
    expect(actors('Des combattants de la Katibat Macina ont attaqué le village lundi.', 'fr')).toEqual([
      'JNIM',
    ]);
    expect(
      actors('Des hommes armés de la katiba du Macina ont fait irruption dans le hameau.', 'fr'),
    ).toEqual(['JNIM']);
    expect(actors("Les hommes d'Amadou Koufa ont attaqué le poste de gendarmerie mardi.", 'fr')).toEqual([
      'JNIM',
    ]);
    expect(actors("Koufa's fighters attacked the checkpoint on Tuesday.")).toEqual(['JNIM']);
  });
  it('reads Daech and the Islamic State as ISSP, or ISWAP when its West Africa province is named', () => {
    expect(actors('Trois gardes ont été tués par des combattants de Daech près du puits.', 'fr')).toEqual([
      'ISSP',
    ]);
    expect(actors("L'attaque du convoi a été revendiquée par l'Etat islamique.", 'fr')).toEqual(['ISSP']);
    expect(
      actors(
        'The Islamic State claimed the ambush. Its West Africa Province said its fighters seized two trucks.',
      ),
    ).toEqual(['ISWAP']);
  });
  it('reads the CSP-PSD and former rebels as FLA', () => {
    expect(actors('Le CSP-PSD a revendiqué la prise du camp de la garde.', 'fr')).toEqual(['FLA']);
    expect(actors('A coalition of former rebels said they were responsible for the assault.')).toEqual([
      'FLA',
    ]);
  });
  it('takes every inflection of "attribuer" and "revendiquer"', () => {
    expect(actors('Les deux embuscades, attribuées au JNIM, ont fait six morts.', 'fr')).toEqual(['JNIM']);
    expect(actors("L'enlèvement est attribué au JNIM par les habitants.", 'fr')).toEqual(['JNIM']);
    expect(actors('Les attaques sont généralement revendiquées par le GSIM.', 'fr')).toEqual(['JNIM']);
    expect(actors('The raids were attributed to JNIM by local officials.')).toEqual(['JNIM']);
  });
});

describe('actors: state forces as perpetrators', () => {
  it('names the army and its partners when they killed civilians', () => {
    expect(
      actors(
        'Des dizaines de civils ont été tués par l’armée malienne et Africa Corps dans le village.',
        'fr',
      ),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(actors('Villagers said they were massacred by Malian soldiers and Wagner mercenaries.')).toEqual([
      'FAMa',
      'Africa Corps',
    ]);
  });
  it('names the force that carried out a strike', () => {
    expect(actors('Une frappe aérienne menée par la force Barkhane a touché un campement.', 'fr')).toEqual([
      'Barkhane',
    ]);
  });
  it('does not name the army as attacker when it was attacked, defended or spoke', () => {
    expect(actors('A FAMa patrol was attacked near the river; JNIM claimed the ambush.')).toEqual(['JNIM']);
    expect(
      actors('Selon un communiqué diffusé par les FAMa, des civils ont été tués par le JNIM.', 'fr'),
    ).toEqual(['JNIM']);
    expect(
      actors('Douze soldats maliens tués et trois civils blessés : le JNIM a revendiqué.', 'fr'),
    ).toEqual(['JNIM']);
  });
});

describe('actors: who is not an actor', () => {
  it('does not take a group named for its lineage', () => {
    expect(
      actors('No group claimed the attack; groups linked to al-Qaeda and the Islamic State roam the area.'),
    ).toEqual([]);
    expect(
      actors("L'attaque n'a pas été revendiquée ; des groupes liés à Al-Qaïda et à Daech y opèrent.", 'fr'),
    ).toEqual([]);
  });
  it('does not take a toll of lives for a claim of responsibility', () => {
    expect(actors('The Islamic State insurgency has claimed thousands of lives in the region.')).toEqual([]);
  });
  it("leaves a recalled attack's group out when the main one has its own", () => {
    expect(
      actors(
        "L'attaque de lundi a été revendiquée par l'EIGS. Revendiquée par le JNIM, l'attaque du mois précédent avait tué un soldat.",
        'fr',
      ),
    ).toEqual(['ISSP']);
  });
});

describe('actors: lineage, losses and pairs', () => {
  it('keeps a group whose own lineage is named before it', () => {
    expect(actors('The al-Qaeda affiliated JNIM claimed the raid on the convoy.')).toEqual(['JNIM']);
    expect(actors("Le JNIM, affilié à Al-Qaïda, a revendiqué l'attaque du poste.", 'fr')).toEqual(['JNIM']);
  });
  it("does not take a group's losses for its deed", () => {
    expect(actors("Des combattants de l'EIGS ont été neutralisés lors de l'attaque du camp.", 'fr')).toEqual(
      [],
    );
    expect(actors('During the assault, several JNIM fighters were killed by the army.')).toEqual([]);
  });
  it('names both state forces when the verb follows the pair', () => {
    expect(
      actors('Malian soldiers and Russian mercenaries are accused of killing civilians in the market.'),
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(
      actors('Des soldats maliens et des mercenaires russes ont exécuté des civils au marché.', 'fr'),
    ).toEqual(['FAMa', 'Africa Corps']);
  });
});

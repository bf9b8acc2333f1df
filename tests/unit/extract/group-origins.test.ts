import { describe, expect, it } from 'vitest';
import { read } from './helpers';

const actors = (text: string, lang = 'en') => read(text, lang).event.actors;
const LEAD_FR = 'Dix-sept soldats ont été tués mardi dans une attaque contre le camp de Boni. ';
const LEAD_EN = 'Seventeen soldiers were killed on Tuesday in an attack on the army camp in Boni. ';

describe('actors: the groups a coalition was made from are not its deed (group-origins founder)', () => {
  it('names the coalition, not the groups of its merger, in French', () => {
    for (const t of [
      "L'attaque a été revendiquée par le GSIM, né de la fusion d'Ansar Dine et d'autres groupes.",
      "Le GSIM, issu de la fusion d'Ansar Dine, d'Al-Mourabitoune et de la katiba Macina, a revendiqué l'attaque.",
      "L'attaque a été revendiquée par le JNIM, une coalition regroupant notamment Ansar Dine et Aqmi.",
      "Le JNIM, alliance créée par Ansar Dine et Al-Mourabitoune, a revendiqué l'assaut.",
    ])
      expect(actors(LEAD_FR + t, 'fr'), t).toEqual(['JNIM']);
  });
  it('and in English', () => {
    for (const t of [
      'JNIM, formed from a merger of Ansar Dine and other groups, claimed the attack.',
      'JNIM, an alliance that grew out of Ansar Dine, claimed the attack.',
      'The attack was claimed by JNIM, an umbrella of Ansar Dine, AQIM and smaller groups.',
    ])
      expect(actors(LEAD_EN + t), t).toEqual(['JNIM']);
  });
  it('still names groups that attacked together', () => {
    expect(
      actors(
        "Les jihadistes d'Ansar Dine et leurs alliés d'Aqmi ont pris mardi la ville de Boni, tuant 12 soldats.",
        'fr',
      ),
    ).toEqual(['Ansar Dine', 'AQIM']);
    expect(
      actors(
        'Fighters from Ansar Dine, AQIM and MUJAO attacked the town of Boni on Tuesday, killing 12 soldiers.',
      ),
    ).toEqual(['Ansar Dine', 'AQIM', 'MUJAO']);
  });
});

describe('background: a claim of the attack beside a past year in an aside (background ownClaim)', () => {
  it('keeps the claim whose group was founded years ago', () => {
    expect(actors(LEAD_EN + 'JNIM, formed in 2017 from a merger of Ansar Dine, claimed the attack.')).toEqual(
      ['JNIM'],
    );
    expect(
      actors(
        LEAD_FR +
          "Le JNIM, né en 2017 de la fusion d'Ansar Dine et d'Al-Mourabitoune, a revendiqué l'attaque.",
        'fr',
      ),
    ).toEqual(['JNIM']);
  });
  it('still recalls a claim of another year', () => {
    expect(
      actors(
        LEAD_EN + 'In 2019, the Islamic State claimed an attack on the same camp that killed 30 soldiers.',
      ),
    ).not.toContain('ISSP');
  });
});

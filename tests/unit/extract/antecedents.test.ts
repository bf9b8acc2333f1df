import { describe, expect, it } from 'vitest';
import { GROUP_WORDS, groupAntecedent, subjectBefore } from '../../../lib/extract/antecedents';
import { splitSentences } from '../../../lib/extract/sentences';
import { fold, tokenize } from '../../../lib/extract/tokens';
import { brief, read } from './helpers';

const second = (text: string) => {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  return subjectBefore(text, tokens, sentences[1]);
};

describe('antecedents: the subject of the sentence before', () => {
  it('names the claimant the sentence before opens with, up to its verb', () => {
    expect(second('Des habitants de Boni ont été joints par téléphone. Ils affirment que…')).toMatchObject({
      by: 'local',
      source: 'Des habitants de Boni',
    });
    // The whole subject, for a pronoun's agreement: "Des hommes du JNIM", not "JNIM".
    expect(second('Des hommes du JNIM ont attaqué Boni. Elle précise que…')?.phrase).toBe(
      'Des hommes du JNIM',
    );
    expect(second('A local official in Boni was reached by phone. He said…')?.by).toBe('local');
    expect(second("L'armée malienne a publié un communiqué. Elle précise que…")?.by).toBe('official');
  });
  it('reaches the third word after an article, when the verb lies far off', () => {
    for (const [t, by] of [
      ['The Malian army acknowledged "heavy losses" in a long statement on Monday. It said…', 'official'],
      [
        'The Malian authorities acknowledged heavy losses in a long statement on Monday. They said…',
        'official',
      ],
      [
        'Les autorités maliennes reconnaissent « de lourdes pertes » dans un long communiqué. Elles précisent que…',
        'official',
      ],
      [
        'A Malian official acknowledged heavy losses in a long phone call with reporters. He said…',
        'official',
      ],
    ] as const)
      expect(second(t)?.by, t).toBe(by);
    // Not a claimant named deeper in the sentence.
    expect(
      second('Sur la route, des habitants ont fui vers Boni pendant toute la nuit. Ils disent que…'),
    ).toBeNull();
  });
  it('reaches past a possessive before the claimant, when the verb lies far off', () => {
    for (const t of [
      'Mali\'s army acknowledged that "some" students had died in the raid. It said…',
      'The country\'s military government acknowledged that "some" soldiers had died. It said…',
      'Mali’s junta acknowledged that "several" soldiers had died on Monday. It said…',
    ])
      expect(second(t)?.by, t).toBe('official');
    // Not a claimant named deeper in the sentence.
    expect(
      second('The region\'s northern roads were closed for "several" days after the raid. It said…'),
    ).toBeNull();
  });
  it('names none when the subject is no claimant or runs on without a verb', () => {
    expect(second('La nuit a été calme. Elle précise que…')).toBeNull();
    expect(second('Sur la route de Boni, au petit matin, près du marché. Il dit que…')).toBeNull();
  });
});

describe('antecedents: "the group", "l\'organisation"', () => {
  it('matches the bare nouns only', () => {
    for (const w of ['the group', 'le groupe', "l'organisation", 'the organization'])
      expect(GROUP_WORDS.test(fold(w)), w).toBe(true);
    expect(GROUP_WORDS.test(fold('the rights group'))).toBe(false);
  });
  it('finds the organisation named last before: a monitor, an armed group, or none', () => {
    const at = (text: string) => {
      const tokens = tokenize(text);
      return groupAntecedent(tokens, tokens.length - 1);
    };
    expect(at('Human Rights Watch documented the attack. The group said')).toBe('monitor');
    expect(at('JNIM claimed the attack, and Human Rights Watch documented it. The group said')).toBe(
      'monitor',
    );
    expect(at('Human Rights Watch documented it, and JNIM claimed the attack. The group said')).toBe(
      'armed_group',
    );
    expect(at('The attack killed 12 soldiers. The group said')).toBeNull();
  });
});

describe('antecedents: a possessed statement is its owner\'s ("leur communiqué", "its statement")', () => {
  it('reads the side or group named before as the speaker of "leur communiqué", "in its statement"', () => {
    const r = read(
      "Au Mali, l'armée a repoussé une attaque du FLA à Boni. Du côté des rebelles, leur communiqué parle de 9 morts et 11 blessés.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/militants 9-9 armed_group',
      'wounded/militants 11-11 armed_group',
    ]);
    const en = read(
      'In Mali, JNIM attacked the camp at Boni. In its statement, it claimed 9 soldiers were killed.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 9-9 armed_group']);
  });
  it('reads the army as the owner when it is named last, past the statement it issued', () => {
    const r = read(
      "Au Mali, le FLA a attaqué Boni. L'armée a diffusé un communiqué. Son communiqué fait état de 9 soldats tués.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 9-9 official']);
  });
});

describe('antecedents: an opening place or time is not the subject before a pronoun', () => {
  it('reads "Au Mali, des habitants…" and "In Mali, residents…" with the subject after the comma', () => {
    expect(
      second('Au Mali, des habitants de Boni ont été joints. Ils affirment que 12 villageois ont été tués.')
        ?.by,
    ).toBe('local');
    expect(
      second('In Mali, residents of Boni were reached by phone. They said 12 villagers were killed.')?.by,
    ).toBe('local');
  });
  it('reads no subject from a place alone ("Au Mali, l\'attaque…"), and the English article "A" as no preposition', () => {
    expect(
      second("Au Mali, l'attaque de Boni a fait des victimes. Ils affirment que 12 villageois ont été tués."),
    ).toBe(null);
    expect(
      second('A local official in Boni was reached by phone. He said 12 villagers were killed.')?.by,
    ).toBe('local');
  });
});

describe('antecedents: "it said" is the subject of the sentence before', () => {
  it('reads "…, it said" after a sentence about the army as the army\'s', () => {
    const r = read('The army repelled the assault on Boni on Monday. Twelve attackers were killed, it said.');
    expect(brief(r.claims)).toEqual(['killed/militants 12-12 official']);
    const jnim = read('JNIM claimed the ambush near Boni on Monday. It said 9 soldiers were killed.');
    expect(brief(jnim.claims)).toEqual(['killed/soldiers 9-9 armed_group']);
  });
});

describe('antecedents: an inverted "on" carries the source before ("ajoute-t-on", "poursuit-on")', () => {
  it('reads the figures after "ajoute-t-on" and "poursuit-on" as the witness\'s named before', () => {
    const r = read(
      'Au Mali, selon un habitant de Boni, 12 villageois ont été tués. Quant aux blessés, ajoute-t-on, ils sont au nombre de 3. Aussi, poursuit-on, les assaillants ont enlevé 2 femmes.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/civilians 12-12 local',
      'wounded/people 3-3 local',
      'captured/civilians 2-2 local',
    ]);
  });
});

describe('antecedents: a dateline is not the subject of the sentence it opens', () => {
  it('reads the subject after "CITY, date (Agency) -"', () => {
    expect(
      second('BAMAKO, May 6 (Reuters) - Residents of Boni told reporters about the attack. They said…'),
    ).toEqual({ by: 'local', source: 'Residents of Boni' });
    expect(
      second('BAMAKO, 6 mai (AFP) — Des habitants de Boni ont été joints par téléphone. Ils affirment que…')
        ?.by,
    ).toBe('local');
  });
  it('names none when the sentence after the dateline opens on no claimant', () => {
    expect(
      second('BAMAKO, May 6 (Reuters) - Suspected jihadists killed a dozen soldiers on Sunday. They said…')
        ?.source,
    ).not.toBe('BAMAKO');
  });
});

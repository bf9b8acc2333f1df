import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass sole-claimant: an article relaying one official voice', () => {
  it('gives the voice heard in the lede the figures stated later without a cue', () => {
    const r = read(
      [
        "L'état-major des armées a annoncé mardi qu'une attaque terroriste a visé le poste de Niono.",
        'La riposte a été rapide et les assaillants ont fui vers le nord.',
        'Les renforts sont arrivés dans la nuit. Le calme est revenu dans la ville.',
        'Au total, 14 terroristes ont été neutralisés et 3 motos détruites.',
      ].join('\n\n'),
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/militants 14-14 official',
      'destroyed/motorcycles 3-3 official',
    ]);
  });
  it('leaves figures unattributed when the article names another claimant too', () => {
    const r = read(
      [
        "L'état-major des armées a annoncé mardi qu'une attaque terroriste a visé le poste de Niono.",
        'Selon des habitants, les combats ont duré deux heures.',
        'La riposte a été rapide et les assaillants ont fui vers le nord.',
        'Au total, 14 terroristes ont été neutralisés.',
      ].join('\n\n'),
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 14-14 unattributed']);
  });
  it("still hears the voice past a silence of its own ('elle ne précise pas')", () => {
    const r = read(
      [
        "L'état-major des armées a annoncé mardi qu'une attaque terroriste a visé le poste de Niono.",
        "Il ne précise pas l'heure de l'attaque.",
        'La riposte a été rapide et les assaillants ont fui vers le nord.',
        'Au total, 14 terroristes ont été neutralisés.',
      ].join('\n\n'),
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 14-14 official']);
  });
  it('needs the official voice in the opening sentences', () => {
    const r = read(
      [
        'Une attaque terroriste a visé le poste de Niono mardi.',
        'La riposte a été rapide et les assaillants ont fui vers le nord.',
        'Les renforts sont arrivés dans la nuit. Le calme est revenu dans la ville.',
        "L'armée a ensuite annoncé la fin des opérations.",
        'Au total, 14 terroristes ont été neutralisés.',
      ].join('\n\n'),
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 14-14 unattributed']);
  });
});

describe("pass sole-claimant: a monitor's report", () => {
  it('gives a rights group heard in the lede the figures stated later', () => {
    const r = read(
      [
        'Human Rights Watch said on Tuesday that soldiers and foreign fighters executed villagers in Niono in March.',
        'The group interviewed survivors in the weeks after the attack.',
        'The soldiers arrived at dawn. The village was then burned.',
        'In all, 21 villagers were killed.',
      ].join('\n\n'),
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 21-21 monitor']);
  });
  it("does not give a group's claim the whole article", () => {
    const r = read(
      [
        'JNIM said on Tuesday that its fighters attacked the army post in Niono.',
        'The fighting lasted several hours. Reinforcements arrived at night.',
        'In all, 21 soldiers were killed.',
      ].join('\n\n'),
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 21-21 unattributed']);
  });
  it('a monitor heard only in a sentence of background does not speak for the attack told before', () => {
    const r = read(
      'Jihadists stormed the army post in Niono on Monday, killing 9 soldiers. According to ACLED, more than 1,400 civilians were killed in Mali in 2023.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 9-9 unattributed']);
    const f = read(
      "Des jihadistes ont pris d'assaut le poste de Niono lundi, tuant neuf militaires. Selon Human Rights Watch, plus de 1 400 civils ont été tués au Mali en 2023.",
      'fr',
    );
    expect(brief(f.claims)).toEqual(['killed/soldiers 9-9 unattributed']);
  });
  it('a title that names the voice speaks for the figures of a body that names none', () => {
    const r = read(
      "Mali : l'armée annonce avoir neutralisé 20 terroristes près de Boni\n\nLes FAMa ont mené lundi une opération près de Boni. Vingt terroristes ont été neutralisés et 5 motos saisies.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 20-20 official', 'seized/motorcycles 5-5 official']);
    // A body that names another voice keeps its own.
    const other = read(
      "Mali : l'armée annonce avoir neutralisé 20 terroristes près de Boni\n\nLes FAMa ont mené lundi une opération près de Boni. Selon des habitants, 5 motos ont été saisies.",
      'fr',
    );
    expect(brief(other.claims)).toEqual(['killed/militants 20-20 official', 'seized/motorcycles 5-5 local']);
  });
  it('does not make a voice that disputes what was told the voice of the article', () => {
    expect(
      brief(
        read(
          "L'armée a démenti mardi avoir tué des civils lors d'une opération à Boni, affirmant avoir visé des terroristes.\n\nDouze corps ont été retrouvés lundi près du village de Boni.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/people 12-12 unattributed']);
  });
});

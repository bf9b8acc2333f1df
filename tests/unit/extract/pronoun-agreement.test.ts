import { describe, expect, it } from 'vitest';
import { pronounAgrees } from '../../../lib/extract/pronoun-agreement';
import { brief, read } from './helpers';

describe('pronoun agreement: a pronoun stands for a speaker of its number and gender', () => {
  it('keeps a singular pronoun off a plural speaker, and the reverse', () => {
    expect(pronounAgrees('it', 'Islamist militants')).toBe(false);
    expect(pronounAgrees('it', 'the army')).toBe(true);
    expect(pronounAgrees('they', 'a local official')).toBe(false);
    expect(pronounAgrees('they', 'residents')).toBe(true);
    expect(pronounAgrees('a-t-elle', 'Des jihadistes')).toBe(false);
    expect(pronounAgrees('ils', 'le gouverneur')).toBe(false);
    expect(pronounAgrees('ils', 'les habitants')).toBe(true);
  });
  it('keeps a French pronoun off a speaker of the other gender', () => {
    expect(pronounAgrees('elle', 'le gouverneur')).toBe(false);
    expect(pronounAgrees('precise-t-il', 'la Minusma')).toBe(false);
    expect(pronounAgrees('a-t-elle', 'la mission onusienne')).toBe(true);
    expect(pronounAgrees('elles', 'les autorités')).toBe(true);
  });
  it('lets through what the words do not mark', () => {
    expect(pronounAgrees('elle', "l'armée")).toBe(true);
    expect(pronounAgrees('il', "l'état-major")).toBe(true);
    expect(pronounAgrees('it', 'AFP')).toBe(true);
    expect(pronounAgrees('it', 'ACLED')).toBe(true);
    expect(pronounAgrees('nous', 'Des jihadistes')).toBe(true);
  });
});

describe('pronoun agreement: "it added" after a speaker who is not the subject', () => {
  it('carries the speaker of the sentence before, not the attackers who open it', () => {
    for (const t of [
      'Islamist militants ambushed an army convoy near Boni on Tuesday, killing 14 soldiers, the army said in a statement. Another 9 soldiers were wounded, it added.',
      'Jihadist fighters attacked a post near Boni on Tuesday, killing 14 soldiers, the army said. It added that 9 soldiers were wounded.',
      'Militants briefly overran a checkpoint near Boni on Tuesday, killing 14 soldiers, the army said. Nine soldiers were also wounded and two are missing, it said.',
    ]) {
      const claims = brief(read(t).claims);
      expect(claims, t).toContain('wounded/soldiers 9-9 official');
      expect(claims.join(' '), t).not.toContain('armed_group');
    }
  });
  it('reads the French inverted pronoun by its gender and number', () => {
    for (const t of [
      "Des jihadistes ont tendu une embuscade à un convoi près de Boni mardi, tuant 14 soldats, a indiqué l'armée dans un communiqué. Neuf autres soldats ont été blessés, a-t-elle ajouté.",
      'Des hommes du JNIM ont attaqué mardi le poste de Boni, tuant 14 soldats, selon la gendarmerie. Neuf autres ont été blessés, précise-t-elle.',
    ]) {
      const claims = brief(read(t, 'fr').claims);
      expect(claims, t).toContain('wounded/soldiers 9-9 official');
      expect(claims.join(' '), t).not.toContain('armed_group');
    }
  });
  it('still carries a subject that agrees: the group that opens the sentence before', () => {
    const t =
      "Le JNIM a revendiqué mardi l'attaque du poste de Boni, selon SITE Intelligence. Il affirme avoir tué 14 soldats.";
    expect(brief(read(t, 'fr').claims)).toContain('killed/soldiers 14-14 armed_group');
    const u =
      'Des habitants de Boni ont été joints par téléphone mardi. Ils affirment que 14 civils ont été tués.';
    expect(brief(read(u, 'fr').claims)).toContain('killed/civilians 14-14 local');
  });
});

describe('pronoun agreement: past a dateline', () => {
  it('gives "it said" the speaker before, not the dateline\'s city', () => {
    const r = read(
      'Jihadists kill 12 soldiers in central Mali\n\nBAMAKO, May 6 (Reuters) - Suspected jihadists killed a dozen Malian soldiers in an attack on an army post near Boni on Sunday, the army said. Several assailants were also killed, it said.',
    );
    expect(r.claims.map((c) => [c.kind, c.subject, c.by, c.source])).toEqual([
      ['killed', 'soldiers', 'official', 'the army'],
      ['killed', 'militants', 'official', 'the army'],
    ]);
  });
});

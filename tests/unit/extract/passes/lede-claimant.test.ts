import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe("pass lede-claimant: the lede's figures attributed by the sentence after them", () => {
  it('FR: a communiqué named in the second sentence', () => {
    const r = read(
      "Douze soldats ont été tués lundi lors d'une attaque contre le camp de Boni. C'est ce qu'indique un communiqué de l'armée publié mardi.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
  it('EN: residents named in the second sentence', () => {
    const r = read(
      'Twelve villagers were killed on Monday in an attack on Boni. Residents of the town said so on Tuesday.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 local']);
  });
  it("does not take a witness quoted on something else for the toll's claimant", () => {
    const en = read(
      'Twelve soldiers were killed in an attack on the Boni camp on Monday. "It was terrible," a resident told AFP.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const fr = read(
      "Douze soldats ont été tués lundi lors d'une attaque contre le camp de Boni. « C'était terrible », a confié un habitant.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    // A quote that speaks of the dead still gives them their claimant.
    const dead = read(
      'Twelve soldiers were killed in an attack on the Boni camp on Monday. "We buried the dead this morning," a resident told AFP.',
    );
    expect(brief(dead.claims)).toEqual(['killed/soldiers 12-12 local']);
  });
  it('leaves the lede alone when the next sentence gives figures of its own', () => {
    const r = read(
      "Douze soldats ont été tués lundi lors d'une attaque contre le camp de Boni.\n\nDes habitants affirment de leur côté que 20 assaillants ont été tués.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 unattributed', 'killed/militants 20-20 local']);
  });
  it('still carries when that sentence speaks of the lede’s toll', () => {
    const r = read(
      'Twelve soldiers were killed on Monday in an attack on the Boni camp.\n\nThe toll is provisional, the army said, adding that it killed 20 attackers.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official', 'killed/militants 20-20 official']);
  });
  it('does not take the group that claims the attack, in the next sentence, for the toll’s claimant', () => {
    const r = read(
      "Lundi, des jihadistes ont attaqué le camp de Boni, tuant 12 soldats. Le JNIM a revendiqué l'attaque.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const e = read(
      'On Monday, jihadists attacked the Boni camp, killing 12 soldiers. JNIM later claimed the assault.',
      'en',
    );
    expect(brief(e.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    // A group's statement that tells the toll is still its claimant.
    const g = read(
      'Douze soldats ont été tués lundi à Boni. C’est ce qu’affirme le JNIM dans un message.',
      'fr',
    );
    expect(brief(g.claims)).toEqual(['killed/soldiers 12-12 armed_group']);
  });
});

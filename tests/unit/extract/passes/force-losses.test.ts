import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe("pass force-losses: a one-force story's wounded and missing are that force's", () => {
  it('FR: the missing counted in a later sentence of a story of soldiers killed', () => {
    const r = read(
      "Douze soldats ont été tués lundi lors de l'attaque du poste de Boni, selon l'armée. Le bilan fait aussi état de 17 disparus.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official', 'missing/soldiers 17-17 official']);
  });
  it('EN: the wounded of a story of peacekeepers killed', () => {
    const r = read(
      'Four peacekeepers were killed in the attack on the UN camp in Boni, the UN mission said. The attack also left 19 wounded.',
      'en',
    );
    expect(brief(r.claims)).toEqual([
      'killed/foreign_forces 4-4 monitor',
      'wounded/foreign_forces 19-19 monitor',
    ]);
  });
  it('leaves the dead, and a story of two sides, to the other rules', () => {
    const dead = read(
      "Douze soldats ont été tués lundi lors de l'attaque du poste de Boni. Au total, l'attaque a fait 30 morts.",
      'fr',
    );
    expect(brief(dead.claims)).toContain('killed/people 30-30 unattributed');
    const two = read(
      "Douze soldats et vingt terroristes ont été tués lundi lors de l'attaque du poste de Boni. Le bilan fait aussi état de 17 blessés.",
      'fr',
    );
    expect(brief(two.claims)).toContain('wounded/people 17-17 unattributed');
  });
});

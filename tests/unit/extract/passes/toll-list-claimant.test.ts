import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass toll-list-claimant: the lines of a toll list take the claimant before the list', () => {
  it('FR: "Le bilan est le suivant :" then bulleted sides', () => {
    const r = read(
      "L'état-major annonce une attaque contre le poste de Boni. Le bilan est le suivant :\n- Côté ami : 03 morts et 05 blessés ;\n- Côté ennemi : 11 terroristes neutralisés.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 3-3 official',
      'wounded/soldiers 5-5 official',
      'killed/militants 11-11 official',
    ]);
  });
});

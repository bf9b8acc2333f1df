import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass default-side: what no side pass could place', () => {
  it('FR: a toll with no side is people; arrests are of suspects', () => {
    const r = read("L'attaque de Boni a fait 7 morts.", 'fr');
    expect(brief(r.claims)).toEqual(['killed/people 7-7 unattributed']);
    const s = read("Après l'attaque de Boni, 12 ont été interpellés par l'armée.", 'fr');
    expect(brief(s.claims)).toEqual(['arrested/militants 12-12 unattributed']);
  });
  it('EN: a toll with no side is people', () => {
    const r = read('The attack on Boni left 7 dead and 3 injured.', 'en');
    expect(brief(r.claims)).toEqual(['killed/people 7-7 unattributed', 'wounded/people 3-3 unattributed']);
  });
  it('arrests of persons the text calls "individus" or "people" are of suspects too', () => {
    expect(
      brief(read("Après l'attaque de Boni, l'armée a procédé à l'arrestation de 12 individus.", 'fr').claims),
    ).toEqual(['arrested/militants 12-12 unattributed']);
    expect(brief(read('After the attack on Boni, troops detained 9 people.', 'en').claims)).toEqual([
      'arrested/militants 9-9 unattributed',
    ]);
    // Civilians named as such stay civilians.
    expect(brief(read('After the attack on Boni, troops detained 9 civilians.', 'en').claims)).toEqual([
      'arrested/civilians 9-9 unattributed',
    ]);
  });
});

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
});

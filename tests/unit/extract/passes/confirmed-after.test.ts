import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass confirmed-after: the next sentence confirms the figure it points back at', () => {
  it('FR: "L\'information nous a été confirmée par un officier"', () => {
    const r = read(
      "L'armée malienne a confirmé l'attaque de Boni dans un communiqué.\n\nDouze soldats auraient été tués. L'information nous a été confirmée par un officier.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 security_source']);
    const b = read(
      "L'armée malienne a confirmé l'attaque de Boni.\n\nDouze soldats ont péri. Ce bilan a été confirmé par des habitants.",
      'fr',
    );
    expect(brief(b.claims)).toEqual(['killed/soldiers 12-12 local']);
  });
  it('EN: "The toll was confirmed by a military source"', () => {
    const r = read(
      'The Malian army confirmed the attack on Boni in a statement.\n\nTwelve soldiers died. The toll was confirmed by a military source.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 security_source']);
  });
  it('a next sentence about something else, or in another paragraph, gives no claimant', () => {
    const other = read(
      'The Malian army confirmed the attack on Boni in a statement.\n\nTwelve soldiers died. The army sent reinforcements, a military source said.',
    );
    expect(brief(other.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const apart = read(
      'The Malian army confirmed the attack on Boni in a statement.\n\nTwelve soldiers died.\n\nThe toll was confirmed by a military source.',
    );
    expect(brief(apart.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
});

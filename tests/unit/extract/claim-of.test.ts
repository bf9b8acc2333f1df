import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

describe('claim-of: the kind a claimant gives a figure', () => {
  it('reads an armed group\'s "arrested" as captured, and the army\'s captured militants as arrested', () => {
    expect(
      brief(
        read('Le JNIM affirme avoir arrêté 5 soldats lors de son attaque contre le camp de Boni lundi.', 'fr')
          .claims,
      ),
    ).toEqual(['captured/soldiers 5-5 armed_group']);
    expect(
      brief(
        read("Lors de l'attaque de Boni lundi, 5 terroristes ont été capturés, selon l'armée.", 'fr').claims,
      ),
    ).toEqual(['arrested/militants 5-5 official']);
  });
  it('points into the text and drops the source of an unattributed figure', () => {
    const text = "Lors de l'attaque de Boni lundi, 12 soldats ont été tués.";
    const [c] = read(text, 'fr').claims;
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.by).toBe('unattributed');
    expect(c.source).toBeUndefined();
  });
});

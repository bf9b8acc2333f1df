import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

describe('infobox', () => {
  it('gives casualty lines the side of their combatant line', () => {
    const r = read(
      [
        '- Date: 12 March 2024',
        '- Combatant1: Mali, Wagner Group',
        "- Combatant2: Jama'at Nusrat al-Islam wal-Muslimin",
        '- Casualties1: 12-20 killed',
        '- Casualties2: 31 killed (per Mali), 6 killed (per JNIM)',
      ].join('\n'),
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 12-20 unattributed',
      'killed/militants 31-31 official',
      'killed/militants 6-6 armed_group',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass list-side: bare tolls listed together share the side one of them was given', () => {
  it('FR: a list set against a later toll with its side', () => {
    const r = read(
      "Selon des habitants, l'attaque de Boni a fait onze morts, onze disparus et quatorze blessés. L'armée parle de 20 soldats tués.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 11-11 local',
      'missing/soldiers 11-11 local',
      'wounded/soldiers 14-14 local',
      'killed/soldiers 20-20 official',
    ]);
  });
  it('EN: a side marker after the last item', () => {
    const r = read('The attack on Boni left 12 dead and 7 wounded among the soldiers.', 'en');
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'wounded/soldiers 7-7 unattributed',
    ]);
  });
  it('FR: tolls in two clauses are not one list', () => {
    const r = read(
      "Selon des habitants, l'attaque de Boni a fait 12 morts. Les secours ont soigné 30 blessés. L'armée parle de 20 soldats tués et de 9 assaillants neutralisés.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 12-12 local',
      'wounded/people 30-30 local',
      'killed/soldiers 20-20 official',
      'killed/militants 9-9 official',
    ]);
  });
});

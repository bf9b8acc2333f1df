import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

/** English noun compounds: the last noun is the head (sentences written for these tests). */
describe('a thing before a person in an English compound only qualifies the person', () => {
  it('reads "truck drivers", "bus passengers" as persons', () => {
    const drivers = read('At least seven truck drivers were reportedly killed near Kati on Monday.');
    expect(brief(drivers.claims)).toEqual(['killed/civilians 7-null unattributed']);
    const passengers = read('Gunmen abducted a bus driver and nine bus passengers near Ségou.');
    expect(brief(passengers.claims)).toEqual([
      'captured/civilians 1-1 unattributed',
      'captured/civilians 9-9 unattributed',
    ]);
  });
  it('keeps the thing as the head when the person word comes first, or in French', () => {
    const army = read('Three army trucks were destroyed near Kati.');
    expect(brief(army.claims)).toEqual(['destroyed/vehicles 3-3 unattributed']);
    const fr = read('Les assaillants sont repartis avec cinq véhicules militaires.', 'fr');
    expect(brief(fr.claims)).toEqual(['seized/vehicles 5-5 unattributed']);
    const pickup = read("L'armée a neutralisé 4 pick-up terroristes près de Kati.", 'fr');
    expect(brief(pickup.claims)).toEqual(['destroyed/vehicles 4-4 unattributed']);
  });
});

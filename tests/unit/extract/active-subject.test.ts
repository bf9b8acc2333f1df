import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

describe('kind-after: an active verb with an object makes the phrase before it its subject', () => {
  it('FR: "Trois militaires ont tué 12 civils" counts the civilians, not the soldiers', () => {
    expect(brief(read('Trois militaires ont tué au moins 12 civils lundi à Boni.', 'fr').claims)).toEqual([
      'killed/civilians 12-null unattributed',
    ]);
    expect(brief(read('Une patrouille militaire a tué 12 villageois lundi à Boni.', 'fr').claims)).toEqual([
      'killed/civilians 12-12 unattributed',
    ]);
    expect(brief(read('Deux kamikazes ont tué une dizaine de soldats lundi à Boni.', 'fr').claims)).toEqual([
      'killed/soldiers 10-10 unattributed',
    ]);
    // A capture: whom the armed men took, not the men.
    expect(brief(read('Trois hommes armés ont enlevé deux enfants lundi à Boni.', 'fr').claims)).toEqual([
      'captured/civilians 2-2 unattributed',
    ]);
  });
  it('EN: "Three soldiers killed 12 civilians", "two gunmen shot dead nine villagers"', () => {
    expect(brief(read('Three soldiers killed 12 civilians in Boni on Monday.', 'en').claims)).toEqual([
      'killed/civilians 12-12 unattributed',
    ]);
    expect(brief(read('Two gunmen abducted three aid workers in Boni on Monday.', 'en').claims)).toEqual([
      'captured/civilians 3-3 unattributed',
    ]);
    // A headline's participle with no object is the toll: "Twelve soldiers killed, five wounded".
    expect(brief(read('Twelve soldiers killed, five wounded in Boni attack.', 'en').claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'wounded/soldiers 5-5 unattributed',
    ]);
  });
  it('reads "les cinq", "all five" as an object, and a day of the month as none', () => {
    expect(brief(read('Deux hommes armés ont tué les cinq villageois lundi à Boni.', 'fr').claims)).toEqual([
      'killed/civilians 5-5 unattributed',
    ]);
    expect(brief(read('Two gunmen killed all five villagers in Boni on Monday.', 'en').claims)).toEqual([
      'killed/civilians 5-5 unattributed',
    ]);
    expect(brief(read('Douze soldats tués les 3 et 4 mai à Boni.', 'fr').claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
    ]);
  });
  it('keeps the passive, and a death told without an object', () => {
    expect(brief(read('Trois militaires ont été tués lundi à Boni.', 'fr').claims)).toEqual([
      'killed/soldiers 3-3 unattributed',
    ]);
    expect(
      brief(read('Des hommes armés ont attaqué Boni lundi. Trois soldats ont perdu la vie.', 'fr').claims),
    ).toEqual(['killed/soldiers 3-3 unattributed']);
    expect(brief(read('Three soldiers were killed in Boni on Monday.', 'en').claims)).toEqual([
      'killed/soldiers 3-3 unattributed',
    ]);
  });
});

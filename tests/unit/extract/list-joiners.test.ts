import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

/** One more item joined to a toll after its clause, and objects with a relative clause (sentences written for these tests). */
describe('an item joined after the toll\'s clause ("ainsi que", "along with")', () => {
  it('gives the joined item the kind of the toll before, past a place or an attack word', () => {
    const fr = read(
      "Au moins six mercenaires russes ont été tués dans l'accrochage, ainsi que neuf soldats maliens, selon des sources sécuritaires.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/foreign_forces 6-null security_source',
      'killed/soldiers 9-9 security_source',
    ]);
    const feminine = read(
      "Deux femmes ont été blessées lors de l'attaque du marché de Diallassagou de même que trois fillettes.",
      'fr',
    );
    expect(brief(feminine.claims)).toEqual([
      'wounded/civilians 2-2 unattributed',
      'wounded/civilians 3-3 unattributed',
    ]);
    const en = read('Seven soldiers died in the ambush, as well as four civilians, a local official said.');
    expect(brief(en.claims)).toEqual(['killed/soldiers 7-7 local', 'killed/civilians 4-4 local']);
    const along = read('Eleven soldiers were reportedly killed near Douentza along with two militiamen.');
    expect(brief(along.claims)).toEqual([
      'killed/soldiers 11-11 unattributed',
      'killed/militia 2-2 unattributed',
    ]);
  });

  it('leaves a joined item with a verb of its own, or past a speaker, alone', () => {
    const own = read("Sept soldats ont été tués dans l'embuscade, ainsi que quatre civils blessés.", 'fr');
    expect(brief(own.claims)).toEqual([
      'killed/soldiers 7-7 unattributed',
      'wounded/civilians 4-4 unattributed',
    ]);
    const far = read(
      'Seven soldiers were killed in the ambush on the road north of Douentza, along with four trucks.',
    );
    expect(brief(far.claims)).toEqual(['killed/soldiers 7-7 unattributed']);
  });
});

describe('objects of one verb with a relative clause after the last', () => {
  it("keeps the verb's kind for an object whose noun a relative clause describes", () => {
    const fr = read('Les assaillants ont tué six soldats et deux bergers qui passaient par là.', 'fr');
    expect(brief(fr.claims)).toEqual([
      'killed/soldiers 6-6 unattributed',
      'killed/civilians 2-2 unattributed',
    ]);
    const en = read('The gunmen abducted four traders and two drivers who were heading to Mopti.');
    expect(brief(en.claims)).toEqual([
      'captured/civilians 4-4 unattributed',
      'captured/civilians 2-2 unattributed',
    ]);
  });

  it('still reads a later figure with a predicate of its own as no toll', () => {
    const fled = read('Six civils ont été tués et 200 familles ont fui vers Mopti.', 'fr');
    expect(brief(fled.claims)).toEqual(['killed/civilians 6-6 unattributed']);
    const who = read('Six civilians were killed and 200 families who lived nearby fled to Mopti.');
    expect(brief(who.claims)).toEqual(['killed/civilians 6-6 unattributed']);
  });
});

import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass passenger-victims: an attack on a civilian conveyance kills civilians', () => {
  it('reads the tolls without a side of a story about a bus or its passengers as civilians', () => {
    const fr = read(
      'Des hommes armés ont attaqué vendredi un bus transportant des forains près de Boni. Le bilan fait état de 31 morts et 17 blessés.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/civilians 31-31 unattributed',
      'wounded/civilians 17-17 unattributed',
    ]);
    const en = read(
      'Gunmen fired on a minibus near Boni on Friday, killing at least 31 people, the mayor said.',
    );
    expect(brief(en.claims)).toEqual(['killed/civilians 31-null local']);
    // The passengers named in another sentence of the story, the toll in a statement of its own.
    const apart = read(
      'Douze personnes ont été tuées vendredi près de Boni. Les assaillants ont intercepté un véhicule et exécuté ses passagers, selon des habitants.',
      'fr',
    );
    expect(brief(apart.claims)).toEqual(['killed/civilians 12-12 unattributed']);
  });
  it("leaves a total beside an armed side's toll, and stories without passengers, alone", () => {
    const mixed = read(
      'Un bus transportant des passagers et des militaires a été attaqué jeudi près de Boni. Le bilan est de 64 morts : 49 civils et 15 militaires.',
      'fr',
    );
    expect(brief(mixed.claims)).toContain('killed/people 64-64 unattributed');
    const camp = read(
      'Des jihadistes ont attaqué vendredi le camp de Boni. Le bilan fait état de 31 morts.',
      'fr',
    );
    expect(brief(camp.claims)).toEqual(['killed/people 31-31 unattributed']);
  });
});

import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass regional-total: a toll counted over several countries is a total', () => {
  it('EN: "deaths in Mali, Burkina Faso and Niger" is background, the attack stays news', () => {
    const r = read(
      'Gunmen killed 25 civilians near Gao on Friday, officials said. Attacks rose sharply, according to ACLED, ' +
        'which recorded more than 3,000 civilian deaths in Mali, Burkina Faso and Niger.',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 25-25 official']);
    expect(r.background.map((c) => c.min)).toEqual([3001]);
  });
  it('FR: "au Mali, au Burkina Faso et au Niger", and across two countries', () => {
    const fr = read(
      "Des hommes armés ont tué 25 civils près de Gao vendredi. L'ACLED a recensé plus de 1 000 morts au Mali, au Burkina Faso et au Niger.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/civilians 25-25 unattributed']);
    const two = read(
      'Gunmen killed 25 civilians near Gao on Friday. Some 400 soldiers have died across Mali and Niger, a monitor says.',
    );
    expect(brief(two.claims)).toEqual(['killed/civilians 25-25 unattributed']);
  });
  it("runs before the claimants are carried: the total's voice does not reach the attack before it", () => {
    const r = read(
      'Des hommes armés ont tué 25 civils près de Gao vendredi. Plus de 1 000 personnes ont été tuées au Mali, au Burkina Faso et au Niger, selon l’ACLED.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 25-25 unattributed']);
  });
  it('keeps a toll whose countries only say where its place lies, after a comma', () => {
    for (const t of [
      'Gunmen killed 12 soldiers in Boni, near the border between Mali, Burkina Faso and Niger, on Monday.',
      'Gunmen killed 12 soldiers in Mali near the Niger border on Monday.',
    ])
      expect(brief(read(t).claims), t).toEqual(['killed/soldiers 12-12 unattributed']);
  });
});

describe('background clauses: a list of places before the cue', () => {
  it('reads the commas of a list of places as inside the clause of "last year"', () => {
    for (const [t, lang] of [
      [
        'Gunmen killed 25 civilians near Gao on Friday. More than 300 civilians were killed in Boni, Dioura and Nampala last year.',
        'en',
      ],
      [
        "Des hommes armés ont tué 25 civils près de Gao vendredi. Plus de 300 civils ont été tués à Boni, à Dioura et à Nampala l'an dernier.",
        'fr',
      ],
    ] as const)
      expect(
        read(t, lang).background.map((c) => c.min),
        t,
      ).toEqual([301]);
  });
});

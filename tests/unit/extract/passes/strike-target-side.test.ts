import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe("pass strike-target-side: the dead of a strike on an armed side are that side's", () => {
  it('FR: "une frappe aérienne contre un rassemblement de terroristes, faisant 14 morts", plural and drone', () => {
    const r = read(
      "L'armée a mené lundi une frappe aérienne contre un rassemblement de terroristes près de Boni, faisant 14 morts.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 14-14 unattributed']);
    const drones = read(
      'Près de Boni, des frappes de drones sur des positions jihadistes ont fait 9 morts lundi.',
      'fr',
    );
    expect(brief(drones.claims)).toEqual(['killed/militants 9-9 unattributed']);
  });
  it('EN: "an air strike on a gathering of terrorists killed 14", a group named as the target', () => {
    const r = read('The army said an air strike on a gathering of terrorists near Boni on Monday killed 14.');
    expect(brief(r.claims)).toEqual(['killed/militants 14-14 official']);
    const jnim = read('A drone strike targeting JNIM fighters near Boni on Monday killed 6 and wounded 3.');
    expect(brief(jnim.claims)).toEqual([
      'killed/militants 6-6 unattributed',
      'wounded/militants 3-3 unattributed',
    ]);
  });
  it('leaves the dead of a strike on a place, or dead with a side of their own', () => {
    expect(brief(read('A drone strike on a market near Boni on Monday killed 14.').claims)).toEqual([
      'killed/people 14-14 unattributed',
    ]);
    expect(
      brief(read('A drone strike on jihadist positions near Boni on Monday killed 14 civilians.').claims),
    ).toEqual(['killed/civilians 14-14 unattributed']);
  });
});

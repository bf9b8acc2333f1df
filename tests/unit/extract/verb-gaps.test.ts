import { describe, expect, it } from 'vitest';
import { glossArabic } from '../../../lib/extract/arabic';
import { tokenize } from '../../../lib/extract/tokens';
import { brief, read } from './helpers';
import {
  arabicAgentStart,
  asideStart,
  mannerEndingAt,
  timeAdjunctStart,
} from '../../../lib/extract/verb-gaps';

/** The index of the first token whose norm is `w`. */
const at = (tokens: ReturnType<typeof tokenize>, w: string) => tokens.findIndex((t) => t.norm === w);

describe('verb gaps: what stands between a verb and its figure', () => {
  it('finds the start of a time phrase, and not over a figure or a comma', () => {
    const t = tokenize("ont saisi lors de l'opération 05 motos");
    expect(timeAdjunctStart(t, at(t, 'operation'), 0)).toBe(at(t, 'lors'));
    const en = tokenize('seized during the raid 12 rifles');
    expect(timeAdjunctStart(en, at(en, 'raid'), 0)).toBe(at(en, 'during'));
    const year = tokenize("ont saisi lors de l'opération de 2022 , 05 motos");
    expect(timeAdjunctStart(year, at(year, ','), 0)).toBe(null);
  });
  it('finds an aside in commas and a phrase of manner', () => {
    const t = tokenize('ont saisi , entre autres , 12 motos');
    expect(asideStart(t, 5, 0)).toBe(2);
    const m = tokenize('tué par balles 12 civils');
    expect(mannerEndingAt(m, at(m, 'balles'), 0)).toBe(2);
  });
  it('finds the verb before an Arabic subject of several words, and only one of a side', () => {
    const t = glossArabic(tokenize('قتلت القوات المسلحة المالية 12 مدنيا'));
    const figure = t.findIndex((x) => x.type === 'num');
    expect(arabicAgentStart(t, figure)).toBe(0);
    const place = glossArabic(tokenize('قتل في بلدة بوني 12 مدنيا'));
    expect(
      arabicAgentStart(
        place,
        place.findIndex((x) => x.type === 'num'),
      ),
    ).toBe(-1);
  });
});

describe('verb gaps: where, told between the verb and its figure', () => {
  it('reads "abandonné sur le terrain 4 motos", "récupéré sur place 5 armes", "seized at the scene 3 rifles"', () => {
    expect(brief(read("Au Mali, à Boni, l'ennemi a abandonné sur le terrain 4 motos.", 'fr').claims)).toEqual(
      ['seized/motorcycles 4-4 unattributed'],
    );
    expect(
      brief(read('Au Mali, à Boni, les FAMa ont récupéré sur place 5 armes et 3 motos.', 'fr').claims),
    ).toEqual(['seized/weapons 5-5 unattributed', 'seized/motorcycles 3-3 unattributed']);
    expect(
      brief(read('In Mali, after the attack on Boni, soldiers seized at the scene 3 rifles.').claims),
    ).toEqual(['seized/weapons 3-3 unattributed']);
  });
  it('reads no figure when the number after the place counts no thing ("restées sur le terrain 3 jours")', () => {
    expect(
      brief(
        read("Au Mali, après l'attaque de Boni, les FAMa sont restées sur le terrain 3 jours.", 'fr').claims,
      ),
    ).toEqual([]);
  });
});

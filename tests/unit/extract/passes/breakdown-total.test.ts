import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass breakdown-total: a toll broken down into another side is a total', () => {
  it('FR: a side marker\'s toll "dont trois civils" is people', () => {
    const r = read(
      "À Nara, « le bilan côté ami est de 9 morts dont deux civils », selon le communiqué de l'armée.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/people 9-9 official', 'killed/civilians 2-2 official']);
  });
  it('EN: a toll set against the other side\'s, then "including 3 civilians"', () => {
    const r = read(
      'JNIM said it killed 40 soldiers in the attack on Nara. The army said there were 12 dead, including 3 civilians.',
      'en',
    );
    expect(brief(r.claims)).toContain('killed/people 12-12 official');
    expect(brief(r.claims)).toContain('killed/civilians 3-3 official');
  });
  it('keeps the side of a toll whose breakdown is of its own side', () => {
    const r = read("À Nara, « le bilan côté ami est de 9 morts dont deux officiers », selon l'armée.", 'fr');
    expect(brief(r.claims)[0]).toBe('killed/soldiers 9-9 official');
  });
  it('keeps the side a toll names itself', () => {
    const r = read(
      "L'attaque de Nara a fait 9 soldats tués, dont deux civils selon certaines sources.",
      'fr',
    );
    expect(brief(r.claims)[0]).toMatch(/^killed\/soldiers 9-9/);
  });
  it('makes a total `people` when its parts of two sides, told in another sentence, add up to it', () => {
    const fr = read(
      "Une embuscade contre un convoi de l'armée près de Boni a fait au moins 12 morts lundi.\n\nSelon un officier, le bilan est de 8 militaires tués et 4 civils.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/people 12-null security_source',
      'killed/soldiers 8-8 security_source',
      'killed/civilians 4-4 security_source',
    ]);
    const en = read(
      'An ambush on an army convoy near Boni killed 12 people on Monday. Nine soldiers and three civilian drivers died, an officer said.',
    );
    expect(brief(en.claims)[0]).toMatch(/^killed\/people 12-12 /);
    // Parts that do not add up to it leave the total its side.
    const other = read(
      "Une embuscade contre un convoi de l'armée près de Boni a fait 20 morts lundi.\n\nSelon un officier, 8 militaires et 4 civils ont été tués.",
      'fr',
    );
    expect(brief(other.claims)[0]).toMatch(/^killed\/soldiers 20-20/);
  });
});

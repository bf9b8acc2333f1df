import { describe, expect, it } from 'vitest';
import { read } from './helpers';

describe('incidents', () => {
  it('splits an article reporting two attacks on different days and places', () => {
    const r = read(
      "Le dimanche 5 mai 2024, 12 soldats ont été tués dans l'attaque du camp de Boni, selon l'armée.\n\nLe lundi 6 mai 2024, une autre embuscade près de Niono a fait 4 morts parmi les civils, selon des habitants.",
      'fr',
      null,
    );
    expect(r.incidents.map((i) => [i.date, i.places])).toEqual([
      ['2024-05-05', ['Boni']],
      ['2024-05-06', ['Niono']],
    ]);
    expect(r.claims.map((c) => [c.min, c.incident])).toEqual([
      [12, 0],
      [4, 1],
    ]);
    expect(r.event).toBe(r.incidents[0]);
  });
  it('keeps a coordinated attack on several towns the same day as one incident', () => {
    const r = read(
      'On Tuesday, May 7, 2024, militants attacked army posts in Boni and Niono. The army said 20 militants were killed in Boni and 8 in Niono.',
      'en',
      null,
    );
    expect(r.incidents).toHaveLength(1);
    expect(r.claims.every((c) => c.incident === undefined)).toBe(true);
  });
});

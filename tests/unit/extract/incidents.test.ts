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

describe("incidents: a later sentence that names one attack's place, with no day of its own", () => {
  it('gives the figure of "Dans le camp de Boni, …" to the Sunday attack, after the Monday one', () => {
    const r = read(
      "Au moins 14 soldats ont été tués dimanche dans l'attaque du camp militaire de Boni, a annoncé l'armée. Le lendemain, lundi, des hommes armés ont attaqué la ville de Douentza, tuant 6 civils, selon des sources locales. Dans le camp de Boni, l'armée affirme avoir neutralisé 20 assaillants.",
      'fr',
      '2024-05-10',
    );
    expect(r.incidents.map((i) => `${i.date} ${i.places.join(',')}`)).toEqual([
      '2024-05-05 Boni',
      '2024-05-06 Douentza',
    ]);
    expect(r.claims.map((c) => `${c.min} ${c.incident ?? 0}`)).toEqual(['14 0', '6 1', '20 0']);
  });
});

describe('incidents: "le lendemain, lundi" names that Monday, not the day after it', () => {
  it('dates the second attack to the weekday set beside "le lendemain" / "the next day"', () => {
    const en = read(
      'Gunmen killed 9 soldiers in an attack on the Boni camp on Sunday, the army said. The next day, Monday, militants raided the town of Douentza, killing 5 civilians.',
      'en',
      '2024-05-10',
    );
    expect(en.incidents.map((i) => i.date)).toEqual(['2024-05-05', '2024-05-06']);
  });
});

import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

/** A lede that names only the attack's month, and a statement's day in another month (sentences written for these tests). */
describe("a statement's day is no day of an attack its lede places in another month", () => {
  it('dates no day, and keeps the figures as news (EN, FR)', () => {
    const en = read(
      'Soldiers and foreign fighters killed at least 30 villagers near Diafarabé in March, Amnesty International said on Tuesday.',
      'en',
      '2024-05-10',
    );
    expect(en.event.date).toBe(null);
    expect(brief(en.claims)).toEqual(['killed/civilians 30-null monitor']);
    const fr = read(
      "Des militaires ont exécuté au moins 30 villageois près de Diafarabé en mars, affirme mardi l'ONG Amnesty International.",
      'fr',
      '2024-05-10',
    );
    expect(fr.event.date).toBe(null);
    expect(brief(fr.claims)).toEqual(['killed/civilians 30-null monitor']);
  });
  it("keeps the statement's day when the month is its own, or a day is named with the month", () => {
    const same = read(
      'Gunmen killed at least 30 villagers near Diafarabé in early May, Amnesty International said on Tuesday.',
      'en',
      '2024-05-10',
    );
    expect(same.event.date).toBe('2024-05-07');
    const day = read(
      'Gunmen killed at least 30 villagers near Diafarabé on the 3rd of March, Amnesty International said on Tuesday.',
      'en',
      '2024-05-10',
    );
    expect(day.event.date).toBe('2024-03-03');
    const fr = read(
      "Des hommes armés ont tué au moins 30 villageois près de Diafarabé le 1er mars, affirme mardi l'ONG Amnesty International.",
      'fr',
      '2024-05-10',
    );
    expect(fr.event.date).toBe('2024-03-01');
  });
});

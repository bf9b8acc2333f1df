import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

/** "last week", "le mois dernier" in the opening of a story that dates nothing else (sentences written for these tests). */
describe("an undated story's last week or month is its own time", () => {
  it('keeps the opening toll as news (EN, FR; the cue before and after the figure)', () => {
    const en = read(
      'Gunmen killed at least 40 villagers near Kori Kori last week, the government said.',
      'en',
    );
    expect(en.event.date).toBe(null);
    expect(brief(en.claims)).toEqual(['killed/civilians 40-null official']);
    expect(en.background).toEqual([]);
    const month = read(
      'Last month, at least 40 villagers were killed in an attack near Kori Kori, a UN report says.',
      'en',
    );
    expect(brief(month.claims)).toEqual(['killed/civilians 40-null monitor']);
    const fr = read(
      'Des hommes armés ont tué au moins 40 villageois la semaine dernière près de Kori Kori, selon le gouvernement.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/civilians 40-null official']);
    const frMonth = read(
      "Le mois dernier, au moins 40 villageoises ont été tuées lors d'une attaque près de Kori Kori, affirme un rapport de l'ONU.",
      'fr',
    );
    expect(brief(frMonth.claims)).toEqual(['killed/civilians 40-null monitor']);
  });
  it("keeps it even when the statement's day is named", () => {
    const en = read(
      'Soldiers killed at least 40 villagers near Kori Kori last week, Human Rights Watch said on Monday.',
      'en',
    );
    expect(en.event.date).toBe(null);
    expect(brief(en.claims)).toEqual(['killed/civilians 40-null monitor']);
  });
  it('still sets last week aside when the story dates its own attack', () => {
    const en = read(
      'Last week, 30 soldiers were killed in an attack in Boni. On Monday, gunmen struck again, killing 12 civilians.',
      'en',
    );
    expect(en.event.date).toBe('2024-05-06');
    expect(brief(en.claims)).toEqual(['killed/civilians 12-12 unattributed']);
    expect(brief(en.background)).toEqual(['killed/soldiers 30-30 unattributed']);
    const fr = read(
      'Douze civils ont été tués lundi dans une attaque à Boni. La semaine dernière, 30 soldats avaient péri dans la même zone.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/civilians 12-12 unattributed']);
    expect(brief(fr.background)).toEqual(['killed/soldiers 30-30 unattributed']);
  });
});

describe('actors: "by" after a time of last week', () => {
  it('reads past "la semaine dernière", "last week" to the deed', () => {
    const fr = read(
      'Au moins 40 civils ont été tués à Kori Kori la semaine dernière par des soldats maliens, selon une ONG.',
      'fr',
    );
    expect(fr.event.actors).toEqual(['FAMa']);
    const passe = read(
      'Au moins 40 civils ont été tués à Kori Kori dimanche passé par des militaires maliens, selon une ONG.',
      'fr',
    );
    expect(passe.event.actors).toEqual(['FAMa']);
    const en = read(
      'At least 40 civilians were killed in Kori Kori last weekend by Malian soldiers, an NGO said.',
      'en',
    );
    expect(en.event.actors).toEqual(['FAMa']);
  });
});

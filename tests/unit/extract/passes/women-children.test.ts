import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass women-children: a toll of persons that counts women and children is of civilians', () => {
  it('FR and EN, before or after the predicate', () => {
    expect(
      brief(read('33 personnes dont des femmes et des enfants ont été tuées à Boni.', 'fr').claims),
    ).toEqual(['killed/civilians 33-33 unattributed']);
    expect(
      brief(read("Lors de l'attaque de Boni, 12 personnes, dont des femmes, ont été blessées.", 'fr').claims),
    ).toEqual(['wounded/civilians 12-12 unattributed']);
    expect(
      brief(read('The attack on Boni killed at least 40 people, including women and children.', 'en').claims),
    ).toEqual(['killed/civilians 40-null unattributed']);
  });
  it('leaves a breakdown by side alone', () => {
    expect(brief(read('The attack on Boni killed 40 people, including 12 soldiers.', 'en').claims)).toEqual([
      'killed/people 40-40 unattributed',
      'killed/soldiers 12-12 unattributed',
    ]);
  });
  it('reads the breakdown past a short place or time after the predicate', () => {
    const fr = read(
      'Des hommes armés ont attaqué Sama lundi. Selon un notable, 18 personnes ont été tuées dans son village, dont des femmes et des enfants.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/civilians 18-18 local']);
    const en = read(
      'Gunmen attacked Sama. At least 18 people were killed in the village on Monday, including women and children.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/civilians 18-null unattributed']);
    // A comma after a figure of its own closes the toll: "18 people were killed, 5 of them…".
    const other = read(
      'Gunmen attacked Sama. At least 18 people were killed in the village, and 6 were wounded, including children.',
      'en',
    );
    expect(brief(other.claims)[0]).toBe('killed/people 18-null unattributed');
  });
  it('reads "en majorité des femmes", "essentiellement", "mostly women and children" as a breakdown too', () => {
    expect(
      brief(
        read('Au moins dix personnes, en majorité des femmes, ont été enlevées près de Sama.', 'fr').claims,
      ),
    ).toEqual(['captured/civilians 10-null unattributed']);
    expect(
      brief(
        read('Au moins 20 personnes, essentiellement des femmes et des enfants, ont été tuées à Sama.', 'fr')
          .claims,
      ),
    ).toEqual(['killed/civilians 20-null unattributed']);
    expect(
      brief(read('At least ten people, mostly women and children, were abducted near Sama.').claims),
    ).toEqual(['captured/civilians 10-null unattributed']);
    // Mostly soldiers: not a toll of civilians.
    expect(
      brief(read('Au moins 20 personnes, en majorité des militaires, ont été tuées à Sama.', 'fr').claims),
    ).toEqual(['killed/people 20-null unattributed']);
  });
  it('reads "most of them women", "many of whom were children" as a breakdown too', () => {
    expect(
      brief(
        read('At least 40 people, most of them women and children, were killed in Sama on Monday.').claims,
      ),
    ).toEqual(['killed/civilians 40-null unattributed']);
    expect(brief(read('Gunmen abducted 12 people near Sama, many of whom were girls.').claims)).toEqual([
      'captured/civilians 12-12 unattributed',
    ]);
    // Most of them soldiers: not a toll of civilians.
    expect(brief(read('At least 40 people, most of them soldiers, were killed in Sama.').claims)).toEqual([
      'killed/people 40-null unattributed',
    ]);
  });
  it('a toll whose numbered parts, by sex or age, add up to it is of civilians, and so are they', () => {
    expect(
      brief(
        read(
          "L'attaque de Sama a fait vingt-six (26) morts dont seize (16) hommes, six (06) femmes et quatre (04) enfants.",
          'fr',
        ).claims,
      ),
    ).toEqual([
      'killed/civilians 26-26 unattributed',
      'killed/civilians 16-16 unattributed',
      'killed/civilians 6-6 unattributed',
      'killed/civilians 4-4 unattributed',
    ]);
    expect(
      brief(read('The raid on Sama left 9 people wounded, including 5 men and four girls.').claims),
    ).toEqual([
      'wounded/civilians 9-9 unattributed',
      'wounded/civilians 5-5 unattributed',
      'wounded/civilians 4-4 unattributed',
    ]);
  });
  it('leaves a toll alone when its parts by sex or age do not add up, or name no woman or child', () => {
    const short = read("L'attaque de Sama a fait 26 morts dont 16 hommes et 6 femmes.", 'fr');
    expect(brief(short.claims)[0]).toBe('killed/people 26-26 unattributed');
    const men = read("L'attaque de Sama a fait 26 morts dont 16 hommes et 10 jeunes.", 'fr');
    expect(brief(men.claims)[0]).toBe('killed/people 26-26 unattributed');
  });
  it('the men counted in a toll of civilians are civilians: "27 civils, dont 20 hommes et 7 femmes"', () => {
    expect(
      brief(read('À Sama, vingt-sept civils, dont 20 hommes et 7 femmes, ont été tués.', 'fr').claims),
    ).toEqual([
      'killed/civilians 27-27 unattributed',
      'killed/civilians 20-20 unattributed',
      'killed/civilians 7-7 unattributed',
    ]);
  });
});

describe('pass women-children: a breakdown that names civilians by their trade', () => {
  it('reads "pour la plupart des bergers", "en majorité des commerçants", "most of them herders" as civilians', () => {
    expect(
      brief(
        read('Quatorze personnes, pour la plupart des bergers, ont été tuées près de Boni.', 'fr').claims,
      ),
    ).toEqual(['killed/civilians 14-14 unattributed']);
    expect(
      brief(
        read(
          "Quatorze personnes, en majorité des villageois, ont été blessées lors de l'attaque de Boni.",
          'fr',
        ).claims,
      ),
    ).toEqual(['wounded/civilians 14-14 unattributed']);
    expect(brief(read('Fourteen people, most of them herders, were killed near Boni.').claims)).toEqual([
      'killed/civilians 14-14 unattributed',
    ]);
  });
  it('keeps persons whose breakdown names fighters as people', () => {
    expect(
      brief(read('Quatorze personnes, dont des soldats, ont été tuées près de Boni.', 'fr').claims),
    ).toEqual(['killed/people 14-14 unattributed']);
  });
});

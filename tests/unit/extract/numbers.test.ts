import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../lib/extract/numbers';
import { tokenize } from '../../../lib/extract/tokens';
import { brief, read } from './helpers';

function q(text: string) {
  const tokens = tokenize(text);
  return findQuantities(tokens, text).map((m) => ({
    words: text.slice(tokens[m.first].start, tokens[m.last - 1].end),
    min: m.min,
    max: m.max,
    approx: !!m.approx,
  }));
}

describe('numbers (EN)', () => {
  it('reads the day after a month abbreviation as a date, not a figure ("on Sunday, Jan. 3 killed")', () => {
    expect(q('on Sunday, Jan. 3 killed 19 civilians').map((x) => x.min)).toEqual([19]);
    expect(q('on Oct. 14 attacked 12 villages').map((x) => x.min)).toEqual([12]);
    // A sentence's last word before a count is still a count.
    expect(q('The attack was repelled. 3 soldiers were wounded.').map((x) => x.min)).toEqual([3]);
    // A full month's name ends its sentence: the count after it is a count.
    expect(q('Boni a été attaqué le 3 mai. 6 fusils ont été saisis.').map((x) => x.min)).toEqual([6]);
    expect(q('Boni was attacked on 3 May. 6 rifles were seized.').map((x) => x.min)).toEqual([6]);
    expect(q('Boni a été attaqué le 3 juin. 12 soldats ont péri.').map((x) => x.min)).toEqual([12]);
  });
  it('reads digits with any thousands separator', () => {
    expect(q('1,200 people').map((x) => x.min)).toEqual([1200]);
    expect(q('1 200 personnes').map((x) => x.min)).toEqual([1200]);
    expect(q('1.200 personnes').map((x) => x.min)).toEqual([1200]);
  });
  it('reads "as many as" as up to, "a minimum of" as at least, and "une vingtaine, voire une trentaine" as one range', () => {
    expect(q('as many as 30 soldiers')[0]).toMatchObject({ min: 1, max: 30 });
    expect(q('as many as 18 to 20 gendarmes')[0]).toMatchObject({ min: 18, max: 20 });
    expect(q('a minimum of 20 soldiers')[0]).toMatchObject({ min: 20, max: null });
    expect(q('une vingtaine, voire une trentaine de soldats')[0]).toMatchObject({ min: 20, max: 30 });
    expect(q('une dizaine ou une vingtaine de civils')[0]).toMatchObject({ min: 10, max: 20 });
    expect(q('une dizaine à une quinzaine de morts')[0]).toMatchObject({ min: 10, max: 15 });
    expect(q('entre une dizaine et une vingtaine de morts')[0]).toMatchObject({ min: 10, max: 20 });
    // Without "entre", "et" joins two tolls, not a range.
    expect(q('une dizaine de morts et une vingtaine de blessés').map((x) => x.max)).toEqual([10, 20]);
  });
  it('reads a count of dozens ("two dozen", "deux douzaines") with its qualifier', () => {
    expect(q('two dozen soldiers')[0]).toMatchObject({ min: 24, max: 24, approx: true, words: 'two dozen' });
    expect(q('more than two dozen soldiers')[0]).toMatchObject({ min: 25, max: null });
    expect(q('deux douzaines de soldats')[0]).toMatchObject({ min: 24, max: 24, approx: true });
    expect(q('a dozen soldiers')[0]).toMatchObject({ min: 12, max: 12 });
  });
  it('reads number words and qualifiers', () => {
    expect(q('twenty-one soldiers')[0]).toMatchObject({ min: 21, max: 21 });
    expect(q('at least 12 soldiers')[0]).toMatchObject({ min: 12, max: null, words: 'at least 12' });
    expect(q('more than 80 fighters')[0]).toMatchObject({ min: 81, max: null });
    expect(q('about 100 people')[0]).toMatchObject({ min: 100, max: 100, approx: true });
    expect(q('up to 40 people')[0]).toMatchObject({ min: 1, max: 40 });
    expect(q('between 10 and 15 people')[0]).toMatchObject({ min: 10, max: 15 });
    expect(q('10 to 15 people')[0]).toMatchObject({ min: 10, max: 15 });
    expect(q('77-100 killed')[0]).toMatchObject({ min: 77, max: 100 });
  });
  it('reads vague amounts', () => {
    expect(q('dozens of soldiers')[0]).toMatchObject({ min: 24, max: null });
    expect(q('a dozen villagers')[0]).toMatchObject({ min: 12, max: 12, approx: true });
    expect(q('tens of people')[0]).toMatchObject({ min: 20, max: null });
    expect(q('hundreds of people')[0]).toMatchObject({ min: 200, max: null });
    expect(q('several soldiers')[0]).toMatchObject({ min: 2, max: null });
  });
  it('does not read years, times, dates, durations or reading times as figures', () => {
    expect(q('in 2019 at 5 a.m. on September 17, 2024')).toEqual([]);
    expect(q('a 30-day curfew')).toEqual([]);
    expect(q('3 min read')).toEqual([]);
    expect(q('three days of mourning')).toEqual([]);
    expect(q('vers 15h00')).toEqual([]);
  });
});

describe('numbers (FR)', () => {
  it('reads French number words', () => {
    expect(q('vingt et un soldats')[0]).toMatchObject({ min: 21 });
    expect(q('quatre-vingts assaillants')[0]).toMatchObject({ min: 80 });
    expect(q('soixante-dix terroristes')[0]).toMatchObject({ min: 70 });
    expect(q('quatre-vingt-dix morts')[0]).toMatchObject({ min: 90 });
    expect(q('deux autres')[0]).toMatchObject({ min: 2 });
  });
  it('reads zero-padded figures and French qualifiers', () => {
    expect(q('08 interpellés')[0]).toMatchObject({ min: 8, max: 8 });
    expect(q('au moins 12 morts')[0]).toMatchObject({ min: 12, max: null });
    expect(q('plus de 200 morts')[0]).toMatchObject({ min: 201, max: null });
    expect(q('près de 50 morts')[0]).toMatchObject({ min: 50, max: 50, approx: true });
    expect(q("jusqu'à 30 morts")[0]).toMatchObject({ min: 1, max: 30 });
    expect(q('entre 40 et 60 morts')[0]).toMatchObject({ min: 40, max: 60 });
  });
  it('reads "au bas mot" as at least, like "pas moins de"', () => {
    expect(q('au bas mot 30 morts')[0]).toMatchObject({ words: 'au bas mot 30', min: 30, max: null });
    expect(q('pas moins de 30 morts')[0]).toMatchObject({ min: 30, max: null });
    expect(q('un bas de 30 morts')[0]).toMatchObject({ min: 30, max: 30 });
  });
  it('reads French vague amounts', () => {
    expect(q('une dizaine de blessés')[0]).toMatchObject({ min: 10, max: 10, approx: true });
    expect(q('une trentaine de morts')[0]).toMatchObject({ min: 30, max: 30, approx: true });
    expect(q("plus d'une vingtaine de soldats")[0]).toMatchObject({ min: 21, max: null });
    expect(q('des dizaines de blessés')[0]).toMatchObject({ min: 20, max: null });
    expect(q('plusieurs dizaines de blessés')[0]).toMatchObject({ min: 20, max: null });
    expect(q('des centaines de civils')[0]).toMatchObject({ min: 200, max: null });
    expect(q('une centaine de morts')[0]).toMatchObject({ min: 100, max: 100, approx: true });
  });
  it('does not read dates or times', () => {
    expect(q('le 1er juillet 2023 vers 05 h 30')).toEqual([]);
    expect(q('le 07 août 2022')).toEqual([]);
  });
  it('splits a revised toll into two figures', () => {
    const r = q('le bilan est passé de 17 à 42');
    expect(r.map((x) => x.min)).toEqual([17, 42]);
  });
});

describe('numbers: the article of a complement', () => {
  it('counts nothing in the article after a counted noun ("12 members of a militia")', () => {
    expect(brief(read('Twelve passengers of a bus were killed on Monday near Boni.').claims)).toEqual([
      'killed/civilians 12-12 unattributed',
    ]);
    expect(brief(read("Les 20 passagers d'un car ont été tués lundi près de Boni.", 'fr').claims)).toEqual([
      'killed/civilians 20-20 unattributed',
    ]);
    expect(brief(read('Twelve members of a militia were killed on Monday near Boni.').claims)).toEqual([
      'killed/militia 12-12 unattributed',
    ]);
  });
  it('still counts one after "of" with no count before it ("the killing of a soldier")', () => {
    expect(brief(read('Gunmen claimed the killing of a soldier on Monday in Boni.').claims)).toEqual([
      'killed/soldiers 1-1 unattributed',
    ]);
  });
});

describe('numbers: what is not a head count', () => {
  it('does not read decimals or long identifiers', () => {
    expect(q('1.5 million people, 2,5 tonnes')).toEqual([]);
    expect(q('call 22376123456 now')).toEqual([]);
  });
  it('does not read a vague amount of a measure as a head count', () => {
    expect(q('à une cinquantaine de kilomètres de Sokolo')).toEqual([]);
    expect(q("pendant une dizaine d'heures, à des dizaines de kilomètres")).toEqual([]);
    expect(q('a dozen miles away, dozens of kilometres from Niono')).toEqual([]);
    // The same amounts of persons still count.
    expect(q('une cinquantaine de villageois').map((m) => m.min)).toEqual([50]);
    expect(q('dozens of villagers').map((m) => m.min)).toEqual([24]);
  });
  it('gives no claim for the distance of a place after a toll', () => {
    const r = read(
      'Six civils ont été abattus mardi à Sokolo, à une cinquantaine de kilomètres de Niono.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 6-6 unattributed']);
  });
});

describe('numbers: "au moins" after the number or its noun', () => {
  it('opens the range when the qualifier follows the number', () => {
    expect(q('une vingtaine au moins de soldats')).toEqual([
      { words: 'une vingtaine au moins', min: 20, max: null, approx: false },
    ]);
    expect(q('Twenty at least were killed')).toEqual([
      { words: 'Twenty at least', min: 20, max: null, approx: false },
    ]);
  });
  it('opens the range when it follows the noun (FR and EN)', () => {
    expect(brief(read('Attaque de Boni : 20 soldats au moins ont été tués.', 'fr').claims)).toEqual([
      'killed/soldiers 20-null unattributed',
    ]);
    expect(brief(read('Twelve civilians at least were wounded in the attack on Boni.', 'en').claims)).toEqual(
      ['wounded/civilians 12-null unattributed'],
    );
  });
});

describe('numbers: a year-like number that counts things', () => {
  it('reads "2000 munitions" as a count, "en 2019" as a year', () => {
    expect(q('les FAMa ont récupéré 2000 munitions').map((m) => m.min)).toEqual([2000]);
    expect(q('troops seized 1998 rounds').map((m) => m.min)).toEqual([1998]);
    expect(q("l'attaque de 2019 a fait 12 morts").map((m) => m.min)).toEqual([12]);
  });
  it('keeps the claims of a sentence counting 2000 cartridges as news, not as the year 2000', () => {
    const r = read("Lors de l'attaque de Boni, les FAMa ont récupéré 2000 cartouches et 3 motos.", 'fr');
    expect(brief(r.claims)).toEqual([
      'seized/ammunition 2000-2000 unattributed',
      'seized/motorcycles 3-3 unattributed',
    ]);
  });
});

describe('numbers: a revision named a few words before its "from"', () => {
  it('reads "an increase in the number of peacekeepers injured from 19 to 34" as two tolls, the first superseded', () => {
    const r = read(
      'After the attack on the UN camp near Boni, the UN reported an increase in the number of peacekeepers injured from 19 to 34.',
    );
    expect(brief(r.claims)).toEqual([
      'wounded/foreign_forces 19-19 monitor earlier',
      'wounded/foreign_forces 34-34 monitor',
    ]);
    const fr = read(
      "Après l'attaque de Boni, l'armée fait état d'une hausse du nombre de soldats tués de 12 à 20.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/soldiers 12-12 official earlier',
      'killed/soldiers 20-20 official',
    ]);
  });
  it('keeps "de 10 à 15" a range where no revision is named', () => {
    expect(q('entre 10 et 15 soldats, de 10 à 15 selon les sources').map((m) => [m.min, m.max])).toEqual([
      [10, 15],
      [10, 15],
    ]);
  });
});

describe('numbers: number words that count nothing', () => {
  it('reads no figure in a manner ("un à un", "one by one", "l\'un après l\'autre")', () => {
    expect(
      q('les assaillants ont exécuté les villageois un à un, tuant 12 personnes').map((x) => x.min),
    ).toEqual([12]);
    expect(q('ils ont abattu les otages une par une').map((x) => x.min)).toEqual([]);
    expect(q('they identified victims one by one before killing 38 people').map((x) => x.min)).toEqual([38]);
    expect(q("les soldats sont tombés un après l'autre").map((x) => x.min)).toEqual([]);
  });
  it('reads no figure in the sides of a fight or a number of times', () => {
    expect(q('il y a eu des pertes des deux côtés').map((x) => x.min)).toEqual([]);
    expect(q('heavy losses on two sides, with 4 soldiers killed').map((x) => x.min)).toEqual([4]);
    expect(q('le village a été attaqué à deux reprises, faisant 5 morts').map((x) => x.min)).toEqual([5]);
  });
  it('still counts one person and two others, and a toll beside the idiom', () => {
    expect(q('un soldat a été tué et deux autres blessés').map((x) => x.min)).toEqual([1, 2]);
    expect(
      brief(
        read("À l'issue des combats de Boni, il y a des pertes des deux côtés : 3 soldats tués.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/soldiers 3-3 unattributed']);
  });
});

describe('a toll that exceeds a number is more than it', () => {
  it('reads "could exceed 50", "dépasse les 50", "تتجاوز 50" as 51 or more', () => {
    expect(
      brief(read('The mayor said the toll of the attack on Boni could exceed 50 dead.', 'en').claims),
    ).toEqual(['killed/people 51-null local']);
    expect(brief(read("Le bilan de l'attaque de Boni dépasse largement les 30 morts.", 'fr').claims)).toEqual(
      ['killed/people 31-null unattributed'],
    );
    expect(brief(read('وقال رئيس البلدية إن حصيلة هجوم بوني قد تتجاوز 50 قتيلا.', 'ar').claims)).toEqual([
      'killed/people 51-null local',
    ]);
  });
});

describe('numbers: "several dozen", "a few hundred"', () => {
  it('reads them as the open ranges of "dozens" and "hundreds"', () => {
    expect(
      brief(read('Army helicopters killed several dozen terrorists near Boni, the army said.').claims),
    ).toEqual(['killed/militants 24-null official']);
    expect(brief(read('Gunmen killed a few dozen villagers in Boni.').claims)).toEqual([
      'killed/civilians 24-null unattributed',
    ]);
    expect(brief(read('Gunmen abducted several hundred villagers in Boni.').claims)).toEqual([
      'captured/civilians 200-null unattributed',
    ]);
  });
  it('keeps "several" alone at two or more', () => {
    expect(brief(read('Several soldiers were killed in Boni.').claims)).toEqual([
      'killed/soldiers 2-null unattributed',
    ]);
  });
});

describe('numbers: degree and size words around an amount', () => {
  it('reads "un peu plus de 20", "well over 20", "slightly more than" as more than, from the degree word', () => {
    expect(q('un peu plus de 20 soldats')[0]).toMatchObject({
      words: 'un peu plus de 20',
      min: 21,
      max: null,
    });
    expect(q('well over 20 soldiers')[0]).toMatchObject({ words: 'well over 20', min: 21, max: null });
    expect(q('slightly more than 20 soldiers')[0]).toMatchObject({ min: 21, max: null });
    expect(q('un peu moins de 20 soldats')[0]).toMatchObject({
      words: 'un peu moins de 20',
      min: 1,
      max: 19,
    });
  });
  it('reads "une demi-douzaine", "half a dozen" as six and "une bonne vingtaine", "a good dozen" as the amount', () => {
    expect(q('une demi-douzaine de soldats')[0]).toMatchObject({ min: 6, max: 6, approx: true });
    expect(q('half a dozen soldiers')[0]).toMatchObject({ words: 'half a dozen', min: 6, max: 6 });
    expect(q('une bonne vingtaine de soldats')[0]).toMatchObject({
      words: 'une bonne vingtaine',
      min: 20,
      max: 20,
    });
    expect(q('a good dozen soldiers')[0]).toMatchObject({ min: 12, max: 12, approx: true });
  });
  it('keeps the verb before a degree word: "ont tué un peu plus de 20 soldats"', () => {
    expect(
      brief(read('À Boni, lundi, les jihadistes ont tué un peu plus de 20 soldats.', 'fr').claims),
    ).toEqual(['killed/soldiers 21-null unattributed']);
  });
});

describe('numbers: "autant", "as many" repeat the amount before', () => {
  it('reads "12 tués et autant de blessés", "and as many wounded" as the same amount again', () => {
    expect(
      brief(
        read("Lors de l'attaque de Boni lundi, 14 villageois ont été tués et autant blessés.", 'fr').claims,
      ),
    ).toEqual(['killed/civilians 14-14 unattributed', 'wounded/civilians 14-14 unattributed']);
    expect(
      brief(
        read('In the attack on Boni on Monday, about 20 soldiers were killed and as many wounded.').claims,
      ),
    ).toEqual(['killed/soldiers 20-20 unattributed', 'wounded/soldiers 20-20 unattributed']);
  });
  it('reads "et au moins autant de blessés", "and at least as many wounded" as that amount or more', () => {
    expect(
      brief(
        read("Lors de l'attaque de Boni lundi, 14 villageois ont été tués et au moins autant blessés.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/civilians 14-14 unattributed', 'wounded/civilians 14-null unattributed']);
    expect(
      brief(
        read('In the attack on Boni on Monday, 17 soldiers were killed and at least as many wounded.').claims,
      ),
    ).toEqual(['killed/soldiers 17-17 unattributed', 'wounded/soldiers 17-null unattributed']);
  });
  it('keeps "as many as" a bound and "pour autant" no amount', () => {
    expect(q('and as many as 30 soldiers')[0]).toMatchObject({ min: 1, max: 30 });
    expect(q('Pour autant, 12 soldats sont morts').map((x) => x.min)).toEqual([12]);
  });
});

describe('numbers: ranges in words and a higher guess', () => {
  it('reads "entre vingt et trente", "between twenty and thirty" as a range, not one sum', () => {
    expect(q('entre vingt et trente civils')[0]).toMatchObject({ min: 20, max: 30 });
    expect(q('between twenty and thirty civilians')[0]).toMatchObject({ min: 20, max: 30 });
    // "et"/"and" still join the words of one number.
    expect(q('soixante et onze morts')[0]).toMatchObject({ min: 71, max: 71 });
    expect(q('one hundred and five soldiers')[0]).toMatchObject({ min: 105, max: 105 });
  });
  it('reads a higher guess after a number as the top of its range ("20 voire 30", "20, perhaps 30,")', () => {
    expect(q('20 voire 30 civils')[0]).toMatchObject({ min: 20, max: 30 });
    expect(q('40 sinon 50 morts')[0]).toMatchObject({ min: 40, max: 50 });
    expect(q('20 or even 30 civilians')[0]).toMatchObject({ min: 20, max: 30 });
    expect(
      brief(read("Lors de l'attaque de Boni lundi, 20, peut-être 30, villageois ont été tués.", 'fr').claims),
    ).toEqual(['killed/civilians 20-30 unattributed']);
    expect(
      brief(read('In the attack on Boni on Monday, 20 — possibly 30 — soldiers were killed.').claims),
    ).toEqual(['killed/soldiers 20-30 unattributed']);
    // A lower number after "voire" is no range.
    expect(q('30 voire 20 civils').map((x) => x.min)).toEqual([30, 20]);
  });
});

describe('numbers: an age or a distance inside a toll', () => {
  it('reads no figure in "a 10-year-old boy", "aged 10", "âgées de 7 ans"', () => {
    expect(q('a 10-year-old boy and a 12-year-old girl')).toEqual([]);
    expect(q('the shepherd, aged 70')).toEqual([]);
    expect(q('deux fillettes âgées 7 ans')).toEqual([{ words: 'deux', min: 2, max: 2, approx: false }]);
  });
  it('reads the toll past an age in its aside, in French and English, singular and plural', () => {
    const fr = (s: string) => brief(read(`Des jihadistes ont attaqué Boni lundi. ${s}`, 'fr').claims);
    const en = (s: string) => brief(read(`Jihadists attacked Boni on Monday. ${s}`).claims);
    expect(fr('Au moins trois civils, dont un enfant de 10 ans, ont été tués.')).toEqual([
      'killed/civilians 3-null unattributed',
      'killed/civilians 1-1 unattributed',
    ]);
    expect(fr('Cinq villageoises, dont deux fillettes de 12 ans, ont été enlevées.')).toEqual([
      'captured/civilians 5-5 unattributed',
      'captured/civilians 2-2 unattributed',
    ]);
    expect(en('At least three civilians, including a 10-year-old boy, were killed.')).toEqual([
      'killed/civilians 3-null unattributed',
    ]);
    expect(en('Four herders, among them a boy aged 12, were reportedly shot dead.')).toEqual([
      'killed/civilians 4-4 unattributed',
    ]);
  });
});

describe('numbers: "or more", "voire plus" open the range', () => {
  it('reads "thirty or more", "30-plus", "soldiers or more" as at least thirty', () => {
    const attack = 'Jihadists attacked Boni on May 3. ';
    for (const t of [
      'Thirty or more soldiers were killed.',
      '30-plus soldiers were killed.',
      'Thirty soldiers or more were killed.',
    ])
      expect(brief(read(attack + t).claims), t).toEqual(['killed/soldiers 30-null unattributed']);
  });
  it('reads "voire plus", "sinon plus" after the number or its noun, with or without commas', () => {
    const attack = 'Les FAMa ont repoussé une attaque le 3 mai à Boni. ';
    for (const t of [
      'Une trentaine de terroristes voire plus ont été neutralisés.',
      '30 terroristes, voire plus, ont été neutralisés.',
      'Les FAMa ont neutralisé une trentaine de terroristes, voire plus.',
    ])
      expect(brief(read(attack + t, 'fr').claims), t).toEqual(['killed/militants 30-null unattributed']);
    expect(brief(read(attack + 'Trente soldats, sinon plus, ont été tués.', 'fr').claims)).toEqual([
      'killed/soldiers 30-null unattributed',
    ]);
  });
  it('leaves "et plus de 20", "or more than 20" to the number after them', () => {
    const r = read('Jihadists attacked Boni on May 3, killing 12 soldiers and more than 20 civilians.');
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'killed/civilians 21-null unattributed',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { weekdayYear } from '../../../lib/extract/dates';
import { brief, read } from './helpers';
import { extractReport } from '../../../lib/extract';

const date = (text: string, lang = 'en', published: string | null = null) =>
  read(text, lang, published).event;

describe('dates', () => {
  it('resolves a weekday against the publication date (EN)', () => {
    // 2024-05-10 is a Friday: "on Tuesday" is 2024-05-07.
    expect(
      date('Militants attacked the army camp on Tuesday, killing 9 soldiers.', 'en', '2024-05-10').date,
    ).toBe('2024-05-07');
  });
  it('reads explicit dates in French', () => {
    expect(date('Le vendredi 11 mars 2022, des hommes armés ont attaqué le camp de Boni.', 'fr').date).toBe(
      '2022-03-11',
    );
    expect(date("L'attaque a eu lieu le 1er juillet 2023 à Boni.", 'fr').date).toBe('2023-07-01');
  });
  it('reads a night spanning two days', () => {
    const e = date("L'attaque a eu lieu dans la nuit du 29 au 30 septembre 2023 à Boni.", 'fr');
    expect([e.date, e.dateEnd, e.datePrecision]).toEqual(['2023-09-29', '2023-09-30', 'span']);
  });
  it('reads "Sunday and Monday" as a span', () => {
    const e = date('Militants launched raids on Sunday and Monday against army posts.', 'en', '2024-05-10');
    expect([e.date, e.dateEnd, e.datePrecision]).toEqual(['2024-05-05', '2024-05-06', 'span']);
  });
  it('resolves a weekday against an explicit date in the text', () => {
    expect(
      date(
        "Vendredi, des jihadistes ont attaqué le camp. L'attaque de ce vendredi 4 mars 2022 a fait 20 morts.",
        'fr',
      ).date,
    ).toBe('2022-03-04');
  });
  it('uses the year-month line for a date without a year', () => {
    expect(date(' date 2022-08 Le dimanche 7 août, une attaque a visé Tessit.', 'fr').date).toBe(
      '2022-08-07',
    );
  });
  it('never invents a date', () => {
    expect(date('Militants attacked the army camp on Tuesday.', 'en', null).date).toBeNull();
    expect(date('Dimanche, une attaque a visé le camp.', 'fr', null).date).toBeNull();
  });
  it('skips the day a statement was made', () => {
    expect(
      date(
        'Le gouvernement a confirmé mercredi la mort dimanche de 12 soldats dans une attaque.',
        'fr',
        '2022-08-10',
      ).date,
    ).toBe('2022-08-07');
  });
});

describe('dates: nights across two days', () => {
  it('reads "the night of Sunday to Monday" and "la nuit de dimanche à lundi" as spans', () => {
    for (const [text, lang] of [
      ['Militants attacked the camp in Boni during the night of Sunday to Monday, killing 5 soldiers.', 'en'],
      [
        'Dans la nuit de dimanche à lundi, des jihadistes ont attaqué le camp de Boni, tuant 5 soldats.',
        'fr',
      ],
    ]) {
      const e = read(text, lang, '2024-05-10').event;
      expect([e.date, e.dateEnd, e.datePrecision]).toEqual(['2024-05-05', '2024-05-06', 'span']);
    }
  });
});

describe('dates: relative days', () => {
  it('reads "hier", "yesterday" and "ce matin" against the publication date', () => {
    expect(
      date('Hier, des jihadistes ont attaqué le poste de Boni, tuant 4 soldats.', 'fr', '2024-05-10').date,
    ).toBe('2024-05-09');
    expect(
      date('Militants attacked the Boni post yesterday, killing 4 soldiers.', 'en', '2024-05-10').date,
    ).toBe('2024-05-09');
    expect(
      date('Ce matin, une attaque a visé le camp de Boni et a fait 4 morts.', 'fr', '2024-07-03').date,
    ).toBe('2024-07-03');
  });
  it('reads "avant-hier" as two days before, not as "hier"', () => {
    expect(
      date('Avant-hier, des jihadistes ont attaqué le poste de Boni, tuant 4 soldats.', 'fr', '2024-05-10')
        .date,
    ).toBe('2024-05-08');
  });
  it('reads "le 8 courant" as that day of the month the article was published in', () => {
    expect(
      date('Des jihadistes ont attaqué le poste de Boni le 8 courant, tuant 4 soldats.', 'fr', '2024-05-10')
        .date,
    ).toBe('2024-05-08');
    expect(date("L'attaque du 27 du mois courant contre Boni a fait 4 morts.", 'fr', '2023-02-28').date).toBe(
      '2023-02-27',
    );
  });
  it('does not take "le courant" (electricity) for a date', () => {
    expect(
      date("Le courant a été coupé à Boni lors de l'attaque qui a fait 4 morts.", 'fr', '2024-05-10').date,
    ).toBeNull();
  });
});

describe("dates: the attack's day, not the statement's", () => {
  it("skips the day a statement was broadcast for the attack verb's date (EN)", () => {
    const text =
      'Gunmen overran an army post near Ansongo on Wednesday, May 8, killing 12 soldiers. ' +
      'In a statement broadcast on national radio on Thursday, the army said the post had been attacked by about 200 fighters.';
    expect(date(text, 'en', '2024-05-10').date).toBe('2024-05-08');
  });
  it('skips the day a communiqué was read (FR)', () => {
    const text =
      "Des hommes armés ont pris d'assaut le poste de Léré le mardi 7 mai 2024, tuant 6 soldats. " +
      "Dans un communiqué lu jeudi à la télévision nationale, l'armée affirme que l'attaque a été repoussée.";
    expect(date(text, 'fr', '2024-05-10').date).toBe('2024-05-07');
  });
  it("keeps a statement's day when it is the only date", () => {
    expect(
      date('The army said on Thursday that militants attacked a post near Boni.', 'en', '2024-05-10').date,
    ).toBe('2024-05-09');
  });
});

describe('dates: a weekday equal to the publication day', () => {
  // 2024-05-10 is a Friday.
  const en = (w: string) =>
    `${w}, militants ambushed a convoy near Boni, killing 7 soldiers. The army had reported on Wednesday, May 8, that the road was closed.`;
  it('is that same day, even with an explicit date earlier in the week (EN)', () => {
    expect(date(en('On Friday'), 'en', '2024-05-10T08:00:00Z').date).toBe('2024-05-10');
  });
  it('is the week before when the text says "last" (EN)', () => {
    expect(date(en('Last Friday'), 'en', '2024-05-10T08:00:00Z').date).toBe('2024-05-03');
  });
  const fr = (w: string) =>
    `${w}, des jihadistes ont attaqué le poste de Boni, tuant 3 soldats. L'armée avait annoncé le mercredi 8 mai 2024 la fermeture de la route.`;
  it('is that same day (FR)', () => {
    expect(date(fr('Vendredi'), 'fr', '2024-05-10').date).toBe('2024-05-10');
  });
  it('is the week before with "dernier" (FR)', () => {
    expect(date(fr('Vendredi dernier'), 'fr', '2024-05-10').date).toBe('2024-05-03');
  });
});

// 2024-05-10 is a Friday throughout: its Monday is the 6th, its Sunday the 5th.
describe('dates: the weekday of the main event', () => {
  it("does not resolve a weekday against another attack's date further down", () => {
    const text =
      'Deux postes ont été attaqués lundi dans le centre. Le 12 avril, une autre attaque avait visé la ville de Ségou.';
    expect(date(text, 'fr', '2024-05-10').date).toBe('2024-05-06');
    expect(
      date(
        'Gunmen stormed two outposts on Monday. On April 12, a separate raid had hit a convoy near Gao.',
        'en',
        '2024-05-10',
      ).date,
    ).toBe('2024-05-06');
  });
  it("does not take an organisation's name for a date", () => {
    const text =
      'Des membres de la Plateforme du 3 mai ont condamné l’attaque survenue dimanche contre le village.';
    expect(date(text, 'fr', '2024-05-10').date).toBe('2024-05-05');
  });
  it('takes a later explicit date of the same weekday as the day itself ("vendredi dernier … ce vendredi 3")', () => {
    const text =
      'Le village a été frappé vendredi dernier. Les assaillants ont incendié le car ce vendredi 3 mai 2024, selon les habitants.';
    expect(date(text, 'fr', null).date).toBe('2024-05-03');
  });
  it('does not anchor a weekday to a bare later date of another attack that falls on it (resolve-date weekdayAnchor)', () => {
    const fr =
      'Des hommes armés ont attaqué jeudi le village de Kona, tuant 7 civils. Le 2 mai, 11 personnes ont été tuées à Mopti dans des circonstances similaires.';
    expect(date(fr, 'fr', '2024-05-10').date).toBe('2024-05-09');
    const en =
      'Gunmen attacked the village of Kona on Thursday, killing 7 civilians. On May 2, 11 people were killed in Mopti in a similar raid.';
    expect(date(en, 'en', '2024-05-10').date).toBe('2024-05-09');
    // A later date that names the weekday itself is its day.
    const same =
      "Des hommes armés ont attaqué jeudi le village de Kona. L'attaque de ce jeudi 2 mai a fait 7 morts.";
    expect(date(same, 'fr', '2024-05-10').date).toBe('2024-05-02');
  });
  it('does not count a weekend as a weekday', () => {
    expect(
      date(
        'A weekend assault left 12 soldiers dead. The convoy was hit on Sunday near the river.',
        'en',
        '2024-05-10',
      ).date,
    ).toBe('2024-05-05');
  });
});

describe('dates: not the day of later news', () => {
  it("prefers the attack's day to the day the army reinforced, left or mourned", () => {
    expect(
      date(
        'The army reinforced security Wednesday around the village where 20 people were killed. Monday’s attack was the deadliest in the area.',
        'en',
        '2024-05-10',
      ).date,
    ).toBe('2024-05-06');
    expect(
      date(
        "L'armée a quitté jeudi le camp attaqué, où douze soldats avaient été tués. L'assaut de lundi a duré trois heures.",
        'fr',
        '2024-05-10',
      ).date,
    ).toBe('2024-05-06');
  });
  it("does not date the attack to a claim's or a statement's day, even after a comma", () => {
    expect(
      date(
        'Le groupe a revendiqué, mercredi 8 mai, une attaque qui a tué 14 soldats. Les assaillants avaient attaqué lundi 6 mai le poste.',
        'fr',
        '2024-05-10',
      ).date,
    ).toBe('2024-05-06');
    expect(
      date(
        "Des sources locales rapportent jeudi qu'une embuscade a visé une patrouille entre mardi et mercredi.",
        'fr',
        '2024-05-10',
      ).date,
    ).toBe('2024-05-07');
  });
  it('reads "la veille" and "the day before" against the explicit date of its sentence', () => {
    expect(
      date("Le calme est revenu ce 9 mai 2024 à Niono, après l'attaque la veille du camp.", 'fr', null).date,
    ).toBe('2024-05-08');
    expect(
      date(
        'Calm returned to the town on 9 May 2024 after militants attacked the camp the day before.',
        'en',
        null,
      ).date,
    ).toBe('2024-05-08');
  });
});

describe('dates: overnight attacks', () => {
  it('dates a night between two named days to the first one', () => {
    expect(
      date(
        'Dans la nuit du samedi 4 au dimanche 5 mai 2024, des hommes armés ont attaqué le hameau.',
        'fr',
        null,
      ).date,
    ).toBe('2024-05-04');
    expect(
      date(
        'Dans la nuit du vendredi 3 au samedi 4 mai, des assaillants ont attaqué la ville.',
        'fr',
        '2024-05-10',
      ).date,
    ).toBe('2024-05-03');
    expect(date('Militants attacked the base overnight Sunday to Monday.', 'en', '2024-05-10').date).toBe(
      '2024-05-05',
    );
  });
  it('keeps the first day when the second one stands next to the toll', () => {
    // "into Monday, killing": the verb after the pair binds the pair, not its second day.
    const e = date(
      'Gunmen attacked the camp overnight Sunday into Monday, killing 12 soldiers.',
      'en',
      '2024-05-10',
    );
    expect([e.date, e.dateEnd]).toEqual(['2024-05-05', '2024-05-06']);
    expect(
      date('Jihadists stormed two posts overnight Thursday into Friday, leaving 7 dead.', 'en', '2024-05-10')
        .date,
    ).toBe('2024-05-09');
  });
});

describe('dates: a time of day before the weekday', () => {
  it('reads "late Sunday" as the attack\'s day when an attack verb governs it', () => {
    const text = 'Gunmen attacked the camp late Sunday, killing 12 soldiers, the army said on Tuesday.';
    expect(date(text, 'en', '2024-05-10').date).toBe('2024-05-05');
    expect(
      date('Militants ambushed a convoy late on Monday evening, killing 4.', 'en', '2024-05-10').date,
    ).toBe('2024-05-06');
  });
  it('still reads "said late Sunday" as a statement\'s day when the attack has its own', () => {
    const text = 'The army said late Sunday that 12 soldiers died in an attack on Saturday.';
    expect(date(text, 'en', '2024-05-10').date).toBe('2024-05-04');
  });
});

describe('dates: overnight attacks whose weekday disagrees with the calendar', () => {
  it('keeps the day of the month when the night begins on it', () => {
    // 5 May 2024 is a Sunday, although the text calls it a Monday.
    expect(
      date('Une attaque menée dans la nuit de dimanche à lundi 5 mai 2024 a tué six villageois.', 'fr', null)
        .date,
    ).toBe('2024-05-05');
  });
});

describe('dates: captions and embedded posts', () => {
  it('does not take a photo caption’s date', () => {
    const text =
      'File photo taken Feb. 12, 2024 of soldiers on patrol.\nGunmen attacked a convoy on Sunday, killing eight soldiers.';
    expect(date(text, 'en', '2024-05-10').date).toBe('2024-05-05');
  });
  it("resolves a weekday against an embedded post's date when the page has no other", () => {
    const text =
      'Militants attacked the gendarmerie school early Tuesday morning.\nUne attaque a visé l’école le 7 mai à Kati. pic.twitter.com/abc — Army News (@army_news) May 7, 2024\nThe army said the situation was under control.';
    expect(date(text, 'en', null).date).toBe('2024-05-07');
  });
});

describe('dates: a weekday and a day of the month with no year', () => {
  it('takes the first fitting year on or after the latest year the text mentions (FR)', () => {
    // 18 June is a Tuesday in 2013 and 2019: the text recalls 2015, so 2019.
    const text =
      'Des hommes armés ont attaqué mardi 18 juin le village de Kéra, tuant 30 civils. Depuis 2015, les violences gagnent le centre du pays.';
    expect(date(text, 'fr', null).date).toBe('2019-06-18');
  });
  it('does the same in English, with two years recalled', () => {
    // 3 January is a Sunday in 2016 and 2021: the text recalls 2014 and 2020.
    const text =
      'Gunmen stormed a wedding on Sunday, Jan. 3, killing 19 villagers. The region has been restive since 2014, and a coup followed in 2020.';
    expect(date(text, 'en', null).date).toBe('2021-01-03');
  });
  it('gives no date when the text mentions no year', () => {
    const text = 'Des hommes armés ont attaqué mardi 18 juin le village de Kéra, tuant 30 civils.';
    expect(date(text, 'fr', null).date).toBeNull();
  });
  it('weekdayYear looks after the latest year first', () => {
    expect(weekdayYear(6, 18, 2, [2015])).toBe(2019);
    expect(weekdayYear(6, 18, 2, [2011, 2013])).toBe(2013);
    expect(weekdayYear(6, 18, 2, [])).toBeNull();
  });
});

describe('dates: a weekday near a recalled attack', () => {
  it('is not resolved against a date in the pluperfect (FR)', () => {
    const text =
      ' date 2019-11 Une attaque contre un camp militaire vendredi a fait 54 morts. Quarante soldats avaient été tués le 30 septembre dans deux assauts.';
    expect(date(text, 'fr', null).date).not.toBe('2019-09-27');
  });
  it('is not resolved against a date in the pluperfect (EN)', () => {
    const text =
      'Militants overran the post on Friday, killing 20 soldiers. Forty troops had been killed on September 30 in a similar raid.';
    expect(date(text, 'en', null).date).toBeNull();
  });
  it('still resolves against a date of the main story', () => {
    const text =
      'Militants overran the post on Friday, killing 20 soldiers. The army said on Saturday, November 2, 2019 that reinforcements had arrived.';
    expect(date(text, 'en', null).date).toBe('2019-11-01');
  });
});

describe('dates: an evening between two weekdays', () => {
  it('is dated to the first of the two days, also after "le soir" or "late"', () => {
    // 2022-07-31 is a Sunday.
    for (const text of [
      'Des assaillants ont tué 12 civils à Inékar le soir entre mercredi et jeudi.',
      'Les villageois ont été abattus dans la soirée de mercredi à jeudi, a-t-on appris.',
    ])
      expect(date(text, 'fr', '2022-07-31').date).toBe('2022-07-27');
    expect(
      date('Gunmen killed 12 civilians late between Wednesday and Thursday.', 'en', '2022-07-31').date,
    ).toBe('2022-07-27');
  });
});

describe('dates: a day with "dernier" / "last"', () => {
  it('reads "le 14 juin dernier" as that day, when it is the only date', () => {
    for (const text of [
      'Vingt soldats ont été tués le 14 juin dernier dans une embuscade près de Diabaly.',
      'Le 14 juin dernier, vingt soldats ont été tués dans une embuscade.',
      "L'embuscade du 14 juin dernier a coûté la vie à vingt militaires.",
    ])
      expect(date(text, 'fr', '2020-06-20').date).toBe('2020-06-14');
  });
  it('still reads a month with "dernier" as another time, not a day', () => {
    const text =
      'En mars dernier, des jihadistes avaient attaqué le poste. Vingt soldats ont été tués lundi.';
    expect(date(text, 'fr', '2020-06-20').date).toBe('2020-06-15');
  });
});

describe('dates: a dateline stands in for a missing publication date', () => {
  it("resolves a weekday against the dateline's day (FR, EN)", () => {
    expect(
      date(
        'Bamako, 15 juin 2020 - Vingt-quatre soldats ont été tués dimanche dans une embuscade.',
        'fr',
        null,
      ).date,
    ).toBe('2020-06-14');
    expect(
      date(
        'BAMAKO, June 15, 2020 (Reuters) - Twenty-four soldiers were killed on Sunday in an ambush.',
        'en',
        null,
      ).date,
    ).toBe('2020-06-14');
  });
  it("is not the attack's day itself", () => {
    expect(
      date('Bamako, 15 juin 2020 - Vingt-quatre soldats ont été tués dans une embuscade.', 'fr', null).date,
    ).toBeNull();
  });
  it('resolves "hier" against the dateline, even beside a later publication date', () => {
    expect(
      date(
        'Bamako, dimanche 21 janvier - Des hommes armés ont attaqué hier soir le camp de Boni, tuant 12 soldats.',
        'fr',
        '2024-01-22',
      ).date,
    ).toBe('2024-01-20');
    expect(
      date('Gunmen attacked the Boni camp yesterday evening, killing 12 soldiers.', 'en', '2024-01-22').date,
    ).toBe('2024-01-21');
  });
});

describe("dates: a statement's day that opens its sentence", () => {
  it('is not the attack\'s day, nor a recalled one because the statement says "had"', () => {
    const en =
      'Militants stormed the Boulkessi camp on Sunday, killing 30 soldiers. On Friday, June 6, 2025, the army said it had withdrawn from the base.';
    expect(date(en, 'en', null).date).toBe('2025-06-01');
    const fr =
      "Des jihadistes ont pris d'assaut le camp de Boulkessi dimanche, tuant 30 soldats. Vendredi 6 juin 2025, l'armée a annoncé qu'elle avait quitté le camp.";
    expect(date(fr, 'fr', null).date).toBe('2025-06-01');
  });
  it('is still the attack\'s day when an attack word comes first ("…on Sunday, the army said")', () => {
    expect(date('Militants stormed the camp on Sunday, June 1, 2025, the army said.', 'en', null).date).toBe(
      '2025-06-01',
    );
  });
});

describe('dates: a day counted back from the day named', () => {
  it('takes "N days after the attack" and "N jours plus tôt" back from the date', () => {
    // 2024-05-10 is a Friday.
    expect(
      date(
        'Gunmen killed 20 soldiers in Boni, the army said on Tuesday, two days after the attack.',
        'en',
        '2024-05-10',
      ).date,
    ).toBe('2024-05-05');
    expect(
      date(
        "L'armée a annoncé mardi, deux jours après l'attaque, que 20 soldats ont été tués à Boni.",
        'fr',
        '2024-05-10',
      ).date,
    ).toBe('2024-05-05');
    expect(
      date(
        "Le 7 mai, l'armée a confirmé la mort de 20 soldats tués à Boni trois jours plus tôt.",
        'fr',
        '2024-05-10',
      ).date,
    ).toBe('2024-05-04');
  });
  it('takes "la veille" back from a weekday, and leaves "plus tard" alone', () => {
    expect(
      date(
        "Le calme est revenu mardi à Boni, après l'attaque de la veille qui a fait 9 morts.",
        'fr',
        '2024-05-10',
      ).date,
    ).toBe('2024-05-06');
    expect(
      date(
        'Le 7 mai, des hommes armés ont tué 9 soldats à Boni ; les renforts sont arrivés deux jours plus tard.',
        'fr',
        '2024-05-10',
      ).date,
    ).toBe('2024-05-07');
  });
});

describe('dates: the attack named by its date, and the day it began', () => {
  it("reads \"Sunday's attack\" as the attack's day, not the claim's", () => {
    expect(date("JNIM on Tuesday claimed Sunday's attack on the Boni camp.", 'en', '2024-05-10').date).toBe(
      '2024-05-05',
    );
  });
  it('reads the day an attack "began"', () => {
    const text =
      'The attack on Boni, which began late Saturday and continued into Sunday, killed 12 soldiers.';
    expect(date(text, 'en', '2024-05-10').date).toBe('2024-05-04');
  });
  it('keeps "l\'attaque de Boni du 10 mai" as the attack\'s date, not a name like "la Plateforme du 14 juin"', () => {
    expect(
      date(
        "Le bilan de l'attaque de Boni du 10 mai s'est alourdi, a annoncé lundi l'armée.",
        'fr',
        '2024-05-14',
      ).date,
    ).toBe('2024-05-10');
    expect(
      date(
        "Des hommes armés ont attaqué Boni dimanche. La Plateforme du 14 juin a condamné l'attaque.",
        'fr',
        '2024-05-14',
      ).date,
    ).toBe('2024-05-12');
  });
  it('reads a numeric date day first ("10/05/2024")', () => {
    expect(date('Le 10/05/2024, des hommes armés ont attaqué Boni, tuant 12 civils.', 'fr', null).date).toBe(
      '2024-05-10',
    );
  });
  it('reads "depuis dimanche" as the day fighting began, not a period', () => {
    expect(
      date(
        "Depuis dimanche, des combats opposent l'armée aux jihadistes à Boni. 12 soldats ont été tués.",
        'fr',
        '2024-05-14',
      ).date,
    ).toBe('2024-05-12');
  });
  it('keeps a toll told before a recalled attack as news', () => {
    const r = read(
      'Twelve people were killed on Sunday in Boni, a week after an attack on Douentza that killed 30.',
      'en',
      '2024-05-14',
    );
    expect(r.event.date).toBe('2024-05-12');
    expect(brief(r.claims)).toEqual(['killed/people 12-12 unattributed']);
    expect(brief(r.background)).toEqual(['killed/people 30-30 unattributed']);
  });
});

describe('dates: a statement dated a day after the attack', () => {
  it('counts back from "a day after the attack" and "au lendemain de l\'attaque"', () => {
    // 2024-05-14 is a Tuesday.
    expect(
      date(
        'Gunmen killed 12 civilians in Boni, officials said on Tuesday, a day after the attack.',
        'en',
        '2024-05-14',
      ).date,
    ).toBe('2024-05-13');
    expect(
      date(
        "Le gouverneur a annoncé mardi, au lendemain de l'attaque de Boni, la mort de 12 civils.",
        'fr',
        '2024-05-14',
      ).date,
    ).toBe('2024-05-13');
  });
});

describe('dates: nights that span two days start on the first', () => {
  it('reads "overnight into Wednesday" as Tuesday', () => {
    expect(
      date('Gunmen attacked the Boni camp overnight into Wednesday, killing 12 soldiers.', 'en', '2024-01-19')
        .date,
    ).toBe('2024-01-16');
  });
  it('reads "late on Tuesday and early on Wednesday" as a span from Tuesday', () => {
    expect(
      date(
        'Gunmen attacked the Boni camp late on Tuesday and early on Wednesday, killing 12 soldiers.',
        'en',
        '2024-01-19',
      ).date,
    ).toBe('2024-01-16');
  });
  it("dates an attack at night told only with the statement's day to the night before it", () => {
    expect(
      date(
        'Twelve soldiers were killed in an overnight attack on the Boni camp, the army said on Wednesday.',
        'en',
        '2024-01-19',
      ).date,
    ).toBe('2024-01-16');
    expect(
      date(
        "Le camp de Boni a été attaqué dans la nuit, a annoncé l'armée mercredi, faisant 12 morts.",
        'fr',
        '2024-01-19',
      ).date,
    ).toBe('2024-01-16');
    // With no night, the statement's day stands.
    expect(
      date(
        'Twelve soldiers were killed in an attack on the Boni camp, the army said on Wednesday.',
        'en',
        '2024-01-19',
      ).date,
    ).toBe('2024-01-17');
  });
});

describe("dates: a day the attack's words name, a few days before an unbound date", () => {
  it("takes 'l'attaque de mardi' over a later date of the toll", () => {
    expect(
      date(
        "Le 13 juin, le bilan de l'assaut s'est alourdi, selon des sources locales. L'attaque de mardi a fait 12 morts parmi les soldats.",
        'fr',
        '2024-06-14',
      ).date,
    ).toBe('2024-06-11');
    expect(
      date(
        'On June 13, the toll from the assault rose to 12 soldiers. Militants attacked the camp on Tuesday, sources said.',
        'en',
        '2024-06-14',
      ).date,
    ).toBe('2024-06-11');
  });
  it("takes another day of the month the attack's sentences give, two days before", () => {
    expect(
      date(
        "Dimanche 14 juillet 2024, les FAMa ont fait le point sur l'attaque de Boni. Vendredi 12 juillet, des terroristes ont attaqué le poste, tuant 5 soldats.",
        'fr',
        null,
      ).date,
    ).toBe('2024-07-12');
    expect(
      date(
        'On Sunday, July 14, 2024, the army gave the toll of the attack on Boni. On Friday, July 12, militants attacked the post, killing 5 soldiers.',
        'en',
        null,
      ).date,
    ).toBe('2024-07-12');
  });
  it('takes the day before when a later sentence says the attack began then', () => {
    expect(
      date(
        'Mercredi 12 juin, des terroristes ont attaqué le camp de Boni, tuant 5 soldats. Tout a commencé mardi vers 23 heures, selon un habitant.',
        'fr',
        '2024-06-13',
      ).date,
    ).toBe('2024-06-11');
    expect(
      date(
        'On Wednesday, June 12, militants attacked the Boni camp, killing 5 soldiers. It started late on Tuesday, a resident said.',
        'en',
        '2024-06-13',
      ).date,
    ).toBe('2024-06-11');
    // Arriving the day before is not beginning the attack.
    expect(
      date(
        'Mercredi 12 juin, des terroristes ont attaqué le camp de Boni, tuant 5 soldats. Les assaillants sont arrivés mardi soir.',
        'fr',
        '2024-06-13',
      ).date,
    ).toBe('2024-06-12');
  });
  it('keeps the date when the bound day is a week away or recalled', () => {
    // Sunday the 9th is four days before: another week's news, not this attack.
    expect(
      date(
        'On June 13, the toll from the assault rose to 12 soldiers. Militants attacked the camp on Sunday, sources said.',
        'en',
        '2024-06-14',
      ).date,
    ).toBe('2024-06-13');
    expect(
      date(
        'Le 13 juin, des terroristes ont attaqué le camp de Boni. Le poste avait déjà été attaqué lundi.',
        'fr',
        '2024-06-14',
      ).date,
    ).toBe('2024-06-13');
  });
});

describe("dates: a dispatch's dateline anchors its weekdays", () => {
  it('reads "on Sunday" in a dispatch dated Feb 12 as the Sunday before it, on a page updated later', () => {
    expect(
      date(
        'BAMAKO, Feb 12 (Reuters) - Gunmen killed at least 26 people in an attack on a village near Boni on Sunday, officials said.',
        'en',
        '2024-03-01',
      ).date,
    ).toBe('2024-02-11');
    expect(
      date(
        "BAMAKO, 12 février (AFP) - Des hommes armés ont tué au moins 26 personnes dimanche dans l'attaque d'un village près de Boni.",
        'fr',
        '2024-03-01',
      ).date,
    ).toBe('2024-02-11');
  });
});

describe('dates: the page’s time stamp is not the story’s date', () => {
  const date = (text: string, published: string | null) =>
    extractReport({ text, lang: 'fr', published, title: 'Mali' }).event.date;
  it('does not date the attack to "Publié le …" / "Updated …"', () => {
    const fr =
      'Attaque à Boni\n\nPublié le 10/05/2024 à 14h32 | Mis à jour le 11/05/2024\n\nDouze soldats ont été tués dans une attaque à Boni.';
    expect(date(fr, '2024-05-10')).toBe(null);
    const en =
      'Attack in Boni\n\nUpdated May 11, 2024 9:02 AM GMT\n\nTwelve soldiers were killed in an attack on Boni.';
    expect(extractReport({ text: en, lang: 'en', published: '2024-05-10', title: 'Mali' }).event.date).toBe(
      null,
    );
  });
  it('resolves a weekday against the publication date, not a later update', () => {
    const fr =
      'Attaque à Boni\n\nMis à jour le 15/05/2024 à 09h00\n\nDouze soldats ont été tués lundi dans une attaque à Boni.';
    expect(date(fr, '2024-05-10')).toBe('2024-05-06');
  });
  it('still resolves a weekday against it when the page has no other date', () => {
    const fr =
      'Attaque à Boni\n\nPublié le 10/05/2024 à 14h32\n\nDouze soldats ont été tués lundi dans une attaque à Boni.';
    expect(date(fr, null)).toBe('2024-05-06');
  });
});

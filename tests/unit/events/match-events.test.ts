import { describe, expect, it } from 'vitest';
import { describeMatch } from '../../../components/describe';
import { setLang } from '../../../components/i18n';
import { incidentFacts, whenOf } from '../../../lib/events/incident-facts';
import { compareClaims, compareWhen, matchIncidents, sharedActors } from '../../../lib/events/match-events';
import type { Incident, Place } from '../../../lib/types';
import { claim, incident, place, report } from './fixtures';

const facts = (key: string, inc: Incident, published: string | null = null, claims = report([inc]).claims) =>
  incidentFacts(key, { published }, { ...report([inc]), claims }, 0);

describe('compareWhen', () => {
  const day = (d: string) => whenOf({ date: d, datePrecision: 'day' }, null);
  it('accepts precise days within ±2 and refuses 3 days apart', () => {
    expect(compareWhen(day('2025-07-01'), day('2025-07-03'))).toBe('same');
    expect(compareWhen(day('2025-07-01'), day('2025-07-04'))).toBe('different');
  });
  it('widens a span by one day only', () => {
    const span = whenOf({ date: '2025-07-01', dateEnd: '2025-07-02', datePrecision: 'span' }, null);
    expect(
      compareWhen(span, whenOf({ date: '2025-07-03', datePrecision: 'span', dateEnd: '2025-07-03' }, null)),
    ).toBe('same');
    expect(compareWhen(span, day('2025-07-05'))).toBe('different');
  });
  it('uses the week before publication when the text gives no date', () => {
    const pub = whenOf({ date: null }, '2025-07-08');
    expect(compareWhen(pub, day('2025-07-02'))).toBe('compatible');
    expect(compareWhen(pub, day('2025-06-28'))).toBe('different');
    expect(compareWhen(pub, day('2025-07-09'))).toBe('different');
  });
  it('month precision matches only the same month', () => {
    const month = whenOf({ date: '2023-12-01', datePrecision: 'month' }, null);
    expect(compareWhen(month, day('2023-12-20'))).toBe('compatible');
    expect(compareWhen(month, day('2024-01-02'))).toBe('different');
  });
  it('no date at all is unknown, another year is different', () => {
    expect(compareWhen(whenOf({ date: null }, null), day('2025-07-01'))).toBe('unknown');
    expect(compareWhen(whenOf({ date: '2023-01-01', datePrecision: 'year' }, null), day('2025-07-01'))).toBe(
      'different',
    );
  });
});

describe('matchIncidents', () => {
  it('matches the same places and close dates, and explains why', () => {
    const a = facts('a', incident({ date: '2025-07-01', places: ['Kayes', 'Diboli'], actors: ['JNIM'] }));
    const b = facts(
      'b',
      incident({ date: '2025-07-02', places: ['Diboli', 'Kayes', 'Sandere'], actors: ['JNIM'] }),
    );
    const r = matchIncidents(a, b)!;
    expect(r.samePlaces).toEqual(['Kayes', 'Diboli']);
    expect(r.sameActors).toEqual(['JNIM']);
    expect(r.dates).toBe('1–2 July 2025');
    setLang('en');
    expect(describeMatch(r)).toBe('same places: Kayes, Diboli; dates 1–2 July 2025; same actors: JNIM');
    setLang('fr');
    expect(describeMatch(r)).toBe('mêmes lieux : Kayes, Diboli; dates 1–2 July 2025; mêmes acteurs : JNIM');
    setLang('en');
  });

  it('reports an unknown spelling as possibly the same place', () => {
    const a = facts('a', incident({ date: '2025-07-01', placeDetails: [place('Binoli', null)] }));
    const b = facts('b', incident({ date: '2025-07-01', places: ['Diboli'] }));
    const r = matchIncidents(a, b)!;
    expect(r.samePlaces).toEqual([]);
    expect(r.similarPlaces).toEqual([['Binoli', 'Diboli']]);
    expect(r.score).toBeLessThan(matchIncidents(b, b)!.score);
  });

  it('matches spellings the gazetteer knows as one place by id', () => {
    const a = facts(
      'a',
      incident({ date: '2021-01-24', placeDetails: [place('Boulikessi', 'ml:boulkessi', 'Boulkessi')] }),
    );
    const b = facts(
      'b',
      incident({ date: '2021-01-24', placeDetails: [place('Boulkessi', 'ml:boulkessi', 'Boulkessi')] }),
    );
    expect(matchIncidents(a, b)?.samePlaces).toEqual(['Boulkessi']);
  });

  it('never merges two different gazetteer places with similar names', () => {
    const a = facts('a', incident({ date: '2025-07-01', placeDetails: [place('Nioro', 'ml:nioro')] }));
    const b = facts('b', incident({ date: '2025-07-01', placeDetails: [place('Niono', 'ml:niono')] }));
    expect(matchIncidents(a, b)).toBeNull();
  });

  it('the same town another year is another attack', () => {
    const y2023 = facts('a', incident({ date: '2023-12-02', places: ['Farabougou'], actors: ['JNIM'] }));
    const y2025 = facts('b', incident({ date: '2025-08-19', places: ['Farabougou'], actors: ['JNIM'] }));
    expect(matchIncidents(y2023, y2025)).toBeNull();
    const b2019 = facts('c', incident({ date: '2019-09-30', places: ['Boulkessi'] }));
    const b2025 = facts('d', incident({ date: '2025-06-01', places: ['Boulkessi'] }));
    expect(matchIncidents(b2019, b2025)).toBeNull();
  });

  it('without any date it needs place, actor and figure agreement', () => {
    const undated = (claims = [claim('killed', 'soldiers', 21)], actors = ['JNIM']) =>
      facts('u', incident({ places: ['Farabougou'], actors }), null, claims);
    const dated = facts(
      'd',
      incident({ date: '2025-08-19', places: ['Farabougou'], actors: ['JNIM'] }),
      '2025-08-20',
      [claim('killed', 'soldiers', 20, 22)],
    );
    expect(matchIncidents(undated(), dated)).not.toBeNull();
    expect(matchIncidents(undated([claim('killed', 'soldiers', 5)]), dated)).toBeNull();
    expect(matchIncidents(undated([]), dated)).toBeNull();
    expect(matchIncidents(undated(undefined, ['ISSP']), dated)).toBeNull();
  });

  it('needs at least one shared or similar place', () => {
    const a = facts('a', incident({ date: '2025-07-01', places: ['Kayes'], actors: ['JNIM'] }));
    const b = facts('b', incident({ date: '2025-07-01', places: ['Gao'], actors: ['JNIM'] }));
    expect(matchIncidents(a, b)).toBeNull();
  });
});

describe('reports we cannot read and pages with only a month', () => {
  it('an unreadable report with no date matches on its main place only', () => {
    const unreadable = incidentFacts(
      'u',
      { published: null },
      { ...report([incident({ places: ['Mondoro', 'Boulkessi'] })]), status: 'unsupported-language' },
      0,
    );
    const mondoro = facts('m', incident({ date: '2022-03-04', places: ['Mondoro'] }));
    const boulkessi = facts('b', incident({ date: '2022-03-04', places: ['Boulkessi', 'Tombouctou'] }));
    expect(unreadable.readable).toBe(false);
    expect(matchIncidents(unreadable, mondoro)).not.toBeNull();
    expect(matchIncidents(unreadable, boulkessi)).toBeNull();
  });

  it('a ` date YYYY-MM` first line stands in for the publication date', () => {
    const inc = incident({ places: ['Farabougou'], actors: ['JNIM'] });
    const f = incidentFacts(
      'p',
      { published: null, text: ' date 2023-12 The attackers came at noon.' },
      report([inc]),
      0,
    );
    expect(f.when).toMatchObject({ kind: 'published', from: '2023-11-24', to: '2023-12-31' });
    const later = facts('l', incident({ date: '2025-08-19', places: ['Farabougou'], actors: ['JNIM'] }));
    expect(compareWhen(f.when, later.when)).toBe('different');
  });
});

describe('matchIncidents: the same day and toll told from two places', () => {
  const at = (key: string, places: Place[], date: string, claims = [claim('killed', 'soldiers', 24)]) =>
    facts(key, incident({ date, placeDetails: places }), null, claims);
  const diabaly = { ...place('Diabaly'), lat: 14.69, lon: -6.01 };
  const segou = { ...place('Ségou', 'ml:segou'), lat: 13.43, lon: -6.26 };
  const kidal = { ...place('Kidal'), lat: 18.44, lon: 1.41 };

  it('matches a village and the nearby town a report names instead, on the same day and toll', () => {
    expect(matchIncidents(at('a', [diabaly], '2020-06-14'), at('b', [segou], '2020-06-14'))).not.toBeNull();
    expect(matchIncidents(at('a', [diabaly], '2020-06-14'), at('b', [segou], '2020-06-15'))).not.toBeNull();
  });
  it('matches a report that names no place', () => {
    expect(matchIncidents(at('a', [diabaly], '2020-06-14'), at('b', [], '2020-06-14'))).not.toBeNull();
  });
  it('does not match far places, other days, small or different tolls', () => {
    expect(matchIncidents(at('a', [diabaly], '2020-06-14'), at('b', [kidal], '2020-06-14'))).toBeNull();
    expect(matchIncidents(at('a', [diabaly], '2020-06-14'), at('b', [segou], '2020-06-17'))).toBeNull();
    const small = [claim('killed', 'soldiers', 4)];
    expect(
      matchIncidents(at('a', [diabaly], '2020-06-14', small), at('b', [segou], '2020-06-14', small)),
    ).toBeNull();
    const other = [claim('killed', 'soldiers', 24), claim('wounded', 'soldiers', 40)];
    const theirs = [claim('killed', 'soldiers', 24), claim('wounded', 'soldiers', 3)];
    expect(
      matchIncidents(at('a', [diabaly], '2020-06-14', other), at('b', [segou], '2020-06-14', theirs)),
    ).toBeNull();
  });
});

describe('matchIncidents: one militia under two names', () => {
  const by = (key: string, actors: string[]) =>
    facts(key, incident({ date: '2019-03-23', placeDetails: [place('Ogossagou')], actors }), null, [
      claim('killed', 'civilians', 134),
    ]);
  const elsewhere = (key: string, actors: string[]) =>
    facts(key, incident({ date: '2019-03-23', placeDetails: [], actors }), null, [
      claim('killed', 'people', 134),
    ]);
  it('counts "Dan Na Ambassagou" and "Dozo" as the same men', () => {
    expect(sharedActors(['Dan Na Ambassagou'], ['Dozo'])).toEqual(['Dan Na Ambassagou']);
    expect(matchIncidents(by('a', ['Dan Na Ambassagou']), elsewhere('b', ['Dozo']))).not.toBeNull();
  });
  it('still keeps other groups apart', () => {
    expect(sharedActors(['Dozo'], ['JNIM'])).toEqual([]);
    expect(matchIncidents(by('a', ['Dozo']), elsewhere('b', ['JNIM']))).toBeNull();
  });
});

describe('compareClaims: victims whose side one report does not say', () => {
  it('compares "people" with the civilians another report counts, and with no other side', () => {
    const people = [claim('killed', 'people', 115), claim('killed', 'people', 26)];
    expect(compareClaims(people, [claim('killed', 'civilians', 115)])).toEqual({ agree: 1, conflict: 0 });
    expect(compareClaims(people, [claim('killed', 'civilians', 160)])).toEqual({ agree: 0, conflict: 1 });
    expect(compareClaims(people, [claim('killed', 'soldiers', 160)])).toEqual({ agree: 0, conflict: 0 });
  });
  it('counts a toll with no side as the one side the other report gives, when they agree', () => {
    const bare = [claim('wounded', 'people', 17)];
    expect(compareClaims(bare, [claim('wounded', 'soldiers', 17)])).toEqual({ agree: 1, conflict: 0 });
    expect(compareClaims([claim('wounded', 'soldiers', 17)], bare)).toEqual({ agree: 1, conflict: 0 });
    // Far apart, or beside the same side's own row, it says nothing.
    expect(compareClaims(bare, [claim('wounded', 'soldiers', 60)])).toEqual({ agree: 0, conflict: 0 });
    const two = [claim('wounded', 'soldiers', 17), claim('wounded', 'militants', 17)];
    expect(compareClaims(bare, two)).toEqual({ agree: 0, conflict: 0 });
  });
});

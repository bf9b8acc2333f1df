/**
 * Independence is about origin: one claimant's statement relayed by many
 * outlets is one source; its wording variants are not conflicts; the same
 * claimant's changed figure is a revision. Reports written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimStatuses, compareReports, type CompareInput } from '../../../lib/events/compare';
import { withinRounding } from '../../../lib/events/figure-status';
import { claimantBody, wireCredit } from '../../../lib/events/origin';
import type { Claim } from '../../../lib/types';
import { claim, incident, report } from './fixtures';

let n = 0;
function input(outlet: string, claims: Claim[], text?: string, published = '2024-05-12'): CompareInput {
  n++;
  return {
    key: `${outlet}-${n}`,
    article: {
      outlet,
      published,
      text:
        text ?? `Story ${n} by ${outlet}, in its own words, about the raid on the garrison number ${n * 13}.`,
    },
    report: report([incident({ date: '2024-05-11', places: ['Tessit'] })], claims),
  };
}

const army = (min: number, max: number | null, source: string, extra: Partial<Claim> = {}) =>
  claim('killed', 'militants', min, max, { by: 'official', source, ...extra });

/** Five outlets relay the army's one statement, each in its own words. */
const relays = () => [
  input('Sahel Morning', [army(80, 80, "l'armée")]),
  input('Niger River Post', [army(81, null, 'the army')]), // "more than 80"
  input('Bamako Evening', [army(80, null, 'les FAMa')]), // "at least 80"
  input('Desert Wire', [army(80, 80, "l'état-major", { approx: true })]), // "about 80"
  input('Mopti Today', [army(80, 80, 'the military')]),
];

describe('one claimant’s statement relayed by five outlets', () => {
  it('is one source, in the row and in the event', () => {
    const c = compareReports(relays());
    expect(c.summary[0].sources).toBe(1);
    expect(c.sources).toBe(1);
    expect(new Set(c.rows[0].figures.map((f) => f.origin)).size).toBe(1);
  });

  it('shows "80" and "more than 80" as wording variants, not a conflict', () => {
    const c = compareReports(relays());
    expect(c.rows[0].status).toBe('variant');
    const eighty = c.rows[0].figures.find((f) => f.outlet === 'Sahel Morning')!;
    const moreThan = c.rows[0].figures.find((f) => f.outlet === 'Niger River Post')!;
    expect([eighty.status, moreThan.status]).toEqual(['variant', 'variant']);
    expect(c.rows[0].figures.some((f) => f.status === 'conflict' || f.status === 'agree')).toBe(false);
  });

  it('identical relays are not confirmation of each other', () => {
    const c = compareReports([
      input('Sahel Morning', [army(80, 80, "l'armée")]),
      input('Mopti Today', [army(80, 80, 'the army')]),
    ]);
    expect(c.rows[0].status).toBe('single');
    expect(c.sources).toBe(1);
  });

  it('summarises the statement once: its plain figure, not its wordings', () => {
    expect(compareReports(relays()).summary[0]).toMatchObject({
      low: 80,
      best: 80,
      high: 80,
      conservative: 80,
    });
  });

  it('an independent claimant that disagrees is a conflict, one that agrees confirms', () => {
    const group = claim('killed', 'militants', 12, 12, { by: 'armed_group', source: 'JNIM' });
    const c = compareReports([...relays(), input('Other Paper', [group])]);
    expect(c.rows[0].status).toBe('conflict');
    expect(c.sources).toBe(2);
    const locals = claim('killed', 'militants', 80, 80, { by: 'local', source: 'villagers' });
    const d = compareReports([...relays(), input('Other Paper', [locals])]);
    expect(d.rows[0].status).toBe('agree');
    expect(d.summary[0].sources).toBe(2);
  });

  it('the highlights of one relay say variant too', () => {
    const [first, ...rest] = relays();
    expect(claimStatuses(rest[0], [first, ...rest.slice(1)])).toEqual(['variant']);
  });
});

describe('the same claimant’s changed figure is a revision', () => {
  it('marks the older figure earlier and revised, the row is not a conflict', () => {
    const c = compareReports([
      input('Sahel Morning', [army(17, 17, "l'armée")], undefined, '2024-05-11'),
      input('Mopti Today', [army(42, 42, 'the army')], undefined, '2024-05-13'),
    ]);
    const old = c.rows[0].figures.find((f) => f.min === 17)!;
    expect(old).toMatchObject({ earlier: true, status: 'revised' });
    expect(c.rows[0].status).toBe('revised');
    expect(c.summary[0]).toMatchObject({ low: 42, high: 42 });
  });

  it('without dates, the lower figure of the same claimant is the earlier one (tolls rise)', () => {
    const c = compareReports([
      input('Sahel Morning', [army(42, 42, 'the army')]),
      input('Mopti Today', [army(17, 17, "l'armée")]),
    ]);
    expect(c.rows[0].figures.find((f) => f.min === 17)?.status).toBe('revised');
    expect(c.rows[0].figures.find((f) => f.min === 42)?.status).toBe('single');
  });

  it('different claimants with different figures stay a conflict', () => {
    const c = compareReports([
      input('Sahel Morning', [army(17, 17, 'the army')]),
      input('Mopti Today', [
        claim('killed', 'militants', 42, 42, { by: 'local', source: 'a local official' }),
      ]),
    ]);
    expect(c.rows[0].status).toBe('conflict');
  });
});

describe('a wire dispatch rewritten by two outlets', () => {
  const told = (s: string) => `${s} A security source told AFP that thirty soldiers died in the ambush.`;
  it('is one source when both credit the same agency', () => {
    const sec = () => claim('killed', 'soldiers', 30, 30, { by: 'security_source' });
    const c = compareReports([
      input('Sahel Morning', [sec()], told('Gunmen struck a convoy near the border on Friday.')),
      input('Mopti Today', [sec()], told('A military convoy was ambushed on Friday close to the frontier.')),
    ]);
    expect(c.copies).toEqual([]); // not word-for-word copies
    expect(c.sources).toBe(1);
    expect(c.rows[0].status).toBe('single');
  });

  it('two outlets with their own security sources are two sources', () => {
    const sec = () => claim('killed', 'soldiers', 30, 30, { by: 'security_source' });
    const c = compareReports([input('Sahel Morning', [sec()]), input('Mopti Today', [sec()])]);
    expect(c.sources).toBe(2);
    expect(c.rows[0].status).toBe('agree');
  });
});

describe('origin helpers', () => {
  it('names the body a claimant speaks for', () => {
    expect(claimantBody('official', "de l'armée malienne")).toBe('official:mali');
    expect(claimantBody('official', 'The Nigerien army')).toBe('official:niger');
    expect(claimantBody('armed_group', 'de la Katiba Serma')).toBe('group:jnim');
    expect(claimantBody('armed_group', 'the group')).toBeNull();
    expect(claimantBody('monitor', 'de la Minusma')).toBe('monitor:un');
  });

  it('finds a wire credit but not a photo credit', () => {
    expect(wireCredit('Local sources told AFP on Sunday.')).toBe('wire:afp');
    expect(wireCredit('BAMAKO (Reuters) - Gunmen attacked a village.')).toBe('wire:reuters');
    expect(wireCredit('Soldiers on patrol. (Photo by A. Photographer / AFP)')).toBeNull();
    expect(wireCredit('No agency here.')).toBeNull();
  });

  it('tells rounding from disagreement', () => {
    expect(withinRounding({ min: 80, max: 80 }, { min: 81, max: null })).toBe(true);
    expect(withinRounding({ min: 80, max: 80, approx: true }, { min: 86, max: 86 })).toBe(true);
    expect(withinRounding({ min: 80, max: 80 }, { min: 86, max: 86 })).toBe(false);
    expect(withinRounding({ min: 17, max: 17 }, { min: 42, max: 42 })).toBe(false);
  });
});

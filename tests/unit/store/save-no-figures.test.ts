/**
 * A report of an attack in Mali that gives no figures is still part of the
 * record: it saves, joins the event of its attack, counts as an outlet that
 * reported it, and takes the claims the user adds.
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Correction } from '../../../lib/corrections';
import { coverageLabel } from '../../../components/describe';
import { setLang } from '../../../components/i18n';
import { timelineItem } from '../../../lib/dashboard';
import {
  getEvent,
  getEventReports,
  getReport,
  matchEvents,
  openStore,
  saveReport,
  type Store,
} from '../../../lib/store';
import { article, claim, incident, report } from '../events/fixtures';

const stores: Store[] = [];
async function open() {
  const s = await openStore(
    'test',
    new IDBFactory() as unknown as globalThis.IDBFactory,
    IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
  );
  stores.push(s);
  return s;
}
afterEach(() => stores.splice(0).forEach((s) => s.close()));

const attack = () => incident({ date: '2026-03-03', places: ['Douentza'], actors: ['JNIM'] });
const withFigures = (n: number) => report([attack()], [claim('killed', 'soldiers', n)]);
const noFigures = () => report([attack()], [], 'no-claims');

describe('a report with no figures', () => {
  it('saves and joins the event of the same attack', async () => {
    const s = await open();
    const first = await saveReport(s, article('https://a.example/1', '2026-03-04'), withFigures(12));
    const second = await saveReport(s, article('https://b.example/2', '2026-03-04'), withFigures(15));
    expect(second.events[0].id).toBe(first.events[0].id);

    const res = await saveReport(s, article('https://c.example/3', '2026-03-05'), noFigures());
    expect(res.events.map((e) => e.id)).toEqual([first.events[0].id]);
    expect((await getReport(s, 'https://c.example/3'))?.report.status).toBe('no-claims');
    const event = await getEvent(s, first.events[0].id);
    expect(event?.reports.sort()).toEqual([
      'https://a.example/1',
      'https://b.example/2',
      'https://c.example/3',
    ]);
    // Its figures stay those of the reports that give some.
    expect(event?.figures?.sort()).toEqual(['killed/soldiers/12/12', 'killed/soldiers/15/15']);
  });

  it('is matched with the saved event before it is saved (the popup shows the comparison)', async () => {
    const s = await open();
    const first = await saveReport(s, article('https://a.example/1', '2026-03-04'), withFigures(12));
    const found = await matchEvents(s, article('https://c.example/3', '2026-03-05'), noFigures());
    expect(found.map((m) => m.event.id)).toEqual([first.events[0].id]);
  });

  it('counts as an outlet that reported the attack, and one that gives figures once the user adds one', async () => {
    const s = await open();
    await saveReport(s, article('https://a.example/1', '2026-03-04'), withFigures(12));
    await saveReport(s, article('https://b.example/2', '2026-03-04'), withFigures(15));
    const { events } = await saveReport(s, article('https://c.example/3', '2026-03-05'), noFigures());
    const event = (await getEvent(s, events[0].id))!;
    const reports = await getEventReports(s, event.id);

    const before = timelineItem(event, reports, new Map());
    expect([before.outlets, before.withFigures]).toEqual([3, 2]);
    setLang('en');
    expect(coverageLabel(before)).toBe('Reported by 3 outlets, 2 give figures');
    setLang('fr');
    expect(coverageLabel(before)).toBe('Rapportée par 3 médias, 2 donnent des chiffres');
    expect(coverageLabel({ outlets: 1, withFigures: 1 })).toBe('Rapportée par 1 média, 1 donne des chiffres');
    setLang('en');

    const added: Correction = {
      id: 'c1',
      createdAt: '2026-03-06T10:00:00Z',
      type: 'add-claim',
      url: 'https://c.example/3',
      claim: claim('killed', 'soldiers', 14),
    };
    const after = timelineItem(event, reports, new Map([['https://c.example/3', [added]]]));
    expect([after.outlets, after.withFigures]).toEqual([3, 3]);
    const row = after.comparison.rows.find((r) => r.kind === 'killed' && r.subject === 'soldiers');
    expect(row?.figures.some((f) => f.report === 'https://c.example/3' && f.min === 14)).toBe(true);
  });
});

/** Undo of move, merge and split: the events, their reports and the log are as before the change. */
import { afterEach, describe, expect, it } from 'vitest';
import { getEvent, getReport, listEvents, saveReport } from '../../../lib/store';
import { listCorrections, mergeEvents, moveReport, splitEvent } from '../../../lib/store/corrections';
import { restoreSnapshot, snapshotEvents } from '../../../lib/store/undo';
import type { Store } from '../../../lib/store';
import { article, claim, incident, report } from '../events/fixtures';
import { closeAll, open } from './open';

afterEach(closeAll);

const kayes = (n: number) =>
  report(
    [incident({ date: '2025-07-01', places: ['Kayes'], actors: ['JNIM'] })],
    [claim('killed', 'soldiers', n)],
  );
const gao = () =>
  report([incident({ date: '2025-07-05', places: ['Gao'] })], [claim('killed', 'civilians', 4)]);

/** Everything undo must bring back: each event's reports and each report's events. */
async function state(s: Store) {
  const events = (await listEvents(s)).map((e) => ({ id: e.id, reports: [...e.reports].sort() }));
  events.sort((a, b) => a.id.localeCompare(b.id));
  const reports: Record<string, unknown> = {};
  for (const e of events)
    for (const u of e.reports) reports[u] = [...((await getReport(s, u))?.eventIds ?? [])].sort();
  return { events, reports, log: (await listCorrections(s)).length };
}

async function twoEvents() {
  const s = await open();
  const a = article('https://a.example/1', '2025-07-02');
  const b = article('https://b.example/2', '2025-07-02');
  const c = article('https://c.example/3', '2025-07-06');
  const kayesEvent = (await saveReport(s, a, kayes(12))).events[0].id;
  await saveReport(s, b, kayes(14));
  const gaoEvent = (await saveReport(s, c, gao())).events[0].id;
  return { s, a, b, c, kayesEvent, gaoEvent };
}

describe('undo of event corrections', () => {
  it('puts a moved report back (to an existing event and to a new one)', async () => {
    const { s, b, kayesEvent, gaoEvent } = await twoEvents();
    const before = await state(s);
    for (const to of [gaoEvent, null]) {
      const snap = await snapshotEvents(s, [kayesEvent, ...(to ? [to] : [])]);
      await moveReport(s, b.url, kayesEvent, to);
      expect(await state(s)).not.toEqual(before);
      await restoreSnapshot(s, snap);
      expect(await state(s)).toEqual(before);
    }
  });

  it('brings a merged-away event back', async () => {
    const { s, kayesEvent, gaoEvent } = await twoEvents();
    const before = await state(s);
    const snap = await snapshotEvents(s, [kayesEvent, gaoEvent]);
    await mergeEvents(s, kayesEvent, gaoEvent);
    expect(await getEvent(s, gaoEvent)).toBeUndefined();
    await restoreSnapshot(s, snap);
    expect(await state(s)).toEqual(before);
    expect((await getEvent(s, gaoEvent))!.reports).toEqual(['https://c.example/3']);
  });

  it('joins a split event again and removes the new one', async () => {
    const { s, b, kayesEvent } = await twoEvents();
    const before = await state(s);
    const snap = await snapshotEvents(s, [kayesEvent]);
    const created = await splitEvent(s, kayesEvent, [b.url]);
    expect(await getEvent(s, created)).toBeDefined();
    await restoreSnapshot(s, snap);
    expect(await getEvent(s, created)).toBeUndefined();
    expect(await state(s)).toEqual(before);
  });
});

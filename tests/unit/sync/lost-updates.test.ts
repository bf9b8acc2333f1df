/**
 * No change is lost whatever happens between a sync's steps: a team
 * member's version that reached the replica before a local change was sent,
 * an edit made while a sync runs, a choice made while another version
 * arrives. Each becomes a conflict shown with every version, never a silent
 * overwrite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getReport, saveReport } from '../../../lib/store';
import { addClaimCorrection, getCorrections } from '../../../lib/store/corrections';
import { chooseVersion, flushOutbox, listConflicts } from '../../../lib/sync';
import { article, claim, incident, report } from '../events/fixtures';
import { startTeamServer, type TeamServer } from '../../team-server/team-server';
import { member, type Member } from './clients';

let server: TeamServer;
beforeAll(async () => {
  server = await startTeamServer({
    users: { alice: 'alice-pass', bruno: 'bruno-pass', carla: 'carla-pass' },
  });
});
afterAll(() => server.close());

let pages = 0;
const newUrl = () => `https://lost-${++pages}.example/kidal`;

function save(m: Member, url: string, killed: number) {
  const r = report(
    [incident({ date: '2025-03-10', places: ['Kidal'], actors: ['JNIM'] })],
    [claim('killed', 'soldiers', killed)],
  );
  return saveReport(m.store, article(url, '2025-03-11'), r);
}

async function figure(m: Member, url: string) {
  return (await getReport(m.store, url))?.report.claims[0].min;
}

/** This report's conflicts (the server is shared: other tests' reports arrive too). */
async function conflictsOf(m: Member, url: string) {
  return (await listConflicts(m.store)).filter((x) => x.url === url);
}

/** Every version of the report's conflict in this member's store: its figures, sorted. */
async function conflictFigures(m: Member, url: string, state = 'open') {
  const c = (await conflictsOf(m, url)).find((x) => x.state === state);
  return c?.versions.map((v) => v.report?.report.claims[0].min ?? null).sort();
}

function correct(m: Member, url: string, min: number) {
  const ref = { text: claim('killed', 'soldiers', 10).text, start: 0, kind: 'killed' as const };
  return addClaimCorrection(m.store, {
    type: 'edit-claim',
    url,
    claim: { ...ref, subject: 'soldiers' as const },
    set: { min },
  });
}

/** Two members holding the same report (10 killed), synced. */
async function sharedReport(): Promise<[Member, Member, string]> {
  const a = await member(server, 'alice');
  const b = await member(server, 'bruno');
  const url = newUrl();
  await save(a, url, 10);
  await a.sync();
  await b.sync();
  expect(await figure(b, url)).toBe(10);
  return [a, b, url];
}

async function rounds(...members: Member[]) {
  for (const m of members) await m.sync();
}

describe('no change lost between a sync’s steps', () => {
  it('keeps a local change made after the replica received another member’s version: both shown', async () => {
    const [a, b, url] = await sharedReport();
    await save(b, url, 30);
    await b.sync();
    // Alice's last sync pulled Bruno's version into her replica, then stopped before applying it.
    await a.replica.replicate.from(a.remote, { batch_size: 100 });
    await save(a, url, 20);
    await rounds(a, b, a);
    for (const m of [a, b]) expect(await conflictFigures(m, url)).toEqual([20, 30]);
    expect(await server.database.get(`report:${url}`, { conflicts: true })).toHaveProperty('_conflicts');
  });

  it('keeps an edit made while a sync runs, and another member’s version that sync brought', async () => {
    const [a, b, url] = await sharedReport();
    await save(b, url, 30);
    await b.sync();
    await a.syncWhile(() => save(a, url, 20));
    // The edit is not overwritten by what arrived meanwhile…
    expect(await figure(a, url)).toBe(20);
    // …and is sent next, as a version beside Bruno's, not over it.
    await rounds(a, b, a);
    for (const m of [a, b]) expect(await conflictFigures(m, url)).toEqual([20, 30]);
  });

  it('sends an edit made during a sync with nothing arriving as a plain change, no conflict', async () => {
    const [a, b, url] = await sharedReport();
    await save(a, url, 15);
    await a.syncWhile(() => save(a, url, 16));
    await rounds(a, b);
    expect(await figure(b, url)).toBe(16);
    for (const m of [a, b]) expect(await conflictsOf(m, url)).toEqual([]);
  });

  it('sends what another tab wrote into the replica while a pull ran', async () => {
    const [a, b, url] = await sharedReport();
    await save(b, url, 30);
    await b.sync();
    const other = newUrl();
    // A second dashboard's sync moves a new report into the same replica meanwhile.
    await a.syncWhile(async () => {
      await save(a, other, 5);
      await flushOutbox(a.store, a.replica, a.replicaName, 'alice');
    });
    await a.sync();
    await b.sync();
    expect(await figure(b, other)).toBe(5);
    expect(await server.database.get(`report:${other}`)).toMatchObject({ editedBy: 'alice' });
  });

  it('keeps a version that arrived while a member chose between two others', async () => {
    const [a, b, url] = await sharedReport();
    const c = await member(server, 'carla');
    await c.sync();
    await save(a, url, 20);
    await save(b, url, 30);
    await rounds(a, b, a, c);
    expect(await conflictFigures(b, url)).toEqual([20, 30]);
    // Carla, who never saw the conflict, saves her own figure.
    await save(c, url, 40);
    await c.sync();
    const [open] = await conflictsOf(b, url);
    const twenty = open.versions.find((v) => v.report?.report.claims[0].min === 20)!;
    await b.syncWhile(() => chooseVersion(b.store, open.id, twenty.rev, 'bruno'));
    await rounds(b, a, c, b, a, c);
    // Bruno's choice settled the versions he saw; Carla's, which he did not see, still stands beside it.
    for (const m of [a, b, c]) expect(await conflictFigures(m, url)).toEqual([20, 40]);
  });
});

type Order = (a: Member, b: Member, url: string) => Promise<unknown>;

const orders: Array<[string, Order]> = [
  ['alice then bruno', (a, b) => rounds(a, b)],
  ['bruno then alice', (a, b) => rounds(b, a)],
  ['both at once', (a, b) => Promise.all([a.sync(), b.sync()])],
  ['bruno’s whole sync between alice’s steps', (a, b) => a.syncWhile(() => b.sync())],
  ['alice twice, then bruno', (a, b) => rounds(a, a, b)],
  [
    'bruno syncs and alice edits again while her sync runs',
    (a, b, url) => a.syncWhile(() => b.sync().then(() => save(a, url, 21))),
  ],
];

describe.each(orders)('two members edit a report offline and correct it (%s)', (_label, order) => {
  it('shows the conflict with both versions, loses no correction, and settles on both', async () => {
    const [a, b, url] = await sharedReport();
    await save(a, url, 20);
    const ca = await correct(a, url, 12);
    await save(b, url, 30);
    const cb = await correct(b, url, 13);
    await order(a, b, url);
    await rounds(a, b, a, b);
    const aliceLast = await figure(a, url);
    for (const m of [a, b]) {
      const figures = await conflictFigures(m, url);
      expect(figures).toEqual([aliceLast === 21 ? 21 : 20, 30]);
      const ids = (await getCorrections(m.store, url)).map((x) => x.id).sort();
      expect(ids).toEqual([ca.id, cb.id].sort());
    }
    const [open] = await conflictsOf(a, url);
    const thirty = open.versions.find((v) => v.report?.report.claims[0].min === 30)!;
    await chooseVersion(a.store, open.id, thirty.rev, 'alice');
    await rounds(a, b, a);
    for (const m of [a, b]) {
      expect(await figure(m, url)).toBe(30);
      expect(await conflictsOf(m, url)).toMatchObject([{ state: 'resolved', resolvedBy: 'alice' }]);
      expect((await getCorrections(m.store, url)).map((x) => x.id).sort()).toEqual([ca.id, cb.id].sort());
    }
    const onServer = await server.database.get(`report:${url}`, { conflicts: true });
    expect((onServer as { _conflicts?: string[] })._conflicts ?? []).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClaimCorrection, getCorrections, removeCorrection } from '../../../lib/store/corrections';
import { deleteReport, getEvent, getEventReports, getReport, saveReport } from '../../../lib/store';
import { trashReport } from '../../../lib/store/trash';
import { chooseVersion, listConflicts, pendingChanges, readStatus } from '../../../lib/sync';
import { article, claim, incident, report } from '../events/fixtures';
import { startTeamServer, type TeamServer } from '../../team-server/team-server';
import { member, type Member } from './clients';

let server: TeamServer;
beforeAll(async () => {
  server = await startTeamServer();
});
afterAll(() => server.close());

const kidal = (killed: number, url = 'https://a.example/kidal') => ({
  article: article(url, '2025-03-11'),
  report: report(
    [incident({ date: '2025-03-10', places: ['Kidal'], actors: ['JNIM'] })],
    [claim('killed', 'soldiers', killed)],
  ),
});

async function save(m: Member, r: ReturnType<typeof kidal>, now?: string) {
  return saveReport(m.store, r.article, r.report, now ? { now } : {});
}

async function pair(): Promise<[Member, Member]> {
  return [await member(server, 'alice'), await member(server, 'bruno')];
}

describe('team sync (store ⇄ replica ⇄ team server)', () => {
  it('queues every change in the outbox and empties it on sync', async () => {
    const [a] = await pair();
    const saved = await save(a, kidal(12));
    const queued = (await a.store.untracked.getAllKeys('outbox')).sort();
    expect(queued).toEqual([`event:${saved.events[0].id}`, 'report:https://a.example/kidal']);
    const run = await a.sync();
    expect(run.sent).toBe(2);
    expect(await pendingChanges(a.store)).toBe(0);
  });

  it('brings a report saved by one member to the other, in its event, with nothing queued back', async () => {
    const [a, b] = await pair();
    const first = await save(a, kidal(12, 'https://one.example/kidal'));
    await save(a, kidal(14, 'https://two.example/kidal'));
    await a.sync();
    const run = await b.sync();
    expect(run.received).toBeGreaterThanOrEqual(3);
    const got = await getReport(b.store, 'https://one.example/kidal');
    expect(got?.report.claims[0].min).toBe(12);
    const eventId = first.events[0].id;
    const reports = await getEventReports(b.store, eventId);
    expect(reports.map((r) => r.url).sort()).toEqual([
      'https://one.example/kidal',
      'https://two.example/kidal',
    ]);
    // The event's fields are recomputed from its reports on arrival.
    expect((await getEvent(b.store, eventId))?.places).toEqual(['Kidal']);
    expect(await pendingChanges(b.store)).toBe(0);
    // Nothing changed: an idle re-sync sends and applies nothing.
    const idle = await b.sync();
    expect(idle.sent).toBe(0);
    expect(idle.received).toBe(0);
    expect((await readStatus(b.store)).lastSyncAt).not.toBeNull();
  });

  it('keeps both versions of a report two members changed offline, and records who chose', async () => {
    const [a, b] = await pair();
    const url = 'https://conflict.example/kidal';
    await save(a, kidal(10, url), '2025-03-11T10:00:00.000Z');
    await a.sync();
    await b.sync();
    // Both re-read the page offline and got different figures.
    await save(a, kidal(20, url), '2025-03-12T10:00:00.000Z');
    await save(b, kidal(30, url), '2025-03-12T11:00:00.000Z');
    await a.sync();
    const runB = await b.sync();
    await a.sync();
    expect(runB.conflicts).toBe(1);
    for (const m of [a, b]) {
      const [c] = await listConflicts(m.store);
      expect(c.state).toBe('open');
      expect(c.url).toBe(url);
      const figures = c.versions.map((v) => v.report?.report.claims[0].min).sort();
      expect(figures).toEqual([20, 30]);
      expect(c.versions.map((v) => v.editedBy).sort()).toEqual(['alice', 'bruno']);
    }
    // Both members show the same winner meanwhile.
    const winA = (await getReport(a.store, url))?.report.claims[0].min;
    expect((await getReport(b.store, url))?.report.claims[0].min).toBe(winA);

    const [open] = await listConflicts(b.store);
    const choice = open.versions.find((v) => v.report?.report.claims[0].min === 20)!;
    await chooseVersion(b.store, open.id, choice.rev, 'bruno');
    await b.sync();
    await a.sync();
    for (const m of [a, b]) {
      expect((await getReport(m.store, url))?.report.claims[0].min).toBe(20);
      const [c] = await listConflicts(m.store);
      expect(c.state).toBe('resolved');
      expect(c.resolvedBy).toBe('bruno');
    }
    const onServer = (await server.database.get(`report:${url}`, { conflicts: true })) as {
      _conflicts?: string[];
      resolvedBy?: string;
    };
    expect(onServer._conflicts ?? []).toEqual([]);
    expect(onServer.resolvedBy).toBe('bruno');
  });

  it.each([
    ['alice first', [0, 1, 0]],
    ['bruno first', [1, 0, 1]],
    ['both twice', [0, 1, 0, 1]],
  ])('merges corrections made offline by each member (%s)', async (_label, order) => {
    const [a, b] = await pair();
    const url = `https://corr-${order.join('')}.example/kidal`;
    const r = kidal(8, url);
    await save(a, r);
    await a.sync();
    await b.sync();
    const ref = {
      text: r.report.claims[0].text,
      start: 0,
      kind: 'killed' as const,
      subject: 'soldiers' as const,
    };
    const ca = await addClaimCorrection(a.store, { type: 'edit-claim', url, claim: ref, set: { min: 9 } });
    const cb = await addClaimCorrection(b.store, {
      type: 'edit-claim',
      url,
      claim: ref,
      set: { by: 'official' },
    });
    const members = [a, b];
    for (const i of order) await members[i].sync();
    for (const m of members) {
      const ids = (await getCorrections(m.store, url)).map((c) => c.id).sort();
      expect(ids).toEqual([ca.id, cb.id].sort());
    }
    expect(await listConflicts(a.store)).toEqual([]);
  });

  it('takes back a withdrawn correction and a deleted report on the other side', async () => {
    const [a, b] = await pair();
    const url = 'https://gone.example/kidal';
    const r = kidal(5, url);
    await save(a, r);
    const ref = {
      text: r.report.claims[0].text,
      start: 0,
      kind: 'killed' as const,
      subject: 'soldiers' as const,
    };
    const c = await addClaimCorrection(a.store, { type: 'delete-claim', url, claim: ref });
    await a.sync();
    await b.sync();
    expect(await getCorrections(b.store, url)).toHaveLength(1);
    await removeCorrection(a.store, c.id);
    await a.sync();
    await b.sync();
    expect(await getCorrections(b.store, url)).toHaveLength(0);
    await deleteReport(a.store, url);
    await a.sync();
    await b.sync();
    expect(await getReport(b.store, url)).toBeUndefined();
    // The server kept the document, marked deleted (hard deletes are refused).
    expect(await server.database.get(`report:${url}`)).toMatchObject({ deleted: true, editedBy: 'alice' });
  });

  it('restores a trashed report with its corrections on the other side too', async () => {
    const [a, b] = await pair();
    const url = 'https://trash.example/kidal';
    const r = kidal(6, url);
    await save(a, r);
    const ref = {
      text: r.report.claims[0].text,
      start: 0,
      kind: 'killed' as const,
      subject: 'soldiers' as const,
    };
    await addClaimCorrection(a.store, { type: 'edit-claim', url, claim: ref, set: { min: 7 } });
    await a.sync();
    await b.sync();
    const entry = await trashReport(a.store, url);
    await a.sync();
    await b.sync();
    expect(await getReport(b.store, url)).toBeUndefined();
    const { restoreTrash } = await import('../../../lib/store/trash');
    await restoreTrash(a.store, entry!.id);
    await a.sync();
    await b.sync();
    expect((await getReport(b.store, url))?.report.claims[0].min).toBe(6);
    expect(await getCorrections(b.store, url)).toHaveLength(1);
  });

  it('refuses a document that fails the checks and stores nothing of it', async () => {
    const [a, b] = await pair();
    const saved = await save(a, kidal(4, 'https://real.example/kidal'));
    // A member's own replica holding a report under another page's id (as a bad client could send).
    const forged = { ...saved.saved, url: 'https://real.example/kidal' };
    await a.replica.bulkDocs([
      {
        _id: 'report:https://victim.example/x',
        type: 'report',
        report: forged,
        editedBy: 'alice',
        updatedAt: forged.updatedAt,
      },
    ]);
    await a.sync();
    const run = await b.sync();
    expect(run.rejected.map((r) => r.id)).toEqual(['report:https://victim.example/x']);
    expect(await getReport(b.store, 'https://victim.example/x')).toBeUndefined();
    expect(await getReport(b.store, 'https://real.example/kidal')).toBeDefined();
  });

  it('merges an event two members changed offline (reports unlinked on each side) with no conflict to choose', async () => {
    const [a, b] = await pair();
    const one = await save(a, kidal(11, 'https://u1.example/kidal'));
    await save(a, kidal(11, 'https://u2.example/kidal'));
    await save(a, kidal(11, 'https://u3.example/kidal'));
    const id = one.events[0].id;
    expect((await getEvent(a.store, id))?.reports).toHaveLength(3);
    await a.sync();
    await b.sync();
    const { unlinkReport } = await import('../../../lib/store');
    await unlinkReport(a.store, id, 'https://u2.example/kidal');
    await unlinkReport(b.store, id, 'https://u3.example/kidal');
    await a.sync();
    await b.sync();
    await a.sync();
    for (const m of [a, b]) {
      const e = await getEvent(m.store, id);
      expect(e?.reports).toEqual(['https://u1.example/kidal']);
      expect(e?.unlinked?.sort()).toEqual(['https://u2.example/kidal', 'https://u3.example/kidal']);
      expect(await listConflicts(m.store)).toEqual([]);
    }
  });

  it('works offline and catches up: the error in the status, the changes kept waiting', async () => {
    const [a, b] = await pair();
    await save(a, kidal(3, 'https://offline.example/kidal'));
    server.offline = true;
    try {
      await expect(a.sync()).rejects.toBeTruthy();
    } finally {
      server.offline = false;
    }
    expect((await readStatus(a.store)).lastError).toBe('unreachable');
    // The outbox was moved to the replica; the replica keeps it until the server answers.
    await a.sync();
    expect((await readStatus(a.store)).lastError).toBeNull();
    await b.sync();
    expect(await getReport(b.store, 'https://offline.example/kidal')).toBeDefined();
  });
});

/**
 * A replica's first sync: switching to another team server sends it
 * everything (not just what changed since the last sync with the previous
 * server), and a replica synced before base revisions were kept goes on
 * without conflicts nobody made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getReport, saveReport } from '../../../lib/store';
import { addClaimCorrection, getCorrections } from '../../../lib/store/corrections';
import { listConflicts, pendingChanges } from '../../../lib/sync';
import { article, claim, incident, report } from '../events/fixtures';
import { startTeamServer, type TeamServer } from '../../team-server/team-server';
import { member, switchServer, type Member } from './clients';

let first: TeamServer;
let second: TeamServer;
beforeAll(async () => {
  first = await startTeamServer();
  second = await startTeamServer();
});
afterAll(async () => {
  await first.close();
  await second.close();
});

function save(m: Member, url: string, killed: number) {
  const r = report(
    [incident({ date: '2025-03-10', places: ['Gao'], actors: ['JNIM'] })],
    [claim('killed', 'soldiers', killed)],
  );
  return saveReport(m.store, article(url, '2025-03-11'), r);
}

const figure = async (m: Member, url: string) => (await getReport(m.store, url))?.report.claims[0].min;

describe('a replica’s first sync', () => {
  it('sends everything to a team server the member switches to, then only what changes', async () => {
    const a = await member(first, 'alice');
    const url = 'https://switch.example/gao';
    await save(a, url, 7);
    const c = await addClaimCorrection(a.store, {
      type: 'edit-claim',
      url,
      claim: { text: claim('killed', 'soldiers', 7).text, start: 0, kind: 'killed', subject: 'soldiers' },
      set: { min: 8 },
    });
    await a.sync();
    expect(await pendingChanges(a.store)).toBe(0);

    const moved = await switchServer(a, second);
    const run = await moved.sync();
    expect(run.sent).toBeGreaterThanOrEqual(3);
    const b = await member(second, 'bruno');
    await b.sync();
    expect(await figure(b, url)).toBe(7);
    expect((await getCorrections(b.store, url)).map((x) => x.id)).toEqual([c.id]);
    // Once: the next sync with the new server has nothing to send.
    expect((await moved.sync()).sent).toBe(0);
  });

  it('goes on without a conflict on a replica synced before base revisions were kept', async () => {
    const a = await member(first, 'alice');
    const b = await member(first, 'bruno');
    const url = 'https://legacy.example/gao';
    await save(a, url, 3);
    await a.sync();
    await b.sync();
    // As a store upgraded from schema v3 after syncing: no base revisions, no tracking mark.
    await a.store.untracked.clear('bases');
    const marks = (await a.store.untracked.getAllKeys('meta')).filter((k) =>
      String(k).startsWith('sync:bases:'),
    );
    for (const k of marks) await a.store.untracked.delete('meta', k);
    await save(a, url, 4);
    await a.sync();
    await b.sync();
    expect(await figure(b, url)).toBe(4);
    for (const m of [a, b]) expect((await listConflicts(m.store)).filter((x) => x.url === url)).toEqual([]);
  });
});

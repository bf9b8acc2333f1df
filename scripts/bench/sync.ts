/**
 * npm run bench sync — the team sync with 10,000 saved reports, against the
 * test team server (express-pouchdb over PouchDB's memory adapter; not
 * CouchDB): the first sync that sends them all, a second member's first sync
 * that receives them all (into its store, events rebuilt), and an idle
 * re-sync (nothing changed). The server runs in a process of its own, as a
 * team's server is another machine: wall-clock time, the CPU time of this
 * process (the two members) and the server's CPU time apart.
 * BENCH_SYNC_SERVER=inprocess runs it in this process instead (as the bench
 * did first: then its work shares this event loop and counts as this
 * process's CPU).
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { syntheticData } from '../../lib/dashboard/synthetic';
import { countReports, openStore } from '../../lib/store';
import { pendingChanges, signIn, syncNow, type SyncRun } from '../../lib/sync';
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { cookieFetch, PouchDB, startTeamServer } from '../../tests/team-server/team-server';

const REPORTS = Number(process.env.BENCH_SYNC_REPORTS ?? 10_000);

async function member(origin: string, dbUrl: string, name: string, n: number) {
  const store = await openStore(
    `bench-sync-${n}`,
    new IDBFactory() as unknown as globalThis.IDBFactory,
    IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
  );
  const fetcher = cookieFetch();
  const session = await signIn(fetcher, origin, name, `${name}-pass`);
  if (!session.ok) throw new Error(`sign-in failed: ${session.error}`);
  const replicaName = `bench-replica-${n}`;
  const replica = new PouchDB(replicaName, { adapter: 'memory', deterministic_revs: false });
  const remote = new PouchDB(dbUrl, { fetch: fetcher, skip_setup: true });
  return { store, sync: () => syncNow({ store, replica, replicaName, remote, user: name }) };
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const steps = (r: SyncRun) =>
  `(to replica ${s(r.timings.flush)}, replication ${s(r.timings.replicate)}, into the store ${s(r.timings.apply)})`;

interface BenchServer {
  origin: string;
  dbUrl: string;
  /** The server's CPU time so far (ms); null when it runs in this process. */
  cpu(): Promise<number | null>;
  close(): Promise<void>;
}

async function inProcess(): Promise<BenchServer> {
  const server = await startTeamServer();
  return { origin: server.origin, dbUrl: server.dbUrl, cpu: async () => null, close: () => server.close() };
}

/** tests/team-server/serve.ts in a child process: one JSON line per answer. */
async function ownProcess(): Promise<BenchServer> {
  const script = fileURLToPath(new URL('../../tests/team-server/serve.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse(String((await lines.next()).value)) as Record<string, unknown>;
  const { origin, dbUrl } = (await next()) as { origin: string; dbUrl: string };
  return {
    origin,
    dbUrl,
    cpu: async () => {
      child.stdin.write('cpu\n');
      return (await next()).cpu as number;
    },
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.stdin.end();
      }),
  };
}

export async function run(): Promise<string[]> {
  const server = process.env.BENCH_SYNC_SERVER === 'inprocess' ? await inProcess() : await ownProcess();
  const serverCpu = async (since: number | null) => {
    const now = await server.cpu();
    return now === null || since === null ? '' : `, server CPU ${s(now - since)}`;
  };
  try {
    const a = await member(server.origin, server.dbUrl, 'alice', 1);
    const data = syntheticData(REPORTS);
    const tx = a.store.db.transaction(['reports', 'events'], 'readwrite');
    for (const r of data.reports) void tx.objectStore('reports').put(r);
    for (const e of data.events) void tx.objectStore('events').put(e);
    await tx.done;
    const queued = await pendingChanges(a.store);

    let cpu = cpuMs();
    let atServer = await server.cpu();
    const up = await a.sync();
    const upCpu = cpuMs() - cpu;
    const upServer = await serverCpu(atServer);
    const b = await member(server.origin, server.dbUrl, 'bruno', 2);
    cpu = cpuMs();
    atServer = await server.cpu();
    const down = await b.sync();
    const downCpu = cpuMs() - cpu;
    const downServer = await serverCpu(atServer);
    const got = await countReports(b.store);
    const idle: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await b.sync();
      if (process.env.BENCH_SYNC_VERBOSE) console.log(r.timings);
      idle.push(r.timings.total);
    }
    idle.sort((x, y) => x - y);
    return [
      `first sync sending ${REPORTS.toLocaleString('en')} reports + ${data.events.length.toLocaleString('en')} events (${queued.toLocaleString('en')} queued): ${s(up.timings.total)}, CPU ${s(upCpu)}${upServer} ${steps(up)}`,
      `first sync receiving them on a second member: ${s(down.timings.total)}, CPU ${s(downCpu)}${downServer} ${steps(down)}; ${got.toLocaleString('en')} reports stored, ${down.rejected.length} refused`,
      `idle re-sync (nothing changed): median ${Math.round(idle[3])} ms (min ${Math.round(idle[0])}, max ${Math.round(idle[6])})`,
    ];
  } finally {
    await server.close();
  }
}

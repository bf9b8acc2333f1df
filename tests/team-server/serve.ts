/**
 * The test team server in a process of its own (the sync bench: a team's
 * server is another machine, so its work is not counted as the client's).
 * Prints `{ origin, dbUrl }` as one JSON line; each line `cpu` on stdin is
 * answered with this process's CPU time so far, in milliseconds.
 */
import readline from 'node:readline';
import { startTeamServer } from './team-server';

const server = await startTeamServer();
process.stdout.write(`${JSON.stringify({ origin: server.origin, dbUrl: server.dbUrl })}\n`);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() === 'cpu') process.stdout.write(`${JSON.stringify({ cpu: cpuMs() })}\n`);
});
process.stdin.on('end', () => void server.close().then(() => process.exit(0)));

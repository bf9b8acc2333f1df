/**
 * A team server for the tests and the bench: express-pouchdb over PouchDB's
 * memory adapter (it speaks CouchDB's replication protocol; CouchDB itself is
 * not packaged in Debian 12), started in-process on port 0. In front of it,
 * what a team's CouchDB does for the extension: cookie sign-in
 * (`/_session`, AuthSession), 401 without a session, CORS with credentials,
 * and the project's validate_doc_update run on every write, replicated ones
 * included. It is not CouchDB: README.md says what it does not check.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import expressPouchDB from 'express-pouchdb';
import PouchDB, { type PouchDBStatic } from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { VALIDATE_DOC_UPDATE } from '../../lib/sync/server-design';

PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);
export { PouchDB };

export interface TeamServer {
  origin: string;
  /** `${origin}/${db}` */
  dbUrl: string;
  db: string;
  /** Writes the validate function refused, with why (for tests). */
  refused: Array<{ id: string; reason: string }>;
  /** The server's database, for tests to look into. */
  database: InstanceType<PouchDBStatic>;
  /** While true, every request fails as if the server were unreachable (a closed connection). */
  offline: boolean;
  close(): Promise<void>;
}

let servers = 0;

type Validate = (
  newDoc: object,
  oldDoc: object | null,
  userCtx: { name: string | null; roles: string[] },
) => void;
const validate = new Function(`return (${VALIDATE_DOC_UPDATE})`)() as Validate;

export async function startTeamServer(
  options: { users?: Record<string, string>; db?: string; port?: number } = {},
): Promise<TeamServer> {
  const users = options.users ?? { alice: 'alice-pass', bruno: 'bruno-pass' };
  const db = options.db ?? 'newsroom';
  // Each server its own memory databases (memdown's are shared by name within a process).
  const Memory = PouchDB.defaults({ adapter: 'memory', prefix: `team${++servers}-` });
  const app = expressPouchDB(Memory, {
    mode: 'minimumForPouchDB',
    inMemoryConfig: true,
    logPath: '/dev/null',
  });
  const database = new Memory(db);
  const sessions = new Map<string, string>();
  const refused: TeamServer['refused'] = [];
  const state = { offline: false };

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((err) => {
      if (!res.headersSent) send(res, 500, { error: 'server', reason: String(err) });
    });
  });

  function cors(req: http.IncomingMessage, res: http.ServerResponse) {
    const origin = req.headers.origin;
    if (!origin) return;
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE');
    res.setHeader('Access-Control-Allow-Headers', 'accept, authorization, content-type, origin, referer');
    res.setHeader('Vary', 'Origin');
  }

  function send(
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  async function readJson(req: http.IncomingMessage): Promise<unknown> {
    const chunks: Uint8Array[] = [];
    for await (const c of req) chunks.push(c as Uint8Array);
    const text = Buffer.concat(chunks).toString('utf8');
    if (!text) return {};
    if (/urlencoded/.test(req.headers['content-type'] ?? ''))
      return Object.fromEntries(new URLSearchParams(text));
    return JSON.parse(text);
  }

  function userOf(req: http.IncomingMessage): string | null {
    const m = /(?:^|;\s*)AuthSession=([^;]+)/.exec(req.headers.cookie ?? '');
    return (m && sessions.get(m[1])) ?? null;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    if (state.offline) {
      req.socket.destroy();
      return;
    }
    cors(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/_session') return session(req, res);
    const name = userOf(req);
    if (!name) return send(res, 401, { error: 'unauthorized', reason: 'You are not signed in.' });
    const path = url.pathname.split('/').filter(Boolean);
    if (path[0] !== db && path.length)
      return send(res, 404, { error: 'not_found', reason: 'Database does not exist.' });
    // Writes pass the design document's validate function first, as on CouchDB.
    const writes =
      (req.method === 'POST' && path[1] === '_bulk_docs') ||
      (req.method === 'PUT' && path.length >= 2 && !path[1].startsWith('_'));
    if (writes) {
      const body = (await readJson(req)) as { docs?: object[] } & object;
      const docs =
        path[1] === '_bulk_docs'
          ? (body.docs ?? [])
          : [{ ...body, _id: decodeURIComponent(path.slice(1).join('/')) }];
      for (const doc of docs) {
        const id = (doc as { _id?: string })._id ?? '';
        // Only a correction's check reads the stored version (insert-only); the others need none.
        const old = id.startsWith('correction:') ? await database.get(id).catch(() => null) : null;
        try {
          validate(doc, old, { name, roles: [] });
        } catch (e) {
          const why = (e as { forbidden?: string; unauthorized?: string }).forbidden ?? String(e);
          refused.push({ id, reason: why });
          if (process.env.TEAM_SERVER_DEBUG) console.log('refused', JSON.stringify(doc), JSON.stringify(old));
          return send(res, 403, { error: 'forbidden', reason: why });
        }
      }
      // express-pouchdb's body-parser takes a body already read.
      Object.assign(req, { body, _body: true });
    }
    app(req, res);
  }

  async function session(req: http.IncomingMessage, res: http.ServerResponse) {
    if (req.method === 'POST') {
      const { name, password } = (await readJson(req)) as { name?: string; password?: string };
      if (!name || users[name] === undefined || users[name] !== password)
        return send(res, 401, { error: 'unauthorized', reason: 'Name or password is incorrect.' });
      const token = crypto.randomBytes(16).toString('hex');
      sessions.set(token, name);
      return send(
        res,
        200,
        { ok: true, name, roles: [] },
        { 'Set-Cookie': `AuthSession=${token}; Path=/; HttpOnly` },
      );
    }
    if (req.method === 'DELETE') {
      const m = /(?:^|;\s*)AuthSession=([^;]+)/.exec(req.headers.cookie ?? '');
      if (m) sessions.delete(m[1]);
      return send(res, 200, { ok: true }, { 'Set-Cookie': 'AuthSession=; Path=/; Max-Age=0' });
    }
    const name = userOf(req);
    return send(res, 200, { ok: true, userCtx: { name, roles: [] } });
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await database.info();
  return {
    origin,
    db,
    dbUrl: `${origin}/${db}`,
    refused,
    database,
    get offline() {
      return state.offline;
    },
    set offline(v: boolean) {
      state.offline = v;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A Node fetch that keeps one client's cookies, as a browser profile does. */
export function cookieFetch(): (url: string, init?: RequestInit) => Promise<Response> {
  const jar = new Map<string, string>();
  return async (url, init = {}) => {
    const { origin } = new URL(url);
    const headers = new Headers(init.headers);
    const cookie = jar.get(origin);
    if (cookie) headers.set('Cookie', cookie);
    const res = await fetch(url, { ...init, headers });
    const set = res.headers.get('set-cookie');
    if (set) {
      const pair = set.split(';')[0];
      if (pair.endsWith('=')) jar.delete(origin);
      else jar.set(origin, pair);
    }
    return res;
  };
}

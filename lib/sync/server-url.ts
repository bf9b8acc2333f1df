/**
 * The team server's address as the user types it in the settings:
 * `https://couch.example.org/newsroom` — the server and the database.
 */
export interface TeamServer {
  /** `https://couch.example.org` */
  origin: string;
  /** The database name: `newsroom`. */
  db: string;
  /** `https://couch.example.org/newsroom` */
  dbUrl: string;
  /** The one origin the extension asks access to on Connect: `https://couch.example.org/*`. */
  permission: string;
}

export type ServerUrlCheck =
  { ok: true; server: TeamServer } | { ok: false; error: 'not-url' | 'not-http' | 'no-db' | 'credentials' };

/** CouchDB's rule for database names. */
const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export function parseServerUrl(input: string): ServerUrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, error: 'not-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'not-http' };
  // The password goes to the sign-in form, never into an address that is stored.
  if (url.username || url.password) return { ok: false, error: 'credentials' };
  const db = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, ''));
  if (!db || !DB_NAME.test(db) || url.search || url.hash) return { ok: false, error: 'no-db' };
  return {
    ok: true,
    server: {
      origin: url.origin,
      db,
      dbUrl: `${url.origin}/${encodeURIComponent(db)}`,
      permission: `${url.protocol}//${url.hostname}/*`,
    },
  };
}

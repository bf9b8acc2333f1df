/**
 * Sign-in with CouchDB's session cookie: the name and password go once to
 * `POST /_session`, the server answers with an `AuthSession` cookie that the
 * browser keeps and sends with every request; the extension stores neither
 * the password nor the cookie, only the name the server confirmed.
 * https://docs.couchdb.org/en/stable/api/server/authn.html#cookie-authentication
 */
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export type SessionResult = { ok: true; name: string } | { ok: false; error: SyncErrorCode };

export type SyncErrorCode =
  'unreachable' | 'signed-out' | 'bad-password' | 'forbidden' | 'server' | 'no-database';

export async function signIn(
  fetcher: FetchLike,
  origin: string,
  name: string,
  password: string,
): Promise<SessionResult> {
  let res: Response;
  try {
    res = await fetcher(`${origin}/_session`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name, password }),
    });
  } catch {
    return { ok: false, error: 'unreachable' };
  }
  if (res.status === 401) return { ok: false, error: 'bad-password' };
  if (!res.ok) return { ok: false, error: 'server' };
  const body = (await res.json().catch(() => null)) as { name?: unknown } | null;
  return typeof body?.name === 'string' ? { ok: true, name: body.name } : { ok: true, name };
}

/** Who the cookie signs in, if anyone. */
export async function currentSession(fetcher: FetchLike, origin: string): Promise<SessionResult> {
  let res: Response;
  try {
    res = await fetcher(`${origin}/_session`, {
      credentials: 'include',
      headers: { Accept: 'application/json' },
    });
  } catch {
    return { ok: false, error: 'unreachable' };
  }
  if (!res.ok) return { ok: false, error: 'server' };
  const body = (await res.json().catch(() => null)) as { userCtx?: { name?: unknown } } | null;
  const name = body?.userCtx?.name;
  return typeof name === 'string' && name ? { ok: true, name } : { ok: false, error: 'signed-out' };
}

export async function signOut(fetcher: FetchLike, origin: string): Promise<void> {
  await fetcher(`${origin}/_session`, { method: 'DELETE', credentials: 'include' }).catch(() => undefined);
}

/** A failure from PouchDB or fetch as a code the status line words. */
export function syncErrorCode(err: unknown): SyncErrorCode {
  const e = err as { status?: number; name?: string; message?: string } | null;
  if (e?.status === 401) return 'signed-out';
  if (e?.status === 403) return 'forbidden';
  if (e?.status === 404) return 'no-database';
  if (e?.status && e.status >= 400) return 'server';
  return 'unreachable';
}

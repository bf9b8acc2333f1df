/**
 * The dashboard's side of the team sync: the settings (the database address
 * and the signed-in name, in the store's meta; never the password), Connect
 * (the host permission for that one origin, then the session cookie), sync
 * now or every minute while the dashboard is open, and what the status line
 * shows. Offline, changes wait in the outbox and the next sync sends them.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Store } from '@/lib/store';
import type { ConflictRecord } from '@/lib/store/sync-records';
import {
  chooseVersion,
  currentSession,
  listConflicts,
  parseServerUrl,
  pendingChanges,
  readStatus,
  signIn,
  signOut,
  syncNow,
  type SyncErrorCode,
  type SyncStatus,
} from '@/lib/sync';

export interface TeamSettings {
  url: string;
  user: string;
  auto: boolean;
}

export type TeamError = SyncErrorCode | 'local' | 'permission' | 'url';

export interface TeamSync {
  settings: TeamSettings | null;
  status: SyncStatus | null;
  pending: number;
  conflicts: ConflictRecord[];
  running: boolean;
  /** The last failure of Connect or of a sync, for the status line. */
  error: TeamError | null;
  connect(url: string, name: string, password: string): Promise<void>;
  disconnect(): Promise<void>;
  syncNow(): Promise<void>;
  setAuto(auto: boolean): Promise<void>;
  choose(id: string, rev: string): Promise<void>;
}

const SETTINGS_KEY = 'sync:settings';
const AUTO_EVERY_MS = 60_000;
const fetcher = (url: string, init?: RequestInit) => fetch(url, init);

/** `version` changes after every local change: an automatic sync follows it. */
export function useTeamSync(store: Store | null, version: number, onChanged: () => void): TeamSync {
  const [settings, setSettings] = useState<TeamSettings | null>(null);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [pending, setPending] = useState(0);
  const [conflicts, setConflicts] = useState<ConflictRecord[]>([]);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<TeamError | null>(null);
  const busy = useRef(false);

  const refresh = useCallback(async () => {
    if (!store) return;
    const [s, p, c] = await Promise.all([readStatus(store), pendingChanges(store), listConflicts(store)]);
    setStatus(s);
    setPending(p);
    setConflicts(c);
  }, [store]);

  useEffect(() => {
    if (!store) return;
    void store.untracked.get('meta', SETTINGS_KEY).then((s) => setSettings((s as TeamSettings) ?? null));
  }, [store]);

  useEffect(() => {
    void refresh();
  }, [refresh, version]);

  const run = useCallback(
    async (current: TeamSettings | null = settings) => {
      if (!store || !current || busy.current) return;
      const parsed = parseServerUrl(current.url);
      if (!parsed.ok) return setError('url');
      busy.current = true;
      setRunning(true);
      try {
        const { openReplica, openRemote, replicaName } = await import('./pouch');
        const dbUrl = parsed.server.dbUrl;
        const result = await syncNow({
          store,
          replica: openReplica(dbUrl),
          replicaName: replicaName(dbUrl),
          remote: openRemote(dbUrl),
          user: current.user,
        });
        // The e2e prints it (tests/e2e/team-sync-10k.test.ts), with its steps.
        performance.measure('team-sync', {
          start: performance.now() - result.timings.total,
          duration: result.timings.total,
          detail: result.timings,
        });
        setError(null);
        if (result.received || result.conflicts) onChanged();
      } catch {
        // The status in the store has the code; keep the page's copy in step.
        setError((await readStatus(store)).lastError);
      } finally {
        busy.current = false;
        setRunning(false);
        await refresh();
      }
    },
    [store, settings, refresh, onChanged],
  );

  const save = async (next: TeamSettings | null) => {
    if (!store) return;
    if (next) await store.untracked.put('meta', next, SETTINGS_KEY);
    else await store.untracked.delete('meta', SETTINGS_KEY);
    setSettings(next);
  };

  const connect = async (url: string, name: string, password: string) => {
    const parsed = parseServerUrl(url);
    if (!parsed.ok) return setError('url');
    // First, in the click: the browser asks the user for this one origin (optional_host_permissions).
    const granted = await browser.permissions
      .request({ origins: [parsed.server.permission] })
      .catch(() => false);
    if (!granted) return setError('permission');
    const session = await signIn(fetcher, parsed.server.origin, name, password);
    if (!session.ok) return setError(session.error);
    const next = { url: parsed.server.dbUrl, user: session.name, auto: settings?.auto ?? true };
    await save(next);
    setError(null);
    await run(next);
  };

  const disconnect = async () => {
    if (settings) {
      const parsed = parseServerUrl(settings.url);
      if (parsed.ok) {
        await signOut(fetcher, parsed.server.origin);
        await browser.permissions.remove({ origins: [parsed.server.permission] }).catch(() => false);
      }
    }
    await save(null);
    // The status (last sync, the server's last sequence) was that server's.
    if (store) await store.untracked.delete('meta', 'sync:status');
    setError(null);
  };

  // On opening: is the session still valid? (The cookie may have expired.)
  useEffect(() => {
    if (!settings) return;
    const parsed = parseServerUrl(settings.url);
    if (!parsed.ok) return;
    void currentSession(fetcher, parsed.server.origin).then((s) => {
      if (!s.ok && s.error === 'signed-out') setError('signed-out');
    });
  }, [settings?.url]);

  // Automatically: after each local change (a moment later) and every minute while open.
  useEffect(() => {
    if (!settings?.auto) return;
    const soon = setTimeout(() => void run(), 1500);
    const every = setInterval(() => void run(), AUTO_EVERY_MS);
    return () => {
      clearTimeout(soon);
      clearInterval(every);
    };
  }, [settings, version, run]);

  return {
    settings,
    status,
    pending,
    conflicts,
    running,
    error,
    connect,
    disconnect,
    syncNow: () => run(),
    setAuto: async (auto) => {
      if (!settings) return;
      // Shown at once: a sync ending while the setting is written re-renders the box from this
      // state, not from the one before the click (the click would seem ignored).
      const next = { ...settings, auto };
      setSettings(next);
      await save(next);
    },
    choose: async (id, rev) => {
      if (!store || !settings) return;
      await chooseVersion(store, id, rev, settings.user);
      onChanged();
      await refresh();
    },
  };
}

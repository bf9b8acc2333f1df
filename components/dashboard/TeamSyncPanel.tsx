import { useState } from 'preact/hooks';
import { formatTime, plural, t } from '../i18n';
import { dateLabel } from '../labels';
import type { SyncStatus } from '@/lib/sync';

export type TeamErrorCode =
  | 'unreachable'
  | 'signed-out'
  | 'bad-password'
  | 'forbidden'
  | 'server'
  | 'no-database'
  | 'local'
  | 'permission'
  | 'url';

/** The last error in plain words. */
export function teamErrorText(code: TeamErrorCode): string {
  switch (code) {
    case 'unreachable':
      return t('sync_errUnreachable');
    case 'signed-out':
      return t('sync_errSignedOut');
    case 'bad-password':
      return t('sync_errBadPassword');
    case 'forbidden':
      return t('sync_errForbidden');
    case 'server':
      return t('sync_errServer');
    case 'no-database':
      return t('sync_errNoDatabase');
    case 'local':
      return t('sync_errLocal');
    case 'permission':
      return t('sync_errPermission');
    case 'url':
      return t('sync_errUrl');
  }
}

export interface TeamSyncProps {
  settings: { url: string; user: string; auto: boolean } | null;
  status: SyncStatus | null;
  pending: number;
  running: boolean;
  error: TeamErrorCode | null;
  onConnect(url: string, name: string, password: string): void;
  onDisconnect(): void;
  onSyncNow(): void;
  onAuto(auto: boolean): void;
}

/** Settings of the team sync and its status line: last sync, changes waiting, the last error in words. */
export function TeamSyncPanel(p: TeamSyncProps) {
  const [url, setUrl] = useState(p.settings?.url ?? '');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const last = p.status?.lastSyncAt;
  return (
    <details class="team-sync" data-testid="team-sync">
      <summary>
        {t('sync_title')}
        {p.settings ? ` — ${p.settings.user}` : ''}
      </summary>
      <p class="note">{t('sync_intro')}</p>
      {p.settings ? (
        <div class="team-connected">
          <p>{t('sync_signedIn', p.settings.user, p.settings.url)}</p>
          <button type="button" onClick={p.onSyncNow} disabled={p.running} data-testid="sync-now">
            {t('sync_now')}
          </button>{' '}
          <label>
            <input
              type="checkbox"
              checked={p.settings.auto}
              onChange={(e) => p.onAuto(e.currentTarget.checked)}
            />{' '}
            {t('sync_auto')}
          </label>{' '}
          <button type="button" class="small" onClick={p.onDisconnect}>
            {t('sync_disconnect')}
          </button>
        </div>
      ) : (
        <form
          class="team-connect"
          onSubmit={(e) => {
            e.preventDefault();
            p.onConnect(url, name, password);
            setPassword('');
          }}
        >
          <label>
            {t('sync_server')}{' '}
            <input
              type="url"
              required
              value={url}
              placeholder="https://couch.example.org/newsroom"
              onInput={(e) => setUrl(e.currentTarget.value)}
              data-testid="sync-url"
            />
          </label>{' '}
          <label>
            {t('sync_name')}{' '}
            <input
              required
              value={name}
              autocomplete="username"
              onInput={(e) => setName(e.currentTarget.value)}
              data-testid="sync-name"
            />
          </label>{' '}
          <label>
            {t('sync_password')}{' '}
            <input
              type="password"
              required
              value={password}
              autocomplete="current-password"
              onInput={(e) => setPassword(e.currentTarget.value)}
              data-testid="sync-password"
            />
          </label>{' '}
          <button type="submit" data-testid="sync-connect">
            {t('sync_connect')}
          </button>
        </form>
      )}
      <p
        class="sync-status"
        role="status"
        data-testid="sync-status"
        data-running={String(p.running)}
        data-synced-at={last ?? ''}
      >
        {p.running
          ? t('sync_running')
          : last
            ? t('sync_last', `${dateLabel(last)}, ${formatTime(last)}`)
            : t('sync_never')}
        {' · '}
        <span data-testid="sync-pending" data-count={p.pending}>
          {plural('sync_pending', p.pending)}
        </span>
        {p.status?.rejected ? ` · ${plural('sync_rejected', p.status.rejected)}` : ''}
        {p.error ? (
          <span class="sync-error" data-testid="sync-error" data-code={p.error}>
            {' · '}
            {t('sync_lastError', teamErrorText(p.error))}
          </span>
        ) : null}
      </p>
    </details>
  );
}

import { formatTime, plural, t } from '../i18n';
import { dateLabel, quantityLabel, rowLabel } from '../labels';
import type { ConflictRecord, ConflictVersion } from '@/lib/store/sync-records';

/** "Killed — soldiers: 20 · Wounded — civilians: 3" of one version. */
function Figures({ version }: { version: ConflictVersion }) {
  if (!version.report) return <p class="note">{t('conflict_deleted')}</p>;
  const claims = version.report.report.claims;
  if (!claims.length) return <p class="note">{t('conflict_noFigures')}</p>;
  return (
    <ul class="conflict-figures">
      {claims.map((c, i) => (
        <li key={i} data-figure={`${c.kind}:${c.subject}`}>
          {rowLabel(c.kind, c.subject)}: <strong>{quantityLabel(c)}</strong>
        </li>
      ))}
    </ul>
  );
}

const when = (iso: string | null) => (iso ? `${dateLabel(iso)}, ${formatTime(iso)}` : '');

/**
 * Reports two people changed at once: every version side by side (its
 * figures, who saved it, when) until someone keeps one; then who chose.
 */
export function ConflictList({
  conflicts,
  current,
  onChoose,
}: {
  conflicts: ConflictRecord[];
  /** The version each report shows meanwhile (its updatedAt), to mark it. */
  current?: Record<string, string>;
  onChoose(id: string, rev: string): void;
}) {
  const open = conflicts.filter((c) => c.state === 'open');
  const settled = conflicts.filter((c) => c.state !== 'open').slice(0, 5);
  if (!open.length && !settled.length) return null;
  return (
    <section class="conflicts" data-testid="conflicts" aria-label={t('sync_title')}>
      {open.length ? <h2>{plural('conflict_title', open.length)}</h2> : null}
      {open.map((c) => (
        <article key={c.id} class="conflict" data-conflict={c.url}>
          <h3>{c.versions.find((v) => v.report)?.report?.article.title ?? c.url}</h3>
          <div class="conflict-versions">
            {c.versions.map((v) => (
              <div class="conflict-version" key={v.rev} data-rev={v.rev} data-by={v.editedBy ?? ''}>
                <p>
                  {t('conflict_version', v.editedBy ?? t('conflict_someone'), when(v.updatedAt))}
                  {current?.[c.url] && v.report?.updatedAt === current[c.url]
                    ? ` (${t('conflict_current')})`
                    : ''}
                </p>
                <Figures version={v} />
                <button type="button" onClick={() => onChoose(c.id, v.rev)} data-keep={v.rev}>
                  {t('conflict_keep')}
                </button>
              </div>
            ))}
          </div>
        </article>
      ))}
      {settled.map((c) => (
        <p key={c.id} class="note" data-resolved={c.url} data-by={c.resolvedBy ?? ''}>
          {t(
            'conflict_resolved',
            c.versions.find((v) => v.report)?.report?.article.title ?? c.url,
            c.resolvedBy ?? t('conflict_someone'),
          )}
        </p>
      ))}
    </section>
  );
}

import { t } from '../i18n';
import type { ImportResult } from '@/lib/store/import';

/** What an import did: added, updated, kept newer (the store's version was newer), rejected (with the reasons, duplicates in the file too). */
export function ImportSummary({
  result,
  error,
  onClose,
}: {
  result: ImportResult | null;
  error: string | null;
  onClose(): void;
}) {
  if (!result && !error) return null;
  return (
    <section class={`import-summary${error ? ' failed' : ''}`} role="status" data-testid="import-summary">
      <button type="button" class="close" aria-label={t('close')} onClick={onClose}>
        ×
      </button>
      {error ? (
        <p>{t('import_refused', error)}</p>
      ) : result ? (
        <>
          <p>
            {t('import_done')}
            <strong data-count="added">{result.added}</strong>
            {t('import_added')}
            <strong data-count="updated">{result.updated}</strong>
            {t('import_updated', result.unchanged)}
            {t('import_keptNewer')}
            <strong data-count="kept-newer">{result.keptNewer}</strong>
            {t('import_keptNewerWhy')}
            <strong data-count="rejected">{result.rejected.length}</strong>
            {t('import_rejected', result.events.added, result.corrections.added)}
          </p>
          {result.rejected.length ? (
            <details>
              <summary>{t('import_rejectedList')}</summary>
              <ul>
                {result.rejected.slice(0, 100).map((r, i) => (
                  <li key={i}>
                    {r.what} {r.key}: {r.reason}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

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
      <button type="button" class="close" aria-label="Close" onClick={onClose}>
        ×
      </button>
      {error ? (
        <p>Import refused: {error}</p>
      ) : result ? (
        <>
          <p>
            Imported: <strong data-count="added">{result.added}</strong> added,{' '}
            <strong data-count="updated">{result.updated}</strong> updated, {result.unchanged} unchanged, kept
            newer: <strong data-count="kept-newer">{result.keptNewer}</strong> (the saved version is newer
            than the file's), <strong data-count="rejected">{result.rejected.length}</strong> rejected;{' '}
            {result.events.added} new events, {result.corrections.added} corrections.
          </p>
          {result.rejected.length ? (
            <details>
              <summary>Rejected</summary>
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

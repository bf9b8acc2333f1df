import { t, type MessageKey } from '../i18n';

/** `check`: the import file being read and checked, no count yet (a bar without value). */
export type ProgressKind = 'check' | 'import' | 'export-json' | 'export-csv';

export interface Progress {
  kind: ProgressKind;
  done: number;
  total: number;
}

const WORDS: Record<ProgressKind, MessageKey> = {
  check: 'dash_progressCheck',
  import: 'dash_progressImport',
  'export-json': 'dash_progressExportJson',
  'export-csv': 'dash_progressExportCsv',
};

/** A bar with counts while a large import or export runs ("Importing 3,200 / 10,000 reports and events"). */
export function ProgressBar({ progress }: { progress: Progress | null }) {
  if (!progress) return null;
  const { kind, done, total } = progress;
  const text = t(WORDS[kind], done, total);
  return (
    <div class="progress" data-testid="progress" data-kind={kind} role="status">
      <span data-testid="progress-text">{text}</span>
      {kind === 'check' ? (
        <progress aria-label={t('dash_progressAria')}>{text}</progress>
      ) : (
        <progress max={Math.max(total, 1)} value={done} aria-label={t('dash_progressAria')}>
          {text}
        </progress>
      )}
    </div>
  );
}

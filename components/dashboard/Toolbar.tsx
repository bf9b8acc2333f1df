import { plural, t } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
export type ExportKind = 'json' | 'csv' | 'acled' | 'geojson';

export interface ToolbarProps {
  reports: number;
  events: number;
  busy: boolean;
  onExport(kind: ExportKind): void;
  onImport(file: File): void;
  onDeleteAll(): void;
}

/** Counts, exports, import and delete-all. */
export function Toolbar({ reports, events, busy, onExport, onImport, onDeleteAll }: ToolbarProps) {
  return (
    <header class="toolbar">
      <div class="brand">
        <h1>
          <img class="logo" src="/icons/icon.svg" alt="" width="28" height="28" /> Mali Crosscheck
        </h1>
        <p class="counts" data-testid="counts">
          {t('dash_counts', plural('dash_events', events), plural('dash_savedReports', reports))}
        </p>
        <LanguageSwitch />
      </div>
      <div class="actions" role="group" aria-label={t('dash_exportImport')}>
        <span class="label">{t('dash_export')}</span>
        <button
          type="button"
          disabled={busy}
          onClick={() => onExport('json')}
          data-export="json"
          title={t('dash_exportJsonTitle')}
        >
          JSON
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => onExport('csv')}
          data-export="csv"
          title={t('dash_exportCsvTitle')}
        >
          CSV
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => onExport('acled')}
          data-export="acled"
          title={t('dash_exportAcledTitle')}
        >
          ACLED CSV
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => onExport('geojson')}
          data-export="geojson"
          title={t('dash_exportGeojsonTitle')}
        >
          GeoJSON
        </button>
        <label class="button file-button">
          {t('dash_import')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) onImport(file);
            }}
          />
        </label>
        <button
          type="button"
          class="danger"
          disabled={busy || reports + events === 0}
          onClick={onDeleteAll}
          data-testid="delete-all"
        >
          {t('dash_deleteAll')}
        </button>
      </div>
    </header>
  );
}

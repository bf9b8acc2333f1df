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
        <h1>Mali Crosscheck</h1>
        <p class="counts" data-testid="counts">
          {events} events · {reports} saved reports
        </p>
      </div>
      <div class="actions" role="group" aria-label="Export and import">
        <span class="label">Export</span>
        <button
          type="button"
          disabled={busy}
          onClick={() => onExport('json')}
          data-export="json"
          title="Everything, to back up or import elsewhere"
        >
          JSON
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => onExport('csv')}
          data-export="csv"
          title="One row per claim"
        >
          CSV
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => onExport('acled')}
          data-export="acled"
          title="One row per event, conservative fatalities"
        >
          ACLED CSV
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => onExport('geojson')}
          data-export="geojson"
          title="Events as map points"
        >
          GeoJSON
        </button>
        <label class="button file-button">
          Import…
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
          Delete all
        </button>
      </div>
    </header>
  );
}

import type { ExportKind } from '@/components/dashboard/Toolbar';
import { localiseClaimsHeader } from '@/components/export-header';
import { acledCsv, claimsCsv, eventsGeoJson, exportJson, type ExportData } from '@/lib/export';

/** The file for an export kind: name, type and text. */
export function exportFile(
  kind: ExportKind,
  data: ExportData,
  now = new Date(),
): { name: string; mime: string; text: string } {
  const day = now.toISOString().slice(0, 10);
  switch (kind) {
    case 'json':
      return { name: `mali-crosscheck-${day}.json`, mime: 'application/json', text: exportJson(data, now) };
    case 'csv':
      return {
        name: `mali-crosscheck-claims-${day}.csv`,
        mime: 'text/csv',
        text: localiseClaimsHeader(claimsCsv(data)),
      };
    case 'acled':
      return { name: `mali-crosscheck-acled-${day}.csv`, mime: 'text/csv', text: acledCsv(data) };
    case 'geojson':
      return {
        name: `mali-crosscheck-events-${day}.geojson`,
        mime: 'application/geo+json',
        text: JSON.stringify(eventsGeoJson(data), null, 1),
      };
  }
}

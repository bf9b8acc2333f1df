import type { ExportKind } from '@/components/dashboard/Toolbar';
import { localiseClaimsHeader } from '@/components/export-header';
import {
  acledCsv,
  claimsCsvInBatches,
  eventsGeoJson,
  exportJsonInBatches,
  type ExportData,
} from '@/lib/export';
import type { OnProgress } from '@/lib/progress';

/** The file for an export kind: name, type and text; the JSON and claims CSV tell their progress. */
export async function exportFile(
  kind: ExportKind,
  data: ExportData,
  onProgress?: OnProgress,
  now = new Date(),
): Promise<{ name: string; mime: string; text: string }> {
  const day = now.toISOString().slice(0, 10);
  switch (kind) {
    case 'json':
      return {
        name: `mali-crosscheck-${day}.json`,
        mime: 'application/json',
        text: await exportJsonInBatches(data, now, onProgress),
      };
    case 'csv':
      return {
        name: `mali-crosscheck-claims-${day}.csv`,
        mime: 'text/csv',
        text: localiseClaimsHeader(await claimsCsvInBatches(data, onProgress)),
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

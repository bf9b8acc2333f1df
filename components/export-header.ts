/** The claims CSV's header row in the UI language. */
import { CLAIM_COLUMNS } from '../lib/export/claims-csv';
import { t, type MessageKey } from './i18n';

/**
 * Replaces the claims CSV's header row with the column names in the UI
 * language (`csv_<column>`; the English names are the column codes). The
 * ACLED CSV keeps ACLED's own column names.
 */
export function localiseClaimsHeader(csv: string): string {
  const header = CLAIM_COLUMNS.map((c) => t(`csv_${c}` as MessageKey)).join(',');
  return csv.replace(/^[^\r\n]*/, header);
}

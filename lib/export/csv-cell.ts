/**
 * Spreadsheet formula injection: a cell that starts with = + - @ (or a tab or
 * carriage return, which some programs strip before parsing) runs as a
 * formula when the CSV is opened in Excel or LibreOffice. Article text is
 * untrusted, so such cells get a leading apostrophe, which spreadsheets show
 * as text. OWASP "CSV Injection".
 *
 * papaparse's `escapeFormulae` (also on, see CSV_OPTIONS) checks the first
 * character only; spreadsheets also skip leading spaces, no-break spaces, a
 * BOM or line breaks, and some read the fullwidth signs ＝＋－＠ (and the
 * small ﹢﹣) as their ASCII forms. Those are guarded here too.
 */
const SKIPPED = '\\s\\u00A0\\u1680\\u180E\\u2000-\\u200D\\u2028\\u2029\\u202F\\u205F\\u2060\\u3000\\uFEFF';
const SIGNS = '=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20\\uFE62\\uFE63\\u2212';
const DANGEROUS_START = new RegExp(`^(?:[\\t\\r\\n]|[${SKIPPED}]*[${SIGNS}])`);

/** Options every CSV export passes to Papa.unparse. */
export const CSV_OPTIONS = { newline: '\r\n', escapeFormulae: true } as const;

export function guardCell(value: string | number | boolean | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return DANGEROUS_START.test(value) ? `'${value}` : value;
}

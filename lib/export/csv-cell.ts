/**
 * Spreadsheet formula injection: a cell that starts with = + - @ (or a tab or
 * carriage return, which some programs strip before parsing) runs as a
 * formula when the CSV is opened in Excel or LibreOffice. Article text is
 * untrusted, so such cells get a leading apostrophe, which spreadsheets show
 * as text. OWASP "CSV Injection".
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function guardCell(value: string | number | boolean | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return DANGEROUS_START.test(value) ? `'${value}` : value;
}

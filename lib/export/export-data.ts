import type { Correction } from '../corrections';
import type { SavedReport, StoredEvent } from '../types';

/** Everything the user has saved: what an export holds and an import brings back. */
export interface ExportData {
  reports: SavedReport[];
  events: StoredEvent[];
  corrections: Correction[];
}

export const EXPORT_FORMAT = 'mali-crosscheck';
export const EXPORT_VERSION = 1;

/** The JSON export file. Lossless: reports, events and corrections exactly as stored. */
export interface ExportFile extends ExportData {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  counts: { reports: number; events: number; corrections: number };
}

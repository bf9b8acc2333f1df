/**
 * Checks a JSON export before anything is written: the file is untrusted
 * input (it may come from someone else, or be edited by hand). Whole-file
 * problems refuse the import with a message; a bad record is rejected alone
 * and said so, the rest goes in. Every record is checked against the schema
 * the store keeps (lib/schema/records.ts), field by field: type, range, size.
 */
import * as v from 'valibot';
import { describeIssues } from '../schema/fields';
import { ClaimSchema, CorrectionSchema, SavedReportSchema, StoredEventSchema } from '../schema/records';
import type { SavedReport, StoredEvent } from '../types';
import type { Correction } from '../corrections';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportData } from './export-data';

export const IMPORT_LIMITS = {
  /** Characters of the JSON file. */
  fileChars: 200_000_000,
  reports: 100_000,
  events: 100_000,
  corrections: 200_000,
  /** Characters of one article's text. */
  articleChars: 2_000_000,
  claimsPerReport: 5_000,
  urlChars: 4_096,
};

export interface Rejected {
  what: 'report' | 'event' | 'correction';
  key: string;
  reason: string;
}

export type ImportCheck = { ok: true; data: ExportData; rejected: Rejected[] } | { ok: false; error: string };

export function parseImport(text: string): ImportCheck {
  if (text.length > IMPORT_LIMITS.fileChars)
    return {
      ok: false,
      error: `The file is too large (${Math.round(text.length / 1e6)} MB; at most ${IMPORT_LIMITS.fileChars / 1e6} MB).`,
    };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `The file is not JSON: ${(e as Error).message}` };
  }
  return validateImport(json);
}

export function validateImport(json: unknown): ImportCheck {
  if (!isObj(json))
    return { ok: false, error: 'The file is not a Mali Crosscheck export (not a JSON object).' };
  if (json.format !== EXPORT_FORMAT)
    return {
      ok: false,
      error: `The file is not a Mali Crosscheck export (format is ${JSON.stringify(json.format ?? null)}).`,
    };
  if (typeof json.version !== 'number' || json.version > EXPORT_VERSION || json.version < 1)
    return {
      ok: false,
      error: `Export version ${String(json.version)} is not supported (this version reads ${EXPORT_VERSION}).`,
    };
  for (const k of ['reports', 'events', 'corrections'] as const) {
    if (json[k] !== undefined && !Array.isArray(json[k]))
      return { ok: false, error: `"${k}" must be a list.` };
    const n = Array.isArray(json[k]) ? (json[k] as unknown[]).length : 0;
    if (n > IMPORT_LIMITS[k])
      return { ok: false, error: `Too many ${k}: ${n} (at most ${IMPORT_LIMITS[k]}).` };
  }
  const rejected: Rejected[] = [];
  const reports = newestByKey(
    (json.reports as unknown[] | undefined) ?? [],
    'report',
    SavedReportSchema,
    (r) => r.url,
    rejected,
  );
  const events = newestByKey(
    (json.events as unknown[] | undefined) ?? [],
    'event',
    StoredEventSchema,
    (e) => e.id,
    rejected,
  );
  const corrections: Correction[] = [];
  const seen = new Set<string>();
  for (const c of (json.corrections as unknown[] | undefined) ?? []) {
    const key = keyOf(c, 'id');
    const parsed = v.safeParse(CorrectionSchema, c);
    if (!parsed.success) rejected.push({ what: 'correction', key, reason: describeIssues(parsed.issues) });
    else if (seen.has(parsed.output.id))
      rejected.push({ what: 'correction', key, reason: 'duplicate id in the file (the first one is kept)' });
    else {
      seen.add(parsed.output.id);
      corrections.push(c as Correction);
    }
  }
  return {
    ok: true,
    data: { reports: reports as SavedReport[], events: events as StoredEvent[], corrections },
    rejected,
  };
}

const keyOf = (x: unknown, field: string): string => {
  const k = isObj(x) ? x[field] : undefined;
  return typeof k === 'string' ? k.slice(0, 200) : '?';
};

/**
 * Checks each record against its schema; of records with the same key in
 * one file the newest (updatedAt) is kept and the others reported.
 */
function newestByKey<S extends v.GenericSchema<unknown, { updatedAt: string }>>(
  items: unknown[],
  what: Rejected['what'],
  schema: S,
  key: (x: v.InferOutput<S>) => string,
  rejected: Rejected[],
): Array<v.InferOutput<S>> {
  const kept = new Map<string, v.InferOutput<S>>();
  for (const item of items) {
    const parsed = v.safeParse(schema, item);
    if (!parsed.success) {
      rejected.push({
        what,
        key: keyOf(item, what === 'report' ? 'url' : 'id'),
        reason: describeIssues(parsed.issues),
      });
      continue;
    }
    const k = key(parsed.output);
    const other = kept.get(k);
    if (other) {
      const newer = parsed.output.updatedAt > other.updatedAt;
      rejected.push({
        what,
        key: k.slice(0, 200),
        reason: `duplicate in the file: kept the one updated ${newer ? parsed.output.updatedAt : other.updatedAt}`,
      });
      if (!newer) continue;
    }
    // Stored as it came (a strict schema passed it: no unknown field), its field order kept.
    kept.set(k, item as v.InferOutput<S>);
  }
  return [...kept.values()];
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Why a claim is malformed (null: fine), checked by the shared schema; `textLength` bounds its offsets. */
export function checkClaim(c: unknown, textLength = Infinity): string | null {
  const parsed = v.safeParse(ClaimSchema, c);
  if (!parsed.success) return describeIssues(parsed.issues);
  return parsed.output.end > textLength ? 'claim offsets beyond the article text' : null;
}

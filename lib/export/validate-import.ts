/**
 * Checks a JSON export before anything is written: the file is untrusted
 * input (it may come from someone else, or be edited by hand). Whole-file
 * problems refuse the import with a message; a bad record is rejected alone
 * and said so, the rest goes in.
 */
import { CLAIMANTS, KINDS, SUBJECTS, type SavedReport, type StoredEvent } from '../types';
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
  const reports = new Map<string, SavedReport>();
  for (const r of (json.reports as unknown[] | undefined) ?? []) {
    const why = checkReport(r);
    const key = isObj(r) && typeof r.url === 'string' ? r.url.slice(0, 200) : '?';
    if (why) rejected.push({ what: 'report', key, reason: why });
    else reports.set((r as SavedReport).url, r as SavedReport);
  }
  const events = new Map<string, StoredEvent>();
  for (const e of (json.events as unknown[] | undefined) ?? []) {
    const key = isObj(e) && typeof e.id === 'string' ? e.id.slice(0, 200) : '?';
    const why = checkEvent(e);
    if (why) {
      rejected.push({ what: 'event', key, reason: why });
      continue;
    }
    const ev = e as StoredEvent;
    // An event keeps only the reports that are in the file (or already stored: the importer checks that).
    events.set(ev.id, ev);
  }
  const corrections: Correction[] = [];
  const seen = new Set<string>();
  for (const c of (json.corrections as unknown[] | undefined) ?? []) {
    const key = isObj(c) && typeof c.id === 'string' ? c.id.slice(0, 200) : '?';
    const why = checkCorrection(c);
    if (why) rejected.push({ what: 'correction', key, reason: why });
    else if (!seen.has(key)) {
      seen.add(key);
      corrections.push(c as Correction);
    }
  }
  return {
    ok: true,
    data: { reports: [...reports.values()], events: [...events.values()], corrections },
    rejected,
  };
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown, max = 100_000): x is string => typeof x === 'string' && x.length <= max;
const isStrOrNull = (x: unknown): boolean => x === null || x === undefined || isStr(x);
const isStrList = (x: unknown, max = 10_000): x is string[] =>
  Array.isArray(x) && x.length <= max && x.every((s) => isStr(s, 10_000));
const isCount = (x: unknown): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 1e9;
const isIsoDay = (x: unknown): boolean =>
  x === null || x === undefined || (typeof x === 'string' && /^\d{4}-\d{2}-\d{2}/.test(x));

function checkUrl(x: unknown): string | null {
  if (!isStr(x, IMPORT_LIMITS.urlChars)) return 'url missing or too long';
  let u: URL;
  try {
    u = new URL(x);
  } catch {
    return 'url is not a URL';
  }
  // file: is how `crosscheck` names corpus files; anything else (javascript:, data:) is refused.
  if (!['http:', 'https:', 'file:'].includes(u.protocol)) return `url scheme ${u.protocol} is not allowed`;
  return null;
}

function checkReport(r: unknown): string | null {
  if (!isObj(r)) return 'not an object';
  const bad = checkUrl(r.url);
  if (bad) return bad;
  const a = r.article;
  if (!isObj(a)) return 'article missing';
  if (!isStr(a.text, IMPORT_LIMITS.articleChars)) return 'article text missing or too long';
  if (
    !isStr(a.title) ||
    !isStr(a.outlet) ||
    !isStr(a.url, IMPORT_LIMITS.urlChars) ||
    !isStr(a.canonicalUrl, IMPORT_LIMITS.urlChars)
  )
    return 'article title, outlet or url missing';
  if (!isStrOrNull(a.published) || !isStrOrNull(a.lang)) return 'article published/lang malformed';
  if (!Array.isArray(a.paragraphs)) return 'article paragraphs missing';
  const rep = r.report;
  if (!isObj(rep)) return 'report missing';
  if (!isStr(rep.status) || !isStr(rep.lang)) return 'report status missing';
  if (!isObj(rep.event) || !Array.isArray(rep.incidents)) return 'report event/incidents missing';
  for (const inc of [rep.event, ...rep.incidents]) {
    const why = checkIncident(inc);
    if (why) return why;
  }
  for (const k of ['claims', 'background'] as const) {
    const list = rep[k];
    if (!Array.isArray(list)) return `report ${k} missing`;
    if (list.length > IMPORT_LIMITS.claimsPerReport) return `too many ${k}`;
    for (const c of list) {
      const why = checkClaim(c, (a.text as string).length);
      if (why) return `${k}: ${why}`;
    }
  }
  if (typeof r.extractorVersion !== 'number') return 'extractorVersion missing';
  if (!isStr(r.savedAt) || !isStr(r.updatedAt)) return 'savedAt/updatedAt missing';
  if (!Array.isArray(r.signature) || !r.signature.every((n) => typeof n === 'number'))
    return 'signature malformed';
  if (!isStrList(r.days) || !isStrList(r.placeKeys)) return 'days/placeKeys malformed';
  return null;
}

function checkIncident(x: unknown): string | null {
  if (!isObj(x)) return 'incident not an object';
  if (!isIsoDay(x.date)) return 'incident date malformed';
  if (!isStrList(x.places) || !isStrList(x.actors)) return 'incident places/actors malformed';
  if (!Array.isArray(x.placeDetails) || !x.placeDetails.every((p) => isObj(p) && isStr(p.name)))
    return 'incident placeDetails malformed';
  return null;
}

export function checkClaim(c: unknown, textLength = Infinity): string | null {
  if (!isObj(c)) return 'claim not an object';
  if (!(KINDS as readonly unknown[]).includes(c.kind)) return `unknown kind ${JSON.stringify(c.kind)}`;
  if (!(SUBJECTS as readonly unknown[]).includes(c.subject))
    return `unknown subject ${JSON.stringify(c.subject)}`;
  if (!(CLAIMANTS as readonly unknown[]).includes(c.by)) return `unknown claimant ${JSON.stringify(c.by)}`;
  if (!isCount(c.min)) return 'min must be a whole number';
  if (c.max !== null && !(isCount(c.max) && c.max >= c.min))
    return 'max must be null or a whole number ≥ min';
  if (!isStr(c.text, 10_000)) return 'claim text missing';
  if (!isCount(c.start) || !isCount(c.end) || c.end < c.start || c.end > textLength)
    return 'claim offsets malformed';
  if (c.source !== undefined && !isStr(c.source, 1_000)) return 'claim source malformed';
  return null;
}

function checkEvent(e: unknown): string | null {
  if (!isObj(e)) return 'not an object';
  if (!isStr(e.id, 200) || !e.id) return 'id missing';
  if (e.date === undefined || !isIsoDay(e.date) || !isIsoDay(e.dateEnd)) return 'date malformed';
  if (!isStrList(e.places) || !isStrList(e.placeKeys) || !isStrList(e.actors))
    return 'places/actors malformed';
  if (!isStrList(e.reports, 100_000)) return 'reports malformed';
  if (e.unlinked !== undefined && !isStrList(e.unlinked, 100_000)) return 'unlinked malformed';
  if (!isStr(e.createdAt) || !isStr(e.updatedAt)) return 'createdAt/updatedAt missing';
  return null;
}

function checkCorrection(c: unknown): string | null {
  if (!isObj(c)) return 'not an object';
  if (!isStr(c.id, 200) || !c.id) return 'id missing';
  if (!isStr(c.createdAt, 100)) return 'createdAt missing';
  const ref = (x: unknown) =>
    isObj(x) &&
    isStr(x.text, 10_000) &&
    isCount(x.start) &&
    (KINDS as readonly unknown[]).includes(x.kind) &&
    (SUBJECTS as readonly unknown[]).includes(x.subject);
  switch (c.type) {
    case 'edit-claim': {
      if (checkUrl(c.url) || !ref(c.claim) || !isObj(c.set)) return 'edit-claim malformed';
      const s = c.set;
      if (s.kind !== undefined && !(KINDS as readonly unknown[]).includes(s.kind))
        return 'edit-claim kind unknown';
      if (s.subject !== undefined && !(SUBJECTS as readonly unknown[]).includes(s.subject))
        return 'edit-claim subject unknown';
      if (s.by !== undefined && !(CLAIMANTS as readonly unknown[]).includes(s.by))
        return 'edit-claim claimant unknown';
      if (s.min !== undefined && !isCount(s.min)) return 'edit-claim min malformed';
      if (s.max !== undefined && s.max !== null && !isCount(s.max)) return 'edit-claim max malformed';
      return null;
    }
    case 'delete-claim':
      return checkUrl(c.url) || !ref(c.claim) ? 'delete-claim malformed' : null;
    case 'add-claim': {
      if (checkUrl(c.url)) return 'add-claim url malformed';
      const why = checkClaim(c.claim);
      return why ? `add-claim: ${why}` : null;
    }
    case 'move-report':
      return checkUrl(c.url) || !isStr(c.from, 200) || !isStr(c.to, 200) ? 'move-report malformed' : null;
    case 'merge-events':
      return !isStr(c.into, 200) || !isStr(c.from, 200) ? 'merge-events malformed' : null;
    case 'split-event':
      return !isStr(c.from, 200) || !isStr(c.to, 200) || !isStrList(c.reports)
        ? 'split-event malformed'
        : null;
    default:
      return `unknown correction type ${JSON.stringify(c.type)}`;
  }
}

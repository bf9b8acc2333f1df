/**
 * The team database's documents: `report:<url>`, `event:<id>`,
 * `correction:<id>`. Hard deletes are refused by the server's
 * validate_doc_update (server-design.ts), so a deletion is a document with
 * `deleted: true` (a report, an event) or `withdrawn: true` (a correction,
 * whose content never changes). The link between a report and its events
 * is kept on the report only (`eventIds`): an event document carries what
 * is its own (when it was created, the reports it must never take back);
 * its reports, date, places and figures are recomputed from the reports.
 * Everything that arrives is checked with the import's schemas.
 */
import * as v from 'valibot';
import type { Correction } from '../corrections';
import { describeIssues, isoTime, list, nonEmpty, recordUrl, SIZE, str } from '../schema/fields';
import { CorrectionSchema, SavedReportSchema } from '../schema/records';
import type { SavedReport, StoredEvent } from '../types';

export interface DocMeta {
  _id: string;
  _rev?: string;
  _conflicts?: string[];
  /** Who wrote this version: the team server's user name. */
  editedBy: string | null;
  updatedAt: string;
  /** Set on the version that settled a conflict: who chose. */
  resolvedBy?: string;
}

export interface ReportDoc extends DocMeta {
  type: 'report';
  report?: SavedReport;
  deleted?: true;
}

/** What of an event is its own; the rest is recomputed from the reports linked to it. */
export interface EventCore {
  id: string;
  createdAt: string;
  unlinked?: string[];
}

export interface EventDoc extends DocMeta {
  type: 'event';
  event: EventCore;
  deleted?: true;
}

export interface CorrectionDoc extends DocMeta {
  type: 'correction';
  correction: Correction;
  withdrawn?: true;
}

export type TeamDoc = ReportDoc | EventDoc | CorrectionDoc;

export const reportDocId = (url: string) => `report:${url}`;
export const eventDocId = (id: string) => `event:${id}`;
export const correctionDocId = (id: string) => `correction:${id}`;

export function eventCore(e: StoredEvent): EventCore {
  return { id: e.id, createdAt: e.createdAt, ...(e.unlinked?.length ? { unlinked: e.unlinked } : {}) };
}

/** The fields two versions must share to be the same content (revision, author and time aside). */
export function docContent(d: TeamDoc): unknown {
  switch (d.type) {
    case 'report':
      return d.deleted ? { deleted: true } : { report: d.report };
    case 'event':
      return d.deleted ? { deleted: true } : { event: d.event };
    case 'correction':
      return { correction: d.correction, withdrawn: !!d.withdrawn };
  }
}

/** JSON with every object's keys sorted: the same content compares equal whatever its fields' order. */
export function canonicalJson(x: unknown): string {
  if (x === null || typeof x !== 'object') return JSON.stringify(x) ?? 'null';
  if (Array.isArray(x)) return `[${x.map(canonicalJson).join(',')}]`;
  const o = x as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}

export function sameContent(a: TeamDoc, b: TeamDoc): boolean {
  const x = docContent(a);
  const y = docContent(b);
  // Plain JSON first: the usual case, fields in the same order, costs one pass.
  return JSON.stringify(x) === JSON.stringify(y) || canonicalJson(x) === canonicalJson(y);
}

/** Two versions of a report that differ only in when they were saved are the same report. */
export function sameReport(a: SavedReport | undefined | null, b: SavedReport | undefined | null): boolean {
  if (!a || !b) return !a && !b;
  const strip = (r: SavedReport) => ({ ...r, savedAt: '', updatedAt: '' });
  const x = strip(a);
  const y = strip(b);
  return JSON.stringify(x) === JSON.stringify(y) || canonicalJson(x) === canonicalJson(y);
}

const meta = {
  _id: nonEmpty(SIZE.url + 20),
  _rev: v.optional(str(200)),
  _conflicts: v.optional(list(str(200), 1_000)),
  editedBy: v.nullable(str(SIZE.name)),
  updatedAt: isoTime,
  resolvedBy: v.optional(str(SIZE.name)),
};

const EventCoreSchema = v.strictObject({
  id: nonEmpty(SIZE.id),
  createdAt: isoTime,
  unlinked: v.optional(list(recordUrl, SIZE.reportsPerEvent)),
});

// Loose objects: CouchDB may add fields of its own (_revisions, _attachments); only the known ones are kept.
const DocSchema = v.variant('type', [
  v.looseObject({
    ...meta,
    type: v.literal('report'),
    report: v.optional(SavedReportSchema),
    deleted: v.optional(v.literal(true)),
  }),
  v.looseObject({
    ...meta,
    type: v.literal('event'),
    event: EventCoreSchema,
    deleted: v.optional(v.literal(true)),
  }),
  v.looseObject({
    ...meta,
    type: v.literal('correction'),
    correction: CorrectionSchema,
    withdrawn: v.optional(v.literal(true)),
  }),
]);

export type DocCheck = { ok: true; doc: TeamDoc } | { ok: false; id: string; reason: string };

/**
 * A document from the team database, checked as an import is: its shape, and
 * that its id names what it holds (a `report:<url>` holding another URL's
 * report would overwrite that one).
 */
export function checkDoc(raw: unknown): DocCheck {
  const id = String((raw as { _id?: unknown } | null)?._id ?? '?');
  const parsed = v.safeParse(DocSchema, raw);
  if (!parsed.success) return { ok: false, id, reason: describeIssues(parsed.issues) };
  const d = parsed.output;
  const pick = <T extends TeamDoc>(doc: T) => doc;
  let doc: TeamDoc;
  if (d.type === 'report') {
    if (!d.deleted && !d.report) return { ok: false, id, reason: 'a report document with no report' };
    if (d.report && d.report.url !== id.slice('report:'.length))
      return { ok: false, id, reason: 'the report’s URL is not the one its id names' };
    if (!id.startsWith('report:')) return { ok: false, id, reason: 'a report under another id' };
    doc = pick<ReportDoc>({
      ...metaOf(d),
      type: 'report',
      ...(d.report ? { report: d.report as SavedReport } : {}),
      ...(d.deleted ? { deleted: true } : {}),
    });
  } else if (d.type === 'event') {
    if (id !== eventDocId(d.event.id))
      return { ok: false, id, reason: 'the event’s id is not the one its id names' };
    doc = pick<EventDoc>({
      ...metaOf(d),
      type: 'event',
      event: d.event,
      ...(d.deleted ? { deleted: true } : {}),
    });
  } else {
    if (id !== correctionDocId(d.correction.id))
      return { ok: false, id, reason: 'the correction’s id is not the one its id names' };
    doc = pick<CorrectionDoc>({
      ...metaOf(d),
      type: 'correction',
      correction: d.correction as Correction,
      ...(d.withdrawn ? { withdrawn: true } : {}),
    });
  }
  return { ok: true, doc };
}

function metaOf(d: v.InferOutput<typeof DocSchema>): DocMeta {
  return {
    _id: d._id,
    ...(d._rev ? { _rev: d._rev } : {}),
    ...(d._conflicts?.length ? { _conflicts: d._conflicts } : {}),
    editedBy: d.editedBy,
    updatedAt: d.updatedAt,
    ...(d.resolvedBy ? { resolvedBy: d.resolvedBy } : {}),
  };
}

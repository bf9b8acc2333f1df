/**
 * One schema for every record the store keeps — the content script's answer
 * (Article), reports, events and corrections — used by the import check and
 * the popup's check of the page's answer alike. A record with a field the
 * store does not know is refused (strict objects); what passes is stored as
 * it came. The page's answer may carry more: ArticleFromPage drops it.
 */
import * as v from 'valibot';
import { CLAIMANTS, KINDS, SUBJECTS } from '../types';
import {
  MAX_EXTRACTOR_VERSION,
  SIZE,
  isoDay,
  isoTime,
  list,
  nonEmpty,
  recordUrl,
  str,
  whole,
} from './fields';

const paragraph = v.tuple([whole(SIZE.text), whole(SIZE.text)]);

const articleFields = {
  url: str(SIZE.url),
  canonicalUrl: str(SIZE.url),
  title: str(SIZE.title),
  outlet: v.pipe(
    str(SIZE.outlet),
    v.check((s) => s.trim().length > 0, 'empty'),
  ),
  byline: v.nullish(str(SIZE.byline)),
  published: v.nullish(str(SIZE.published)),
  lang: v.nullish(str(SIZE.lang)),
  text: str(SIZE.text),
  paragraphs: list(paragraph, SIZE.paragraphs),
};
const IN_ORDER = 'paragraph offsets out of order or range';

/** An article as saved reports keep it. */
export const ArticleSchema = v.pipe(
  v.strictObject(articleFields),
  v.check((a) => paragraphsInOrder(a.paragraphs, a.text.length), IN_ORDER),
);

/** The article as the content script answers (other fields dropped; url checks are the caller's: http only). */
export const ArticleFromPage = v.pipe(
  v.object(articleFields),
  v.check((a) => paragraphsInOrder(a.paragraphs, a.text.length), IN_ORDER),
);

function paragraphsInOrder(ps: ReadonlyArray<readonly [number, number]>, length: number): boolean {
  let last = 0;
  for (const [start, end] of ps) {
    if (start < last || end < start || end > length) return false;
    last = end;
  }
  return true;
}

const quantity = {
  min: whole(),
  max: v.nullable(whole()),
  approx: v.optional(v.boolean()),
};
const maxAtLeastMin = (c: { min: number; max: number | null }) => c.max === null || c.max >= c.min;

export const ClaimSchema = v.pipe(
  v.strictObject({
    ...quantity,
    kind: v.picklist(KINDS),
    subject: v.picklist(SUBJECTS),
    by: v.picklist(CLAIMANTS),
    source: v.optional(str(SIZE.source)),
    text: nonEmpty(SIZE.claimText),
    start: whole(SIZE.text),
    end: whole(SIZE.text),
    earlier: v.optional(v.boolean()),
    incident: v.optional(whole(SIZE.incidents)),
  }),
  v.check((c) => maxAtLeastMin(c), 'max below min'),
  v.check((c) => c.end >= c.start, 'end before start'),
);

const PlaceSchema = v.strictObject({
  name: nonEmpty(SIZE.name),
  id: v.nullable(str(SIZE.id)),
  canonical: v.optional(str(SIZE.name)),
  lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
  lon: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
  country: v.optional(str(8)),
  type: v.optional(str(40)),
});

const IncidentSchema = v.strictObject({
  date: v.nullable(isoDay),
  dateEnd: v.nullish(isoDay),
  datePrecision: v.nullish(v.picklist(['day', 'span', 'month', 'year'])),
  dateText: v.optional(str(SIZE.name)),
  places: list(str(SIZE.name), 200),
  placeDetails: list(PlaceSchema, 200),
  actors: list(str(SIZE.id), 100),
});

const ReportSchema = v.strictObject({
  lang: str(SIZE.lang),
  status: v.picklist(['ok', 'no-attack', 'outside-mali', 'unsupported-language', 'no-claims']),
  event: IncidentSchema,
  incidents: list(IncidentSchema, SIZE.incidents),
  claims: list(ClaimSchema, SIZE.claims),
  background: list(ClaimSchema, SIZE.claims),
});

export const SavedReportSchema = v.pipe(
  v.strictObject({
    url: recordUrl,
    article: ArticleSchema,
    report: ReportSchema,
    extractorVersion: v.pipe(whole(MAX_EXTRACTOR_VERSION), v.minValue(1, 'below 1')),
    savedAt: isoTime,
    updatedAt: isoTime,
    signature: list(v.pipe(v.number(), v.integer()), SIZE.signature),
    days: list(isoDay),
    placeKeys: list(str(SIZE.id)),
    eventIds: v.optional(list(v.nullable(nonEmpty(SIZE.id)), SIZE.incidents)),
  }),
  v.check(
    (r) => [...r.report.claims, ...r.report.background].every((c) => c.end <= r.article.text.length),
    'claim offsets beyond the article text',
  ),
  v.check(
    (r) => !r.eventIds || r.eventIds.length <= Math.max(1, r.report.incidents.length),
    'more event links than incidents',
  ),
);

export const StoredEventSchema = v.strictObject({
  id: nonEmpty(SIZE.id),
  date: v.nullable(isoDay),
  dateEnd: v.nullish(isoDay),
  places: list(str(SIZE.name), 1_000),
  placeKeys: list(str(SIZE.id), 1_000),
  actors: list(str(SIZE.id), 1_000),
  reports: list(recordUrl, SIZE.reportsPerEvent),
  unlinked: v.optional(list(recordUrl, SIZE.reportsPerEvent)),
  createdAt: isoTime,
  updatedAt: isoTime,
  days: v.optional(list(isoDay)),
  undatedPlaceKeys: v.optional(list(str(SIZE.id), 1_000)),
  figures: v.optional(list(str(SIZE.id))),
  unplacedFigures: v.optional(list(str(SIZE.id))),
});

const ClaimRefSchema = v.strictObject({
  text: nonEmpty(SIZE.claimText),
  start: whole(SIZE.text),
  kind: v.picklist(KINDS),
  subject: v.picklist(SUBJECTS),
});

/** What a correction may change in a claim: figures and labels, never its quoted words or offsets. */
const ClaimPatchSchema = v.pipe(
  v.strictObject({
    min: v.optional(whole()),
    max: v.optional(v.nullable(whole())),
    approx: v.optional(v.boolean()),
    kind: v.optional(v.picklist(KINDS)),
    subject: v.optional(v.picklist(SUBJECTS)),
    by: v.optional(v.picklist(CLAIMANTS)),
    source: v.optional(str(SIZE.source)),
    earlier: v.optional(v.boolean()),
  }),
  v.check(
    (p) => p.min === undefined || p.max === undefined || p.max === null || p.max >= p.min,
    'max below min',
  ),
);

const stamp = { id: nonEmpty(SIZE.id), createdAt: isoTime };

export const CorrectionSchema = v.variant('type', [
  v.strictObject({
    ...stamp,
    type: v.literal('edit-claim'),
    url: recordUrl,
    claim: ClaimRefSchema,
    set: ClaimPatchSchema,
  }),
  v.strictObject({ ...stamp, type: v.literal('delete-claim'), url: recordUrl, claim: ClaimRefSchema }),
  v.strictObject({ ...stamp, type: v.literal('add-claim'), url: recordUrl, claim: ClaimSchema }),
  v.strictObject({
    ...stamp,
    type: v.literal('move-report'),
    url: recordUrl,
    from: nonEmpty(SIZE.id),
    to: nonEmpty(SIZE.id),
  }),
  v.strictObject({
    ...stamp,
    type: v.literal('merge-events'),
    into: nonEmpty(SIZE.id),
    from: nonEmpty(SIZE.id),
  }),
  v.strictObject({
    ...stamp,
    type: v.literal('split-event'),
    from: nonEmpty(SIZE.id),
    to: nonEmpty(SIZE.id),
    reports: list(recordUrl, SIZE.reportsPerEvent),
  }),
]);

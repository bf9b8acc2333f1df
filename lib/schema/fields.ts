/**
 * Field schemas (valibot) shared by every record: sizes and ranges in one
 * place. Anything from a page or an import file passes through these.
 */
import * as v from 'valibot';

export const SIZE = {
  url: 4096,
  title: 1000,
  outlet: 300,
  byline: 500,
  published: 64,
  lang: 35,
  text: 2_000_000,
  paragraphs: 20_000,
  claims: 5_000,
  claimText: 10_000,
  source: 1_000,
  name: 500,
  id: 200,
  list: 10_000,
  reportsPerEvent: 100_000,
  incidents: 100,
  signature: 1_024,
} as const;

/**
 * The largest figure a claim may hold: any whole number JSON keeps exactly
 * (Number.MAX_SAFE_INTEGER), so a figure of 10⁹ or more entered in a
 * correction survives export → import.
 */
export const MAX_FIGURE = Number.MAX_SAFE_INTEGER;

/** Extractor versions a saved report may name (the extractor counts from 1). */
export const MAX_EXTRACTOR_VERSION = 10_000;

export const str = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
export const nonEmpty = (max: number) =>
  v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(max, `longer than ${max} characters`));
export const list = <T extends v.GenericSchema>(item: T, max: number = SIZE.list) =>
  v.pipe(v.array(item), v.maxLength(max, `more than ${max} items`));
export const whole = (max: number = MAX_FIGURE) =>
  v.pipe(
    v.number(),
    v.integer('not a whole number'),
    v.minValue(0, 'negative'),
    v.maxValue(max, `over ${max}`),
  );

export const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD day'));
export const isoTime = v.pipe(
  v.string(),
  v.maxLength(40),
  v.regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    'not an ISO date-time',
  ),
);

/** An address a record may name: http(s), or file: (how `crosscheck` names corpus files). */
export const recordUrl = v.pipe(
  str(SIZE.url),
  v.check((s) => {
    try {
      return ['http:', 'https:', 'file:'].includes(new URL(s).protocol);
    } catch {
      return false;
    }
  }, 'not an http(s) or file URL'),
);

/** "claims.3.min: over 9007199254740991" — where a check failed and why. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'malformed';
  const where = (first.path ?? []).map((p) => String(p.key)).join('.');
  return where ? `${where}: ${first.message}` : first.message;
}

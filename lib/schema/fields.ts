/**
 * Field schemas (valibot) shared by every record: sizes and ranges in one
 * place. Anything from a page or an import file passes through these.
 */
import * as v from 'valibot';

export { MAX_EXTRACTOR_VERSION, MAX_FIGURE, SIZE } from './sizes';
import { MAX_FIGURE, SIZE } from './sizes';

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

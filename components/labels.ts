/**
 * Words the UI shows for the domain's values (SCHEMA.md vocabulary), in the
 * UI language. Keys are data-driven (`kind_<kind>`, `subject_<subject>`,
 * `by_<by>`, `status_<status>` in public/_locales), so a new value needs only
 * its two locale entries.
 */
import type { By, FigureStatus, Kind, Quantity, Subject } from '@/lib/types';
import { formatDate, t, type MessageKey } from './i18n';

/** The message for `<prefix>_<value>`, or the value itself when there is none. */
function word(prefix: string, value: string): string {
  const key = `${prefix}_${value}` as MessageKey;
  const w = t(key);
  return w === key ? value : w;
}

export const statusLabel = (s: FigureStatus) => word('status', s);

/** Kept as a record for the components (read in the UI language each time). */
export const STATUS_LABEL: Record<FigureStatus, string> = {
  get agree() {
    return statusLabel('agree');
  },
  get conflict() {
    return statusLabel('conflict');
  },
  get single() {
    return statusLabel('single');
  },
  get variant() {
    return statusLabel('variant');
  },
  get revised() {
    return statusLabel('revised');
  },
};

export const STATUS_MARK: Record<FigureStatus, string> = {
  agree: '✓',
  conflict: '⚠',
  variant: '≈',
  revised: '↻',
  single: '•',
};

export const kindLabel = (k: Kind) => word('kind', k);
export const subjectLabel = (s: Subject) => word('subject', s);
export const byLabel = (b: By) => word('by', b);
/** "Killed — soldiers", "Tués — soldats" */
export const rowLabel = (k: Kind, s: Subject) => t('row_label', kindLabel(k), subjectLabel(s));

/** "21", "at least 21", "10–15", "about 100", "up to 40". */
export function quantityLabel(q: Quantity): string {
  if (q.max === null) return t('qty_atLeast', q.min);
  if (q.min === q.max) return q.approx ? t('qty_about', q.min) : String(q.min);
  if (q.min <= 1) return t('qty_upTo', q.max);
  return t('qty_range', q.min, q.max);
}

/** "SITE Intelligence Group (monitor)", or just "official". */
export function claimantLabel(c: { by: By; source?: string }): string {
  return c.source ? t('claimant_with_source', c.source, byLabel(c.by)) : byLabel(c.by);
}

/** "13 Oct 2026" for an ISO day or date-time; the text as it is when it is not a date. */
export function dateLabel(iso: string | null | undefined): string {
  if (!iso) return t('date_unknown');
  return formatDate(iso) ?? iso;
}

/** The sentence around a claim, cut to about `width` characters, split around the claim's words. */
export function claimContext(
  text: string,
  start: number,
  end: number,
  width = 220,
): [string, string, string] {
  let from = Math.max(0, text.lastIndexOf('\n', start) + 1);
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  // Prefer the sentence: back to the last ". " before the claim, on to the next one.
  const sentenceStart = text.slice(from, start).search(/[.!?»"]\s+[^.!?]*$/);
  if (sentenceStart >= 0) from = from + sentenceStart + 2;
  const next = text.slice(end, to).search(/[.!?](\s|$)/);
  if (next >= 0) to = end + next + 1;
  const side = Math.max(20, Math.floor((width - (end - start)) / 2));
  const pre =
    start - from > side
      ? `…${text.slice(start - side, start).replace(/^\S*\s/, '')}`
      : text.slice(from, start);
  const post =
    to - end > side ? `${text.slice(end, end + side).replace(/\s\S*$/, '')}…` : text.slice(end, to);
  return [pre.trimStart(), text.slice(start, end), post.trimEnd()];
}

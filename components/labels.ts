/** Words the popup shows for the domain's values (SCHEMA.md vocabulary, in plain English). */
import type { By, FigureStatus, Kind, Quantity, Subject } from '@/lib/types';

const KIND: Record<Kind, string> = {
  killed: 'Killed',
  wounded: 'Wounded',
  captured: 'Captured',
  arrested: 'Arrested',
  missing: 'Missing',
  seized: 'Seized',
  destroyed: 'Destroyed',
};

const SUBJECT: Record<Subject, string> = {
  soldiers: 'soldiers',
  militants: 'militants',
  civilians: 'civilians',
  militia: 'militia',
  foreign_forces: 'foreign forces',
  people: 'people (side not stated)',
  vehicles: 'vehicles',
  motorcycles: 'motorcycles',
  weapons: 'weapons',
  ammunition: 'ammunition',
  bases: 'bases',
  equipment: 'equipment',
};

const BY: Record<By, string> = {
  official: 'official',
  armed_group: 'armed group',
  security_source: 'security source',
  local: 'local',
  monitor: 'monitor',
  media: 'media',
  unattributed: 'unattributed',
};

export const STATUS_LABEL: Record<FigureStatus, string> = {
  agree: 'agrees with another source',
  conflict: 'conflict',
  variant: 'same claimant, other wording',
  revised: 'revised later by the same claimant',
  single: 'one source only',
};

export const STATUS_MARK: Record<FigureStatus, string> = {
  agree: '✓',
  conflict: '⚠',
  variant: '≈',
  revised: '↻',
  single: '•',
};

export const kindLabel = (k: Kind) => KIND[k] ?? k;
export const subjectLabel = (s: Subject) => SUBJECT[s] ?? s;
export const byLabel = (b: By) => BY[b] ?? b;
/** "Killed — soldiers" */
export const rowLabel = (k: Kind, s: Subject) => `${kindLabel(k)} — ${subjectLabel(s)}`;

/** "21", "at least 21", "10–15", "about 100", "up to 40". */
export function quantityLabel(q: Quantity): string {
  if (q.max === null) return `at least ${q.min}`;
  if (q.min === q.max) return q.approx ? `about ${q.min}` : String(q.min);
  if (q.min <= 1) return `up to ${q.max}`;
  return `${q.min}–${q.max}`;
}

/** "SITE Intelligence Group (monitor)", or just "official". */
export function claimantLabel(c: { by: By; source?: string }): string {
  return c.source ? `${c.source} (${byLabel(c.by)})` : byLabel(c.by);
}

/** "13 Oct 2026" for an ISO day or date-time; the text as it is when it is not a date. */
export function dateLabel(iso: string | null | undefined): string {
  if (!iso) return 'date unknown';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso;
  const d = new Date(day);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
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

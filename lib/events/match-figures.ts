/**
 * The figures of two reports, for matching: rows that agree or conflict (compareClaims), the
 * same telling toll to the unit (tellingFigure) and the digests a stored event keeps its figures
 * and telling tolls under (figureDigest, parseDigest, tellingDigests).
 */
import { PERSON_SUBJECTS, type Claim } from '../types';

type Figure = Pick<Claim, 'kind' | 'subject' | 'min' | 'max'>;

/**
 * For matching, figures agree when their ranges overlap once widened by 10%
 * (at least 2): "80" and "more than 80" are the same toll for this purpose.
 */
const close = (a: Figure, b: Figure) => {
  const tol = Math.max(2, Math.round(0.1 * Math.max(a.min, b.min)));
  return (a.max === null || b.min <= a.max + tol) && (b.max === null || a.min <= b.max + tol);
};

/** (kind, subject) rows whose figures are close (agree) or far apart (conflict). */
export function compareClaims(a: Figure[], b: Figure[]): { agree: number; conflict: number } {
  let agree = 0;
  let conflict = 0;
  // Persons whose side a report does not say are, for this purpose, the civilians another counts.
  const key = (c: Figure) => `${c.kind}/${c.subject === 'people' ? 'civilians' : c.subject}`;
  const bByKey = new Map<string, Figure[]>();
  for (const c of b) bByKey.set(key(c), [...(bByKey.get(key(c)) ?? []), c]);
  for (const k of new Set(a.map(key))) {
    const mine = a.filter((c) => key(c) === k);
    const others = bByKey.get(k);
    if (!others) {
      // "17 blessés" in one report, "17 soldats blessés" in the other: the same toll if it agrees;
      // a side one report does not say is no conflict.
      const fallback = unsidedFallback(a, b, k);
      if (fallback && mine.some((x) => fallback.some((y) => close(x, y)))) agree++;
      continue;
    }
    if (mine.some((x) => others.some((y) => close(x, y)))) agree++;
    else conflict++;
  }
  return { agree, conflict };
}

/**
 * A toll one report gives with no side ("17 blessés") and the other gives for one side only
 * ("17 soldats blessés"), neither having the other's row: the same row for comparing.
 */
function unsidedFallback(a: Figure[], b: Figure[], k: string): Figure[] | undefined {
  const [kind, subject] = k.split('/');
  const rows = (list: Figure[]) => new Set(list.filter((c) => c.kind === kind).map((c) => c.subject));
  const mine = rows(a);
  const theirs = rows(b);
  const bare = (s: Set<string>) => s.size === 1 && s.has('people');
  if (subject === 'civilians' && bare(mine) && theirs.size === 1 && !theirs.has('civilians'))
    return b.filter((c) => c.kind === kind);
  if (subject !== 'civilians' && mine.size === 1 && bare(theirs)) return b.filter((c) => c.kind === kind);
  return undefined;
}

/**
 * The same toll of some size, to the unit ("24 soldiers killed" in both, or "at least 24" in both,
 * or "24" in one and "at least 24" in the other): two attacks at one place rarely share one. A
 * side the text does not say matches any side.
 */
export function tellingFigure(x: Figure, y: Figure): boolean {
  if (x.kind !== y.kind || x.min !== y.min || x.min < TELLING_MIN) return false;
  // "at least 80 militants" and "80 militants": one figure, worded with or without its floor.
  if (x.max !== y.max) return x.subject === y.subject && floorOfExact(x, y);
  // "24 people" is "24 civilians" only as an exact toll: "at least 24" is too common a phrase.
  if (x.subject === y.subject) return true;
  // Foreign troops fighting beside the army are often told as "soldiers": the same exact toll is the same men.
  const forces = new Set([x.subject, y.subject]);
  if (x.max !== null && forces.has('soldiers') && forces.has('foreign_forces')) return true;
  return x.max !== null && (x.subject === 'people' || y.subject === 'people');
}
const TELLING_MIN = 10;

/** One of the two is "at least N" and the other exactly N. */
const floorOfExact = (x: Figure, y: Figure) =>
  (x.max === null && y.max === y.min) || (y.max === null && x.max === x.min);

/**
 * The digests ("killed/soldiers/24/24") under which a stored event holding a toll that
 * tellingFigure would match is indexed: the toll itself, its wording with or without its floor
 * ("24" and "at least 24"), and for an exact toll the subjects tellingFigure lets it stand for.
 */
export function tellingDigests(claims: Figure[]): string[] {
  const out = new Set<string>();
  const digest = (c: Figure, subject: string) => `${c.kind}/${subject}/${c.min}/${c.max ?? ''}`;
  for (const c of claims) {
    if (c.min < TELLING_MIN) continue;
    out.add(digest(c, c.subject));
    // "at least 80" is told as "80" elsewhere, and the other way round (tellingFigure).
    if (c.max === null || c.max === c.min)
      out.add(`${c.kind}/${c.subject}/${c.min}/${c.max === null ? c.min : ''}`);
    if (c.max === null) continue;
    const others = c.subject === 'people' ? PERSON_SUBJECTS : ['people'];
    for (const s of others) out.add(digest(c, s));
    if (c.subject === 'soldiers') out.add(digest(c, 'foreign_forces'));
    if (c.subject === 'foreign_forces') out.add(digest(c, 'soldiers'));
  }
  return [...out];
}

/** Figures as compact strings, for the store to keep on an event ("killed/soldiers/21/21"). */
export function figureDigest(claims: Claim[]): string[] {
  return [
    // Earlier tolls too: matchIncidents compares every figure.
    ...new Set(claims.map((c) => `${c.kind}/${c.subject}/${c.min}/${c.max ?? ''}`)),
  ];
}

export function parseDigest(digest: string[]): Figure[] {
  return digest.map((s) => {
    const [kind, subject, min, max] = s.split('/');
    return { kind, subject, min: Number(min), max: max === '' ? null : Number(max) } as Figure;
  });
}

/**
 * "Au moins 64 personnes, 49 civils et 15 militaires, ont été tuées", "64 people — 49 civilians
 * and 15 soldiers — were killed": a total followed, in commas or dashes, by the parts of two sides
 * (or in parentheses) that add up to it. The parts are its breakdown (as after "dont"): they take the predicate after
 * the closing mark, and the total takes it too (list-links.ts's breakdownTotals).
 */
import type { Figure } from './claims';
import { bySexOrAge } from './breakdown-details';
import { THING_SUBJECTS } from './np-subject';
import { joinedItems } from './list-links';
import type { Token } from './tokens';

const OPENING = new Set([',', '\u2014', '\u2013', '(']);
const CLOSING = new Set([',', '\u2014', '\u2013', ')']);

/**
 * The parts from figs[n + 1] on that sum to figs[n]: the index of the last, or -1. The parts are
 * of two sides under a total of persons ("64 personnes, 49 civils et 15 militaires"), or persons
 * counted by sex or age under a total of any side ("27 civils – 20 hommes et 7 femmes –").
 */
function lastPart(tokens: Token[], figs: Figure[], n: number): number {
  const total = figs[n];
  if (!total.explicit || !total.subject || THING_SUBJECTS.has(total.subject) || total.breakdown) return -1;
  if (!OPENING.has(tokens[total.last]?.text ?? '') || figs[n + 1]?.q.first !== total.last + 1) return -1;
  let sum = 0;
  const sides = new Set<string>();
  let sexOrAge = true;
  let m = n + 1;
  for (; m < figs.length; m++) {
    const part = figs[m];
    if (!part.subject || part.notFigure) return -1;
    sum += part.q.min;
    sides.add(part.subject);
    sexOrAge &&= bySexOrAge(tokens, part);
    if (m + 1 >= figs.length || !joinedItems(tokens, part.last, figs[m + 1].q.first)) break;
  }
  const ofSides = total.subject === 'people' && sides.size > 1 && !sides.has('people');
  if (m >= figs.length || m === n + 1 || sum !== total.q.min || !(ofSides || sexOrAge)) return -1;
  // The apposition closes before the predicate: "…, ont été tuées", "… — were killed".
  return CLOSING.has(tokens[figs[m].last]?.text ?? '') ? m : -1;
}

/** The indices of the figures that are parts of a total in an apposition. */
export function apposedParts(tokens: Token[], figs: Figure[]): Set<number> {
  const parts = new Set<number>();
  for (let n = 0; n + 2 < figs.length; n++) {
    const m = lastPart(tokens, figs, n);
    for (let k = n + 1; k <= m; k++) parts.add(k);
  }
  return parts;
}

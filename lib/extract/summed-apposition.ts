/**
 * "Au moins 64 personnes, 49 civils et 15 militaires, ont été tuées", "64 people — 49 civilians
 * and 15 soldiers — were killed": a total followed, in commas or dashes, by the parts of two sides
 * (or in parentheses) that add up to it. The parts are its breakdown (as after "dont"): they take the predicate after
 * the closing mark, and the total takes it too (list-links.ts's breakdownTotals).
 */
import type { Figure } from './claims';
import { joinedItems } from './list-links';
import type { Token } from './tokens';

const OPENING = new Set([',', '\u2014', '\u2013', '(']);
const CLOSING = new Set([',', '\u2014', '\u2013', ')']);

/** The parts from figs[n + 1] on that sum to figs[n]: the index of the last, or -1. */
function lastPart(tokens: Token[], figs: Figure[], n: number): number {
  const total = figs[n];
  if (!total.explicit || total.subject !== 'people' || total.breakdown) return -1;
  if (!OPENING.has(tokens[total.last]?.text ?? '') || figs[n + 1]?.q.first !== total.last + 1) return -1;
  let sum = 0;
  const sides = new Set<string>();
  let m = n + 1;
  for (; m < figs.length; m++) {
    const part = figs[m];
    if (!part.subject || part.subject === 'people' || part.notFigure) return -1;
    sum += part.q.min;
    sides.add(part.subject);
    if (m + 1 >= figs.length || !joinedItems(tokens, part.last, figs[m + 1].q.first)) break;
  }
  if (m >= figs.length || sides.size < 2 || sum !== total.q.min) return -1;
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

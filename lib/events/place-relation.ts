/**
 * Whether two places named by two reports are the same place. Gazetteer ids
 * decide when both sides have one; an unknown spelling can only be
 * "possibly the same place" as a similar name, never silently the same.
 */
import { foldName, nameSimilarity } from '../places';
import type { PlaceRef } from './incident-facts';

export type PlaceRelation = 'same' | 'possible' | 'different';

/** Similarity from which an unknown spelling is "possibly" a known place. */
export const SIMILAR_NAME = 0.75;

export function placeRelation(a: PlaceRef, b: PlaceRef): PlaceRelation {
  if (a.key === b.key) return 'same';
  if (a.canonical && b.canonical && a.id && b.id && a.id === b.id) return 'same';
  // Two gazetteer entries are two places, however alike their names (Nioro, Niono).
  if (a.id && b.id) return 'different';
  const na = [a.name, a.canonical].filter((s): s is string => !!s);
  const nb = [b.name, b.canonical].filter((s): s is string => !!s);
  let best = 0;
  for (const x of na) for (const y of nb) best = Math.max(best, similarity(x, y));
  if (best >= 0.999) return 'same'; // one spelling, one side unknown to the gazetteer
  return best >= SIMILAR_NAME ? 'possible' : 'different';
}

function similarity(a: string, b: string): number {
  const fa = foldName(a);
  const fb = foldName(b);
  if (!fa || !fb) return 0;
  if (fa === fb) return 1;
  return Math.max(nameSimilarity(a, b), editSimilarity(fa, fb));
}

/** 1 − Levenshtein distance / longer length, on folded names. */
export function editSimilarity(a: string, b: string): number {
  if (Math.min(a.length, b.length) < 4) return a === b ? 1 : 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return 1 - prev[b.length] / Math.max(a.length, b.length);
}

/**
 * Whether two places named by two reports are the same place. Gazetteer ids
 * decide when both sides have one; an unknown spelling can only be
 * "possibly the same place" as a similar name, never silently the same.
 */
import { foldName, nameSimilarity } from '../places';
import type { PlaceRef } from './incident-facts';

export type PlaceRelation = 'same' | 'possible' | 'different';

/** Similarity from which an unknown spelling is "possibly" a known place. */
export const SIMILAR_NAME = 0.8;

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

/** Place names repeat a great deal across reports: remember their similarities. */
const memo = new Map<string, number>();

function similarity(a: string, b: string): number {
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let s = memo.get(key);
  if (s === undefined) {
    if (memo.size > 20_000) memo.clear();
    const fa = foldName(a);
    const fb = foldName(b);
    s = !fa || !fb ? 0 : fa === fb ? 1 : Math.max(nameSimilarity(a, b), editSimilarity(fa, fb));
    memo.set(key, s);
  }
  return s;
}

/** Jaro–Winkler similarity of folded names (short names must be equal). */
export function editSimilarity(a: string, b: string): number {
  if (Math.min(a.length, b.length) < 4) return a === b ? 1 : 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const usedB = new Array<boolean>(b.length).fill(false);
  const matchedA: string[] = [];
  for (let i = 0; i < a.length; i++)
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++)
      if (!usedB[j] && a[i] === b[j]) {
        usedB[j] = true;
        matchedA.push(a[i]);
        break;
      }
  const m = matchedA.length;
  if (!m) return 0;
  const matchedB = [...b].filter((_, j) => usedB[j]);
  const t = matchedA.filter((c, i) => c !== matchedB[i]).length / 2;
  const jaro = (m / a.length + m / b.length + (m - t) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

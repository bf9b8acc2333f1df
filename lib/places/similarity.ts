/**
 * How alike two place names are, and whether two places found in two reports are the same.
 * Event matching shows "possibly the same place" for the middle answer.
 */
import type { Place } from '../types';
import { foldName, phoneticKey } from './fold';
import { lookupExact } from './gazetteer';

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = cur;
  }
  return prev[b.length];
}

function editSimilarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - levenshtein(a, b) / n;
}

const VOWEL = /[aeiou]/;

/**
 * Same length, same vowels in the same places, at most two consonants differing: a garbled
 * transcription of one name ("Diboli"/"Binoli") rather than another name.
 */
function shapeSimilarity(a: string, b: string): number {
  if (a.length !== b.length || a.length < 5) return 0;
  let diffs = 0;
  for (let i = 0; i < a.length; i++) {
    const va = VOWEL.test(a[i]);
    if (va !== VOWEL.test(b[i])) return 0;
    if (a[i] === b[i]) continue;
    if (va) return 0;
    diffs++;
  }
  return diffs > 2 ? 0 : 1 - (0.5 * diffs) / a.length;
}

/**
 * How alike two spellings are, 0..1: normalised edit distance on the phonetic keys, or the
 * same-shape score ("Diboli"/"Binoli" 0.83, "Gogui"/"Gogoui" 1, "Bamako"/"Banamba" 0.43).
 */
export function nameSimilarity(a: string, b: string): number {
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa === fb) return 1;
  if (!fa || !fb) return 0;
  const pa = phoneticKey(a);
  const pb = phoneticKey(b);
  if (pa === pb) return 0.95;
  return Math.max(
    editSimilarity(pa, pb),
    shapeSimilarity(pa, pb),
    editSimilarity(fa.replace(/ /g, ''), fb.replace(/ /g, '')) - 0.02,
  );
}

/** Great-circle distance in km, null when either place has no coordinates. */
export function distanceKm(a: Place, b: Place): number | null {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return null;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Names at least this alike are "possibly the same place" on spelling alone. */
export const SIMILAR_NAME = 0.8;
/** Places this close with somewhat alike names are "possibly the same place". */
export const NEAR_KM = 25;

function withGazetteer(p: Place): Place {
  if (p.id && p.lat != null) return p;
  // Known spellings only: a spelling that merely sounds alike is "possibly" the place, not surely.
  const g = lookupExact(p.name);
  if (!g) return p;
  return {
    ...p,
    id: p.id ?? g.id,
    lat: p.lat ?? g.lat,
    lon: p.lon ?? g.lon,
    country: p.country ?? g.country,
  };
}

/**
 * same: one gazetteer entry, or one folded name/alias · possible: similar spelling, or near and
 * somewhat alike · different: otherwise (and always when far apart or in different countries).
 */
export function samePlace(a: Place, b: Place): 'same' | 'possible' | 'different' {
  const ga = withGazetteer(a);
  const gb = withGazetteer(b);
  if (ga.id && ga.id === gb.id) return 'same';
  if (foldName(a.name) === foldName(b.name) && !(ga.id && gb.id)) return 'same';
  if (ga.country && gb.country && ga.country !== gb.country) return 'different';
  const sim = nameSimilarity(a.name, b.name);
  const d = distanceKm(ga, gb);
  if (d != null && d > 100) return 'different';
  if (d != null && d <= NEAR_KM && sim >= 0.6) return 'possible';
  if (sim >= SIMILAR_NAME) return 'possible';
  return 'different';
}

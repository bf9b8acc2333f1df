/**
 * One source, many copies: MinHash signatures of word shingles find the
 * outlets that republish one wire story (https://en.wikipedia.org/wiki/MinHash).
 */

const HASHES = 64;
const SHINGLE = 3;
/** Estimated Jaccard similarity from which two texts are copies of one story. */
export const COPY_THRESHOLD = 0.6;

const SEEDS = Array.from({ length: HASHES }, (_, i) => fmix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** MinHash signature of a text's 3-word shingles; [] when the text has too few words. */
export function textSignature(text: string): number[] {
  const w = words(text);
  if (w.length < SHINGLE) return [];
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE <= w.length; i++) hashes.add(fnv1a(w.slice(i, i + SHINGLE).join(' ')));
  const sig = new Array<number>(HASHES).fill(0xffffffff);
  for (const h of hashes)
    for (let k = 0; k < HASHES; k++) {
      const v = fmix32(h ^ SEEDS[k]);
      if (v < sig[k]) sig[k] = v;
    }
  return sig;
}

/** Estimated Jaccard similarity of the two texts' shingle sets, 0..1. */
export function estimateSimilarity(a: number[], b: number[]): number {
  if (!a.length || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Groups of near-duplicate texts: copy group number per item (connected above the threshold). */
export function copyGroups(signatures: number[][], threshold = COPY_THRESHOLD): number[] {
  const parent = signatures.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < signatures.length; i++)
    for (let j = i + 1; j < signatures.length; j++)
      if (estimateSimilarity(signatures[i], signatures[j]) >= threshold) parent[find(j)] = find(i);
  const ids = new Map<number, number>();
  return signatures.map((_, i) => {
    const root = find(i);
    if (!ids.has(root)) ids.set(root, ids.size);
    return ids.get(root)!;
  });
}

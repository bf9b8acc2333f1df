/** Superlatives that describe the main event: "the deadliest attack since 2019". Used by since-cues.ts and other-dates.ts. */
import type { Token } from './tokens';

/** Superlatives: "the deadliest attack since 2019" describes the main event, its year or "since" no other time. */
export const SUPERLATIVE = new Set([
  'deadliest',
  'worst',
  'meurtriere',
  'meurtrier',
  'lourd',
  'sanglante',
  'first',
  'premiere',
  'premier',
  'largest',
  'biggest',
  'most',
  'plus',
  'bloodiest',
  'deadly',
]);
/**
 * A superlative at k ("the deadliest attack since 2019", "la plus meurtrière depuis 2019"); not
 * "plus de 300", "plus d'une centaine", an amount.
 */
export function superlativeAt(tokens: Token[], k: number): boolean {
  const w = tokens[k].norm;
  if (!SUPERLATIVE.has(w)) return false;
  return !(w === 'plus' && ['de', "d'"].includes(tokens[k + 1]?.norm ?? ''));
}

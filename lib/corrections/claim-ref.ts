import type { Claim } from '../types';
import type { ClaimRef } from './types';

/** The reference a correction keeps to find a claim again. */
export function claimRef(c: Claim): ClaimRef {
  return { text: c.text, start: c.start, kind: c.kind, subject: c.subject };
}

/**
 * Finds the claim a reference points to, or -1. In order of trust: same words
 * at the same offset (with the same kind and subject, then any); same words,
 * kind and subject anywhere (the text moved, say a paragraph was added); same
 * words nearest to the old offset.
 */
export function findClaim(claims: readonly Claim[], ref: ClaimRef): number {
  const sameText = claims.map((c, i) => [c, i] as const).filter(([c]) => c.text === ref.text);
  if (!sameText.length) return -1;
  const exact = sameText.find(
    ([c]) => c.start === ref.start && c.kind === ref.kind && c.subject === ref.subject,
  );
  if (exact) return exact[1];
  const sameStart = sameText.find(([c]) => c.start === ref.start);
  if (sameStart) return sameStart[1];
  const sameMeaning = sameText.filter(([c]) => c.kind === ref.kind && c.subject === ref.subject);
  const pool = sameMeaning.length ? sameMeaning : sameText;
  let best = pool[0];
  for (const p of pool) if (Math.abs(p[0].start - ref.start) < Math.abs(best[0].start - ref.start)) best = p;
  return best[1];
}

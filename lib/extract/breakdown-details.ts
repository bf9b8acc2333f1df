/**
 * A breakdown that is a detail of its total, not a side's toll (SCHEMA.md breaks a toll down by
 * side): "15 soldats tués, dont 3 officiers", "Plusieurs militaires sont tombés, dont un
 * lieutenant", "30 terrorists, among them two commanders". Used by claim-links.ts.
 */
import type { Figure } from './claims';
import { PERSON_KINDS, RANK_WORDS, SEX_AGE_WORDS } from './lexicon';
import type { Token } from './tokens';

/** Is the breakdown f a detail of its total (by rank, or a smaller part of the same armed side)? */
export function detailOfTotal(tokens: Token[], f: Figure, total: Figure): boolean {
  return sameSidePart(f, total) || rankPart(tokens, f, total);
}

/** A breakdown of the same kind and the same armed side as its total, and smaller. */
function sameSidePart(f: Figure, total: Figure): boolean {
  return (
    f.kind === total.kind &&
    !!f.kind &&
    PERSON_KINDS.has(f.kind) &&
    f.explicit &&
    total.explicit &&
    f.subject === total.subject &&
    (f.subject === 'soldiers' || f.subject === 'foreign_forces') &&
    f.q.min < total.q.min &&
    // "hundreds of security force members, including 27 soldiers": a running total's part is a toll.
    total.q.max !== null &&
    !total.q.indefinite
  );
}

/**
 * "Plusieurs militaires sont tombés, dont un lieutenant", "30 terrorists, among them two
 * commanders": a rank named inside a toll of its side — also an indefinite one, also of fighters,
 * also a rank the lexicon gives no side — is a detail of that toll.
 */
function rankPart(tokens: Token[], f: Figure, total: Figure): boolean {
  if (f.kind !== total.kind || !total.subject || total.subject === 'people') return false;
  if (f.subject && f.subject !== 'people' && f.subject !== total.subject) return false;
  // The rank may be a noun the figure's words do not take in ("two commanders").
  for (let k = f.q.last; k < Math.max(f.last, f.q.last + 1); k++)
    if (RANK_WORDS.has(tokens[k]?.norm ?? '')) return true;
  return false;
}

/** Is the figure's noun a person counted by sex or age ("20 hommes", "two of them women")? */
export function bySexOrAge(tokens: Token[], f: Figure): boolean {
  for (let k = f.q.last; k < Math.min(f.last, f.q.last + 4); k++)
    if (SEX_AGE_WORDS.has(tokens[k].norm)) return true;
  return false;
}

import type { Claim, Report } from '../types';
import { claimRef, findClaim } from './claim-ref';
import { isClaimCorrection, type ClaimCorrection, type Correction } from './types';

export interface AppliedCorrections {
  report: Report;
  /** For each claim of the corrected report, the id of the last correction that touched it. */
  correctedBy: Array<string | null>;
  /** Corrections whose claim is no longer in the report (the extractor no longer finds it). */
  orphans: ClaimCorrection[];
}

/** Applies the user's claim corrections for one report, oldest first. Pure: the input is not changed. */
export function applyCorrections(report: Report, corrections: readonly Correction[]): Report {
  return applyCorrectionsDetailed(report, corrections).report;
}

export function applyCorrectionsDetailed(
  report: Report,
  corrections: readonly Correction[],
): AppliedCorrections {
  const claims: Claim[] = report.claims.map((c) => ({ ...c }));
  const by: Array<string | null> = claims.map(() => null);
  const orphans: ClaimCorrection[] = [];
  const ordered = corrections
    .filter(isClaimCorrection)
    .slice()
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  for (const c of ordered) {
    if (c.type === 'add-claim') {
      // Adding the same words twice (an import of an import) keeps one claim.
      if (findExact(claims, c.claim) >= 0) continue;
      claims.push({ ...c.claim });
      by.push(c.id);
      continue;
    }
    const i = findClaim(claims, c.claim);
    if (i < 0) {
      orphans.push(c);
      continue;
    }
    if (c.type === 'delete-claim') {
      claims.splice(i, 1);
      by.splice(i, 1);
    } else {
      const next = { ...claims[i], ...c.set };
      if (next.max !== null && next.max < next.min) next.max = next.min;
      claims[i] = next;
      by[i] = c.id;
    }
  }
  return { report: { ...report, claims }, correctedBy: by, orphans };
}

function findExact(claims: Claim[], c: Claim): number {
  const ref = claimRef(c);
  return claims.findIndex(
    (x) => x.text === ref.text && x.start === ref.start && x.kind === ref.kind && x.subject === ref.subject,
  );
}

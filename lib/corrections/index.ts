export * from './types';
export { claimRef, findClaim } from './claim-ref';
export { applyCorrections, applyCorrectionsDetailed, type AppliedCorrections } from './apply-corrections';

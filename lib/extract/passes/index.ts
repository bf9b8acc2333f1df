/**
 * The claim passes, in the order the pipeline runs them: first the totals that are no attack's,
 * then who says each figure
 * (attribution carried only where the text carries it), then which side it is about,
 * then what is page furniture. Each pass has its own test file in
 * tests/unit/extract/passes/ (a meta-test checks it).
 */
import { ambushedSide } from './ambushed-side';
import { anaphoraSide } from './anaphora-side';
import { breakdownTotal } from './breakdown-total';
import { soleClaimant } from './sole-claimant';
import { carryAlso } from './carry-also';
import { defaultSide } from './default-side';
import { enemySide } from './enemy-side';
import { ownLosses } from './own-losses';
import { partsSide } from './parts-side';
import type { ClaimPass } from './context';
import { firstPersonLosses } from './first-person-losses';
import { forceLosses } from './force-losses';
import { foreignStory } from './foreign-story';
import { foreignClause } from './foreign-clause';
import { furniture } from './furniture';
import { ledeClaimant } from './lede-claimant';
import { listSide } from './list-side';
import { paragraphClaimant } from './paragraph-claimant';
import { possessiveSide } from './possessive-side';
import { quoteClaimant } from './quote-claimant';
import { regionalTotal } from './regional-total';
import { riposteSide } from './riposte-side';
import { setAgainstSide } from './set-against-side';
import { strikeTargetSide } from './strike-target-side';
import { statementIssuer } from './statement-issuer';
import { womenChildren } from './women-children';
import { tollListClaimant } from './toll-list-claimant';
import { tollAnnounced } from './toll-announced';
import { caregiverClaimant } from './caregiver-claimant';
import { confirmedAfter } from './confirmed-after';
import { victimsNamed } from './victims-named';
import { victimsSource } from './victims-source';
import { passengerVictims } from './passenger-victims';
import { revisedAfter } from './revised-after';
import { rankTotal } from './rank-total';

export const CLAIM_PASSES: readonly ClaimPass[] = [
  // A total over several countries is background before any claimant is carried to or from it.
  regionalTotal,
  carryAlso,
  quoteClaimant,
  statementIssuer,
  tollAnnounced,
  caregiverClaimant,
  paragraphClaimant,
  ledeClaimant,
  confirmedAfter,
  tollListClaimant,
  ownLosses,
  possessiveSide,
  firstPersonLosses,
  anaphoraSide,
  setAgainstSide,
  listSide,
  ambushedSide,
  breakdownTotal,
  womenChildren,
  victimsNamed,
  enemySide,
  riposteSide,
  strikeTargetSide,
  forceLosses,
  foreignStory,
  partsSide,
  passengerVictims,
  defaultSide,
  rankTotal,
  revisedAfter,
  victimsSource,
  foreignClause,
  furniture,
  soleClaimant,
];

export type { ClaimContext, ClaimPass, Placed } from './context';

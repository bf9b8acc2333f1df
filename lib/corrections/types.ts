/**
 * The user's corrections, kept apart from the extractor's output and applied
 * on read: re-reading an article or a newer extractor replaces SavedReport.report,
 * never these.
 */
import type { By, Claim, Kind, Subject } from '../types';

/**
 * Which claim a correction is about. A claim is found again by its words and
 * where they stand in the article text; kind and subject break ties when a
 * newer extractor splits the same words differently.
 */
export interface ClaimRef {
  text: string;
  start: number;
  kind: Kind;
  subject: Subject;
}

/** The parts of a claim a user may change. */
export type ClaimPatch = Partial<{
  min: number;
  max: number | null;
  approx: boolean;
  kind: Kind;
  subject: Subject;
  by: By;
  source: string;
  earlier: boolean;
}>;

export type CorrectionChange =
  /** A figure, kind, subject or claimant the extractor got wrong. */
  | { type: 'edit-claim'; url: string; claim: ClaimRef; set: ClaimPatch }
  /** A claim that is not one (background, a misread number). */
  | { type: 'delete-claim'; url: string; claim: ClaimRef }
  /** A claim the extractor missed, from words the user selected. */
  | { type: 'add-claim'; url: string; claim: Claim }
  /** The report is about another event. */
  | { type: 'move-report'; url: string; from: string; to: string }
  /** Two events are one attack: `from`'s reports go to `into`, `from` goes away. */
  | { type: 'merge-events'; into: string; from: string }
  /** Some of an event's reports are about another attack: they go to a new event `to`. */
  | { type: 'split-event'; from: string; to: string; reports: string[] };

export type CorrectionType = CorrectionChange['type'];

/** One correction as the store keeps it (store `corrections`, keyed by id, index on url). */
export type Correction = CorrectionChange & {
  id: string;
  /** ISO date-time: corrections apply in this order. */
  createdAt: string;
};

/** The corrections that change a report's claims (the others change events). */
export type ClaimCorrection = Extract<Correction, { type: 'edit-claim' | 'delete-claim' | 'add-claim' }>;

export function isClaimCorrection(c: Correction): c is ClaimCorrection {
  return c.type === 'edit-claim' || c.type === 'delete-claim' || c.type === 'add-claim';
}

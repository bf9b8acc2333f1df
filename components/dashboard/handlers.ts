import type { ClaimPatch } from '@/lib/corrections';
import type { Claim } from '@/lib/types';

/** What the event view asks the dashboard to do; the dashboard talks to the store. */
export interface CorrectionHandlers {
  editClaim(url: string, claim: Claim, set: ClaimPatch): void;
  deleteClaim(url: string, claim: Claim): void;
  addClaim(url: string, claim: Claim): void;
  /** `to` null: a new event of its own. */
  moveReport(url: string, from: string, to: string | null): void;
  mergeEvents(into: string, from: string): void;
  splitEvent(from: string, urls: string[]): void;
  deleteReport(url: string): void;
  deleteEvent(id: string): void;
}

import { applyCorrections, type Correction } from '../corrections';
import { compareReports } from '../events/compare';
import type { EventComparison, SavedReport, StoredEvent } from '../types';
import { incidentForEvent } from './event-incident';

/** Compares the (corrected) reports of one event, each through the incident the event is about. */
export function compareEvent(
  event: StoredEvent,
  reports: readonly SavedReport[],
  corrections: ReadonlyMap<string, readonly Correction[]>,
): EventComparison {
  return compareReports(
    reports.map((r) => {
      const report = applyCorrections(r.report, corrections.get(r.url) ?? []);
      return {
        key: r.url,
        article: r.article,
        report,
        incident: incidentForEvent(report, event, r.eventIds),
        signature: r.signature,
      };
    }),
  );
}

/** Conflicting (kind, subject) rows of a comparison. */
export function conflictCount(c: EventComparison): number {
  return c.rows.filter((r) => r.status === 'conflict').length;
}

/**
 * What to do with a document that has several current versions (CouchDB's
 * `_conflicts`). Events and corrections merge by themselves: a correction
 * is never rewritten, so its versions can only differ in being withdrawn;
 * an event's own fields are a creation time (the earliest wins) and the
 * reports it must not take back (a union). Reports are the users' to
 * choose: unless every version says the same, all are kept.
 */
import { sameReport, type CorrectionDoc, type EventDoc, type ReportDoc, type TeamDoc } from './docs';

export type Merge =
  | { kind: 'merged'; doc: TeamDoc }
  /** Versions that differ: the user chooses (the winner stands meanwhile). */
  | { kind: 'choose'; versions: ReportDoc[] };

export function mergeVersions(winner: TeamDoc, others: TeamDoc[]): Merge {
  const all = [winner, ...others.filter((o) => o.type === winner.type)];
  switch (winner.type) {
    case 'event':
      return { kind: 'merged', doc: mergeEvents(all as EventDoc[]) };
    case 'correction':
      return { kind: 'merged', doc: mergeCorrections(all as CorrectionDoc[]) };
    case 'report': {
      const reports = all as ReportDoc[];
      if (reports.every((r) => !!r.deleted === !!winner.deleted && sameReport(r.report, winner.report)))
        return { kind: 'merged', doc: winner };
      return { kind: 'choose', versions: reports };
    }
  }
}

function mergeEvents(all: EventDoc[]): EventDoc {
  const [winner] = all;
  const live = all.filter((e) => !e.deleted);
  const unlinked = [...new Set(all.flatMap((e) => e.event.unlinked ?? []))];
  const createdAt = all.map((e) => e.event.createdAt).sort()[0];
  const doc: EventDoc = {
    ...winner,
    event: { id: winner.event.id, createdAt, ...(unlinked.length ? { unlinked } : {}) },
  };
  // An event one person emptied while another linked a report to it stays: its reports decide.
  if (live.length) delete doc.deleted;
  return doc;
}

function mergeCorrections(all: CorrectionDoc[]): CorrectionDoc {
  // Same id, same content (insert-only): the latest word on withdrawing it stands.
  return [...all].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

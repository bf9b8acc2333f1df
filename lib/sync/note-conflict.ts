/**
 * A report with several current versions in the replica: every version is
 * kept in the store's `conflicts` until someone chooses; one settled
 * elsewhere is marked resolved, with who chose.
 */
import type { ConflictRecord } from '../store/sync-records';
import type { ReportDoc } from './docs';

type ConflictStore = { objectStore(n: 'conflicts'): { put(c: ConflictRecord): Promise<unknown> } };

/** Keeps every version of a report in conflict; marks one settled elsewhere as resolved, with who chose. */
export async function noteConflict(
  raw: unknown,
  doc: ReportDoc,
  versions: ReportDoc[] | undefined,
  known: ConflictRecord | undefined,
  url: string,
  now: string,
  result: { conflicts: number },
) {
  const conflicts = (raw as ConflictStore).objectStore('conflicts');
  if (versions) {
    if (known?.state === 'chosen') return; // chosen here; the choice is sent next
    const revs = versions.map((v) => v._rev ?? '').sort();
    if (
      known?.state === 'open' &&
      known.versions
        .map((v) => v.rev)
        .sort()
        .join() === revs.join()
    )
      return;
    result.conflicts++;
    await conflicts.put({
      id: doc._id,
      url,
      detectedAt: now,
      state: 'open',
      versions: versions.map((v) => ({
        rev: v._rev ?? '',
        editedBy: v.editedBy,
        updatedAt: v.updatedAt,
        report: v.deleted ? null : (v.report ?? null),
      })),
    });
  } else if (known?.state === 'open') {
    await conflicts.put({
      ...known,
      state: 'resolved',
      resolvedBy: doc.resolvedBy ?? doc.editedBy ?? undefined,
      resolvedAt: doc.updatedAt,
    });
  }
}

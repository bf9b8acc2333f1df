/**
 * How a local version goes into the replica without losing anyone's. The
 * store's record was last in step with one replica revision, its base
 * (schema.ts, `bases`): the sync that stored or sent it remembered it. A
 * local change extends that revision. When the base is still a current
 * version (a leaf) the change is an ordinary update of it; when another
 * version came on top of it meanwhile (pulled but not yet applied, or pulled
 * while the user edited), the change becomes a branch of its own off the base
 * (`new_edits: false`), so the replica keeps both and the conflict is shown.
 * A choice settles only the versions the chooser saw.
 */
import type { ConflictRecord } from '../store/sync-records';
import type { TeamDoc } from './docs';

export interface Current {
  /** The winning revision and the other live leaves; empty when the replica has no such document. */
  leaves: string[];
}

export interface Planned {
  /** Written with `new_edits` (an update of a leaf, or a new document). */
  updates: object[];
  /** Written with `new_edits: false`: a new branch off the base. */
  branches: object[];
  /** The revision a branch gets (an update's comes back from bulkDocs). */
  rev?: string;
}

function randomHex(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID().replace(/-/g, '');
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
}

/** The local version as a child of `base` (or a root of its own when there is none), beside any other. */
export function branchOff(doc: TeamDoc, base: string | undefined): TeamDoc & { _rev: string } {
  const hash = randomHex();
  const { _conflicts: _c, ...clean } = doc;
  if (!base) return { ...clean, _rev: `1-${hash}`, _revisions: { start: 1, ids: [hash] } } as never;
  const dash = base.indexOf('-');
  const gen = Number(base.slice(0, dash)) + 1;
  // The base's own id is enough history: PouchDB and CouchDB graft the path onto the tree there.
  return {
    ...clean,
    _rev: `${gen}-${hash}`,
    _revisions: { start: gen, ids: [hash, base.slice(dash + 1)] },
  } as never;
}

/**
 * The writes that put `doc` (the local version) into the replica on top of
 * its base. `chosen`: the user settled this document's conflict here; the
 * other versions they saw are deleted with their name, any they did not see
 * stay (and the conflict shows again with them).
 */
export function planWrite(
  doc: TeamDoc,
  current: Current,
  base: string | undefined,
  chosen: ConflictRecord | undefined,
  user: string,
): Planned {
  const settled = chosen ? { resolvedBy: user } : {};
  const plan: Planned = { updates: [], branches: [] };
  if (!current.leaves.length) plan.updates.push({ ...doc, ...settled });
  else if (base && current.leaves.includes(base)) plan.updates.push({ ...doc, _rev: base, ...settled });
  else {
    const branch = branchOff({ ...doc, ...settled }, base);
    plan.branches.push(branch);
    plan.rev = branch._rev;
  }
  if (chosen) {
    const seen = new Set(chosen.versions.map((v) => v.rev));
    for (const rev of current.leaves)
      if (rev !== base && seen.has(rev))
        plan.updates.push({ _id: doc._id, _rev: rev, _deleted: true, resolvedBy: user });
  }
  return plan;
}

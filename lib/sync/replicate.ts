/**
 * Replica ⇄ team database: push, then pull. The push has no filter: every
 * version in the replica is this member's own or came from the server, and
 * the server's revs_diff skips what it has. (A filter would see only a
 * document's winner, and a member's own version that lost to a pulled one —
 * a branch off its base, plan-write.ts — would never be sent.)
 *
 * The replica remembers how far its changes are on the server (a `_local`
 * document, so it lives and dies with the replica): each push starts there,
 * and a pull that wrote nothing but the server's own documents moves the mark
 * past them, so they are never offered back (a revs_diff of every received
 * document, seconds for a first sync of thousands). When anything else wrote
 * into the replica meanwhile, the sequence numbers do not add up and the push
 * runs as usual.
 */
import type { ReplicaDB, Seq } from './replica';

export const REPLICATION_BATCH = 500;
const MARK_ID = '_local/crosscheck-pushed';

interface Mark {
  _id: string;
  _rev?: string;
  seq: Seq;
}

export interface Replicated {
  push: { docs_written: number };
  pull: { docs_written: number };
}

async function readMark(replica: ReplicaDB): Promise<Mark | undefined> {
  return (await replica.get(MARK_ID).catch(() => undefined)) as Mark | undefined;
}

async function writeMark(replica: ReplicaDB, mark: Mark | undefined, seq: Seq): Promise<Mark> {
  const next: Mark = { _id: MARK_ID, ...(mark?._rev ? { _rev: mark._rev } : {}), seq };
  const res = await replica.put(next);
  return { ...next, _rev: res.rev };
}

/** Everything in the replica is on the server: nothing to push. */
export async function pushedAll(replica: ReplicaDB): Promise<boolean> {
  const [mark, info] = await Promise.all([readMark(replica), replica.info()]);
  return mark !== undefined && mark.seq === info.update_seq;
}

export async function replicate(
  replica: ReplicaDB,
  remote: unknown,
  want: { push: boolean; pull: boolean },
): Promise<Replicated> {
  const options = { batch_size: REPLICATION_BATCH, batches_limit: 4 };
  const none = { docs_written: 0 };
  let mark = await readMark(replica);
  const pushFromMark = async () => {
    // The mark is where the push starts: PouchDB's own checkpoints (two requests per batch) are not needed.
    const done = await replica.replicate.to(remote, { ...options, checkpoint: false, since: mark?.seq ?? 0 });
    if (done.last_seq !== undefined) mark = await writeMark(replica, mark, done.last_seq);
    return done;
  };
  const push = want.push ? await pushFromMark() : none;
  if (!want.pull) return { push, pull: none };
  const before = (await replica.info()).update_seq;
  const pull = await replica.replicate.from(remote, options);
  if (!pull.docs_written) return { push, pull };
  const after = (await replica.info()).update_seq;
  const onlyPulled =
    mark?.seq === before &&
    typeof before === 'number' &&
    typeof after === 'number' &&
    after - before === pull.docs_written;
  if (onlyPulled) await writeMark(replica, mark, after);
  else await pushFromMark();
  return { push, pull };
}

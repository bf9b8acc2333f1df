/**
 * The user's corrections. Claim corrections are kept apart from the
 * extractor's output (store `corrections`, index on url) and applied on read,
 * so they survive re-reading the article or a newer extractor. Event
 * corrections (move, merge, split) change the stored events at once and are
 * logged in the same store, in the same transaction.
 */
import {
  applyCorrectionsDetailed,
  type AppliedCorrections,
  type ClaimCorrection,
  type Correction,
} from '../corrections';
import type { SavedReport } from '../types';
import { putReport, relink, uniq, writeEvent, type EventTx } from './event-edit';
import { emptyEvent, ReportCache } from './links';
import type { Store } from './open-store';
import { runTx } from './run-tx';
import { guard, StoreError } from './store-error';
import * as v from 'valibot';
import { describeIssues } from '../schema/fields';
import { CorrectionSchema } from '../schema/records';

/** A claim correction before the store gives it an id and a time (Omit distributed over the union). */
export type ClaimChange = ClaimCorrection extends infer C
  ? C extends ClaimCorrection
    ? Omit<C, 'id' | 'createdAt'>
    : never
  : never;

export function newCorrectionId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return `cx-${c?.randomUUID ? c.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`}`;
}

/** Records an edit, deletion or addition of a claim. */
export async function addClaimCorrection(
  store: Store,
  change: ClaimChange,
  now = new Date().toISOString(),
): Promise<Correction> {
  const correction = { ...change, id: newCorrectionId(), createdAt: now } as Correction;
  // The schema an import checks: what is stored can always be exported and imported back.
  const checked = v.safeParse(CorrectionSchema, correction);
  if (!checked.success) {
    const why = describeIssues(checked.issues);
    throw new StoreError('unknown', why, undefined, `The correction was not saved: ${why}.`);
  }
  await guard(() => store.db.put('corrections', correction));
  return correction;
}

/** Takes a correction back (the claim is as the extractor read it again). */
export function removeCorrection(store: Store, id: string): Promise<void> {
  return guard(() => store.db.delete('corrections', id));
}

/** The corrections of one report, oldest first. */
export async function getCorrections(store: Store, url: string): Promise<Correction[]> {
  const list = await guard(() => store.db.getAllFromIndex('corrections', 'url', url));
  return list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The corrections of several reports, in one transaction. */
export function getCorrectionsFor(store: Store, urls: Iterable<string>): Promise<Map<string, Correction[]>> {
  return guard(async () => {
    const index = store.db.transaction('corrections').store.index('url');
    const out = new Map<string, Correction[]>();
    await Promise.all(
      uniq(urls).map(async (u) => {
        const list = await index.getAll(u);
        if (list.length)
          out.set(
            u,
            list.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
          );
      }),
    );
    return out;
  });
}

export function listCorrections(store: Store): Promise<Correction[]> {
  return guard(() => store.db.getAll('corrections'));
}

/** A saved report with the user's corrections applied to its claims. */
export async function getCorrectedReport(
  store: Store,
  url: string,
): Promise<(SavedReport & { corrections: AppliedCorrections }) | undefined> {
  const saved = await guard(() => store.db.get('reports', url));
  if (!saved) return undefined;
  const applied = applyCorrectionsDetailed(saved.report, await getCorrections(store, url));
  return { ...saved, report: applied.report, corrections: applied };
}

const EDIT_STORES: ['reports', 'events', 'corrections'] = ['reports', 'events', 'corrections'];

function editTx<T>(store: Store, work: (tx: EventTx, cache: ReportCache) => Promise<T>): Promise<T> {
  return guard(() =>
    runTx(store.db.transaction(EDIT_STORES, 'readwrite'), async (tx) => {
      const linkTx = tx as unknown as EventTx;
      return work(linkTx, new ReportCache(linkTx));
    }),
  );
}

async function log(tx: EventTx, c: Correction): Promise<void> {
  await (tx as unknown as { objectStore(n: 'corrections'): { put(v: Correction): Promise<unknown> } })
    .objectStore('corrections')
    .put(c);
}

/**
 * Moves a report from one event to another (`to` null: to a new event of its
 * own). The old event remembers it as unlinked, so it is not matched back.
 * Returns the id of the event the report is now in.
 */
export async function moveReport(
  store: Store,
  url: string,
  from: string,
  to: string | null,
  now = new Date().toISOString(),
) {
  return editTx(store, async (tx, cache) => {
    const source = await tx.objectStore('events').get(from);
    const saved = await cache.get(url);
    if (!source || !saved || !source.reports.includes(url))
      throw new Error(`The report is not in event ${from}`);
    const target = to ? await tx.objectStore('events').get(to) : emptyEvent(now);
    if (!target) throw new Error(`No event ${to}`);
    if (target.id === from) return from;
    await putReport(tx, cache, relink(saved, from, target.id));
    await writeEvent(
      tx,
      cache,
      {
        ...source,
        reports: source.reports.filter((u) => u !== url),
        unlinked: uniq([...(source.unlinked ?? []), url]),
      },
      now,
    );
    await writeEvent(
      tx,
      cache,
      {
        ...target,
        reports: uniq([...target.reports, url]),
        unlinked: (target.unlinked ?? []).filter((u) => u !== url),
      },
      now,
    );
    await log(tx, { id: newCorrectionId(), createdAt: now, type: 'move-report', url, from, to: target.id });
    return target.id;
  });
}

/** Merges event `from` into event `into`: one attack reported as two. */
export async function mergeEvents(store: Store, into: string, from: string, now = new Date().toISOString()) {
  return editTx(store, async (tx, cache) => {
    if (into === from) return;
    const a = await tx.objectStore('events').get(into);
    const b = await tx.objectStore('events').get(from);
    if (!a || !b) throw new Error('Both events must exist to merge them');
    for (const url of b.reports) {
      const saved = await cache.get(url);
      if (saved) await putReport(tx, cache, relink(saved, from, into));
    }
    const reports = uniq([...a.reports, ...b.reports]);
    const unlinked = uniq([...(a.unlinked ?? []), ...(b.unlinked ?? [])]).filter((u) => !reports.includes(u));
    await tx.objectStore('events').delete(from);
    await writeEvent(
      tx,
      cache,
      { ...a, reports, unlinked, createdAt: a.createdAt < b.createdAt ? a.createdAt : b.createdAt },
      now,
    );
    await log(tx, { id: newCorrectionId(), createdAt: now, type: 'merge-events', into, from });
  });
}

/** Splits an event: the given reports are about another attack and go to a new event. Returns its id. */
export async function splitEvent(store: Store, from: string, urls: string[], now = new Date().toISOString()) {
  return editTx(store, async (tx, cache) => {
    const source = await tx.objectStore('events').get(from);
    if (!source) throw new Error(`No event ${from}`);
    const moving = urls.filter((u) => source.reports.includes(u));
    if (!moving.length || moving.length === source.reports.length)
      throw new Error('Choose some, not all, of the event’s reports to split off');
    const target = emptyEvent(now);
    for (const url of moving) {
      const saved = await cache.get(url);
      if (saved) await putReport(tx, cache, relink(saved, from, target.id));
    }
    await writeEvent(
      tx,
      cache,
      {
        ...source,
        reports: source.reports.filter((u) => !moving.includes(u)),
        unlinked: uniq([...(source.unlinked ?? []), ...moving]),
      },
      now,
    );
    await writeEvent(tx, cache, { ...target, reports: moving }, now);
    await log(tx, {
      id: newCorrectionId(),
      createdAt: now,
      type: 'split-event',
      from,
      to: target.id,
      reports: moving,
    });
    return target.id;
  });
}

/**
 * After a report is saved again (re-read), puts it back in the event the user
 * last moved it to, if the matcher linked it elsewhere. Returns whether it moved.
 */
export async function reapplyMoves(
  store: Store,
  url: string,
  now = new Date().toISOString(),
): Promise<boolean> {
  const moves = (await getCorrections(store, url)).filter((c) => c.type === 'move-report');
  const last = moves.at(-1);
  if (!last || last.type !== 'move-report') return false;
  const saved = await guard(() => store.db.get('reports', url));
  if (!saved || saved.eventIds?.includes(last.to)) return false;
  if (!(await guard(() => store.db.get('events', last.to)))) return false;
  const current = saved.eventIds?.find((id): id is string => !!id);
  if (!current) return false;
  await moveReport(store, url, current, last.to, now);
  return true;
}

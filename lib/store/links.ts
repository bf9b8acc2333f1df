/**
 * Linking incidents to stored events inside one transaction: candidate
 * events come only through the indexes (days range, place keys), then the
 * pure matcher scores them against the incidents already linked.
 */
import type { IDBPIndex, IDBPTransaction } from 'idb';
import { addDays, daysBetween } from '../events/dates';
import { reportFacts, type IncidentFacts, type PlaceRef } from '../events/incident-facts';
import {
  compareClaims,
  comparePlaces,
  figureDigest,
  matchEvent,
  parseDigest,
  sharedActors,
  tellingDigests,
  undatedPlaceMatch,
} from '../events/match-events';
import { unionPlaces } from '../events/event-summary';
import { placeRelation } from '../events/place-relation';
import { foldName } from '../places';
import type { MatchReason, SavedReport, StoredEvent } from '../types';
import type { CrosscheckDB } from './schema';

/** A transaction over reports and events (matchEvents opens it read-only and only reads). */
export type LinkTx = IDBPTransaction<CrosscheckDB, ['reports', 'events'], 'readwrite'>;

export const LINK_STORES: ['reports', 'events'] = ['reports', 'events'];

/** The widest tolerance of the matcher (a day-precise date ±2 days). */
const SLACK_DAYS = 2;

export async function candidateEvents(tx: LinkTx, fact: IncidentFacts, keyRange: typeof IDBKeyRange) {
  const events = tx.objectStore('events');
  const found = new Map<string, StoredEvent>();
  const add = (list: StoredEvent[]) => list.forEach((e) => found.set(e.id, e));
  const keys = [...new Set(fact.places.map((p) => p.key))];
  // Events found by a telling toll the incident gives (undatedPlaceMatch): those no report dates
  // or places (`unplacedFigures`), or, for an incident with neither, any (`figures`). Events with
  // no day and no place are never in the day or place indexes: the two lists never overlap.
  const byToll = async (index: 'figures' | 'unplacedFigures') => {
    const lists = await Promise.all(
      tellingDigests(fact.claims).map((d) => events.index(index).getAll(d, TOLL_CANDIDATES)),
    );
    return [...new Map(lists.flat().map((e) => [e.id, e])).values()];
  };
  if (fact.when.from && fact.when.to) {
    const range = keyRange.bound(addDays(fact.when.from, -SLACK_DAYS), addDays(fact.when.to, SLACK_DAYS));
    // One batch of requests, read in this order: no round trip waits for the one before.
    const [tolled, ...lists] = await Promise.all([
      byToll('unplacedFigures'),
      events.index('days').getAll(range),
      ...keys.map((k) => events.index('undatedPlaceKeys').getAll(k)),
    ]);
    lists.forEach(add);
    // Cheap filter before reading any report: the event must share a place or a similar spelling.
    return [...[...found.values()].filter((e) => sharesPlace(fact.places, e)), ...tolled];
  }
  // No day and no place: the toll is all there is; any event giving it may be the one.
  if (!keys.length) return byToll('figures');
  // With no date, only agreeing figures can confirm a match (see matchIncidents).
  // A report we cannot read has no figures: its main place alone decides (see matchIncidents).
  if (!fact.readable) {
    if (fact.places[0]) add(await events.index('placeKeys').getAll(fact.places[0].key));
    return [...found.values()];
  }
  if (!fact.claims.length) return [];
  const [tolled, ...lists] = await Promise.all([
    byToll('unplacedFigures'),
    ...keys.map((k) => newestAt(events.index('placeKeys'), k, UNDATED_CANDIDATES)),
  ]);
  lists.forEach(add);
  const list = [...found.values()].filter((e) => {
    if (!e.figures) return true;
    const theirs = parseDigest(e.figures);
    // The same exact toll also when one side is not said ("24 people", "24 soldiers"): see undatedJoin.
    const exact = fact.claims.some((x) =>
      theirs.some((y) => x.kind === y.kind && x.min === y.min && x.max === y.max),
    );
    return exact || compareClaims(fact.claims, theirs).agree > 0;
  });
  return [...list.filter((e) => sharesPlace(fact.places, e)), ...tolled];
}

/** How many events one toll may bring in: a common toll is no tie ("killed/soldiers/10/10"). */
const TOLL_CANDIDATES = 50;

/**
 * An undated report at a busy place (Bamako, Gao…) would otherwise read every
 * event ever stored there: it reads the newest ones only. Event ids begin with
 * a countdown from their creation time, so an index lists them newest first.
 */
const UNDATED_CANDIDATES = 200;

function newestAt(
  index: IDBPIndex<CrosscheckDB, ['reports', 'events'], 'events', 'placeKeys', 'readwrite'>,
  key: string,
  limit: number,
): Promise<StoredEvent[]> {
  // Ids sort newest first (see newEventId): one getAll with a count, no cursor walk.
  return index.getAll(key, limit);
}

function sharesPlace(places: PlaceRef[], e: StoredEvent): boolean {
  if (places.some((p) => e.placeKeys.includes(p.key))) return true;
  const theirs: PlaceRef[] = e.places.map((name) => ({ key: `name:${foldName(name)}`, name, id: null }));
  return places.some((p) => theirs.some((q) => placeRelation(p, q) !== 'different'));
}

/** The incidents of a saved report that are linked to an event. */
export function linkedFacts(saved: SavedReport, eventId: string): IncidentFacts[] {
  const facts = reportFacts(saved.url, saved.article, saved.report);
  const ids = saved.eventIds;
  if (!ids) return facts;
  return facts.filter((f) => ids[f.incident] === eventId);
}

/** Reads reports by URL once per call. */
export class ReportCache {
  /** Each report's read, asked once (several may be in flight together: see readAll). */
  private readonly cache = new Map<string, Promise<SavedReport | undefined>>();
  constructor(private readonly tx: LinkTx) {}
  get(url: string): Promise<SavedReport | undefined> {
    let read = this.cache.get(url);
    if (!read) this.cache.set(url, (read = this.tx.objectStore('reports').get(url)));
    return read;
  }
  /** Asks for every report at once: one batch of requests instead of a round trip each. */
  async readAll(urls: Iterable<string>): Promise<void> {
    await Promise.all([...urls].map((u) => this.get(u)));
  }
  set(saved: SavedReport) {
    this.cache.set(saved.url, Promise.resolve(saved));
  }
}

export interface ScoredEvent {
  event: StoredEvent;
  reason: MatchReason;
  members: SavedReport[];
}

/** Candidates whose reports are read and scored; more only happens for an undated report at a busy place. */
const MAX_SCORED = 16;

/** The `limit` candidates most like the incident on the event's own fields (places, actors, figures). */
function mostLikely(fact: IncidentFacts, events: StoredEvent[], limit: number): StoredEvent[] {
  if (events.length <= limit) return events;
  const keys = new Set(fact.places.map((p) => p.key));
  const rough = (e: StoredEvent) => {
    const claims = e.figures ? compareClaims(fact.claims, parseDigest(e.figures)) : { agree: 0, conflict: 0 };
    return (
      e.placeKeys.filter((k) => keys.has(k)).length +
      (sharedActors(e.actors, fact.actors).length ? 1 : 0) +
      0.5 * Math.min(claims.agree, 3) -
      0.3 * claims.conflict
    );
  };
  return events
    .map((e) => ({ e, score: rough(e) }))
    .sort((a, b) => b.score - a.score || (b.e.updatedAt ?? '').localeCompare(a.e.updatedAt ?? ''))
    .slice(0, limit)
    .map((x) => x.e);
}

/** Candidate events scored against one incident; best first. `exclude`: the report being saved. */
export async function scoreCandidates(
  tx: LinkTx,
  fact: IncidentFacts,
  keyRange: typeof IDBKeyRange,
  reports: ReportCache,
  exclude: string,
): Promise<ScoredEvent[]> {
  const out: ScoredEvent[] = [];
  const undated: Array<Omit<ScoredEvent, 'reason'>> = [];
  const candidates = (await candidateEvents(tx, fact, keyRange)).filter(
    (e) => !e.unlinked?.includes(exclude),
  );
  const likely = mostLikely(fact, candidates, MAX_SCORED);
  await reports.readAll(likely.flatMap((e) => e.reports.filter((url) => url !== exclude)));
  for (const event of likely) {
    const members: SavedReport[] = [];
    for (const url of event.reports) {
      if (url === exclude) continue;
      const saved = await reports.get(url);
      if (saved) members.push(saved);
    }
    const reason = matchEvent(
      fact,
      members.flatMap((m) => linkedFacts(m, event.id)),
    );
    if (reason) out.push({ event, reason, members });
    // An undated report, or an event no report dates: their tie is a telling toll (undatedJoin).
    else if (!fact.when.from || !event.days?.length) undated.push({ event, members });
  }
  if (!out.length) {
    const one = undatedJoin(fact, undated);
    if (one) out.push(one);
  }
  return out.sort((a, b) => b.reason.score - a.reason.score || a.event.id.localeCompare(b.event.id));
}

/**
 * An undated report joins the one event at its place that gives the same exact toll
 * (undatedPlaceMatch, as `crosscheck compare` groups): never when two events there could be it.
 * A report with no place, or an event no report dates or places, is tied by the toll alone.
 */
function undatedJoin(
  fact: IncidentFacts,
  candidates: Array<Omit<ScoredEvent, 'reason'>>,
): ScoredEvent | null {
  const fits = candidates.filter((c) =>
    c.members.some((m) => linkedFacts(m, c.event.id).some((f) => undatedPlaceMatch(fact, f))),
  );
  if (fits.length !== 1) return null;
  const { event, members } = fits[0];
  const places = comparePlaces(
    fact.places,
    members.flatMap((m) => linkedFacts(m, event.id)).flatMap((f) => f.places),
  );
  return {
    event,
    members,
    reason: {
      samePlaces: places.same,
      similarPlaces: places.similar,
      dates: 'date not confirmed',
      sameActors: sharedActors(fact.actors, event.actors),
      score: 0.2,
    },
  };
}

/** An event's date, places, actors and index fields, from the incidents linked to it. */
export function eventFields(
  facts: IncidentFacts[],
): Omit<StoredEvent, 'id' | 'reports' | 'unlinked' | 'createdAt' | 'updatedAt'> {
  const precise = facts.filter((f) => f.when.kind === 'day' || f.when.kind === 'span');
  const windows = facts.filter((f) => f.when.from && f.when.to);
  const core = precise.length ? precise : windows;
  const days = new Set<string>();
  for (const f of core) for (const d of daysBetween(f.when.from!, f.when.to!)) days.add(d);
  const date = precise.length ? precise.map((f) => f.when.from!).sort()[0] : null;
  const end = precise.length
    ? precise
        .map((f) => f.when.to!)
        .sort()
        .at(-1)!
    : null;
  const { names, keys: placeKeys } = unionPlaces(facts);
  return {
    date,
    dateEnd: end && end !== date ? end : null,
    places: names,
    placeKeys,
    actors: [...new Set(facts.flatMap((f) => f.actors))],
    days: [...days].sort(),
    undatedPlaceKeys: days.size ? [] : placeKeys,
    figures: figureDigest(facts.flatMap((f) => f.claims)),
    unplacedFigures: days.size || placeKeys.length ? [] : figureDigest(facts.flatMap((f) => f.claims)),
  };
}

/** Recomputes an event from its member reports (call after its `reports` change). */
export async function refreshEvent(
  event: StoredEvent,
  reports: ReportCache,
  now: string,
): Promise<StoredEvent> {
  const facts: IncidentFacts[] = [];
  for (const url of event.reports) {
    const saved = await reports.get(url);
    if (saved) facts.push(...linkedFacts(saved, event.id));
  }
  return { ...event, ...eventFields(facts), updatedAt: now };
}

/** An event with no report linked yet (saveReport and the corrections fill it in). */
export function emptyEvent(now: string): StoredEvent {
  return {
    id: newEventId(),
    date: null,
    places: [],
    placeKeys: [],
    actors: [],
    reports: [],
    createdAt: now,
    updatedAt: now,
  };
}

export function newEventId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  // A countdown from the creation time first (fixed width, so ids sort newest
  // first: see newestAt), then randomness.
  const time = (1e13 - Date.now()).toString(36).padStart(9, '0');
  return `ev-${time}-${c?.randomUUID ? c.randomUUID() : Math.random().toString(36).slice(2)}`;
}

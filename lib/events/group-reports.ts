/**
 * `crosscheck compare`: clusters reports into events with the same matcher
 * the store uses. Every matching pair of incidents is an edge; edges join
 * clusters best first, unless the join would put two incidents with
 * incompatible dates (the same town another year) in one event. Sorting by
 * score and key makes the result independent of the input order.
 */
import type { Article, EventComparison, Report } from '../types';
import { compareReports } from './compare';
import { reportFacts, type IncidentFacts } from './incident-facts';
import { compareWhen, isWeakMatch, matchIncidents, undatedPlaceMatch } from './match-events';
import { COPY_THRESHOLD, estimateSimilarity, textSignature } from './near-duplicates';
import { eventSummary } from './event-summary';

export interface GroupInput {
  /** File name (crosscheck) or canonical URL. */
  key: string;
  article: Article;
  report: Report;
}

export interface GroupedEvent {
  id: string;
  date: string | null;
  places: string[];
  reports: string[];
  comparison: EventComparison;
}

interface Edge {
  a: number;
  b: number;
  score: number;
}

type EventSummary = ReturnType<typeof eventSummary>;

/** Groups reports into events (same attack) and compares each event's figures. */
export function groupReports(items: GroupInput[]): GroupedEvent[] {
  const byKey = new Map(items.map((it) => [it.key, it]));
  const facts: IncidentFacts[] = [...items]
    .sort((x, y) => x.key.localeCompare(y.key))
    .flatMap((it) => reportFacts(it.key, it.article, it.report));
  const signatures = new Map(items.map((it) => [it.key, textSignature(it.article.text)]));
  const { edges, weak, undated } = matchEdges(facts, signatures);

  const parent = facts.map((_, i) => i);
  const members = facts.map((_, i) => [i]);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (ra: number, rb: number) => {
    parent[rb] = ra;
    members[ra].push(...members[rb]);
    members[rb] = [];
  };
  for (const { a, b } of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb && compatible(members[ra], members[rb], facts)) join(ra, rb);
  }
  joinWeak(weak, facts, find, members, join);
  joinUndated(undated, facts, find, members, join);

  return sortedEvents(facts, find, members).map((e, i) => groupedEvent(e, i, byKey, signatures));
}

/** Every matching pair of incidents from different reports: strong edges (best first), weak ones, undated ones. */
function matchEdges(facts: IncidentFacts[], signatures: Map<string, number[]>) {
  const edges: Edge[] = [];
  const weak: Edge[] = [];
  const undated: Edge[] = [];
  for (let a = 0; a < facts.length; a++)
    for (let b = a + 1; b < facts.length; b++) {
      if (facts[a].report === facts[b].report) continue;
      const reason = matchIncidents(facts[a], facts[b]);
      if (reason) (isWeakMatch(facts[a], facts[b]) ? weak : edges).push({ a, b, score: reason.score });
      else if (isCopy(facts[a], facts[b], signatures)) edges.push({ a, b, score: 0.5 });
      else if (undatedPlaceMatch(facts[a], facts[b])) undated.push({ a, b, score: 0 });
    }
  edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  return { edges, weak, undated };
}

/** Joins each report matched on places alone to the one event that clearly fits, if any. */
function joinWeak(
  weak: Edge[],
  facts: IncidentFacts[],
  find: (i: number) => number,
  members: number[][],
  join: (ra: number, rb: number) => void,
) {
  // A report we cannot read, matched on places alone, joins an event only when one event
  // clearly fits (the most reported of its candidates); it never bridges two events.
  for (const i of new Set(weak.map((e) => (facts[e.a].readable ? e.b : e.a)))) {
    if (members[find(i)].length > 1) continue;
    const reports = (root: number) => new Set(members[root].map((m) => facts[m].report)).size;
    const candidates = [
      ...new Set(weak.filter((e) => e.a === i || e.b === i).map((e) => find(e.a === i ? e.b : e.a))),
    ]
      .filter((root) => compatible(members[root], [i], facts))
      .sort((x, y) => reports(y) - reports(x));
    if (candidates.length && (candidates.length === 1 || reports(candidates[0]) > reports(candidates[1])))
      join(candidates[0], find(i));
  }
}

/** One summary per cluster, sorted by date (undated last), then places. */
function sortedEvents(
  facts: IncidentFacts[],
  find: (i: number) => number,
  members: number[][],
): EventSummary[] {
  const clusters = facts
    .map((_, i) => i)
    .filter((i) => find(i) === i)
    .map((root) => members[root].map((i) => facts[i]));
  const events = clusters.map((cluster) => eventSummary(cluster));
  events.sort(
    (x, y) =>
      (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.places.join().localeCompare(y.places.join()),
  );
  return events;
}

/** The i-th event as returned: its reports and the comparison of their figures. */
function groupedEvent(
  e: EventSummary,
  i: number,
  byKey: Map<string, GroupInput>,
  signatures: Map<string, number[]>,
): GroupedEvent {
  const reports = [...new Set(e.facts.map((f) => f.report))];
  return {
    id: `e${i + 1}`,
    date: e.date,
    places: e.places,
    reports,
    comparison: compareReports(
      e.facts.map((f) => {
        const it = byKey.get(f.report)!;
        return {
          key: it.key,
          article: it.article,
          report: it.report,
          incident: f.incident,
          signature: signatures.get(it.key),
        };
      }),
    ),
  };
}

/** Two clusters may join when no two of their incidents have incompatible dates or share a report. */
function compatible(a: number[], b: number[], facts: IncidentFacts[]): boolean {
  for (const i of a)
    for (const j of b) {
      if (facts[i].report === facts[j].report) return false;
      if (compareWhen(facts[i].when, facts[j].when) === 'different') return false;
    }
  return true;
}

/** Copies of one story report the same attack, even when one copy lost its place names. */
function isCopy(a: IncidentFacts, b: IncidentFacts, signatures: Map<string, number[]>): boolean {
  if (a.incident !== 0 || b.incident !== 0) return false;
  if (compareWhen(a.when, b.when) === 'different') return false;
  return estimateSimilarity(signatures.get(a.report)!, signatures.get(b.report)!) >= COPY_THRESHOLD;
}

/**
 * Reports with no usable date, matched on a main place only: first with each other, then each
 * undated group with the one event at that place. Two events there (a camp attacked in two
 * years) leave it on its own: nothing tells which.
 */
function joinUndated(
  undated: Edge[],
  facts: IncidentFacts[],
  find: (i: number) => number,
  members: number[][],
  join: (ra: number, rb: number) => void,
) {
  const dateless = (root: number) => members[root].every((m) => !facts[m].when.from && !facts[m].when.year);
  for (const { a, b } of undated) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb && dateless(ra) && dateless(rb) && compatible(members[ra], members[rb], facts))
      join(ra, rb);
  }
  const roots = [...new Set(undated.flatMap((e) => [find(e.a), find(e.b)]))]
    .filter(dateless)
    .sort((x, y) => x - y);
  for (const root of roots) {
    if (find(root) !== root || !dateless(root)) continue;
    const mine = new Set(members[root]);
    const candidates = new Set<number>();
    for (const e of undated) {
      if (!mine.has(e.a) && !mine.has(e.b)) continue;
      const other = find(mine.has(e.a) ? e.b : e.a);
      if (other !== root && !dateless(other) && compatible(members[root], members[other], facts))
        candidates.add(other);
    }
    if (candidates.size === 1) join([...candidates][0], root);
  }
}

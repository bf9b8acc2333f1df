/**
 * The dashboard's timeline model: what one line of the timeline says of an
 * event, and the filters. Pure: the dashboard reads events and reports from
 * the store and hands them here.
 */
import type { Correction } from '../corrections';
import { compareEvent, conflictCount, conservativeFatalities, newestFirst } from '../export';
import { foldName } from '../places';
import type { EventComparison, SavedReport, StoredEvent } from '../types';
import { outletCoverage } from './coverage';

export interface TimelineItem {
  event: StoredEvent;
  reports: SavedReport[];
  comparison: EventComparison;
  /** Distinct outlets among the event's reports. */
  outlets: number;
  /** Outlets that give figures about it (the others reported the attack without any). */
  withFigures: number;
  /** Independent sources (EventComparison.sources): one claimant's statement counts once. */
  sources: number;
  conflicts: number;
  fatalities: number;
  /** The user's corrections of these reports, by URL. */
  corrections: ReadonlyMap<string, readonly Correction[]>;
}

export function timelineItem(
  event: StoredEvent,
  reports: SavedReport[],
  corrections: ReadonlyMap<string, readonly Correction[]>,
): TimelineItem {
  const comparison = compareEvent(event, reports, corrections);
  const coverage = outletCoverage(
    Object.fromEntries(reports.map((r) => [r.url, r.article.outlet])),
    comparison,
  );
  return {
    event,
    reports,
    comparison,
    outlets: coverage.outlets,
    withFigures: coverage.withFigures,
    sources: comparison.sources,
    conflicts: conflictCount(comparison),
    fatalities: conservativeFatalities(comparison.summary),
    corrections: new Map(
      reports.filter((r) => corrections.has(r.url)).map((r) => [r.url, corrections.get(r.url)!]),
    ),
  };
}

export interface EventFilter {
  /** Part of a place name, any spelling or accents. */
  place?: string;
  /** Part of an actor name. */
  actor?: string;
  /** ISO days, inclusive. */
  from?: string;
  to?: string;
  conflictsOnly?: boolean;
}

/** Whether an event passes the filters that its record alone can answer (all but conflictsOnly). */
export function matchesFilter(e: StoredEvent, f: EventFilter): boolean {
  if (f.place) {
    const q = foldName(f.place);
    if (q && !e.places.some((p) => foldName(p).includes(q))) return false;
  }
  if (f.actor) {
    const q = foldName(f.actor);
    if (q && !e.actors.some((a) => foldName(a).includes(q))) return false;
  }
  if (f.from || f.to) {
    if (!e.date) return false;
    const end = e.dateEnd ?? e.date;
    if (f.from && end < f.from) return false;
    if (f.to && e.date > f.to) return false;
  }
  return true;
}

export function isFilterEmpty(f: EventFilter): boolean {
  return !f.place && !f.actor && !f.from && !f.to && !f.conflictsOnly;
}

/** Events newest first (by the attack's date; undated events by when they were created). */
export function sortEvents(events: StoredEvent[]): StoredEvent[] {
  return [...events].sort(newestFirst);
}

/** Places and actors to offer in the filter inputs, most frequent first. */
export function filterChoices(events: readonly StoredEvent[]): { places: string[]; actors: string[] } {
  const count = (names: string[][]) => {
    const m = new Map<string, number>();
    for (const list of names) for (const n of list) m.set(n, (m.get(n) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
  };
  return {
    places: count(events.map((e) => e.places)).slice(0, 200),
    actors: count(events.map((e) => e.actors)),
  };
}

/**
 * An article that reports two attacks ("a camp on Sunday, a city on Monday") keeps
 * both as news: one incident per attack, each with its own day and places, and each
 * claim pointing at its incident. Split only on clear evidence: the figures' sentences
 * name different days and different places; a coordinated attack on several towns
 * the same day stays one incident.
 */
import type { Incident, Place } from '../types';
import type { Sentence } from './sentences';

export interface IncidentSplit {
  incidents: Incident[];
  /** Incident index of each figure, in the order given. */
  assign: number[];
}

/** The incidents of an article, given where its news figures are, the days and places its sentences name. */
export function splitIncidents(
  figures: Array<{ sentence: number }>,
  sentences: Sentence[],
  days: Array<{ sentence: number; date: string }>,
  mentions: Array<{ place: Place; sentence: number }>,
  main: Incident,
): IncidentSplit {
  const single = { incidents: [main], assign: figures.map(() => 0) };
  const dayOf = new Map<number, string>();
  for (const d of days) if (!dayOf.has(d.sentence)) dayOf.set(d.sentence, d.date);
  const placesOf = new Map<number, Place[]>();
  for (const m of mentions) placesOf.set(m.sentence, [...(placesOf.get(m.sentence) ?? []), m.place]);
  // The day and places in force at a sentence: its own, else the last ones named earlier in its paragraph.
  const context = <T>(map: Map<number, T>, i: number): T | null => {
    for (let k = i; k >= 0 && sentences[k].paragraph === sentences[i].paragraph; k--) {
      const v = map.get(k);
      if (v !== undefined) return v;
    }
    return null;
  };
  const groups = new Map<string, { places: Map<string, Place>; order: number }>();
  const figDays = figures.map((f) => context(dayOf, f.sentence));
  // A sentence with no day of its own that names the place of a figure with its own day is of that
  // day: "Dans le camp de Boni, l'armée affirme…" after the Monday attack on Douentza is Sunday's.
  const daysAt = new Map<string, Set<string>>();
  for (const f of figures) {
    const day = dayOf.get(f.sentence);
    if (!day) continue;
    for (const p of placesOf.get(f.sentence) ?? []) {
      const key = p.name.toLowerCase();
      daysAt.set(key, (daysAt.get(key) ?? new Set<string>()).add(day));
    }
  }
  figures.forEach((f, i) => {
    if (dayOf.has(f.sentence)) return;
    const days = new Set<string>();
    for (const p of placesOf.get(f.sentence) ?? [])
      for (const d of daysAt.get(p.name.toLowerCase()) ?? []) days.add(d);
    if (days.size === 1) figDays[i] = [...days][0];
  });
  figures.forEach((f, i) => {
    const day = figDays[i];
    if (!day) return;
    const g = groups.get(day) ?? { places: new Map<string, Place>(), order: groups.size };
    const own = placesOf.get(f.sentence);
    for (const p of (dayOf.has(f.sentence) || !own ? context(placesOf, f.sentence) : own) ?? [])
      g.places.set(p.name, p);
    groups.set(day, g);
  });
  if (groups.size < 2) return single;
  const list = [...groups.entries()];
  if (list.some(([, g]) => g.places.size === 0)) return single;
  // The same place under two days is one attack told over two days, not two attacks.
  const seen = new Set<string>();
  for (const [, g] of list) {
    for (const name of g.places.keys()) {
      if (seen.has(name.toLowerCase())) return single;
    }
    for (const name of g.places.keys()) seen.add(name.toLowerCase());
  }
  list.sort((a, b) => (a[0] === main.date ? -1 : b[0] === main.date ? 1 : a[1].order - b[1].order));
  const incidents: Incident[] = list.map(([day, g], k) => {
    const placeDetails = [...g.places.values()];
    const base = k === 0 ? main : { date: null, places: [], placeDetails: [], actors: main.actors };
    return {
      ...base,
      date: day,
      dateEnd: null,
      datePrecision: 'day' as const,
      places: placeDetails.map((p) => p.name),
      placeDetails,
    };
  });
  const index = new Map(list.map(([day], k) => [day, k]));
  return { incidents, assign: figDays.map((d) => (d ? (index.get(d) ?? 0) : 0)) };
}

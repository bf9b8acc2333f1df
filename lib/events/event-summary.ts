import { foldName } from '../places';
import type { IncidentFacts } from './incident-facts';

/** The places of a set of incidents, one name per place key and per folded spelling. */
export function unionPlaces(facts: IncidentFacts[]): { names: string[]; keys: string[] } {
  const keys = new Set<string>();
  const names = new Map<string, string>();
  for (const f of facts)
    for (const p of f.places) {
      keys.add(p.key);
      const name = p.canonical ?? p.name;
      if (!names.has(foldName(name))) names.set(foldName(name), name);
    }
  return { names: [...names.values()], keys: [...keys] };
}

/** An event's date and places from the incidents grouped into it. */
export function eventSummary(facts: IncidentFacts[]) {
  const precise = facts
    .filter((f) => f.when.kind === 'day' || f.when.kind === 'span')
    .map((f) => f.when.from!);
  return { facts, date: precise.sort()[0] ?? null, places: unionPlaces(facts).names };
}

import { PERSON_SUBJECTS, type FigureSummary } from '../types';

/**
 * The conservative fatality figure of an event, as ACLED counts: the lowest
 * credible toll.
 *
 * Rule: take each side's conservative `killed` figure (soldiers, militants,
 * civilians, militia, foreign_forces) and add them; `people` (a toll whose
 * side the text does not say, or a total stated as its own number, "64 dead,
 * 49 civilians and 15 soldiers") is usually the sum of the sides, so it is not
 * added but taken when it is larger: fatalities = max(Σ sides, people).
 * Superseded figures are the comparison's business (it summarises current
 * figures); things (vehicles…) are never fatalities.
 */
export function conservativeFatalities(summary: readonly FigureSummary[]): number {
  let sides = 0;
  let people = 0;
  for (const s of summary) {
    if (s.kind !== 'killed') continue;
    if (s.subject === 'people') people = Math.max(people, s.conservative);
    else if ((PERSON_SUBJECTS as readonly string[]).includes(s.subject)) sides += s.conservative;
  }
  return Math.max(sides, people);
}

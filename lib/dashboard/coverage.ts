/** How many outlets reported an attack, and how many of them give figures. Pure. */
import type { EventComparison } from '../types';

export interface Coverage {
  /** Distinct outlets among the event's reports (those without figures too). */
  outlets: number;
  /** Distinct outlets with at least one figure in the comparison. */
  withFigures: number;
}

/** `outletOf`: the outlet of every report of the event, by report key. */
export function outletCoverage(
  outletOf: Readonly<Record<string, string>>,
  comparison: EventComparison,
): Coverage {
  const withFigures = new Set<string>();
  for (const row of comparison.rows)
    for (const f of row.figures) withFigures.add(outletOf[f.report] ?? f.outlet);
  return { outlets: new Set(Object.values(outletOf)).size, withFigures: withFigures.size };
}

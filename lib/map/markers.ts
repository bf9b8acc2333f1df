/** What the map needs of an event. */
export interface MarkerInput {
  id: string;
  lon: number;
  lat: number;
  reports: number;
  conflicts: number;
  label: string;
}

export interface Marker {
  id: string;
  x: number;
  y: number;
  r: number;
  conflict: boolean;
  label: string;
}

/** Radius grows with the square root of the number of reports (area ∝ reports), 4 to 18 px. */
export function markerRadius(reports: number): number {
  return Math.min(18, Math.round((4 + 2.5 * Math.sqrt(Math.max(0, reports - 1))) * 10) / 10);
}

/**
 * Screen markers for events, largest first so that a small marker drawn later
 * stays clickable on top of a large one. Events the projection cannot place,
 * or that fall outside the box, are left out.
 */
export function layoutMarkers(
  events: readonly MarkerInput[],
  project: (lon: number, lat: number) => [number, number] | null,
  box?: { width: number; height: number },
): Marker[] {
  const out: Marker[] = [];
  for (const e of events) {
    const p = project(e.lon, e.lat);
    if (!p) continue;
    if (box && (p[0] < 0 || p[1] < 0 || p[0] > box.width || p[1] > box.height)) continue;
    out.push({
      id: e.id,
      x: p[0],
      y: p[1],
      r: markerRadius(e.reports),
      conflict: e.conflicts > 0,
      label: e.label,
    });
  }
  return out.sort((a, b) => b.r - a.r || (a.id < b.id ? -1 : 1));
}

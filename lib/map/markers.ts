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

/** Events at one spot: one marker for all of them (the same town, or closer than `cell` px). */
export interface MarkerGroup extends Marker {
  /** The events in it, newest first as given. */
  events: string[];
  /** The place's name, to filter the timeline by. */
  place: string;
}

/**
 * Groups events that fall on the same spot (within `cell` pixels) into one
 * marker: its radius by all their reports, red if any of them has conflicting
 * figures. Largest first, as layoutMarkers.
 */
export function groupMarkers(
  events: ReadonlyArray<MarkerInput & { place: string }>,
  project: (lon: number, lat: number) => [number, number] | null,
  box?: { width: number; height: number },
  cell = 6,
): MarkerGroup[] {
  const groups = new Map<
    string,
    {
      x: number;
      y: number;
      place: string;
      ids: string[];
      reports: number;
      conflict: boolean;
      labels: string[];
    }
  >();
  for (const e of events) {
    const p = project(e.lon, e.lat);
    if (!p) continue;
    if (box && (p[0] < 0 || p[1] < 0 || p[0] > box.width || p[1] > box.height)) continue;
    const key = `${Math.round(p[0] / cell)},${Math.round(p[1] / cell)}`;
    const g = groups.get(key) ?? {
      x: p[0],
      y: p[1],
      place: e.place,
      ids: [],
      reports: 0,
      conflict: false,
      labels: [],
    };
    g.ids.push(e.id);
    g.reports += e.reports;
    g.conflict ||= e.conflicts > 0;
    g.labels.push(e.label);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({
      id: g.ids[0],
      x: g.x,
      y: g.y,
      r: markerRadius(g.reports),
      conflict: g.conflict,
      label: g.ids.length === 1 ? g.labels[0] : `${g.place}: ${g.ids.length} events, ${g.reports} reports`,
      events: g.ids,
      place: g.place,
    }))
    .sort((a, b) => b.r - a.r || (a.id < b.id ? -1 : 1));
}

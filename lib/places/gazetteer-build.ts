/**
 * Building the gazetteer from its sources: GeoNames (generated geonames.json) merged with the
 * project's lists, indexed by folded name. Runs at build time (scripts/build-gazetteer-index.ts
 * writes gazetteer-index.ts) and in the test that checks that file is up to date; the extension
 * only loads the result (gazetteer.ts).
 */
import { foldName, joinedKey, phoneticKey } from './fold';
import type { GazEntry, Gazetteer, GazetteerIndex } from './gazetteer';
import geonamesRows from './geonames.json';
import { NEVER_NAMES, SURNAMES, WEAK_NAMES } from './lexicon';
import { MALI_CERCLES, MALI_PLACES, MALI_REGIONS } from './mali-places';
import { AREAS, COUNTRIES, NEIGHBOUR_PLACES } from './world-places';

type GeoRow = [string, string, string, number, number, string, string];

const GEONAMES_TYPE: Record<string, string> = {
  PPLC: 'capital',
  PPLA: 'town',
  PPLA2: 'town',
  PPLA3: 'town',
  PPLA4: 'town',
  PPL: 'town',
};

function splitNames(s: string): string[] {
  return s.split('|').filter(Boolean);
}

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((bLat - aLat) * rad) / 2) ** 2 +
    Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(((bLon - aLon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function make(
  id: string,
  names: string[],
  lat: number | null | undefined,
  lon: number | null | undefined,
  country: string | undefined,
  type: string,
  rank: number,
): GazEntry {
  const e: GazEntry = { id, name: names[0], names, type, rank, country };
  if (lat != null && lon != null) {
    e.lat = lat;
    e.lon = lon;
  }
  return e;
}

/** Merges a GeoNames row into a project entry of the same country sharing a name, when near enough. */
function mergeTarget(row: GeoRow, candidates: Map<string, GazEntry[]>): GazEntry | null {
  const names = [row[1], ...splitNames(row[2])];
  for (const n of names) {
    for (const e of candidates.get(foldName(n)) ?? []) {
      if (e.country !== row[5] || e.type === 'country' || e.type === 'region') continue;
      if (e.lat == null || e.lon == null || km(e.lat, e.lon, row[3], row[4]) < 30) return e;
    }
  }
  return null;
}

/** The countries, one entry each (rank 0). */
function countryEntries(): GazEntry[] {
  const entries: GazEntry[] = [];
  for (const [cc, , names, lat, lon, type] of COUNTRIES) {
    entries.push(make(`country:${cc}`, splitNames(names), lat, lon, cc, type, 0));
  }
  return entries;
}

/** The project's own places: Mali's (rank 1, Mali itself 0) and its neighbours' (rank 3). */
function projectEntries(): GazEntry[] {
  const project: GazEntry[] = [];
  for (const [slug, names, lat, lon, type] of MALI_PLACES) {
    const id = type === 'country' ? 'country:ML' : `ml:${slug}`;
    project.push(make(id, splitNames(names), lat, lon, 'ML', type, type === 'country' ? 0 : 1));
  }
  for (const [cc, slug, names, lat, lon, type] of NEIGHBOUR_PLACES) {
    project.push(make(`${cc.toLowerCase()}:${slug}`, splitNames(names), lat, lon, cc, type, 3));
  }
  return project;
}

/** Entries by the folded form of each of their names. */
function indexByFoldedName(project: GazEntry[]): Map<string, GazEntry[]> {
  const projectIndex = new Map<string, GazEntry[]>();
  for (const e of project) {
    for (const n of e.names) {
      const k = foldName(n);
      projectIndex.set(k, [...(projectIndex.get(k) ?? []), e]);
    }
  }
  return projectIndex;
}

/** Merges each GeoNames row into the project entry it matches, or appends it as a new entry. */
function addGeonames(entries: GazEntry[], projectIndex: Map<string, GazEntry[]>): void {
  for (const row of geonamesRows as GeoRow[]) {
    const target = mergeTarget(row, projectIndex);
    // Short GeoNames alternates are mostly other words ("Rosa" for Rosso, "Moti" for Mopti).
    const alts = splitNames(row[2]).filter((n) => {
      const j = joinedKey(n);
      return (j.length >= 5 || !/^[a-z]/.test(j)) && !NEVER_NAMES.has(j);
    });
    if (target) {
      // GeoNames' id and coordinates are better than the project's approximate ones.
      target.id = row[0];
      target.lat = row[3];
      target.lon = row[4];
      for (const n of [row[1], ...alts]) if (!target.names.includes(n)) target.names.push(n);
      continue;
    }
    const rank = row[5] === 'ML' ? 2 : 4;
    entries.push(
      make(row[0], [row[1], ...alts], row[3], row[4], row[5], GEONAMES_TYPE[row[6]] ?? 'town', rank),
    );
  }
}

/** Appends Mali's regions to entries and returns them by folded name. */
function addMaliRegions(entries: GazEntry[]): Map<string, GazEntry> {
  const regions = new Map<string, GazEntry>();
  for (const [slug, names, lat, lon] of MALI_REGIONS) {
    const e = make(`ml:region-${slug}`, splitNames(names), lat, lon, 'ML', 'region', 1);
    for (const n of e.names) regions.set(foldName(n), e);
    entries.push(e);
  }
  return regions;
}

/** Appends Mali's cercles (placed at the Mali town of that name) to entries; returns them by folded name. */
function addMaliCercles(entries: GazEntry[], projectIndex: Map<string, GazEntry[]>): Map<string, GazEntry> {
  const cercles = new Map<string, GazEntry>();
  for (const name of MALI_CERCLES) {
    const town = projectIndex.get(foldName(name))?.find((e) => e.country === 'ML');
    const e = make(`ml:cercle-${joinedKey(name)}`, [name], town?.lat, town?.lon, 'ML', 'cercle', 1);
    cercles.set(foldName(name), e);
    entries.push(e);
  }
  return cercles;
}

/** Adds e to the list under key k (no empty key, no entry twice). */
function add(m: Map<string, GazEntry[]>, k: string, e: GazEntry): void {
  if (!k) return;
  const list = m.get(k);
  if (!list) m.set(k, [e]);
  else if (!list.includes(e)) list.push(e);
}

/** Indexes entries by folded and by separator-free name, and collects the all-capital aliases. */
function nameIndexes(entries: GazEntry[]) {
  const byName = new Map<string, GazEntry[]>();
  const byJoined = new Map<string, GazEntry[]>();
  const capsAliases = new Set<string>();
  for (const e of entries) {
    if (e.type === 'region' || e.type === 'cercle') continue; // reached through regions / cercles
    for (const n of e.names) {
      const k = foldName(n);
      add(byName, k, e);
      const j = k.replace(/ /g, '');
      if (j.length >= 5) add(byJoined, j, e);
      if (/^[A-Z]{2,}$/.test(n)) capsAliases.add(n);
    }
  }
  return { byName, byJoined, capsAliases };
}

/** First word of every name (and every separator-free name) → the most words a name starting so has. */
function firstWordLengths(
  byName: Map<string, GazEntry[]>,
  byJoined: Map<string, GazEntry[]>,
): Map<string, number> {
  const firstWords = new Map<string, number>();
  for (const k of byName.keys()) {
    const words = k.split(' ');
    firstWords.set(words[0], Math.max(firstWords.get(words[0]) ?? 1, words.length));
  }
  for (const k of byJoined.keys()) if (!firstWords.has(k)) firstWords.set(k, 1);
  return firstWords;
}

/** The folded names that need a place cue or a list of places around them. */
function weakNameKeys(byName: Map<string, GazEntry[]>): Set<string> {
  // Names that are common words or names too ("San", "Fada", "Keita"), or short names abroad.
  const weakKeys = new Set<string>();
  for (const [k, list] of byName) {
    if (WEAK_NAMES.has(k) || SURNAMES.has(k) || (list[0].rank >= 3 && k.replace(/ /g, '').length <= 4))
      weakKeys.add(k);
  }
  return weakKeys;
}

/** Indexes entries (regions and cercles aside) by the phonetic key of each Latin name of 5+ letters. */
function phoneticIndex(entries: GazEntry[]): Map<string, GazEntry[]> {
  const phonetic = new Map<string, GazEntry[]>();
  for (const e of entries) {
    if (e.type === 'region' || e.type === 'cercle') continue;
    for (const n of e.names) {
      const j = joinedKey(n);
      if (j.length < 5 || !/^[a-z]/.test(j)) continue;
      add(phonetic, phoneticKey(n), e);
    }
  }
  return phonetic;
}

export function buildGazetteer(): Gazetteer {
  const entries = countryEntries();
  const project = projectEntries();
  const projectIndex = indexByFoldedName(project);
  entries.push(...project);
  addGeonames(entries, projectIndex);
  for (const [slug, names, lat, lon, cc] of AREAS)
    entries.push(make(`area:${slug}`, splitNames(names), lat, lon, cc, 'area', 5));

  const regions = addMaliRegions(entries);
  const cercles = addMaliCercles(entries, projectIndex);

  const { byName, byJoined, capsAliases } = nameIndexes(entries);
  const firstWords = firstWordLengths(byName, byJoined);
  const order = (a: GazEntry, b: GazEntry) => a.rank - b.rank;
  for (const m of [byName, byJoined]) for (const list of m.values()) list.sort(order);
  const weakKeys = weakNameKeys(byName);
  const phonetic = phoneticIndex(entries);
  return {
    byName,
    byJoined,
    byPhonetic: phonetic,
    regions,
    cercles,
    firstWords,
    weakKeys,
    capsAliases,
    entries,
  };
}

/** The gazetteer as plain JSON: entries once, every index as entry numbers. */
export function serializeGazetteer(g: Gazetteer): GazetteerIndex {
  const num = new Map(g.entries.map((e, i) => [e, i]));
  const lists = (m: Map<string, GazEntry[]>) =>
    [...m].map(([k, list]) => [k, list.map((e) => num.get(e)!)] as [string, number[]]);
  return {
    entries: g.entries.map((e) => [
      e.id,
      e.names,
      e.lat ?? null,
      e.lon ?? null,
      e.country ?? null,
      e.type,
      e.rank,
    ]),
    byName: lists(g.byName),
    byJoined: lists(g.byJoined),
    byPhonetic: lists(g.byPhonetic),
    regions: [...g.regions].map(([k, e]) => [k, num.get(e)!]),
    cercles: [...g.cercles].map(([k, e]) => [k, num.get(e)!]),
    firstWords: [...g.firstWords],
    weakKeys: [...g.weakKeys],
    capsAliases: [...g.capsAliases],
  };
}

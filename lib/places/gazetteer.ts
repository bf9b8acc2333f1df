/**
 * The gazetteer: GeoNames (generated geonames.json) merged with the project's lists, indexed by
 * folded name. Built once, lazily, on first use.
 */
import type { Place } from '../types';
import { foldName, joinedKey, phoneticKey } from './fold';
import geonamesRows from './geonames.json';
import { NEVER_NAMES, SURNAMES, WEAK_NAMES } from './lexicon';
import { MALI_CERCLES, MALI_PLACES, MALI_REGIONS } from './mali-places';
import { AREAS, COUNTRIES, NEIGHBOUR_PLACES } from './world-places';

export interface GazEntry {
  id: string;
  name: string;
  names: string[];
  lat?: number;
  lon?: number;
  country?: string;
  type: string;
  /** Lower wins when two entries share a name: countries, then Malian places, then the rest. */
  rank: number;
}

type GeoRow = [string, string, string, number, number, string, string];

const GEONAMES_TYPE: Record<string, string> = {
  PPLC: 'capital',
  PPLA: 'town',
  PPLA2: 'town',
  PPLA3: 'town',
  PPLA4: 'town',
  PPL: 'town',
};

export interface Gazetteer {
  /** Folded name → entries, best first. */
  byName: Map<string, GazEntry[]>;
  /** Separator-free name → entries ("tinessako"). */
  byJoined: Map<string, GazEntry[]>;
  /** Folded name of a region / cercle's chief town → the region / cercle. */
  regions: Map<string, GazEntry>;
  cercles: Map<string, GazEntry>;
  /** First word of every name (and every separator-free name) → most words a name starting so has. */
  firstWords: Map<string, number>;
  /** Folded names that need a place cue or a list of places around them. */
  weakKeys: Set<string>;
  /** Exact all-capital aliases ("RDC", "BBM") that may match in capitals. */
  capsAliases: Set<string>;
  entries: GazEntry[];
}

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

function build(): Gazetteer {
  const entries: GazEntry[] = [];
  for (const [cc, , names, lat, lon, type] of COUNTRIES) {
    entries.push(make(`country:${cc}`, splitNames(names), lat, lon, cc, type, 0));
  }
  const project: GazEntry[] = [];
  for (const [slug, names, lat, lon, type] of MALI_PLACES) {
    const id = type === 'country' ? 'country:ML' : `ml:${slug}`;
    project.push(make(id, splitNames(names), lat, lon, 'ML', type, type === 'country' ? 0 : 1));
  }
  for (const [cc, slug, names, lat, lon, type] of NEIGHBOUR_PLACES) {
    project.push(make(`${cc.toLowerCase()}:${slug}`, splitNames(names), lat, lon, cc, type, 3));
  }
  const projectIndex = new Map<string, GazEntry[]>();
  for (const e of project) {
    for (const n of e.names) {
      const k = foldName(n);
      projectIndex.set(k, [...(projectIndex.get(k) ?? []), e]);
    }
  }
  entries.push(...project);
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
    entries.push(make(row[0], [row[1], ...alts], row[3], row[4], row[5], GEONAMES_TYPE[row[6]] ?? 'town', rank));
  }
  for (const [slug, names, lat, lon, cc] of AREAS) entries.push(make(`area:${slug}`, splitNames(names), lat, lon, cc, 'area', 5));

  const regions = new Map<string, GazEntry>();
  for (const [slug, names, lat, lon] of MALI_REGIONS) {
    const e = make(`ml:region-${slug}`, splitNames(names), lat, lon, 'ML', 'region', 1);
    for (const n of e.names) regions.set(foldName(n), e);
    entries.push(e);
  }
  const cercles = new Map<string, GazEntry>();
  for (const name of MALI_CERCLES) {
    const town = projectIndex.get(foldName(name))?.find((e) => e.country === 'ML');
    const e = make(`ml:cercle-${joinedKey(name)}`, [name], town?.lat, town?.lon, 'ML', 'cercle', 1);
    cercles.set(foldName(name), e);
    entries.push(e);
  }

  const byName = new Map<string, GazEntry[]>();
  const byJoined = new Map<string, GazEntry[]>();
  const capsAliases = new Set<string>();
  const add = (m: Map<string, GazEntry[]>, k: string, e: GazEntry) => {
    if (!k) return;
    const list = m.get(k);
    if (!list) m.set(k, [e]);
    else if (!list.includes(e)) list.push(e);
  };
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
  const firstWords = new Map<string, number>();
  for (const k of byName.keys()) {
    const words = k.split(' ');
    firstWords.set(words[0], Math.max(firstWords.get(words[0]) ?? 1, words.length));
  }
  for (const k of byJoined.keys()) if (!firstWords.has(k)) firstWords.set(k, 1);
  const order = (a: GazEntry, b: GazEntry) => a.rank - b.rank;
  for (const m of [byName, byJoined]) for (const list of m.values()) list.sort(order);
  // Names that are common words or names too ("San", "Fada", "Keita"), or short names abroad.
  const weakKeys = new Set<string>();
  for (const [k, list] of byName) {
    if (WEAK_NAMES.has(k) || SURNAMES.has(k) || (list[0].rank >= 3 && k.replace(/ /g, '').length <= 4)) weakKeys.add(k);
  }
  return { byName, byJoined, regions, cercles, firstWords, weakKeys, capsAliases, entries };
}

let cached: Gazetteer | null = null;
let phonetic: Map<string, GazEntry[]> | null = null;

/** Phonetic key → entries, for lookups of unseen spellings (built on the first such lookup). */
function byPhonetic(): Map<string, GazEntry[]> {
  if (phonetic) return phonetic;
  phonetic = new Map();
  for (const e of gazetteer().entries) {
    if (e.type === 'region' || e.type === 'cercle') continue;
    for (const n of e.names) {
      const j = joinedKey(n);
      if (j.length < 5 || !/^[a-z]/.test(j)) continue;
      const k = phoneticKey(n);
      const list = phonetic.get(k);
      if (!list) phonetic.set(k, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  }
  return phonetic;
}

/** The gazetteer, built on first use (a few ms). */
export function gazetteer(): Gazetteer {
  if (!cached) cached = build();
  return cached;
}

/** A Place for a gazetteer entry, spelled `name` in the text. */
export function toPlace(e: GazEntry, name: string): Place {
  const p: Place = { name, id: e.id, canonical: e.name, type: e.type };
  if (e.lat != null && e.lon != null) {
    p.lat = e.lat;
    p.lon = e.lon;
  }
  if (e.country) p.country = e.country;
  return p;
}

/** Entries for a folded key, by exact name, then separator-free name. */
export function entriesFor(key: string): GazEntry[] | undefined {
  const g = gazetteer();
  const direct = g.byName.get(key);
  if (direct || key.length < 5) return direct;
  return g.byJoined.get(key.includes(' ') ? key.replace(/ /g, '') : key);
}

/** The gazetteer entry for a known spelling: exact folded name, "Kayes region"/"cercle de Bankass", or the name without separators. */
export function lookupExact(name: string): Place | null {
  const g = gazetteer();
  const k = foldName(name);
  if (!k) return null;
  const direct = entriesFor(k);
  if (direct?.length) return toPlace(direct[0], name);
  const region = k.match(/^(?:region (?:de |of |du )?(.+)|(.+) region)$/);
  const rk = region && (region[1] ?? region[2]);
  if (rk && g.regions.has(rk)) return toPlace(g.regions.get(rk)!, name);
  const cercle = k.match(/^(?:cercle (?:de |of |du )?(.+)|(.+) cercle)$/);
  const ck = cercle && (cercle[1] ?? cercle[2]);
  if (ck && g.cercles.has(ck)) return toPlace(g.cercles.get(ck)!, name);
  return null;
}

/**
 * The gazetteer entry for a name in any of its spellings: a known spelling (lookupExact), else one
 * unambiguous phonetic match ("Boulkesi" → Boulkessi).
 */
export function lookupPlace(name: string): Place | null {
  const exact = lookupExact(name);
  if (exact) return exact;
  if (joinedKey(name).length < 5) return null;
  const ph = byPhonetic().get(phoneticKey(name));
  return ph && new Set(ph.map((e) => e.id)).size === 1 ? toPlace(ph[0], name) : null;
}

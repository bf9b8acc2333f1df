/**
 * The words that end a figure's noun phrase, and the nouns that make a number
 * something other than a toll (a count of claimants, documents or livestock).
 */
import { isAdverb } from './lexicon';
import type { Token } from './tokens';

/** Words after which a figure's noun phrase has ended: prepositions, relatives, "dont". */
export const NP_STOP = new Set([
  'in',
  'dans',
  'a',
  'at',
  'during',
  'lors',
  'after',
  'apres',
  'pres',
  'near',
  'on',
  'sur',
  'from',
  'par',
  'by',
  'with',
  'avec',
  'contre',
  'against',
  'for',
  'pour',
  'since',
  'depuis',
  'when',
  'while',
  'who',
  'qui',
  'que',
  'that',
  'which',
  'dont',
  'including',
  'among',
  'parmi',
  'entre',
  'between',
  'to',
  'au',
  'aux',
  'en',
  // "les assaillants 12 selon l'armée": who says so is no complement of the noun.
  'selon',
  'according',
]);

/** Nouns that make a number a count of claimants: "two security sources", "deux témoins". */
export const CLAIMANT_HEADS = new Set([
  'sources',
  'source',
  'officials',
  'witnesses',
  'temoins',
  'responsables',
  'diplomats',
  'diplomates',
  'analysts',
  'analystes',
  'observers',
  'observateurs',
  'journalists',
  'journalistes',
  'medecins',
  'doctors',
  'elus',
  'notables',
  'statements',
  'communiques',
  'videos',
  'photos',
  'articles',
  'reports',
  'rapports',
  // Persons the schema does not count: "soixante rescapés", "2,000 displaced", "300 réfugiés".
  ...['rescapes', 'rescape', 'survivants', 'survivors', 'deplaces', 'displaced', 'refugies', 'refugees'],
  // A count of events, not of persons: "deux massacres en un mois", "three attacks".
  'massacres',
  'tueries',
  'attaques',
  'attacks',
  'embuscades',
  'ambushes',
  'explosions',
  'frappes',
  'strikes',
  'raids',
  'incidents',
  // Livestock is not a toll of persons: "une soixantaine de boeufs emportés", "200 head of cattle".
  'boeufs',
  'bovins',
  'betail',
  'tetes',
  'moutons',
  'chevres',
  'chameaux',
  'animaux',
  'anes',
  'cattle',
  'livestock',
  'cows',
  'goats',
  'sheep',
  'camels',
  'animals',
  'head',
  'donkeys',
]);

/** Phrases of manner between a verb and its object: "tué par balles 12 civils", "shot dead at close range 3 men". */
export const MANNER_PHRASES: string[][] = [
  ['par', 'balles'],
  ['par', 'balle'],
  ['a', 'bout', 'portant'],
  ['de', 'sang-froid'],
  ['at', 'close', 'range'],
  // "ont emporté avec eux plusieurs personnes", "took with them 5 villagers".
  ['par', 'frappes', 'aeriennes'],
  ['par', 'frappe', 'aerienne'],
  ['par', 'voie', 'aerienne'],
  ['avec', 'eux'],
  ['avec', 'elles'],
  ['with', 'them'],
  ['in', 'cold', 'blood'],
  // "tuant sur le coup ses quatre occupants", "killing instantly": at once.
  ['sur', 'le', 'coup'],
  // Where, told between the verb and its figure: "abandonné sur le terrain 4 motos", "left on the ground 3 bodies".
  ['sur', 'le', 'terrain'],
  ['sur', 'place'],
  ['sur', 'les', 'lieux'],
  ['sur', 'le', 'champ', 'de', 'bataille'],
  ['on', 'the', 'ground'],
  ['at', 'the', 'scene'],
  ['on', 'the', 'battlefield'],
  // The attackers' flight: "ont abandonné dans leur fuite 12 motos", "left behind in their flight 4 rifles".
  ['dans', 'leur', 'fuite'],
  ['dans', 'sa', 'fuite'],
  ['en', 'fuyant'],
  ['in', 'their', 'flight'],
  ['in', 'their', 'retreat'],
  // Connectives and totals told between the verb and its figure: "récupérant au passage 12 armes",
  // "ont récupéré au total 12 armes", "par ailleurs", "seized in total 12 weapons".
  ['au', 'passage'],
  ['au', 'total'],
  ['en', 'tout'],
  ['par', 'ailleurs'],
  ['en', 'outre'],
  ['de', 'plus'],
  ['in', 'total'],
  ['in', 'all'],
  ['in', 'addition'],
];

/**
 * Openers of a short time phrase between a verb and its object: "ont saisi lors de l'opération
 * 05 motos", "seized during the raid 12 rifles". The phrase runs on for a few words.
 */
export const TIME_ADJUNCT_OPENERS: string[][] = [
  ['lors', 'de'],
  ['lors', 'du'],
  ['lors', 'des'],
  ['au', 'cours', 'de'],
  ['au', 'cours', 'du'],
  ['au', 'cours', 'des'],
  ['pendant'],
  ['durant'],
  ['during'],
  ['in', 'the', 'course', 'of'],
  // Arabic's verb first, read through its gloss: "قتل في الهجوم 8 جنود", "killed in attack 8 soldiers".
  ['in', 'attack'],
  ['in', 'the', 'attack'],
  ['in', 'ambush'],
  ['in', 'the', 'ambush'],
  ['in', 'clashes'],
  ['in', 'the', 'clashes'],
];

/** Model prefixes written before their number with a space: "AK 47", "RPG 7", "Mi 24", "Mirage 2000". */
export const MODEL_PREFIXES = new Set([
  'ak',
  'akm',
  'pk',
  'pkm',
  'pkt',
  'rpg',
  'spg',
  'mi',
  'bm',
  'zu',
  'kpv',
  'dshk',
  // French arms: "MAT 49", "MAS 36".
  'mat',
  'mas',
  // Aircraft: "Mirage 2000", "Su 25" — not the year 2000.
  'mirage',
  'su',
]);

/** Words of a severe wound in a breakdown: "dont 5 graves", "dont un grièvement", "including one seriously". */
export const SEVERE = new Set([
  'graves',
  'grave',
  'grievement',
  'gravement',
  'seriously',
  'critically',
  'severely',
]);

/**
 * Communities named by their people: "20 Peuls ont été tués", "20 Dogons", "Fulani herders". As the
 * head of a figure's noun phrase they are civilians; beside another person noun ("jihadistes peuls",
 * "civils peuls") they only qualify it. Not the Tuareg or Arab communities, whose men are as often
 * counted among armed movements.
 */
export const COMMUNITY_NOUNS = new Set([
  ...['peul', 'peuls', 'peulh', 'peulhs', 'dogon', 'dogons', 'bambara', 'bambaras', 'bozo', 'bozos'],
  ...['songhai', 'songhais', 'sonrai', 'sonrais', 'mossi', 'dafing', 'fulani', 'fulanis', 'fula'],
]);

/**
 * Verbs and auxiliaries right after a bare number that make it the clause's subject, standing
 * for persons named before: "At least 25 were wounded", "12 ont été tués", "three died".
 */
export const PRONOUN_VERBS = new Set([
  ...['were', 'was', 'have', 'had', 'died', 'perished'],
  ...['ont', 'sont', 'avaient', 'etaient', 'furent'],
]);

/** Verbs that keep a figure of lives alive: "saved 12 lives", "a sauvé 12 vies" are no dead. */
export const SAVED_VERBS = new Set(['saved', 'save', 'saving', 'spared', 'sauve', 'sauver', 'epargne']);
/** Verbs of setting captives free: "the army freed 12 hostages", "a libéré 12 otages". */
export const FREED_VERBS = new Set([
  ...['freed', 'free', 'freeing', 'released', 'releasing', 'rescued', 'liberated'],
  ...['libere', 'liberes', 'liberer', 'liberant', 'relache', 'relaches', 'relacher', 'secouru', 'exfiltre'],
]);

/** Words that open a noun's complement: "fusils de précision", "postes avancés de l'armée", "of". */
/** A lot of things, counted or not: "un important lot de", "a large cache of", "d'importantes quantités de". */
export const LOT_NOUNS = new Set([
  ...['lot', 'lots', 'stock', 'stocks', 'cargaison', 'cache', 'caches', 'batch', 'stockpile'],
  ...['quantite', 'quantites', 'quantity', 'quantities', 'amount', 'amounts'],
]);
/** The words before a lot: "un important", "d'importantes", "a large". */
export const LOT_QUALIFIERS = new Set([
  ...['un', 'une', 'a', 'an', 'important', 'importante', 'importants', 'importantes', 'large'],
  ...['gros', 'grosse', 'grand', 'grande', 'grandes', 'big', 'significant', 'enormes'],
]);
/**
 * Words after a number that make its persons a part of those named before: "deux autres", "un
 * autre", "six others", "four more", "two additional soldiers" (np-steps.ts, own-predicate.ts).
 */
/** Residents, victims after a number ("12 habitants tués") but speakers after a verb of saying ("ont affirmé trois habitants"). */
export const RESIDENT_NOUNS = new Set(['habitants', 'residents', 'villageois', 'villagers']);
/** Words that liken what they count to one told: "several such massacres", "deux autres attaques". */
export const LIKENING = new Set(['such', 'similar', 'other', 'autres', 'semblables', 'pareilles']);
export const OTHER_WORDS = new Set(['autres', 'autre', 'others', 'other', 'more', 'additional']);
/** Ranks that count one more person after those told, and the toll they make: "un troisième", "a third". */
export const FR_RANKS = new Map<string, number>([
  ...([
    ['deuxieme', 2],
    ['second', 2],
    ['seconde', 2],
    ['troisieme', 3],
    ['quatrieme', 4],
  ] as const),
  ...([
    ['cinquieme', 5],
    ['sixieme', 6],
  ] as const),
]);
export const EN_RANKS = new Map<string, number>([
  ...([
    ['second', 2],
    ['third', 3],
    ['fourth', 4],
    ['fifth', 5],
    ['sixth', 6],
  ] as const),
]);
export const FR_ORDINALS = new Set<string>(FR_RANKS.keys());
export const EN_ORDINALS = new Set<string>(EN_RANKS.keys());
export const OF_WORDS = new Set(['de', 'du', "d'", 'des', 'of']);
/**
 * "un drone appartenant à l'armée", "a drone belonging to the army", "طائرة تابعة للجيش"
 * (glossed "belonging"): whose a thing is, as "of" says it, with the word "to" after.
 */
export const BELONGING_WORDS = new Set(['appartenant', 'belonging', 'owned']);
export const BELONGING_TO = new Set(['a', 'au', 'aux', 'to', 'by']);

/** Relative pronouns after "selon": "une source selon laquelle", "des sources selon lesquelles". */
/** Titles of persons of a place, which the lexicon of sides does not hold: "le chef du village", "the mayor". */
export const PERSON_TITLES = new Set([
  'chef',
  'chief',
  'maire',
  'mayor',
  'imam',
  'elder',
  'notable',
  'conseiller',
]);

/** Relative pronouns that are the subject of their clause: "qui", "who", "that", "which". */
export const RELATIVE_SUBJECTS = new Set(['qui', 'who', 'that', 'which']);

export const SELON_RELATIVES = new Set(['laquelle', 'lequel', 'lesquelles', 'lesquels']);

/** Short adverbs that may stand inside a phrase of a kind: "manquent toujours à l'appel", "ont encore perdu la vie". */
export const INNER_ADVERBS = new Set([
  ...['toujours', 'encore', 'deja', 'aussi', 'egalement', 'finalement', 'malheureusement'],
  ...['still', 'also', 'already', 'later', 'reportedly', 'apparently'],
]);
/** An adverb inside a phrase of a kind ("ont aussi perdu", "manquent toujours à l'appel", "ont malheureusement perdu la vie"). */
export const innerAdverb = (t: Token) => INNER_ADVERBS.has(t.norm) || isAdverb(t);

/** Kin of a victim, whose complement counts no one: "a relative of one of the victims". */
export const KIN_NOUNS = new Set([
  ...['relative', 'relatives', 'mother', 'father', 'brother', 'sister', 'son', 'daughter', 'wife', 'widow'],
  ...['husband', 'cousin', 'uncle', 'family', 'proche', 'proches', 'parent', 'parents', 'mere', 'pere'],
  ...['frere', 'soeur', 'fils', 'fille', 'epouse', 'veuve', 'mari', 'oncle', 'famille'],
]);

/** Words between a noun's comma and its count: "les victimes, au nombre de douze", "the victims, numbering twelve". */
export const NUMBERING = [
  ['au', 'nombre', 'de'],
  ['numbering'],
  ['who', 'numbered'],
  ['qui', 'sont', 'au', 'nombre', 'de'],
];

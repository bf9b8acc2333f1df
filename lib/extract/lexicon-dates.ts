/**
 * Words that say a date is not the attack's: the day a statement was issued or a claim
 * made ("a revendiqué, dimanche 21 mars,", "rapportent dimanche"), and later news about the
 * attack (the army reinforcing or leaving, calm returning, a funeral). Stems, so that every
 * inflection counts.
 */

/** Stems of issuing a statement or a claim: a date governed by one is that statement's day. */
export const ISSUING_STEMS = [
  'annonc',
  'announc',
  'declar',
  'indiqu',
  'rapport',
  'report',
  // "publié", "published", "publication": not "public", "publique".
  'publie',
  'publish',
  'publication',
  'diffus',
  'revendiqu',
  'claim',
  'confirm',
  'affirm',
  'precis',
  'communiqu',
  'statement',
  'said',
  'stated',
  'told',
  'added',
  'ajout',
  'assur',
  'broadcast',
  'posted',
  'issued',
];
/** Whole words of the same: "a donné lundi un premier bilan". */
export const ISSUING_WORDS = new Set(['donne', 'fait', 'read', 'lu', 'lue', 'says', 'say']);

/** Stems of later news about the attack: reinforcements, withdrawal, calm, mourning, burial, visits. */
export const LATER_NEWS_STEMS = [
  'renforc',
  'reinforc',
  'quitt',
  'withdr',
  'retir',
  'funeral',
  'obseque',
  // "inhumés", "inhumation": not "inhumain".
  'inhume',
  'inhumation',
  'buri',
  'calme',
  'calm',
  'revenu',
  'deuil',
  'mourn',
  'visit',
  'condamn',
  'condemn',
  'enterr',
];
/** Words of a date line that is not the story: a caption or an embedded post's sign-off. */
export const CAPTION_OPENERS = ['file photo', 'photo', 'file', 'credit', 'caption', 'archives', 'image'];
/** Words that open the page's own time stamp: "Publié le 10/05/2024 à 14h32", "Updated May 10, 2024". */
export const STAMP_OPENERS = [
  ...['publie le', 'publie', 'mis a jour', 'mise a jour', 'derniere mise a jour', 'modifie le', 'cree le'],
  ...['published', 'updated', 'last updated', 'posted', 'first published'],
];
/** Words of a photo's credit or label inside a line: "Photo : Reuters", "(photo AFP)" (background.ts). */
export const CAPTION_WORDS = new Set(['photo', 'photos', 'credit', 'credits', 'caption', 'legende']);

/** Auxiliaries of the pluperfect: a sentence with one recalls an earlier event ("avaient été tués le 30 septembre"). */
export const PLUPERFECT_AUX = new Set(['avait', 'avaient', 'had']);

/**
 * Background cues (lexicon-en/fr) that name the week or month before the article: "Gunmen killed
 * 50 villagers last week", told in a story's opening that dates nothing else, is the news's time.
 */
export const LAST_PERIODS = new Set(['last week', 'last month', 'la semaine derniere', 'le mois dernier']);

/** "avant-hier": two days before the article (chrono-fr.ts). */
export const DAY_BEFORE_YESTERDAY = ['avant-hier', 'avant hier'];
/** "le 8 courant", "le 8 du mois courant": a day of the article's own month (chrono-fr.ts). */
export const CURRENT_MONTH_WORDS = ['courant', 'du mois courant'];

/** Parts of a day told beside its date: "dimanche soir", "on Monday night". */
export const DAY_PARTS = new Set([
  ...['matin', 'soir', 'soiree', 'nuit', 'journee', 'apres-midi', 'hier'],
  ...['morning', 'evening', 'night', 'afternoon', 'yesterday'],
]);

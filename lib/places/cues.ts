/**
 * Grammar that marks a capitalised word as a place the gazetteer may not know:
 * "the village of X", "near X", "la localité de X", "à X", "X, a small town".
 * Cue words are folded, except "à", which must keep its accent (English "a" is no cue).
 */

/** [words before the place, the type they imply ('' when they say nothing of it)]. */
const BEFORE: Array<[string, string]> = [
  // English
  ['town of', 'town'],
  ['city of', 'town'],
  ['border town of', 'town'],
  ['village of', 'village'],
  ['villages of', 'village'],
  ['hamlet of', 'village'],
  ['locality of', 'locality'],
  ['localities of', 'locality'],
  ['commune of', 'commune'],
  ['rural commune of', 'commune'],
  ['municipality of', 'commune'],
  ['district of', 'district'],
  ['neighbourhood of', 'district'],
  ['neighborhood of', 'district'],
  ['camp of', 'camp'],
  ['military camp of', 'camp'],
  ['army camp of', 'camp'],
  ['base of', 'camp'],
  ['military base of', 'camp'],
  ['army base of', 'camp'],
  ['outpost of', 'camp'],
  ['post of', 'camp'],
  ['border post of', 'border_post'],
  ['region of', 'region'],
  ['cercle of', 'cercle'],
  ['circle of', 'cercle'],
  ['area of', ''],
  ['outskirts of', ''],
  ['vicinity of', ''],
  ['residents of', ''],
  ['inhabitants of', ''],
  ['mayor of', ''],
  ['road to', ''],
  ['attack on', ''],
  ['attacks on', ''],
  ['assault on', ''],
  ['raid on', ''],
  ['attacked', ''],
  ['near', ''],
  ['in', ''],
  ['at', ''],
  ['around', ''],
  ['outside', ''],
  ['towards', ''],
  ['toward', ''],
  ['between', ''],
  // French
  ['à', ''],
  ['localite de', 'locality'],
  ['localite d', 'locality'],
  ['localites de', 'locality'],
  ['village de', 'village'],
  ['village d', 'village'],
  ['villages de', 'village'],
  ['hameau de', 'village'],
  ['ville de', 'town'],
  ['ville d', 'town'],
  ['commune de', 'commune'],
  ['commune d', 'commune'],
  ['commune rurale de', 'commune'],
  ['cercle de', 'cercle'],
  ['cercle d', 'cercle'],
  ['quartier de', 'district'],
  ['camp de', 'camp'],
  ['camp d', 'camp'],
  ['camp militaire de', 'camp'],
  ['camp militaire d', 'camp'],
  ['base de', 'camp'],
  ['base militaire de', 'camp'],
  ['poste de', 'camp'],
  ['poste militaire de', 'camp'],
  ['poste avance de', 'camp'],
  ['poste frontalier de', 'border_post'],
  ['poste frontiere de', 'border_post'],
  ['region de', 'region'],
  ['pres de', ''],
  ['non loin de', ''],
  ['aux environs de', ''],
  ['environs de', ''],
  ['proximite de', ''],
  ['alentours de', ''],
  ['attaque de', ''],
  ['attaque d', ''],
  ['attaque contre', ''],
  ['attaques contre', ''],
  ['assaut contre', ''],
  ['embuscade de', ''],
  ['massacre de', ''],
  ['tuerie de', ''],
  ['attentat de', ''],
  ['habitants de', ''],
  ['populations de', ''],
  ['maire de', ''],
  ['vers', ''],
  ['entre', ''],
];

export interface Cue {
  words: string[];
  type: string;
}

/** Cues indexed by their last word, longest first. */
export const CUES_BY_LAST = new Map<string, Cue[]>();
for (const [s, type] of BEFORE) {
  const words = s.split(' ');
  const last = words[words.length - 1];
  const list = CUES_BY_LAST.get(last) ?? [];
  list.push({ words, type });
  list.sort((a, b) => b.words.length - a.words.length);
  CUES_BY_LAST.set(last, list);
}

/** Words before a weak gazetteer name ("San", "Koro") that make it a place. */
export const LOCATIVE = new Set([
  'in', 'at', 'near', 'around', 'outside', 'of', 'from', 'to', 'towards', 'between', 'à', 'a', 'de', 'du',
  'd', 'pres', 'vers', 'dans', 'entre', 'sur',
]);

/** Nouns after a place name that confirm it ("San region", "Kita airport"). */
export const PLACE_NOUN_AFTER = new Set([
  'region', 'cercle', 'commune', 'district', 'town', 'village', 'area', 'zone', 'airport', 'aeroport',
  'province', 'prefecture', 'border', 'frontier', 'road', 'axis', 'camp', 'base', 'garrison',
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
export const EVENT_NOUN_AFTER = new Set(['attack', 'attacks', 'massacre', 'ambush', 'raid', 'assault', 'bombing']);

/** Phrases whose capitalised words are no place: organisations, rivers, other continents' namesakes. */
export const BLOCKED_PHRASES = [
  "front de liberation de l azawad",
  'coordination des mouvements de l azawad',
  'mouvement pour le salut de l azawad',
  'mouvement national de liberation de l azawad',
  'mouvement national pour la liberation de l azawad',
  'haut conseil pour l unite de l azawad',
  'azawad liberation front',
  'national movement for the liberation of azawad',
  'coordination of azawad movements',
  'movement for the salvation of azawad',
  'front de liberation du macina',
  'macina liberation front',
  'katiba macina',
  'katiba serma',
  'katiba gourma',
  'islamic state sahel province',
  'islamic state sahel',
  'islamic state in the sahel',
  'islamic state in the greater sahara',
  'islamic state in west africa',
  'islamic state west africa province',
  'etat islamique au sahel',
  'ei sahel',
  'is sahel',
  'isis sahel',
  'etat islamique sahel',
  'sahel province',
  'etat islamique au grand sahara',
  'etat islamique dans le grand sahara',
  'etat islamique en afrique de l ouest',
  'alliance des etats du sahel',
  'alliance of sahel states',
  'confederation of sahel states',
  'confederation des etats du sahel',
  'g5 sahel',
  'africa corps',
  'office du niger',
  'niger river',
  'river niger',
  'niger delta',
  'niger state',
  'fleuve niger',
  'boucle du niger',
  'delta du niger',
  'delta interieur du niger',
  'inner niger delta',
  'gulf of guinea',
  'golfe de guinee',
  'equatorial guinea',
  'guinee equatoriale',
  'papua new guinea',
  'new guinea',
  'san francisco',
  'san diego',
  'san antonio',
  'san jose',
  'san salvador',
  'san marino',
  'mali empire',
  'empire du mali',
  'jeune afrique',
  'radio france internationale',
  'france 24',
  'france24',
  'human rights watch',
  'amnesty international',
  'washington post',
  'africa report',
  'le monde afrique',
];

/**
 * The words numbers are made of (EN/FR), vague amounts, and the units that make a
 * number something other than a figure (a time, a duration, a date, a sum).
 */
export const SINGULAR = new Set(['un', 'une', 'a', 'an']);
/** Person nouns after which "un"/"a" counts one person. */
export const PERSON_NOUNS = new Set([
  'mort',
  'blesse',
  'disparu',
  // "12 terroristes neutralisés, un capturé": one taken, in a tally.
  'capture',
  'interpelle',
  'element',
  'otage',
  'prisonnier',
  'soldat',
  'militaire',
  'gendarme',
  'policier',
  'civil',
  'soldier',
  'civilian',
  'gendarme',
  'policeman',
  'officer',
  ...['capitaine', 'lieutenant', 'colonel', 'sergent', 'caporal', 'adjudant', 'emir'],
  ...['captain', 'sergeant', 'corporal', 'commander', 'commandant', 'leader'],
  'villageois',
  'villager',
  'resident',
  'habitant',
  'casque',
  'peacekeeper',
  'chauffeur',
  'driver',
  'enfant',
  'child',
  'terroriste',
  'jihadiste',
  'djihadiste',
  'assaillant',
  'militant',
  'terrorist',
  'jihadist',
  'assailant',
  'attacker',
  'elu',
  'chef',
  'chasseur',
  'dozo',
  'hunter',
  'garde',
  'guard',
  'agent',
  'passager',
  'passenger',
  'journaliste',
  'journalist',
  'commercant',
  'trader',
  'berger',
  'herder',
  'orpailleur',
  'miner',
  'enseignant',
  'teacher',
]);

/** French participles among them: after "a" they are a verb ("l'armée a interpellé", "il a blessé"), not one person. */
export const FR_PARTICIPLE_NOUNS = new Set(['mort', 'blesse', 'disparu', 'capture', 'interpelle']);

const EN_UNITS_TABLE: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const FR_UNITS_TABLE: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
};
export const HUNDREDS = new Set(['hundred', 'cent', 'cents']);
export const THOUSANDS = new Set(['thousand', 'mille']);
/** Words that are a number on their own only in compounds ("vingt et un"), never alone. */
export const NOT_ALONE = new Set(['un', 'une']);

/** "une vingtaine" → 20 (approx). */
const APPROX_NOUNS_TABLE: Record<string, number> = {
  dizaine: 10,
  douzaine: 12,
  'demi-douzaine': 6,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
  dozen: 12,
};
/** "des dizaines", "dozens", "hundreds" → open ranges. */
const PLURAL_AMOUNTS_TABLE: Record<string, number> = {
  dizaines: 20,
  dozens: 24,
  tens: 20,
  centaines: 200,
  hundreds: 200,
  milliers: 2000,
  thousands: 2000,
  scores: 40,
};
export const EN_UNITS = new Map(Object.entries(EN_UNITS_TABLE));
export const FR_UNITS = new Map(Object.entries(FR_UNITS_TABLE));
export const APPROX_NOUNS = new Map(Object.entries(APPROX_NOUNS_TABLE));
export const PLURAL_AMOUNTS = new Map(Object.entries(PLURAL_AMOUNTS_TABLE));
export const INDEFINITE = new Set([
  'several',
  'plusieurs',
  'many',
  'numerous',
  'nombreux',
  'nombreuses',
  'quelques',
]);

/** A count or an amount in a token: "12", "twelve", "dozens", "une dizaine", "plusieurs". */
export function amountWord(t: { type: string; norm: string }): boolean {
  return (
    t.type === 'num' ||
    EN_UNITS.has(t.norm) ||
    FR_UNITS.has(t.norm) ||
    APPROX_NOUNS.has(t.norm) ||
    PLURAL_AMOUNTS.has(t.norm) ||
    INDEFINITE.has(t.norm)
  );
}

/** English month names and abbreviations, folded. */
export const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
/** Units of a distance: "à 29 km au sud de X" names X as a reference point. */
export const DISTANCE_UNITS = [
  'km',
  'kilometres',
  'kilometers',
  'kilometre',
  'kilometer',
  'miles',
  'mile',
] as const;
/** Weekday names, English then French, folded. */
export const EN_WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export const FR_WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;
export const WEEKDAYS = new Set<string>([...EN_WEEKDAYS, ...FR_WEEKDAYS]);
/** French month names, folded. */
export const FR_MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
] as const;
export const MONTHS = new Set<string>([...EN_MONTHS, ...FR_MONTHS]);
/** Units after a number that make it a time, a duration, an age, a size or a sum. */
export const UNIT_AFTER = new Set([
  'h',
  'heures',
  'heure',
  'hours',
  'hour',
  'hrs',
  'min',
  'mins',
  'minutes',
  'minute',
  'ans',
  'an',
  'years',
  'year',
  'yr',
  'jours',
  'jour',
  'days',
  'day',
  'mois',
  'months',
  'month',
  'semaines',
  'semaine',
  'weeks',
  'week',
  ...DISTANCE_UNITS,
  'mm',
  'm',
  '%',
  'pour',
  'percent',
  'pourcent',
  'fcfa',
  'francs',
  'dollars',
  'euros',
  'millions',
  'million',
  'milliards',
  'billion',
  'articles',
  'article',
  'comments',
  'commentaires',
  'read',
  'am',
  'pm',
  'gmt',
  'utc',
  'secondes',
  'seconds',
  'sec',
  'kg',
  'tonnes',
  'tons',
  'litres',
  'liters',
  'mn',
  'th',
  'st',
  'nd',
  'rd',
  'er',
  'e',
  'eme',
  'ieme',
  'views',
  'vues',
  'shares',
  'likes',
  'decembre',
]);
export const UNIT_BEFORE = new Set([
  'no',
  'n',
  'page',
  'article',
  'chapitre',
  'chapter',
  'vol',
  'section',
  // "aged 10", "âgé 10 ans" (words are matched folded: "âgée" is "agee").
  'aged',
  'age',
  'ages',
  'agee',
  'agees',
  'resolution',
  'covid',
]);
/** Verbs that give an amount: "s'élève à 10", "atteint 10", "numbered 10", "stands at 10". */
export const AMOUNT_VERBS = new Set([
  ...['eleve', 'elevait', 'elevent', 'elevaient', 'atteint', 'atteignait', 'chiffre', 'nombre'],
  // "des occupants estimés à une trentaine", "fighters estimated at 200".
  ...['estimes', 'estime', 'estimees', 'estimee', 'estimated'],
  ...['reached', 'stands', 'stood', 'numbered', 'totalled', 'totaled', 'totals', 'amounted'],
  // "the soldiers killed include six in Sokolo", "les victimes comprennent 6 soldats".
  ...['include', 'includes', 'comprennent', 'comprend', 'incluent'],
]);
export const REVISION = new Set([
  'passer',
  'passe',
  'passant',
  'passé',
  'rose',
  'risen',
  'increased',
  'climbed',
  'grimpe',
  'evolue',
  'revised',
  'raised',
  'jumped',
  'went',
  'augmente',
  'alourdi',
  'rising',
  // "le bilan a été revu à la hausse : 20 morts", "révisé".
  'revu',
  'revise',
  // "avant de revoir ce bilan à 24", "before revising the toll down to 24", "ramené à 24".
  ...['revoir', 'revising', 'revisant', 'ramene', 'lowered', 'corrige', 'corrected'],
]);

/** A toll as it stands now, after its revision: "est désormais de 29", "now stands at 29", "s'établit à". */
export const STANDS_NOW = new Set(['desormais', 'maintenant', 'now', 'stands', 'etablit', 'stood']);

/**
 * Number words that count nothing: "un à un", "one by one" (a manner), "des deux côtés",
 * "on both sides" (the sides of a fight), "à deux reprises" (times). Read as phrases, by tokens.
 */
export const NUMBER_IDIOMS = [
  ...['un a un', 'une a une', 'un par un', 'une par une', "un après l'autre", "une après l'autre"],
  ...['one by one', 'one after another', 'one after the other', 'two by two', 'deux par deux'],
  ...['deux cotes', 'deux camps', 'deux parties', 'two sides', 'both sides', 'deux reprises'],
  // "engins à deux roues", "véhicules à quatre roues": the wheels name the vehicle, they are no count.
  ...['deux roues', 'quatre roues'],
];

/** Verbs of a toll passing a number: more than it. */
export const EXCEED = new Set([
  ...['exceed', 'exceeds', 'exceeded', 'exceeding', 'surpassed', 'surpass', 'surpasses', 'topped'],
  ...['depasse', 'depassent', 'depasser', 'depassant', 'depassait', 'excede', 'excedent'],
]);

/**
 * The English and French lexicons merged into the tables the rules use. Both are
 * always active: pages mix languages (a French tweet quoted in an English article),
 * and folded words of the two rarely collide.
 */
import { PERSON_SUBJECTS, type By, type Kind, type Subject } from '../types';
import { EN } from './lexicon-en';
import { FR } from './lexicon-fr';
import { PhraseSet } from './phrases';
import type { Token } from './tokens';
import { WordForms } from './word-forms';
import { WEEKDAYS } from './number-words';
import { SideMarkers } from './side-markers';
import { MALI_WORDS } from './lexicon-places';

export const LEXICONS = [EN, FR];

/** What happened, by word: every form of a lexicon word ("tués" → "tuée", "tuent"). */
export const KIND_WORDS = new WordForms<Kind>(Object.entries(FR.kinds), Object.entries(EN.kinds));
export const KIND_PHRASES = new PhraseSet<Kind>(LEXICONS.flatMap((l) => l.kindPhrases));
/** To whom or what, by head noun, every form ("soldat", "soldats"; "kamikaze", "kamikazes"). */
// An attack noun or verb is never a subject by its stem ("attack" is not "attackers").
export const SUBJECT_WORDS = new WordForms<Subject>(
  Object.entries(FR.subjects),
  Object.entries(EN.subjects),
  (w) => NOT_SUBJECTS.has(w),
);
/** English persons' nouns, which an English compound puts last: "truck drivers", "bus passengers". */
export const ENGLISH_PERSON_NOUNS = new Set(
  Object.entries(EN.subjects)
    .filter(([w, s]) => !(w in FR.subjects) && (PERSON_SUBJECTS as readonly string[]).includes(s))
    .map(([w]) => w),
);
/**
 * Two-word heads whose second word changes the first: "postes radio" are equipment, not posts;
 * "machine guns" weapons. The subjects' entries written with a space, both languages.
 */
export const SUBJECT_COMPOUNDS = new PhraseSet<Subject>(
  LEXICONS.flatMap((l) => Object.entries(l.subjects).filter(([w]) => w.includes(' '))),
);
/** Foreign words that name a force, not a nationality: "deux éléments de la Minusma" are its men. */
export const FOREIGN_FORCE_NAMES = new Set(LEXICONS.flatMap((l) => l.foreignForces));
/** Whose toll: "côté ami", "du côté des assaillants", "dans ses rangs", "among the troops". */
/** Words that make a person noun foreign forces ("casques bleus", "soldats tchadiens", "Africa Corps"). */
export const FOREIGN_WORDS = new Set([...LEXICONS.flatMap((l) => l.foreign), ...FOREIGN_FORCE_NAMES]);
export const SIDE_MARKERS = new SideMarkers(
  new PhraseSet<Subject>(LEXICONS.flatMap((l) => l.sideMarkers)),
  SUBJECT_WORDS,
  // "dans les rangs de la Minusma", "côté Wagner": a foreign force by its name.
  (w) => (FOREIGN_FORCE_NAMES.has(w) ? 'foreign_forces' : undefined),
  // "parmi leurs alliés russes", "among their Russian allies": the allies' nationality.
  (w) => (FOREIGN_WORDS.has(w) ? 'foreign_forces' : MALI_WORDS.has(w) ? 'soldiers' : undefined),
);

/** Verbs of saying, every form ("annonce", "annoncent", "annonçait"). */
export const SPEECH_WORDS = new WordForms<true>(
  FR.speech.map((w) => [w, true] as [string, true]),
  EN.speech.map((w) => [w, true] as [string, true]),
  // False friends of the stemmer: "fusils de précision" do not "préciser".
  (w) => NOT_SPEECH.has(w),
);
/** Verbs of a finding, every form: a voice where they close their clause ("…, an inquiry found."). */
export const FINDING_WORDS = new WordForms<true>(
  FR.findings.map((w) => [w, true] as [string, true]),
  EN.findings.map((w) => [w, true] as [string, true]),
);
/** The people aboard a civilian conveyance and the conveyance: "passagers", "forains", "bus". */
export const PASSENGER_WORDS = new Set(LEXICONS.flatMap((l) => l.passengers));
/** Verbs that speak only of a toll they set ("put the toll at", "a porté le bilan à"), every form. */
export const TOLL_SETTERS = new WordForms<true>(
  FR.tollSetters.map((w) => [w, true] as [string, true]),
  EN.tollSetters.map((w) => [w, true] as [string, true]),
);
export const TOLL_NOUNS = new Set(LEXICONS.flatMap((l) => l.tollNouns));
/** Adverbs of several words, read as one inside a verb: "ont par ailleurs été tués", "were in addition wounded". */
export const ADVERB_PHRASES = new PhraseSet<true>(
  LEXICONS.flatMap((l) => l.adverbPhrases.map((w) => [w, true] as [string, true])),
);
/** Verbs of a carer taking in the wounded or the dead: "MSF a pris en charge 12 blessés". */
export const CARE_VERBS = new Set(LEXICONS.flatMap((l) => l.careVerbs));
/** Toll nouns that name no kind of their own ("the figure", "le chiffre"): they count what was counted before. */
export const FIGURE_NOUNS = new Set(
  [...TOLL_NOUNS].filter((w) => w.startsWith('figure') || w.startsWith('chiffre')),
);
/** Toll nouns that stand for the dead when a toll of persons names no kind ("the toll rose to 43 soldiers"). */
export const DEATH_TOLL_NOUNS = new Set(['toll', 'tolls', 'tally', 'losses', 'bilan', 'bilans', 'pertes']);
export const CLAIMANT_NEXT = new PhraseSet<true>(
  LEXICONS.flatMap((l) => l.claimantNext.map((p) => [p, true] as [string, true])),
);
export const EARLIER_CUES = new PhraseSet<true>(
  LEXICONS.flatMap((l) => l.earlier.map((p) => [p, true] as [string, true])),
);
export const BACKGROUND_CUES = new PhraseSet<string>(
  LEXICONS.flatMap((l) => l.background.map((p) => [p, p] as [string, string])),
);

/** Claimant classes in priority order; each class's phrases from both languages. */
export const CLAIMANT_CLASSES: Array<[By, PhraseSet<true>]> = (() => {
  const out: Array<[By, PhraseSet<true>]> = [];
  const n = Math.max(...LEXICONS.map((l) => l.claimants.length));
  for (let k = 0; k < n; k++) {
    for (const l of LEXICONS) {
      const entry = l.claimants[k];
      if (entry) out.push([entry[0], new PhraseSet(entry[1].map((p) => [p, true] as [string, true]))]);
    }
  }
  return out;
})();

/** All claimant phrases in one set, each with its class and rank (lower wins; both languages share ranks). */
export const CLAIMANT_PHRASES = new PhraseSet<[By, number]>(
  LEXICONS.flatMap((l) =>
    l.claimants.flatMap(([by, words], rank) => words.map((w) => [w, [by, rank]] as [string, [By, number]])),
  ),
);

/** Fighters of no side named, and the word that counts them with a side's losses: "with dozens of fighters killed". */
export const FIGHTER_NOUNS = new Set(['fighters', 'combattants']);
export const WITH_WORDS = new Set(['with', 'avec']);
/** Nouns of persons that say nothing of their side: "12 éléments", "une quarantaine d'hommes", "20 men". */
export const GENERIC_PERSONS = new Set([
  'elements',
  'individus',
  'hommes',
  'men',
  'individuals',
  'occupants',
]);
/** The sides that bear arms: a toll of women or children is none of theirs. */
export const ARMED_SIDES = new Set<Subject>(['soldiers', 'militants', 'foreign_forces', 'militia']);
export const PERSON_KINDS = new Set<Kind>(['killed', 'wounded', 'captured', 'arrested', 'missing']);
export const THING_KINDS = new Set<Kind>(['seized', 'destroyed']);

/** Words that may sit inside a noun phrase between a number and its head ("27 soldats maliens"). */
export const NP_FILLERS = new Set([
  // "soldiers of the UN mission", "soldats de l'opération Barkhane".
  'mission',
  'operation',
  'contingent',
  'of',
  'de',
  "d'",
  'des',
  'du',
  'the',
  'les',
  'la',
  'le',
  "l'",
  'their',
  'its',
  'leurs',
  'leur',
  'ses',
  'sa',
  'son',
  'his',
  'autres',
  'others',
  'other',
  'more',
  'additional',
  'further',
  'malian',
  'maliens',
  'malien',
  'maliennes',
  'malienne',
  'military',
  'security',
  'army',
  'de',
  'jihadist',
  'islamist',
  'suspected',
  'presumed',
  'presumes',
  'alleged',
  'armed',
  'armes',
  'heavily',
  'young',
  'jeunes',
  'innocent',
  'innocents',
  'national',
  'nationale',
  'eleves',
  'students',
  'student',
  'gendarmerie',
  'police',
  'defence',
  'defense',
  'and',
  'et',
  'self-defence',
  'local',
  'locaux',
  'burkinabe',
  'nigeriens',
  'foreign',
  'russian',
  'french',
  'francais',
  'russes',
  'un',
  'soi-disant',
  'so-called',
  'fellow',
  'own',
  'propres',
  'element',
  'elements',
  'members',
  'membres',
  'force',
  'personnel',
  'al-qaeda-linked',
  'terrorist',
  'terroristes',
  '\u00ab',
  '\u00bb',
  '"',
  '\u201c',
  '\u201d',
  "'",
  '-',
  'ak-47',
  'assault',
  'light',
  'heavy',
  'lourdes',
  'legeres',
  // "14 armes individuelles, 2 armes collectives": the army's classes of weapons.
  ...['individuelles', 'collectives', 'automatiques', 'individual', 'automatic'],
  'bleus',
  'civil',
  'guard',
  'garde',
  'tout-terrain',
  'mostly',
  'including',
  'dozo',
  'traditional',
  'traditionnels',
  'pick-up',
  'armored',
  'armoured',
  'blindes',
  'militaires',
  'supposes',
  'enemy',
  'ennemis',
  'nouveaux',
  'new',
  'guerre',
  'war',
  // Nationalities of civilians: "trois ressortissants chinois", "two Moroccan drivers".
  'chinese',
  'chinois',
  'indian',
  'indiens',
  'egyptian',
  'egyptiens',
  'turkish',
  'turcs',
  'moroccan',
  'marocains',
  'algerian',
  'algeriens',
  'mauritanian',
  'mauritaniens',
  'ivorian',
  'ivoiriens',
  'guinean',
  'guineens',
  'senegalese',
  'senegalais',
  'togolese',
  'togolais',
  'italian',
  'italiens',
  'german',
  'allemands',
  'american',
  'americains',
  'spanish',
  'espagnols',
  'british',
  'britanniques',
  'lebanese',
  'libanais',
]);

/** Auxiliaries, adverbs and quotes between a noun phrase and its participle ("ont été « neutralisés »"). */
export const PREDICATE_FILLERS = new Set([
  // "douze soldats y ont été tués": the clitic of place.
  'y',
  'were',
  'was',
  'are',
  // "3 soldats restent introuvables", "two remain missing", "sont toujours portés disparus".
  // "ont été mis hors d'état de nuire".
  'mis',
  'mises',
  'restent',
  'reste',
  'restaient',
  'demeurent',
  // "5 soldats se trouvent dans un état critique".
  'se',
  'trouvent',
  'trouvaient',
  'remain',
  'remained',
  'remains',
  'still',
  'toujours',
  'is',
  'been',
  'being',
  'be',
  'had',
  'have',
  'has',
  'reportedly',
  'allegedly',
  'also',
  'all',
  'ont',
  'ete',
  'sont',
  'etaient',
  'a',
  'avaient',
  'auraient',
  'seraient',
  'serait',
  'aurait',
  // A modal before the participle: "ont pu être neutralisés", "may have been killed",
  // "pourraient avoir été tués".
  ...['pu', 'etre', 'avoir', 'pourraient', 'pourrait', 'could', 'may', 'might'],
  'egalement',
  'aussi',
  'deja',
  // Connectives inside the verb: "ont toutefois été tués", "auraient malgré tout été tuées", "were however killed".
  'toutefois',
  'neanmoins',
  'cependant',
  'pourtant',
  'malgre',
  'tout',
  'however',
  'nevertheless',
  'ainsi',
  'tous',
  'toutes',
  'confirmed',
  'believed',
  'to',
  'later',
  'eventually',
  'finally',
  'finalement',
  'then',
  'who',
  'qui',
  'que',
  'which',
  'that',
  'left',
  'dead',
  'got',
  'reported',
  'said',
  'presumes',
  // "ont été déclarés morts", "sont signalés disparus": reported, in French.
  ...['declare', 'declares', 'declaree', 'declarees', 'signale', 'signales', 'signalee', 'signalees'],
  '\u00ab',
  '\u00bb',
  '"',
  '\u201c',
  '\u201d',
  "'",
  'each',
  'chacun',
  'respectivement',
  'respectively',
  'probably',
  'probablement',
  'vraisemblablement',
  'apparently',
  'been',
  'lors',
  'of',
  'them',
  'eux',
  'toujours',
  'still',
  'encore',
  'now',
  'desormais',
  'officiellement',
  'officially',
  // Modal hedges between a figure and its verb: "may have been killed", "are feared to have been
  // killed", "are now known to have died", "pourraient avoir été tués", "semblent avoir péri".
  'may',
  'might',
  'feared',
  'known',
  'indeed',
  'understood',
  'presumed',
  'pourraient',
  'pourrait',
  'semblent',
  'semble',
  'avoir',
  // "ils étaient une dizaine à être blessés": the infinitive's auxiliary.
  'etre',
  'could',
  'must',
  'known',
  'likely',
  'thought',
]);

/** Words skipped when looking for the verb before a figure ("killed at least 21", "tué sept"). */
export const BEFORE_FILLERS = new Set([
  // "killing all four of its occupants", "tuant tous les 12 passagers".
  'all',
  'tous',
  'toutes',
  'the',
  'les',
  'des',
  'de',
  "d'",
  'of',
  'a',
  'an',
  'its',
  'their',
  'leurs',
  'ses',
  'avoir',
  'have',
  'had',
  'has',
  'ont',
  'egalement',
  'also',
  'some',
  'about',
  'around',
  'nearly',
  'au',
  'moins',
  'at',
  'least',
  'plus',
  'more',
  'than',
  'over',
  'up',
  'to',
  "jusqu'",
  'pres',
  'environ',
  ...WEEKDAYS,
  'another',
  'other',
  'ce',
  'this',
  'then',
  'only',
  'not',
  'but',
  'aussi',
  'encore',
  'already',
  'deja',
  '\u00ab',
  '\u00bb',
  '"',
  '\u201c',
  '\u201d',
  'seulement',
]);

/** Words that name an attack in either language: the rules that look for the attack's sentences start from these. */
export const ATTACK_NOUNS = [
  'fighting',
  'attaque',
  'attaques',
  'attack',
  'attacks',
  'attacked',
  'assault',
  'assaut',
  'raid',
  'raids',
  'ambush',
  'embuscade',
  'attentat',
  'offensive',
  'combats',
  'clashes',
  'explosion',
  'attaquee',
  'frappe',
  'incursion',
  // "depuis la bataille de Tinzaouaten", "since the battle of Kidal": a battle is an attack named.
  'bataille',
  'battle',
] as const;

/** The attack's own words, which share a stem with the attackers' nouns ("attack", "attackers"). */
const NOT_SPEECH = new Set([
  // "fusils de précision", "précisément dans le village", "des frappes précises", "un bilan précis":
  // no "préciser" (its "précise" is read in context, attribution.ts).
  ...['precision', 'precisement', 'precises', 'precis'],
  // "la commune de Boni" shares its stem with "communiqué"; "the Islamic State", "the United States".
  ...['commune', 'communes', 'communal', 'communale', 'communaux', 'communaute', 'communautes'],
  ...['state', 'states'],
  // Nouns: "les faits", "reporters", "la poursuite des combats".
  ...['faits', 'reporters', 'broadcaster', 'poursuite', 'poursuites'],
  // "une note de l'armée", "ses écrits", "les révélations de": the nouns of "noter", "écrire", "révéler".
  ...['note', 'notes', 'ecrits', 'revelation', 'revelations'],
  // Informers and reconnaissance say nothing: "men they accused of being informants", "les
  // informateurs de l'armée", "une mission de reconnaissance".
  ...['informants', 'informateurs', 'informateur', 'informatrices', 'reconnaissance', 'reconnaissances'],
]);
const NOT_SUBJECTS = new Set<string>([
  ...ATTACK_NOUNS,
  ...['attacking', 'attaquer', 'attaquant', 'attaquees', 'attaques', 'explosions'],
  // False friends of the stemmer: "Nations unies" is not "nationaux", an "équipe" is no
  // "équipement", an "office" no "officer", a "round" of talks no ammunition.
  ...[
    'national',
    'nationale',
    'nationales',
    'nationaux',
    'nation',
    'nations',
    'nationalities',
    'equipe',
    'equipes',
  ],
  ...[
    'office',
    'offices',
    'based',
    'posted',
    'positioning',
    'forced',
    'garder',
    'guarding',
    'gardant',
    'mini',
    'miner',
    'round',
  ],
  ...['ressort', 'residence', 'habitations', 'islam'],
  // "des tirs nourris" are no "nourrissons", "Serge" no "sergent", "la vigilance" no "vigiles".
  ...['nourri', 'nourris', 'nourrie', 'nourries', 'serge', 'vigilance'],
]);

/**
 * Words of armed violence (the lexicons' `attack` lists, the attack nouns and the
 * kind words of killing and capture), every form: "Des inconnus ont tué 12
 * villageois" names an attack through "tué".
 */
const oneWord = (w: string) => !w.includes(' ');
const ATTACK_FORMS = new WordForms<true>(
  [...FR.attack.filter(oneWord), ...ATTACK_NOUNS].map((w) => [w, true] as [string, true]),
  [...EN.attack.filter(oneWord), ...ATTACK_NOUNS].map((w) => [w, true] as [string, true]),
);
export function isAttackWord(t: Token): boolean {
  return ATTACK_FORMS.has(t.norm);
}
/** Attack words of several words, whose single words are not ("struck a mine", not a gold mine). */
export const ATTACK_PHRASES = new PhraseSet<true>(
  [...FR.attack, ...EN.attack].filter((w) => !oneWord(w)).map((w) => [w, true] as [string, true]),
);
/** The words that name the attack itself, every form ("attaque", "attaqué", "ambushes"), not its actors. */
const ATTACK_NOUN_FORMS = new WordForms<true>(
  ATTACK_NOUNS.map((w) => [w, true] as [string, true]),
  ATTACK_NOUNS.map((w) => [w, true] as [string, true]),
);
export function isAttackNoun(t: Token): boolean {
  return ATTACK_NOUN_FORMS.has(t.norm);
}

/** First words of a page that is itself a statement: "Communiqué de l'état-major …". */
export const STATEMENT_OPENERS = new Set(['communique', 'statement']);
export const STATEMENT_VOICE = new PhraseSet<true>(
  LEXICONS.flatMap((l) => l.statementVoice.map((p) => [p, true] as [string, true])),
);
/** Short lines opening "Bilan :" are part of the story, not another story's headline. */
export const NOT_HEADLINE_PREFIX = new Set([
  'bilan',
  'toll',
  'casualties',
  'pertes',
  'losses',
  'update',
  'resultat',
  'result',
  'photo',
  'video',
  'cote',
  'side',
]);
/**
 * Header words of a tally of equipment whose items, told without a verb, were seized: "Bilan
 * matériel : 12 fusils, 3 motos", "Côté matériel :", "Butin : 4 véhicules", "Equipment: 12 rifles".
 */
export const EQUIPMENT_TALLY = new Set(['materiel', 'materiels', 'equipment', 'butin', 'booty', 'spoils']);
/** Header words that make such a tally the side's own losses: "Pertes matérielles", "material losses". */
export const LOSS_HEADERS = new Set(['pertes', 'perte', 'losses', 'loss', 'degats', 'damage']);
/**
 * Verbs that open a list of what a header noun holds, as a colon does: "Parmi le matériel
 * récupéré figurent 5 armes", "le matériel saisi comprend…", "items seized included…".
 */
const LISTING_STEMS = ['compren', 'comprend', 'figur', 'inclu', 'includ', 'comprised', 'denombr', 'recens'];
/** A verb that opens a list in any of its forms: "comprend", "figuraient", "on dénombre", "included". */
export const isListingVerb = (w: string): boolean => LISTING_STEMS.some((stem) => w.startsWith(stem));
/**
 * The marks a list item opens with, one item a line: "- 12 motos ;", "• 3 blessés", "– Boni",
 * "▪ 02 PKM", "➢ 05 fusils". An en or em dash opens an item only at a line's start.
 */
export const LIST_BULLETS = new Set([
  '-',
  '*',
  '\u2022', // •
  '\u2013', // –
  '\u2014', // —
  '\u00b7', // ·
  '\u25aa', // ▪
  '\u25cf', // ●
  '\u25ba', // ►
  '\u27a2', // ➢
  '\u2192', // →
  '\u2713', // ✓
  '\u2714', // ✔
]);
/** Verbs of confirming, every form in use: "a confirmé", "confirming", "confirment". */
export const CONFIRM_WORDS = new Set(['confirmed', 'confirme', 'confirment', 'confirming', 'confirmant']);
/** Verbs of vouching for what happened: confirming it, acknowledging it ("a reconnu l'attaque"). */
export const VOUCH_WORDS = new Set([
  ...CONFIRM_WORDS,
  ...['reconnu', 'reconnait', 'acknowledged', 'acknowledges', 'admitted'],
]);
/** Verbs of reacting to what happened: "a condamné l'attaque", "denounced the attack", "deplored". */
export const REACTION_WORDS = new Set([
  ...['condemned', 'condemns', 'condemning', 'condamne', 'condamnent', 'condamnant', 'condamnait'],
  ...['denounced', 'denounces', 'denouncing', 'denonce', 'denoncent', 'denoncant'],
  ...['deplored', 'deplores', 'deplore', 'deplorent'],
]);
/** A claimant speaking again: "The army also said", "L'armée fait également état". */
export const ALSO_WORDS = new Set(['also', 'egalement', 'aussi', 'further', 'additionally']);
/** Auxiliaries of the passive ("were also reported" is not a claimant speaking). */
export const AUXILIARIES = new Set(['were', 'was', 'been', 'be', 'is', 'are', 'ete', 'etre', 'sont', 'est']);
/** Auxiliaries of an active past tense: after "et", a second verb of the sentence's subject ("…et ont détruit"). */
export const ACTIVE_AUXILIARIES = new Set(['ont', 'a', 'avaient', 'avait', 'have', 'has', 'had']);

/**
 * An adverb anywhere in a clause ("ont effectivement été tués", "were reportedly killed",
 * "sont actuellement portés disparus"): the open class by its endings, not a list.
 */
export function isAdverb(t: Token): boolean {
  const n = t.norm;
  if (t.type !== 'word' || KIND_WORDS.has(n)) return false;
  if (SHORT_ADVERBS.has(n)) return true;
  return (n.length >= 7 && n.endsWith('ment')) || (n.length >= 5 && n.endsWith('ly') && !n.endsWith('ply'));
}
/** Adverbs of time and degree the endings miss: "a third later died", "un autre a ensuite succombé". */
const SHORT_ADVERBS = new Set([
  ...['later', 'also', 'then', 'still', 'already', 'soon', 'since'],
  ...['ensuite', 'aussi', 'deja', 'encore', 'puis', 'toujours', 'depuis'],
]);

/** Words between a verb and the attack it takes as object: "a confirmé lundi l'attaque". */
const ATTACK_OBJECT_WITHIN = 3;
const COMPLEMENTIZERS = new Set(['que', "qu'", 'that']);
/**
 * The attack's noun a verb at k takes as its object ("a confirmé l'attaque", "denounced Tuesday's
 * attack"), or -1 — not one after "que"/"that", which opens what is said of it.
 */
export function attackObjectAfter(tokens: Token[], k: number, last: number): number {
  for (let j = k + 1; j < Math.min(last, k + 1 + ATTACK_OBJECT_WITHIN); j++) {
    if (COMPLEMENTIZERS.has(tokens[j].norm)) return -1;
    if (isAttackNoun(tokens[j])) return j;
  }
  return -1;
}

/** Mali's neighbours by name ("au Burkina Faso", "in Niger"). */
export const NEIGHBOURS = new Set([...FR.neighbours, ...EN.neighbours]);

/** Verbs of bearing a harm before its noun: "sustained minor injuries", "ont subi de lourdes pertes". */
export const BEAR_VERBS = new Set([...FR.bearVerbs, ...EN.bearVerbs]);
export const INJURY_NOUNS = new Set([...FR.injuryNouns, ...EN.injuryNouns]);
/** A side mourning its own: "l'armée déplore 5 morts". */
export const LAMENT_WORDS = new WordForms<true>(
  FR.lament.map((w) => [w, true] as [string, true]),
  EN.lament.map((w) => [w, true] as [string, true]),
);
/**
 * The verbs of mourning that also tally ("a enregistré 5 morts", "recorded 12 killings"): a force's
 * own losses, a monitor's count of the dead.
 */
export const TALLY_WORDS = new Set(['enregistre', 'enregistrer', 'recorded']);
/** Verbs of learning a figure from someone, every form ("appris auprès de", "learned from"). */
export const LEARNED_WORDS = new WordForms<true>(
  FR.learned.map((w) => [w, true] as [string, true]),
  EN.learned.map((w) => [w, true] as [string, true]),
);
export const LEARNED_FROM = new Set(LEXICONS.map((l) => l.learnedFrom));
/** What an outlet does to a source, every form: "un élu joint par l'AFP", "a report seen by Reuters". */
export const OUTLET_DEEDS = new WordForms<true>(
  FR.outletDeeds.map((w) => [w, true] as [string, true]),
  EN.outletDeeds.map((w) => [w, true] as [string, true]),
);
/** Verbs armies use for killing enemies, every form ("neutralisés", "a éliminé", "neutralized"). */
export const ENEMY_KILL_WORDS = new WordForms<true>(
  FR.enemyKills.map((w) => [w, true] as [string, true]),
  EN.enemyKills.map((w) => [w, true] as [string, true]),
);
/** Verbs of killing the defenceless: whom a force executes is no enemy killed in a fight. */
export const ATROCITY_WORDS = new WordForms<true>(
  FR.atrocities.map((w) => [w, true] as [string, true]),
  EN.atrocities.map((w) => [w, true] as [string, true]),
);
/** Words that name the army as the one speaking or losing ("L'armée a perdu", "the army mourned"). */
/** Words of an estimate in an apposition: "les assaillants, estimés à une trentaine". */
export const ESTIMATE_WORDS = new Set([
  'estimes',
  'estimees',
  'evalues',
  'evaluees',
  'estimated',
  'numbering',
]);
/** A speaker counting their own: "nous avons perdu", "we lost", "nos forces". */
export const FIRST_PERSON = new Set(['nous', 'nos', 'notre', 'we', 'our']);
/** Women and children: in a toll's breakdown they make it a toll of civilians. */
export const WOMEN_CHILDREN = new Set([
  ...['femmes', 'enfants', 'femme', 'enfant', 'fillettes', 'bebes', 'vieillards', 'personnes agees'],
  ...['women', 'children', 'woman', 'child', 'girls', 'babies', 'infants', 'elderly'],
]);
/**
 * Persons counted by sex or age: the parts of a toll split this way ("27 civils, 20 hommes et 7
 * femmes", "including 20 men and 7 women") are the whole's own people, of its side.
 */
export const SEX_AGE_WORDS = new Set([
  ...WOMEN_CHILDREN,
  ...['hommes', 'homme', 'garcons', 'garcon', 'filles', 'adultes', 'adolescents', 'jeunes', 'nourrissons'],
  ...['men', 'man', 'boys', 'boy', 'adults', 'teenagers', 'youths', 'toddlers'],
]);
/** Ranks and roles within a side: named inside a toll of their own side, they are a detail of it. */
export const RANK_WORDS = new Set([
  ...['officier', 'officiers', 'sous-officier', 'sous-officiers', 'capitaine', 'capitaines', 'lieutenant'],
  ...['lieutenants', 'sous-lieutenant', 'colonel', 'colonels', 'lieutenant-colonel', 'commandant'],
  ...['commandants', 'sergent', 'sergents', 'sergent-chef', 'caporal', 'caporaux', 'adjudant', 'adjudants'],
  ...['adjudant-chef', 'grade', 'grades', 'chef', 'chefs', 'emir', 'emirs', 'responsable', 'responsables'],
  ...['cadre', 'cadres', 'officer', 'officers', 'captain', 'captains', 'lieutenants', 'colonel'],
  ...['commander', 'commanders', 'sergeant', 'sergeants', 'corporal', 'corporals', 'leader', 'leaders'],
  ...['emirs', 'chief', 'chiefs'],
]);
/** Third-person possessives: "20 de ses hommes", "three of its soldiers" belong to someone named before. */
export const POSSESSIVES = new Set(['ses', 'sa', 'son', 'leurs', 'leur', 'its', 'their']);
/** Possessives of one owner: "its men", "ses hommes" point back to a singular noun, not "the rebels". */
export const SINGULAR_POSSESSIVES = new Set(['ses', 'sa', 'son', 'its']);
/** Words that name Mali's own forces or their nationality: a story without them is no story of the FAMa. */
export const MALIAN_FORCE_WORDS = new Set([
  ...['fama', 'famas', 'armee', 'army', 'gendarmerie', 'gendarme', 'gendarmes', 'etat-major'],
  ...['malian', 'malien', 'maliens', 'malienne', 'maliennes'],
]);
export const ARMY_WORDS = new Set([
  'army',
  'armee',
  'fama',
  'famas',
  'military',
  'forces',
  'troops',
  'militaire',
  'gendarmerie',
  'etat-major',
  'government',
  'gouvernement',
]);

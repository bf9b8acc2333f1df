/**
 * The words of "who did it": armed groups and forces by canonical name (SCHEMA.md), and
 * the word forms that say a group carried out or claimed an attack. Verbs are given as
 * stems so that every inflection counts ("revendiqu-" covers revendiqué, revendiquées,
 * revendiquent, revendication; "attribu-" covers attribué, attribués, attributed).
 */

import type { Subject } from '../types';

/** Spellings of each group, folded, and its canonical name (more in `spellings`). */
const NAMES: Array<[string, string]> = [
  ['jnim', 'JNIM'],
  ['gsim', 'JNIM'],
  // Katiba Macina's first name (2015), a unit of JNIM since 2017.
  ['front de liberation du macina', 'JNIM'],
  ['macina liberation front', 'JNIM'],
  ['massina liberation front', 'JNIM'],
  ['front de liberation du massina', 'JNIM'],
  ['flm', 'JNIM'],
  ["jama'at nusrat al-islam wal-muslimin", 'JNIM'],
  ["jama'at nasr al-islam wal-muslimin", 'JNIM'],
  ["jama'at nusrat al-islam wal muslimin", 'JNIM'],
  ["jama'a nusrat ul-islam wa al-muslimin", 'JNIM'],
  ['jamaat nusrat al-islam wal-muslimin', 'JNIM'],
  ["jama'at nasr al-islam wal muslimin", 'JNIM'],
  ['nusrat al-islam', 'JNIM'],
  ['nasr al-islam', 'JNIM'],
  ['nusrat ul-islam', 'JNIM'],
  ["groupe de soutien a l'islam et aux musulmans", 'JNIM'],
  ["groupe pour le soutien de l'islam et des musulmans", 'JNIM'],
  ["rassemblement pour la victoire de l'islam et des musulmans", 'JNIM'],
  ['rvim', 'JNIM'],
  ['group for support of islam and muslims', 'JNIM'],
  ['jamaat nosrat al-islam wal-mouslimin', 'JNIM'],
  ['nosrat al-islam', 'JNIM'],
  ['group for the support of islam and muslims', 'JNIM'],
  ['support group for islam and muslims', 'JNIM'],
  ['group to support islam and muslims', 'JNIM'],
  ['nusrat al islam', 'JNIM'],
  ['nasr al islam', 'JNIM'],
  ["al-qaeda's sahel branch", 'JNIM'],
  ["al-qaeda's affiliate in the sahel", 'JNIM'],
  ["al-qaeda's sahel affiliate", 'JNIM'],
  ['al-qaeda affiliate in the sahel', 'JNIM'],
  ["branche sahelienne d'al-qaida", 'JNIM'],
  ["branche sahelienne d'al-qaeda", 'JNIM'],
  ["branche d'al-qaida au sahel", 'JNIM'],
  ["filiale sahelienne d'al-qaida", 'JNIM'],
  ['islamic state sahel province', 'ISSP'],
  ['islamic state in the greater sahara', 'ISSP'],
  ['islamic state sahel', 'ISSP'],
  ['issp', 'ISSP'],
  ['isgs', 'ISSP'],
  ['eigs', 'ISSP'],
  ['etat islamique au grand sahara', 'ISSP'],
  ['etat islamique dans le grand sahara', 'ISSP'],
  ['etat islamique au sahel', 'ISSP'],
  ['etat islamique dans le sahel', 'ISSP'],
  ['islamic state in the sahel', 'ISSP'],
  ['islamic state greater sahara', 'ISSP'],
  ['islamic state in greater sahara', 'ISSP'],
  ['is sahel', 'ISSP'],
  ['is-sahel', 'ISSP'],
  ['ei-sahel', 'ISSP'],
  ['eis', 'ISSP'],
  // The Islamic State's names without a province: in a report of an attack in Mali, its Sahel branch.
  // (IS_GENERIC: ISWAP when the text names the West Africa province, else ISSP).
  ['islamic state', 'IS'],
  ['etat islamique', 'IS'],
  ['ei', 'IS'],
  ['organisation etat islamique', 'IS'],
  ['daech', 'IS'],
  ['daesh', 'IS'],
  ['isis', 'IS'],
  ['isil', 'IS'],
  ['groupe etat islamique', 'IS'],
  // The West Africa province is a group of its own.
  ['iswap', 'ISWAP'],
  ['islamic state west africa province', 'ISWAP'],
  ['islamic state in west africa province', 'ISWAP'],
  ['islamic state west africa', 'ISWAP'],
  ["islamic state's west africa", 'ISWAP'],
  ['west africa province', 'ISWAP'],
  ["etat islamique en afrique de l'ouest", 'ISWAP'],
  ["province de l'afrique de l'ouest", 'ISWAP'],
  ["front de liberation de l'azawad", 'FLA'],
  ['azawad liberation front', 'FLA'],
  ['fla', 'FLA'],
  ['csp', 'FLA'],
  ['csp-dpa', 'FLA'],
  ['csp-psd', 'FLA'],
  ['cadre strategique permanent', 'FLA'],
  ['cma', 'FLA'],
  ["coordination des mouvements de l'azawad", 'FLA'],
  ['coordination of azawad movements', 'FLA'],
  ['tuareg separatists', 'FLA'],
  ['tuareg-led rebels', 'FLA'],
  // "the Tuareg-led rebel alliance", "la coalition rebelle": the CSP's alliance of movements.
  ['tuareg-led', 'FLA'],
  ['tuareg separatist', 'FLA'],
  ['separatist rebel', 'FLA'],
  ['rebel alliance', 'FLA'],
  ['rebel coalition', 'FLA'],
  ['coalition rebelle', 'FLA'],
  ['alliance rebelle', 'FLA'],
  ['tuareg-led separatists', 'FLA'],
  ['separatist rebels', 'FLA'],
  ['rebelles separatistes', 'FLA'],
  ["rebelles de l'azawad", 'FLA'],
  ['azawad rebels', 'FLA'],
  ['permanent strategic framework', 'FLA'],
  ['tuareg rebels', 'FLA'],
  ['rebelles touaregs', 'FLA'],
  // "touareg" is also written invariable. (Not "combattants touaregs": pro-government MSA and
  // GATIA fighters are Tuareg too.)
  ['rebelles touareg', 'FLA'],
  ['separatistes touareg', 'FLA'],
  ['strategic framework for the defence of the people of azawad', 'FLA'],
  ['strategic framework for the defense of the people of azawad', 'FLA'],
  ["cadre strategique pour la defense du peuple de l'azawad", 'FLA'],
  ['separatistes touaregs', 'FLA'],
  ['former rebels', 'FLA'],
  ['rebel groups', 'FLA'],
  ['armed rebel groups', 'FLA'],
  ['groupes rebelles', 'FLA'],
  ['groupes armes rebelles', 'FLA'],
  ['rebels of the north', 'FLA'],
  ['northern rebels', 'FLA'],
  ['rebelles du nord', 'FLA'],
  ['ex-rebels', 'FLA'],
  ['anciens rebelles', 'FLA'],
  ['ex-rebelles', 'FLA'],
  ['forces armees maliennes', 'FAMa'],
  ['fama', 'FAMa'],
  ['famas', 'FAMa'],
  ['malian army', 'FAMa'],
  ['armed forces of mali', 'FAMa'],
  ['malian armed forces', 'FAMa'],
  ['armee malienne', 'FAMa'],
  ['malian soldiers', 'FAMa'],
  ['malian troops', 'FAMa'],
  ['soldats maliens', 'FAMa'],
  ['militaires maliens', 'FAMa'],
  ['malian forces', 'FAMa'],
  ['forces maliennes', 'FAMa'],
  ['malian military', 'FAMa'],
  ["mali's army", 'FAMa'],
  ["mali's military", 'FAMa'],
  ["mali's armed forces", 'FAMa'],
  ["mali's troops", 'FAMa'],
  ["mali's soldiers", 'FAMa'],
  ['armee du mali', 'FAMa'],
  // The security forces and the government's troops: in a Malian story, the state's (SCHEMA.md: FAMa).
  ['malian security forces', 'FAMa'],
  ["mali's security forces", 'FAMa'],
  ['malian defence and security forces', 'FAMa'],
  ['malian defense and security forces', 'FAMa'],
  ['forces de securite maliennes', 'FAMa'],
  ['forces de defense et de securite maliennes', 'FAMa'],
  ['government forces', 'FAMa'],
  ['government troops', 'FAMa'],
  ['forces gouvernementales', 'FAMa'],
  ['troupes gouvernementales', 'FAMa'],
  ['forces armees du mali', 'FAMa'],
  // Its air arm: "l'armée de l'air malienne a bombardé", "the Malian air force".
  ["armee de l'air malienne", 'FAMa'],
  ['force aerienne malienne', 'FAMa'],
  ['forces aeriennes maliennes', 'FAMa'],
  ['aviation malienne', 'FAMa'],
  ['malian air force', 'FAMa'],
  ['africa corps', 'Africa Corps'],
  ['wagner', 'Africa Corps'],
  ['russian mercenaries', 'Africa Corps'],
  ['mercenaires russes', 'Africa Corps'],
  ['russian paramilitaries', 'Africa Corps'],
  ['paramilitaires russes', 'Africa Corps'],
  ['allies russes', 'Africa Corps'],
  ['partenaires russes', 'Africa Corps'],
  ['suppletifs russes', 'Africa Corps'],
  ['instructeurs russes', 'Africa Corps'],
  ['combattants russes', 'Africa Corps'],
  ['militaires russes', 'Africa Corps'],
  ['soldats russes', 'Africa Corps'],
  ['forces russes', 'Africa Corps'],
  ['mercenaires de wagner', 'Africa Corps'],
  // Witnesses in Mali call the Russian fighters beside the army "white men".
  ['hommes blancs', 'Africa Corps'],
  ['soldats blancs', 'Africa Corps'],
  ['militaires blancs', 'Africa Corps'],
  ['white men', 'Africa Corps'],
  ['white soldiers', 'Africa Corps'],
  ['russian allies', 'Africa Corps'],
  ['russian partners', 'Africa Corps'],
  ['russian instructors', 'Africa Corps'],
  ['russian fighters', 'Africa Corps'],
  ['russian soldiers', 'Africa Corps'],
  ['russian troops', 'Africa Corps'],
  ['russian forces', 'Africa Corps'],
  ['russian military', 'Africa Corps'],
  ['russian contractors', 'Africa Corps'],
  ['foreign fighters believed to be russian', 'Africa Corps'],
  // The UN's and the rights groups' words for them: "Malian troops and foreign military personnel",
  // "des soldats maliens et des militaires étrangers".
  ['foreign military personnel', 'Africa Corps'],
  ['foreign personnel', 'Africa Corps'],
  ['personnel militaire etranger', 'Africa Corps'],
  ['militaires etrangers', 'Africa Corps'],
  ['soldats etrangers', 'Africa Corps'],
  ['foreign soldiers believed to be russian', 'Africa Corps'],
  ['force barkhane', 'Barkhane'],
  ['french forces', 'Barkhane'],
  ['french army', 'Barkhane'],
  ['french military', 'Barkhane'],
  // "France's military said it had killed…": the country's possessive for its adjective.
  ["france's military", 'Barkhane'],
  ["france's army", 'Barkhane'],
  ["france's armed forces", 'Barkhane'],
  ["france's forces", 'Barkhane'],
  ['forces francaises', 'Barkhane'],
  ['armee francaise', 'Barkhane'],
  ['barkhane', 'Barkhane'],
  // "Any other group goes by its usual short name" (SCHEMA.md): AQIM, as the schema's English names.
  ['aqmi', 'AQIM'],
  ['aqim', 'AQIM'],
  ['al-qaida au maghreb islamique', 'AQIM'],
  ['al-qaeda au maghreb islamique', 'AQIM'],
  ['al-qaeda in the islamic maghreb', 'AQIM'],
  ['al-qaida in the islamic maghreb', 'AQIM'],
  ['ansar dine', 'Ansar Dine'],
  ['ansar eddine', 'Ansar Dine'],
  ['ansar ed-dine', 'Ansar Dine'],
  ['ansar al-din', 'Ansar Dine'],
  ['ansardine', 'Ansar Dine'],
  ['mujao', 'MUJAO'],
  ['mujwa', 'MUJAO'],
  ["mouvement pour l'unicite et le jihad en afrique de l'ouest", 'MUJAO'],
  ['movement for oneness and jihad in west africa', 'MUJAO'],
  ['al-mourabitoune', 'Al-Mourabitoun'],
  ['al-mourabitoun', 'Al-Mourabitoun'],
  ['al-murabitun', 'Al-Mourabitoun'],
  ['al-mourabitounes', 'Al-Mourabitoun'],
  ['ansiprj', 'ANSIPRJ'],
  ["alliance nationale pour la sauvegarde de l'identite peule et la restauration de la justice", 'ANSIPRJ'],
  // Dozo hunters' militias, named as such; Dan Na Ambassagou is named on its own.
  ['dozo', 'Dozo'],
  ['dozos', 'Dozo'],
  ['donso', 'Dozo'],
  ['donsos', 'Dozo'],
  ['chasseurs traditionnels', 'Dozo'],
  ['traditional hunters', 'Dozo'],
  ['dozo hunters', 'Dozo'],
  ['donzo', 'Dozo'],
  ['donzos', 'Dozo'],
  ['ansarul islam', 'Ansarul Islam'],
  ['ansaroul islam', 'Ansarul Islam'],
  ['msa', 'MSA'],
  ["mouvement pour le salut de l'azawad", 'MSA'],
  ['movement for the salvation of azawad', 'MSA'],
  ['movement for the salvation of the azawad', 'MSA'],
  ['gatia', 'GATIA'],
  ["groupe d'autodefense touareg imghad et allies", 'GATIA'],
  ['imghad tuareg self-defence group and allies', 'GATIA'],
  ['imghad tuareg self-defense group and allies', 'GATIA'],
  ['dan na ambassagou', 'Dan Na Ambassagou'],
  ['dana ambassagou', 'Dan Na Ambassagou'],
  ['dan na amassagou', 'Dan Na Ambassagou'],
  ['dana amassagou', 'Dan Na Ambassagou'],
  ['dan nan ambassagou', 'Dan Na Ambassagou'],
  ['dan nan amassagou', 'Dan Na Ambassagou'],
  ['da na ambassagou', 'Dan Na Ambassagou'],
  ['danna ambassagou', 'Dan Na Ambassagou'],
];

/**
 * The ways the press spells one name: "al-Qaeda", "al Qaeda" (Reuters), "al-Qaida" (AP), "Al
 * Qaïda" — the article joined or not, the vowel of each house style.
 */
function spellings(entries: Array<[string, string]>): Array<[string, string]> {
  const out = new Map<string, string>();
  for (const [phrase, name] of entries) {
    for (const vowel of [phrase, phrase.replace(/qaeda/g, 'qaida'), phrase.replace(/qaida/g, 'qaeda')]) {
      out.set(vowel, name);
      // Not AQIM's full name, which today's reports recall as history (JNIM's forerunner), not as
      // the attacker: the pairs of reports measured on the corpus split over it.
      if (name !== 'AQIM') out.set(vowel.replace(/\bal-(?=qa)/g, 'al '), name);
    }
  }
  return [...out];
}
export const GROUP_NAMES = spellings(NAMES);

/** The side a group's members are counted on when a toll names them by their group; the others are militants. */
export const GROUP_SIDES = new Map<string, Subject>([
  ['FAMa', 'soldiers'],
  ['Africa Corps', 'foreign_forces'],
  ['Barkhane', 'foreign_forces'],
  ['Dan Na Ambassagou', 'militia'],
  ['Dozo', 'militia'],
  ['GATIA', 'militia'],
  ['MSA', 'militia'],
]);

/**
 * Names that one report gives and another may give for the same men: Dan Na Ambassagou is a
 * militia of Dozo hunters, and a report of its attack may say only "Dozo". For matching reports,
 * not for naming actors (each report keeps the name it gives).
 */
export const ACTOR_KIN = new Map<string, string>([
  ['Dan Na Ambassagou', 'Dozo'],
  ['Dozo', 'Dozo'],
]);

/** The Islamic State without a province. */
export const IS_GENERIC = 'IS';
/** The state forces and their foreign allies, by canonical name: never the enemy of a strike. */
export const STATE_GROUPS = new Set(['FAMa', 'Africa Corps', 'Barkhane']);

/** "Katiba Macina", "Katibat du Macina", "la katiba de Massina": a unit word, then the unit's name. */
export const UNIT_WORDS = new Set(['katiba', 'katibat', 'katibas']);
export const UNIT_NAMES = new Map([
  ['macina', 'JNIM'],
  ['massina', 'JNIM'],
  // JNIM's other katibas in Mali: "katiba Serma", "katiba du Gourma", "katiba Hanifa",
  // "katiba Khalid Ibn Walid", "katiba Al-Furqan".
  ['serma', 'JNIM'],
  ['gourma', 'JNIM'],
  ['hanifa', 'JNIM'],
  ['khalid', 'JNIM'],
  ['al-furqan', 'JNIM'],
  ['furqan', 'JNIM'],
]);
/** The Fulani community's words in the ANSIPRJ's long name, in their many spellings (groups.ts). */
export const FULANI = new Set([
  'peul',
  'peule',
  'peulh',
  'peuhl',
  'peuhle',
  'peulhe',
  'fulani',
  'fula',
  'peuls',
]);
export const IDENTITY = new Set(['identite', 'identity']);
/** Hyphenated tails that make the name before them the men's own group: "JNIM-linked", "FLA-led". */
export const LINK_TAILS = new Set([
  'linked',
  'affiliated',
  'aligned',
  'allied',
  'led',
  'affilie',
  'affilies',
  'lie',
  'lies',
]);
/**
 * The army by its plain noun: in a battle of a Malian story, the FAMa ("l'armée", "the army":
 * clash-sides.ts); after a group's verb of saying, the army's deed or its losses (group-speaker.ts).
 */
export const ARMY_NOUNS = new Set([
  'armee',
  'army',
  'military',
  'militaires',
  'soldats',
  'soldiers',
  'troupes',
  'troops',
]);

/** "les hommes d'Amadou Koufa", "Koufa's fighters": a leader's men are his group. */
export const LEADERS = new Map([
  // "Amadou Koufa", "Hamadoun Kouffa": the press spells the Macina's leader both ways.
  ['koufa', 'JNIM'],
  ['kouffa', 'JNIM'],
  ['ghaly', 'JNIM'],
  ['ghali', 'JNIM'],
  // "Adnan Abou Walid al-Sahraoui", "al-Sahrawi" in English.
  ['sahraoui', 'ISSP'],
  ['sahrawi', 'ISSP'],
]);
export const FOLLOWER_WORDS = new Set([
  'hommes',
  'combattants',
  'partisans',
  'fideles',
  'troupes',
  'men',
  'fighters',
  'followers',
  'loyalists',
  // "les jihadistes d'Amadou Koufa", "Koufa's militants", "des éléments d'Iyad Ag Ghaly".
  ...['jihadistes', 'djihadistes', 'elements', 'jihadists', 'militants'],
  // "Iyad Ag Ghaly's group", "le groupe d'Iyad Ag Ghaly": the leader's group is his.
  'group',
  'groupe',
]);

/** Stems of claiming an attack or a toll: "revendiqué", "a revendiqué", "claimed", "claims". */
export const CLAIM_STEMS = ['revendiqu', 'claim'];

/**
 * Stems of accusing another of a deed: "HRW accuse l'armée d'avoir tué 20 civils", "residents
 * blamed the soldiers for the deaths of 20": the accuser tells the figure, the accused did the deed.
 */
export const ACCUSATION_STEMS = ['accus', 'blam'];
/** Stems of putting a deed on someone: "attribuée au JNIM", "imputés aux", "blamed on". */
export const BLAME_ON_STEMS = ['attribu', 'imput', 'blam'];
/** A place fallen into someone's hands: "tombé aux mains du JNIM", "fell into the hands of JNIM". */
export const HANDS_WORDS = new Set(['mains', 'hands']);
export const FALLEN_STEMS = ['tomb', 'fell', 'fall', 'pass'];
/** Suspicion that falls on someone: "suspicion fell on JNIM", "les soupçons pèsent sur le JNIM". */
export const SUSPICION_ON_STEMS = ['suspic', 'soupcon'];
/** A force put in the dock right before its name: "accusent l'armée", "imputé à", "pointent du doigt les militaires". */
export const DOCK_STEMS = [...ACCUSATION_STEMS, ...BLAME_ON_STEMS, 'doigt'];
/** Words that make someone the suspect of a deed: "suspected", "believed", "présumés", "allegedly". */
export const ACCUSED_STEMS = [...ACCUSATION_STEMS, 'suspect', 'suspic', 'soupcon', 'believ', 'alleg'];
/** Words that still name a suspect after a denied claim: "suspected", "porte la signature du JNIM", "hallmarks". */
export const SUSPICION_STEMS = [...ACCUSED_STEMS, 'signature', 'hallmark', 'soupcon', 'attribu', 'imput'];
/** "bear the mark of", "porte la marque de": a deed's likeness to a group's, with BEARING_WORDS. */
export const BEARING_WORDS = new Set([
  'bear',
  'bears',
  'bore',
  'borne',
  'porte',
  'portent',
  'portait',
  'portaient',
]);
export const MARK_WORDS = new Set(['mark', 'marks', 'marque', 'marques', 'empreinte']);
/**
 * Adverbs of a habit, which tell what a group does, not who did this attack: "la zone est
 * régulièrement visée par la katiba Macina", "an area often attacked by JNIM".
 */
export const HABITUAL_WORDS = new Set([
  ...['regulierement', 'souvent', 'frequemment', 'habituellement', 'recurremment', 'constamment'],
  ...['regularly', 'often', 'frequently', 'routinely', 'repeatedly', 'habitually', 'constantly'],
  // Nouns and adjectives of the same habit: "le théâtre d'attaques récurrentes du JNIM", "plagued by".
  ...['theatre', 'proie', 'frequentes', 'frequents', 'recurrentes', 'recurrents', 'repetees', 'regulieres'],
  ...['scene', 'plagued', 'frequent', 'recurrent', 'repeated'],
]);
/**
 * Stems of disputing what was told before: "des chiffres que conteste le JNIM", "the army
 * rejected the toll", "dément", "disputed", "réfute", "denied" (not "nie": "Niéna" begins so).
 */
export const DISPUTE_STEMS = [
  'contest',
  'dement',
  'disput',
  'rejet',
  'reject',
  'refut',
  'deni',
  'deny',
  'nie',
];
/** Stems of blaming another, accusing or condemning: "le FLA accuse l'armée", "the FLA denounced". */
export const ACCUSING_STEMS = [...ACCUSATION_STEMS, 'denonc', 'denounc', 'condamn', 'condemn'];

/** Stems of the words that say a group carried out or claimed an attack. */
export const AGENT_STEMS = [
  'claim',
  'revendiqu',
  'revendicat',
  'attribu',
  'imput',
  'perpetr',
  'blam',
  'responsib',
  'responsabilit',
  'suspect',
  // "les soupçons se portent sur le JNIM", "le JNIM est soupçonné", "suspicion fell on JNIM".
  'soupcon',
  'suspic',
  'accus',
  'attaqu',
  'attack',
  'hallmark',
  'signature',
  'irruption',
  'ambush',
  'embusc',
  'assault',
  'assaut',
  // "accrochées par des terroristes du JNIM": engaged, ambushed.
  'accroch',
  // "le JNIM a bombardé le camp", "ont pilonné des positions", "JNIM shelled the base".
  'bombard',
  'pilonn',
  'shelled',
  'shelling',
  // "ont pris pour cible un convoi", "ont visé le camp", "JNIM militants targeted a convoy".
  'cibl',
  'target',
  'vise',
  'visant',
  // "JNIM raided the camp", "the raid"; "l'ANSIPRJ a participé à l'assaut", "took part in the raid".
  'raid',
  'particip',
];
/** Whole words that do the same. */
export const AGENT_WORDS = new Set([
  'carried',
  'menee',
  'mene',
  'menees',
  'launched',
  'lance',
  'origine',
  'pointe',
  'decime',
  'attacked',
  'attaque',
  'attaquent',
  'attaquaient',
  'attacking',
  'fighters',
  'combattants',
  'strikes',
  'struck',
  'vraisemblablement',
  // Words of killing count too, in every form (isKillWord): "tués", "tuant", "killing", "abattu".
  'assaillants',
  'ambushed',
  'stormed',
  // "le JNIM, auteur de l'attaque", "affirme être l'auteur de l'attaque": its author.
  ...['auteur', 'auteurs'],
  // "le JNIM a infligé de lourdes pertes à l'armée", "inflicted heavy losses on the army".
  ...['inflige', 'infligee', 'infligent', 'infligeant', 'inflicted', 'inflicting'],
  // "le FLA a abattu un drone", "rebels downed an army drone": a deed of war, not of speech.
  ...['abattu', 'abattue', 'abattus', 'abattues', 'downed'],
]);
/** Words just before a cue that deny it: "no group has claimed", "n'a pas été revendiquée", "aucun groupe n'a revendiqué". */
export const NEGATIONS = new Set([
  'no',
  'not',
  'never',
  't',
  'aucun',
  'aucune',
  "n'",
  'ne',
  'pas',
  'jamais',
  'nul',
  'nulle',
  'yet',
]);
/**
 * Words between two forces of one pair: "l'armée et ses supplétifs russes d'Africa Corps", "des
 * soldats maliens et des mercenaires de Wagner", "troops and their Russian allies".
 */
export const PAIR_FILLERS = new Set([
  'des',
  'les',
  'the',
  'la',
  'le',
  "l'",
  'ses',
  'leurs',
  'leur',
  'their',
  'its',
  'de',
  'du',
  "d'",
  'of',
  'from',
  'mercenaires',
  'mercenaries',
  'paramilitaires',
  'paramilitaries',
  'suppletifs',
  'supplétifs',
  'allies',
  'allied',
  'partenaires',
  'partners',
  'instructeurs',
  'instructors',
  'russes',
  'russian',
  'russians',
  'combattants',
  'fighters',
  'elements',
  'hommes',
  'men',
  'groupe',
  'group',
  // "Malian soldiers, Dozo militiamen and Wagner mercenaries": a militia's own noun after its name.
  ...['militiamen', 'militia', 'miliciens', 'milice', 'hunters', 'chasseurs'],
]);
/** Words after "killed" that make it active, not a participle: "troops killed 30 civilians", "killed at least 30". */
export const ACTIVE_OBJECT = new Set([
  'at',
  'dozens',
  'scores',
  'more',
  'several',
  'some',
  'about',
  'around',
  'nearly',
  'over',
  'up',
  'civilians',
  'villagers',
  'residents',
  'people',
  'des',
  'plusieurs',
  'au',
]);
/** Nouns of the attackers themselves: "the assailants", "les assaillants", "the gunmen". */
export const ATTACKER_NOUNS = new Set([
  'assailants',
  'attackers',
  'gunmen',
  'raiders',
  'assaillants',
  'attaquants',
]);
/** Stems of the verbs of support that join a force to its allies: "appuyés par", "soutenue par", "épaulés", "backed by". */
export const SUPPORT_STEMS = [
  'accompagn',
  'appuy',
  'epaul',
  'souten',
  'backed',
  'supported',
  'assisted',
  'aided',
];
/** Words after a cue that make it something else: "claimed thousands of lives", "led by Koufa". */
export const NOT_AGENT_AFTER = new Set(['lives', 'vies', 'life', 'vie']);
/**
 * Stems of a coalition's origin or make-up: "né de la fusion d'Ansar Dine", "formed from a merger
 * of", "issu de", "regroupant", "composed of", "an umbrella of" (group-origins.ts).
 */
export const ORIGIN_STEMS = [
  'fusion',
  'merge',
  'issu',
  'regroup',
  'compos',
  'comprenant',
  'comprising',
  'umbrella',
  'federat',
];
/** Words of birth that take "de"/"of" before the groups a coalition came from: "né de", "born of", "grew out of". */
export const BORN_WORDS = new Set([
  'ne',
  'nee',
  'nes',
  'born',
  'grew',
  'formed',
  'forme',
  'formee',
  'cree',
  'creee',
  'created',
]);
/** Words a list of founding groups may hold besides their names: "d'Ansar Dine et d'autres groupes". */
export const FOUNDER_FILLERS = new Set([
  ...['et', 'and', 'ou', 'or', ',', 'out', 'from', 'par', 'by', 'notamment', 'including', 'such', 'as'],
  ...['autres', 'other', 'groupes', 'groups', 'mouvements', 'movements', 'jihadistes', 'jihadist', 'katiba'],
]);
/**
 * Adjectives of a group's noun between it and its lineage: "un groupe jihadiste affilié à
 * Al-Qaïda", "des groupes armés liés à l'EI", "an Islamist group linked to al-Qaeda".
 */
export const GROUP_ADJECTIVES = new Set([
  ...['jihadiste', 'jihadistes', 'djihadiste', 'djihadistes', 'islamiste', 'islamistes'],
  ...['terroriste', 'terroristes', 'arme', 'armes', 'extremiste', 'extremistes', 'radical', 'radicaux'],
  ...['jihadist', 'islamist', 'armed', 'extremist', 'militant', 'terrorist', 'radical', 'insurgent'],
]);
/** Words just before a group that name its lineage, not its deed: "linked to", "affiliés à". */
export const LINEAGE_BEFORE = new Set([
  'linked',
  'lies',
  'liee',
  'liees',
  'lie',
  'affiliated',
  'affilies',
  'affilie',
  'affiliee',
  'affiliees',
  'allied',
  'allies',
  'proches',
  'proche',
  'loyal',
  'rival',
  'rivals',
  'rivaux',
  'rivale',
]);
/** Groups named as targets are not actors: "against Wagner", "contre les FAMa". */
/** A force's units and posts that an attack targets: "une embuscade contre un convoi des FAMa", "an ambush on an army patrol". */
export const UNIT_NOUNS = new Set([
  ...['convoi', 'convois', 'convoy', 'convoys', 'patrouille', 'patrouilles', 'patrol', 'patrols'],
  ...['colonne', 'colonnes', 'column', 'columns', 'escorte', 'escort', 'detachement', 'detachment'],
  ...['camp', 'camps', 'base', 'bases', 'poste', 'postes', 'post', 'posts', 'position', 'positions'],
  ...['garnison', 'garrison', 'unite', 'unites', 'unit', 'units', 'vehicule', 'vehicules', 'vehicle'],
  ...['checkpoint', 'checkpoints', 'barrage', 'barrages'],
]);
export const TARGET_BEFORE = new Set([
  'against',
  'contre',
  'on',
  'sur',
  'targeting',
  'visant',
  'supporting',
  'aux',
  'of',
  'des',
]);
/** Stems of taking a place back: "ont repris le contrôle d'Anefis", "retook the town from JNIM", "reconquis". */
export const RETAKE_STEMS = ['recaptur', 'retook', 'retak', 'reconqu', 'repris', 'regain'];
/** Verbs after a state force that make it the attacker: "FAMa launched an assault". */
export const STATE_ATTACK_AFTER = [
  'attack',
  'attaqu',
  'launch',
  'lance',
  'raid',
  'struck',
  'hit',
  'bomb',
  'frapp',
  'execut',
  'massacr',
  // "the army and Africa Corps stormed the base".
  'storm',
  // "ont pilonné des positions du JNIM", "shelled", "pounded JNIM positions".
  'pilonn',
  'shelled',
  'pounded',
  // "ont investi le village", "encerclé": a force that entered a place by force.
  ...['investi', 'encercl', 'encircl'],
  // "ont ouvert le feu sur", "opened fire on", "ont tiré sur la foule", "shot 12 men".
  ...['feu', 'fire', 'tire', 'shot', 'shoot'],
];

/** "ouvert le feu", "opened fire": the fire's noun, after its article. */
const FIRE_NOUNS = new Set(['feu', 'fire']);
/** Does token k open fire: "ont ouvert le feu", "opened fire"? */
export function fireOpened(tokens: ReadonlyArray<{ norm: string }>, k: number): boolean {
  if (!/^(ouv|open)/.test(tokens[k].norm)) return false;
  const next = tokens[k + 1]?.norm ?? '';
  return FIRE_NOUNS.has(next) || (['le', 'the'].includes(next) && FIRE_NOUNS.has(tokens[k + 2]?.norm ?? ''));
}
/** "came under attack", "came under fire", "sous le feu": a force that met an attack, its target. */
export const UNDER_WORDS = new Set(['under', 'sous']);
export const UNDER_WHAT = new Set(['attack', 'attacks', 'fire', 'assault', 'feu', 'attaque']);
/**
 * Where a speaker said it: "in a statement", "dans un communiqué", "sur sa page Facebook", "في
 * بيان" (glossed "in statement"). The medium's preposition, then its noun within a few words.
 */
export const MEDIUM_PREPOSITIONS = new Set(['dans', 'in', 'sur', 'on', 'via', 'at']);
export const MEDIUM_NOUNS = new Set([
  ...['statement', 'statements', 'communique', 'communiques', 'release', 'bulletin', 'message'],
  ...['post', 'video', 'broadcast', 'page', 'account', 'telegram', 'facebook', 'twitter', 'x'],
  ...['publication', 'declaration', 'compte', 'note'],
]);
/** Auxiliaries of the passive: "a FAMa patrol was attacked", "les FAMa ont été attaquées". */
export const PASSIVE_AUX = new Set([
  'ete',
  'been',
  'was',
  'were',
  'is',
  'are',
  'sont',
  'est',
  'being',
  'etaient',
  'etait',
]);
/** Determiners before a noun: "soldats maliens lors d'une attaque" names the attack, not a deed. */
export const DETERMINERS = new Set([
  'une',
  'un',
  "d'une",
  "l'",
  'la',
  'le',
  'les',
  'an',
  'a',
  'the',
  'this',
  'cette',
  'ce',
]);
/** Verbs of conducting an operation: "Barkhane a mené une frappe", "the army carried out a raid". */
export const CONDUCT_WORDS = new Set([
  'mene',
  'menee',
  'menes',
  'conducted',
  'carried',
  'led',
  'launched',
  'effectue',
  'realise',
]);
/** Words of a strike or an operation by state forces. */
export const STRIKE_STEMS = [
  'frappe',
  'strike',
  'airstrike',
  'bombard',
  'drone',
  'aerien',
  'aerial',
  'operation',
  'raid',
  'helico',
];
/** Words of a strike from the air: "une frappe aérienne", "a drone strike" (not a ground operation). */
export const AIR_STRIKE_STEMS = STRIKE_STEMS.filter((w) => !['operation', 'raid'].includes(w));
/** Killing verbs after a state force, which make it the attacker only when civilians were killed. */
export const KILL_STEMS = ['kill', 'abatt', 'shot', 'murder'];
/** The forms of "tuer" (tué, tuées, tuent, tuant, tuerie, tueurs), not "Tuesday", "Tuareg" or "tunnel". */
const TUER = /^tu(?:e|ee|es|ees|ent|er|ant|ait|aient|a|erie|eries|eur|eurs|era|eront)$/;
/** A word of killing: "tués", "killed", "abattu", "shot", "murdered". */
export function isKillWord(w: string): boolean {
  return TUER.test(w) || hasStem(w, KILL_STEMS);
}
/** Words of killing civilians: "civilians killed by the army" makes the army an actor. */
export const CIVILIAN_STEMS = [
  'civil',
  'villageois',
  'habitant',
  'villager',
  'resident',
  'forain',
  'passager',
];
/** Killings of civilians by state forces: "Wagner fighters summarily executed", "ont exécuté". */
export const EXECUTION_STEMS = ['execut', 'massacr', 'exaction', 'tuerie'];

/** Does folded word w begin with one of the stems? */
export function hasStem(w: string, stems: readonly string[]): boolean {
  for (const s of stems) if (w.startsWith(s)) return true;
  return false;
}

/** Verbs that a particle makes a riposte: "struck back", "hit back", "fought off", "beat back". */
const COUNTER_VERBS = new Set([
  ...['struck', 'strike', 'strikes', 'striking', 'hit', 'hits', 'hitting'],
  ...['fought', 'fight', 'fights', 'fighting', 'beat', 'beats', 'beating'],
]);
const COUNTER_PARTICLES = new Set(['back', 'off']);

/** Does token k name a force's defence or riposte: "ont riposté", "repelled", "struck back"? */
export function defenceAt(tokens: ReadonlyArray<{ norm: string }>, k: number): boolean {
  const w = tokens[k].norm;
  if (hasStem(w, DEFENCE_STEMS)) return true;
  return COUNTER_VERBS.has(w) && COUNTER_PARTICLES.has(tokens[k + 1]?.norm ?? '');
}

/** hasStem for one list of stems, remembering each word's answer (pages repeat their words). */
export function stemMatcher(stems: readonly string[]): (w: string) => boolean {
  const seen = new Map<string, boolean>();
  return (w) => {
    let r = seen.get(w);
    if (r === undefined) {
      r = hasStem(w, stems);
      if (seen.size < 50000) seen.set(w, r);
    }
    return r;
  };
}

/** Stems of a battle between two sides: "des affrontements entre", "clashed with", "ont opposé". */
export const CLASH_STEMS = [
  'affront',
  'accroch',
  'clash',
  'fighting',
  'battl',
  'oppos',
  'firefight',
  'gunfight',
];
/** Battles by nouns whose stem is a fighter's too ("combats", not "combattants"). */
export const CLASH_WORDS = new Set(['combat', 'combats', 'fight', 'fights', 'gunbattle', 'gunbattles']);
/** Words that name both sides after a battle's word: "entre … et …", "between … and …". */
export const BETWEEN_WORDS = new Set(['entre', 'between']);

/** Stems of a force's defence or riposte: "ont riposté", "repelled the assault", "fought off". */
export const DEFENCE_STEMS = [
  'repouss',
  'repel',
  'repuls',
  'defend',
  'resist',
  'ripost',
  'reagi',
  // "la réaction vigoureuse des FAMa a permis de neutraliser…", "the army's swift reaction".
  'reaction',
  'respond',
  'response',
  'quell',
  // "the army retaliated", "en représailles" is the group's: only the English verb.
  'retaliat',
  // "its counter-attack left 20 dead", "la contre-offensive a fait 20 morts".
  'counter-attack',
  'counterattack',
  'counter-offensive',
  'counteroffensive',
  'contre-attaqu',
  'contre-offensive',
];

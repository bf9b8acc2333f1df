/**
 * The role a named group plays in its sentence, other than the attack's author: its losses
 * ("des combattants du JNIM ont été neutralisés"), the target ("frappes contre des positions du
 * FLA"), the defender ("les dozos ont repoussé les assaillants"), a lineage ("liés à Al-Qaïda"),
 * its men ("les jihadistes de la Katiba Macina"). What it owns or lost is read by actor-objects.ts,
 * a speaker of another's deed ("le FLA accuse l'armée d'avoir tué") by group-speaker.ts, a
 * battle's two sides by clash-sides.ts.
 */
import {
  defenceAt,
  DETERMINERS,
  hasStem,
  isKillWord,
  LINEAGE_BEFORE,
  PASSIVE_AUX,
  UNIT_NOUNS,
} from './lexicon-actors';
import { FIGHTER_NOUNS, isAttackNoun, KIND_WORDS, POSSESSIVES } from './lexicon';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { findGroups, type Found } from './groups';
import { OF_WORDS } from './lexicon-np';
import { amountWord, WEEKDAYS } from './number-words';
import { DAY_PARTS } from './lexicon-dates';

/** Nouns of a group's members or of their deed before "of"/"du": "les jihadistes du JNIM", "l'attaque de l'EIGS". */
export const MEMBER_NOUNS = new Set([
  ...FIGHTER_NOUNS,
  'assaillants',
  'jihadistes',
  'djihadistes',
  'terroristes',
  'hommes',
  'elements',
  'membres',
  'militants',
  'members',
  'men',
  'gunmen',
  'jihadists',
  'insurges',
  'insurgents',
  'rebelles',
  'rebels',
  'attaque',
  'attaques',
  'attack',
  'attacks',
  'assaut',
  'embuscade',
  'ambush',
  'offensive',
  'raid',
]);

const LINEAGE_PREPOSITIONS = new Set(['to', 'with', 'of', 'a', 'au', 'aux', 'de', 'du', "d'", 'des', 'avec']);

export const CLAUSE_ENDS = new Set([',', ';', ':', '.', '(', ')']);

/** Verbs of a side losing its men, before their number. */
/** Verbs of a side's losses: "le FLA a perdu 12 combattants", "we lost four men". */
export const LOSS_VERBS = new Set(['perdu', 'lost', 'perd', 'loses']);

/** Losses words after a passive auxiliary: "ont été neutralisés", "were arrested". */
const VICTIM_STEMS = ['neutralis', 'neutraliz', 'arret', 'arrest', 'captur', 'bless', 'wound', 'elimin'];

export function sentenceHas(tokens: Token[], s: Sentence, stems: readonly string[]): boolean {
  for (let k = s.first; k < s.last; k++) if (hasStem(tokens[k].norm, stems)) return true;
  return false;
}

/** Words between a verb and its number: "killed at least 12", "a tué au moins 12", "about". */
export const QUALIFIERS = new Set([
  'at',
  'least',
  'au',
  'moins',
  'about',
  'some',
  'around',
  'environ',
  'pres',
  'de',
]);

const VICTIM_REACH = 5;
/** Quotation marks, which take no place between words: 'said it had "neutralised" 12'. */
export const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', '\u00ab', '\u00bb']);

/** "des combattants du JNIM ont été neutralisés", "ISSP fighters were killed": the group's losses. */
export function victim(tokens: Token[], s: Sentence, g: Found): boolean {
  // "killed 12 FLA rebels", "a neutralisé 30 JNIM fighters": the group names the persons counted
  // by a verb of killing or capture before them.
  // "ont tué 8 combattants du FLA", "killed eight FLA fighters", 'neutralised" 8 FLA terrorists':
  // over the count, its fighters' noun, "of" and quotes, back to the verb.
  let k = g.start - 1;
  let counted = false;
  for (; k >= s.first && g.start - k <= VICTIM_REACH; k--) {
    const t = tokens[k];
    if (amountWord(t)) counted = true;
    else if (!(MEMBER_NOUNS.has(t.norm) || OF_WORDS.has(t.norm) || QUOTE_MARKS.has(t.text))) break;
  }
  // "a tué lundi 12 combattants du FLA", "killed on Monday 12 FLA fighters": over a day too.
  while (
    counted &&
    k > s.first &&
    (QUALIFIERS.has(tokens[k].norm) || WEEKDAYS.has(tokens[k].norm) || DAY_WORDS.has(tokens[k].norm))
  )
    k--;
  const kind = counted && k >= s.first ? KIND_WORDS.get(tokens[k].norm) : undefined;
  if (kind && kind !== 'seized' && kind !== 'destroyed') return true;
  if (counted && participleAfter(tokens, s, g)) return true;
  for (let k = g.end; k < Math.min(s.last - 1, g.end + 5); k++) {
    if (CLAUSE_ENDS.has(tokens[k].text)) return false;
    // "le FLA a perdu 12 combattants", "JNIM lost 20 fighters": the group's losses.
    if (LOSS_VERBS.has(tokens[k].norm) && tokens[k + 1]?.type === 'num') return true;
    // "JNIM said 30 soldiers were killed": the passive after a count is the counted men's.
    if (tokens[k].type === 'num') return false;
    if (PASSIVE_AUX.has(tokens[k].norm)) {
      const next = tokens[k + 1].norm;
      return isKillWord(next) || hasStem(next, VICTIM_STEMS);
    }
  }
  return false;
}

/**
 * "Dozens of Wagner fighters killed near Tinzaouaten", "12 JNIM fighters captured": counted men
 * before a participle of losses with no object after it (a headline's passive) are the losses.
 */
function participleAfter(tokens: Token[], s: Sentence, g: Found): boolean {
  let j = g.end;
  while (j < s.last && MEMBER_NOUNS.has(tokens[j].norm)) j++;
  const kind = KIND_WORDS.get(tokens[j]?.norm ?? '');
  if (!kind || kind === 'seized' || kind === 'destroyed') return false;
  const next = tokens[j + 1];
  return !next || j + 1 >= s.last || (!amountWord(next) && !DETERMINERS.has(next.norm));
}

/**
 * The group is the target of an attack: "attacked the dozo camp", "ont ciblé les dozos", "frappes
 * contre des positions du FLA", "drone strikes targeted FLA fighters", "une zone contrôlée par le FLA".
 */
export function objectOfAttack(tokens: Token[], s: Sentence, g: Found): boolean {
  // Over determiners, the target's nouns, "of" and a gloss: "the dozo camp (traditional hunters)".
  const skippable = (t: Token) =>
    DETERMINERS.has(t.norm) ||
    OBJECT_NOUNS.has(t.norm) ||
    // "ont attaqué un poste des chasseurs dozos", "attacked a Dozo militia checkpoint".
    UNIT_NOUNS.has(t.norm) ||
    (MEMBER_NOUNS.has(t.norm) && !hasStem(t.norm, TARGETING_STEMS)) ||
    OF_WORDS.has(t.norm) ||
    t.text === '(' ||
    // "ont visé lundi des positions du FLA": the day told between the verb and its object.
    WEEKDAYS.has(t.norm) ||
    findGroups([t], 0, 1).length > 0;
  let k = g.start - 1;
  while (k > s.first && g.start - k < 7 && skippable(tokens[k])) k--;
  if (k < s.first) return false;
  const w = tokens[k].norm;
  if (TARGET_WORDS.has(w)) return true;
  // "des frappes sur des positions du FLA", "an assault on JNIM hideouts": over a target's noun.
  if (ON_WORDS.has(w) && tokens.slice(k + 1, g.end).some((t) => OBJECT_NOUNS.has(t.norm))) return true;
  if (ON_WORDS.has(w) && OBJECT_NOUNS.has(tokens[g.end]?.norm ?? '')) return true;
  if (['par', 'by'].includes(w) && hasStem(tokens[k - 1]?.norm ?? '', HELD_STEMS)) return true;
  // "une zone sous contrôle du FLA", "an area under the control of the FLA": what it holds.
  if (k < g.start - 1 && hasStem(w, HELD_STEMS)) return true;
  // A noun right before the name is the group's own: "l'attaque JNIM", "l'attaque du JNIM".
  let j = k + 1;
  while (j < g.start && (OF_WORDS.has(tokens[j].norm) || DETERMINERS.has(tokens[j].norm))) j++;
  return j < g.start && hasStem(w, TARGETING_STEMS);
}

/**
 * A force's unit or post the attack targeted: "une embuscade contre un convoi des FAMa", "an
 * ambush on a Malian army convoy that killed…", "l'attaque du camp de l'armée" — the force is its
 * target, not the attacker, whatever its sentence says after.
 */
export function attackedUnit(tokens: Token[], s: Sentence, g: Found): boolean {
  let unit = UNIT_NOUNS.has(tokens[g.end]?.norm ?? '');
  let k = g.start - 1;
  while (k > s.first && g.start - k < 6) {
    const w = tokens[k].norm;
    if (UNIT_NOUNS.has(w)) unit = true;
    else if (!DETERMINERS.has(w) && !OF_WORDS.has(w)) break;
    k--;
  }
  if (!unit) return false;
  // "l'attaque du camp des FAMa": the attack's noun right before the unit.
  if (isAttackNoun(tokens[k])) return true;
  if (!UNIT_TARGET.has(tokens[k].norm)) return false;
  for (let j = k - 1; j >= Math.max(s.first, k - 3); j--)
    if (isAttackNoun(tokens[j]) || hasStem(tokens[j].norm, TARGETING_STEMS)) return true;
  return false;
}
const UNIT_TARGET = new Set(['on', 'contre', 'against', 'sur']);

const ON_WORDS = new Set(['sur', 'on']);
/** Words of a day between a verb and its count: "lundi soir", "on Monday", "hier". */
export const DAY_WORDS = new Set(['on', ...DAY_PARTS]);
const TARGETING_STEMS = ['attaqu', 'attack', 'cibl', 'target', 'vise', 'visant', 'assieg', 'besieg'];

/** Words before a target, over its nouns: "contre des positions du FLA", "targeted FLA fighters". */
const TARGET_WORDS = new Set([
  ...['contre', 'against', 'targeted', 'targeting', 'cible', 'ciblant', 'visant', 'vise', 'visaient'],
  ...['attacked', 'attacking', 'pilonne', 'pilonnant', 'bombarde', 'bombed', 'shelled'],
  ...['struck', 'striking', 'hit', 'hitting', 'pounded', 'raided'],
  ...['stormed', 'storming', 'overran', 'overrunning', 'ambushed', 'ambushing', 'assailed'],
  // "des drones ont frappé une position du FLA".
  ...['frappe', 'frappes', 'frappant', 'frappaient'],
]);

/** A place the group holds is not its deed: "une zone contrôlée par le FLA", "held by the rebels", "fief du FLA". */
export const HELD_STEMS = ['control', 'tenu', 'held', 'domin', 'occup', 'fief'];

const OBJECT_NOUNS = new Set([
  ...['chasseurs', 'hunters', 'traditionnels', 'traditional', 'camp', 'camps', 'base', 'bases'],
  ...['position', 'positions', 'zone', 'zones', 'area', 'areas', 'repaire', 'repaires', 'hideout'],
  ...['hideouts', 'bastion', 'stronghold', 'suspected', 'presumed', 'presumes', 'supposes'],
]);

/** The group fought the attack off: "les dozos ont pu repousser les assaillants", "dozo hunters repelled". */
export function defender(tokens: Token[], s: Sentence, g: Found): boolean {
  for (let k = g.end; k < Math.min(s.last, g.end + 8); k++) {
    if (CLAUSE_ENDS.has(tokens[k].text)) return false;
    if (defenceAt(tokens, k)) return true;
  }
  return false;
}

/** "groups linked to al-Qaeda or the Islamic State", "liés à Al-Qaïda et à Daech": a lineage. */
export function lineage(tokens: Token[], s: Sentence, g: Found): boolean {
  for (let j = g.start - 1; j >= Math.max(s.first, g.start - 8); j--) {
    if (['.', ';', ':', '(', ')'].includes(tokens[j].text) && j < g.start - 1) return false;
    // "linked to", "liés à", "affiliated with": the lineage word governs the parent named after it;
    // "the al-Qaeda affiliated JNIM claimed" names the child, an actor.
    // "l'armée et ses alliés de Wagner": after a possessive, the allies are the group itself.
    if (POSSESSIVES.has(tokens[j - 1]?.norm ?? '')) continue;
    if (LINEAGE_BEFORE.has(tokens[j].norm) && LINEAGE_PREPOSITIONS.has(tokens[j + 1]?.norm ?? ''))
      return true;
  }
  return false;
}

/** "les jihadistes de la Katiba Macina", "fighters of the Islamic State": the group's men. */
export function memberPhrase(tokens: Token[], g: Found): boolean {
  return memberNoun(tokens, g) >= 0;
}

/** The index of the noun of the group's men ("jihadistes" in "les jihadistes du JNIM"), or -1. */
export function memberNoun(tokens: Token[], g: Found): number {
  let k = g.start - 1;
  while (k > g.start - 3 && ['le', 'la', "l'", 'the', 'les'].includes(tokens[k]?.norm ?? '')) k--;
  return ['du', 'de', "d'", 'of', 'des'].includes(tokens[k]?.norm ?? '') &&
    MEMBER_NOUNS.has(tokens[k - 1]?.norm ?? '')
    ? k - 1
    : -1;
}

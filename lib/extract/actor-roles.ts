/**
 * The role a named group plays in its sentence, other than the attack's author: its losses
 * ("des combattants du JNIM ont été neutralisés"), the target ("frappes contre des positions du
 * FLA"), the defender ("les dozos ont repoussé les assaillants"), a speaker of another's deed
 * ("le FLA accuse l'armée d'avoir tué"), a lineage ("liés à Al-Qaïda"), its men ("les jihadistes
 * de la Katiba Macina").
 */
import {
  BETWEEN_WORDS,
  CLAIM_STEMS,
  CLASH_STEMS,
  CLASH_WORDS,
  DEFENCE_STEMS,
  DETERMINERS,
  hasStem,
  KILL_STEMS,
  LINEAGE_BEFORE,
  PAIR_FILLERS,
  PASSIVE_AUX,
  STRIKE_STEMS,
} from './lexicon-actors';
import { CLAIMANT_NEXT, KIND_WORDS, SPEECH_WORDS } from './lexicon';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { faitEtat } from './speech-clauses';
import { findGroups, type Found } from './groups';
import { OF_WORDS } from './lexicon-np';
import { EN_UNITS, FR_UNITS, WEEKDAYS } from './number-words';

/** Nouns of fighters or of their deed before "of"/"du": "les jihadistes du JNIM", "l'attaque de l'EIGS". */
export const FIGHTER_NOUNS = new Set([
  'assaillants',
  'jihadistes',
  'djihadistes',
  'terroristes',
  'combattants',
  'hommes',
  'elements',
  'membres',
  'fighters',
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
const LOSS_VERBS = new Set(['perdu', 'lost', 'perd', 'loses']);

/** Losses words after a passive auxiliary: "ont été neutralisés", "were arrested". */
const VICTIM_STEMS = ['neutralis', 'neutraliz', 'arret', 'arrest', 'captur', 'bless', 'wound', 'elimin'];

export function sentenceHas(tokens: Token[], s: Sentence, stems: readonly string[]): boolean {
  for (let k = s.first; k < s.last; k++) if (hasStem(tokens[k].norm, stems)) return true;
  return false;
}

/** "des combattants du JNIM ont été neutralisés", "ISSP fighters were killed": the group's losses. */
/** Words between a verb and its number: "killed at least 12", "a tué au moins 12", "about". */
const QUALIFIERS = new Set([
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

export function victim(tokens: Token[], s: Sentence, g: Found): boolean {
  // "killed 12 FLA rebels", "a neutralisé 30 JNIM fighters": the group names the persons counted
  // by a verb of killing or capture before them.
  // "ont tué 8 combattants du FLA", "killed eight FLA fighters", 'neutralised" 8 FLA terrorists':
  // over the count, its fighters' noun, "of" and quotes, back to the verb.
  let k = g.start - 1;
  let counted = false;
  for (; k > s.first && g.start - k <= VICTIM_REACH; k--) {
    const t = tokens[k];
    if (t.type === 'num' || EN_UNITS.has(t.norm) || FR_UNITS.has(t.norm)) counted = true;
    else if (!(FIGHTER_NOUNS.has(t.norm) || OF_WORDS.has(t.norm) || QUOTE_MARKS.has(t.text))) break;
  }
  // "a tué lundi 12 combattants du FLA", "killed on Monday 12 FLA fighters": over a day too.
  while (
    counted &&
    k > s.first &&
    (QUALIFIERS.has(tokens[k].norm) || WEEKDAYS.has(tokens[k].norm) || DAY_WORDS.has(tokens[k].norm))
  )
    k--;
  const kind = counted ? KIND_WORDS.get(tokens[k]?.norm ?? '') : undefined;
  if (kind && kind !== 'seized' && kind !== 'destroyed') return true;
  for (let k = g.end; k < Math.min(s.last - 1, g.end + 5); k++) {
    if (CLAUSE_ENDS.has(tokens[k].text)) return false;
    // "le FLA a perdu 12 combattants", "JNIM lost 20 fighters": the group's losses.
    if (LOSS_VERBS.has(tokens[k].norm) && tokens[k + 1]?.type === 'num') return true;
    if (PASSIVE_AUX.has(tokens[k].norm)) {
      const next = tokens[k + 1].norm;
      return hasStem(next, KILL_STEMS) || hasStem(next, VICTIM_STEMS);
    }
  }
  return false;
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
    (FIGHTER_NOUNS.has(t.norm) && !hasStem(t.norm, TARGETING_STEMS)) ||
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

const ON_WORDS = new Set(['sur', 'on']);
/** Words of a day between a verb and its count: "lundi soir", "on Monday", "hier". */
const DAY_WORDS = new Set(['on', 'soir', 'matin', 'night', 'morning', 'evening', 'hier', 'yesterday']);
const TARGETING_STEMS = ['attaqu', 'attack', 'cibl', 'target', 'vise', 'visant', 'assieg', 'besieg'];

/** Words before a target, over its nouns: "contre des positions du FLA", "targeted FLA fighters". */
const TARGET_WORDS = new Set([
  ...['contre', 'against', 'targeted', 'targeting', 'cible', 'ciblant', 'visant', 'vise', 'visaient'],
  ...['attacked', 'attacking', 'pilonne', 'pilonnant', 'bombarde', 'bombed', 'shelled'],
  ...['struck', 'striking', 'hit', 'hitting', 'pounded', 'raided'],
]);

/** A place the group holds is not its deed: "une zone contrôlée par le FLA", "held by the rebels". */
export const HELD_STEMS = ['control', 'tenu', 'held', 'domin', 'occup'];

const OBJECT_NOUNS = new Set([
  ...['chasseurs', 'hunters', 'traditionnels', 'traditional', 'camp', 'camps', 'base', 'bases'],
  ...['position', 'positions', 'zone', 'zones', 'area', 'areas', 'repaire', 'repaires', 'hideout'],
  ...['hideouts', 'bastion', 'stronghold', 'suspected', 'presumed', 'presumes', 'supposes'],
]);

/** The group fought the attack off: "les dozos ont pu repousser les assaillants", "dozo hunters repelled". */
export function defender(tokens: Token[], s: Sentence, g: Found): boolean {
  for (let k = g.end; k < Math.min(s.last, g.end + 8); k++) {
    if (CLAUSE_ENDS.has(tokens[k].text)) return false;
    if (hasStem(tokens[k].norm, DEFENCE_STEMS)) return true;
  }
  return false;
}

/**
 * The group speaks of someone else's deed — "selon le FLA, les frappes ont tué…", "le FLA accuse
 * l'armée d'avoir tué…", "the FLA said strikes by the army killed…": a claimant, not an actor.
 * Its own deed keeps it one: "le FLA a affirmé avoir tué", "JNIM said its fighters killed",
 * "revendiqué par", and so does "selon le JNIM" when no state force is named beside it.
 */
export function speaker(tokens: Token[], s: Sentence, g: Found, stateNamed: boolean): boolean {
  // "selon les rebelles touareg du FLA", over the group's nouns, when another side struck.
  if (stateNamed || sentenceHas(tokens, s, STRIKE_STEMS)) {
    for (const m of CLAIMANT_NEXT.findAll(tokens, Math.max(s.first, g.start - 6), g.start)) {
      let own = true;
      for (let j = m.end; j < g.start; j++) if (!GROUP_NOUN_WORDS(tokens[j].norm)) own = false;
      if (own) return true;
    }
    // "…, a dénoncé le Front de libération de l'Azawad", "said the FLA": the verb before its subject.
    // "le Front de libération de l'Azawad (FLA)": the acronym in brackets is the name before it.
    const before = findGroups(tokens, s.first, g.start);
    let b = g.start - 1;
    for (;;) {
      if (b > s.first && (GROUP_NOUN_WORDS(tokens[b].norm) || tokens[b].text === '(')) b--;
      else {
        const named = before.find((x) => x.end === b + 1);
        if (!named || named.start <= s.first) break;
        b = named.start - 1;
      }
    }
    const verb = tokens[b]?.norm ?? '';
    if ((SPEECH_WORDS.has(verb) || hasStem(verb, ACCUSING_STEMS)) && !hasStem(verb, CLAIM_STEMS)) return true;
  }
  // "le porte-parole du FLA", "an FLA spokesman", "selon un responsable du FLA": a voice of the
  // group, telling of strikes or of a state force's deed.
  if (
    (stateNamed || sentenceHas(tokens, s, STRIKE_STEMS)) &&
    voiceOf(tokens, g) &&
    !sentenceHas(tokens, s, CLAIM_STEMS)
  )
    return true;
  // "accusée par le FLA", "un bilan publié par le FLA", "dénoncées par le FLA": who tells, not who did.
  let p = g.start - 1;
  while (p > s.first && (DETERMINERS.has(tokens[p].norm) || tokens[p].text === '(')) p--;
  if (['par', 'by'].includes(tokens[p]?.norm ?? '') && toldBy(tokens[p - 1]?.norm ?? '')) return true;
  // "Le Front de libération de l'Azawad (FLA) accuse": over the acronym in brackets;
  // "Tuareg rebels of the FLA accused": over the group named again.
  let tail = g.end;
  if (tokens[tail]?.text === '(' && tokens[tail + 2]?.text === ')') tail += 3;
  else if (tokens[tail]?.text === ')' && tokens[g.start - 1]?.text === '(') tail++;
  const again = findGroups(tokens, tail, Math.min(s.last, tail + 6)).find((x) => x.name === g.name);
  if (again && tokens.slice(tail, again.start).every((t) => OF_WORDS.has(t.norm) || DETERMINERS.has(t.norm)))
    tail = again.end;
  let k: number;
  // "the FLA separatists said", "le FLA a aussi affirmé": over the group's own nouns and an auxiliary.
  for (
    k = tail;
    k < Math.min(s.last, tail + 4) && (SPEAKER_AUX.has(tokens[k].norm) || REBEL_WORDS.has(tokens[k].norm));
    k++
  );
  const verb = tokens[k]?.norm ?? '';
  if (k >= s.last || hasStem(verb, CLAIM_STEMS)) return false;
  // "le FLA a fait état de 12 civils tués": a telling, not a deed.
  if (['fait', 'font', 'faisait'].includes(verb) && faitEtat(tokens, k, s.last)) return true;
  // "accuse l'armée d'avoir tué": the deed is the accused's.
  if (hasStem(verb, ACCUSING_STEMS)) return true;
  if (!SPEECH_WORDS.has(verb) || DEEDS_TOO.has(verb)) return false;
  // Whose deed it tells: its own ("avoir tué", "its fighters", "ses combattants") or another's —
  // "affirme que l'armée et ses alliés ont tué": a possessive after another force is that force's.
  const others = findGroups(tokens, k + 1, Math.min(s.last, k + 9)).filter((x) => x.name !== g.name);
  let deed = false;
  for (let j = k + 1; j < Math.min(s.last, k + 9); j++) {
    if (others.some((x) => x.end <= j) || ARMY_NOUNS.has(tokens[j].norm)) return true;
    // "its fighters killed 12" is its deed; "strikes killed 12 of its fighters", its losses.
    if (OWN_DEED.has(tokens[j].norm)) return deed;
    if (hasStem(tokens[j].norm, KILL_STEMS) || hasStem(tokens[j].norm, STRIKE_STEMS)) deed = true;
  }
  return true;
}

const toldBy = (w: string) => hasStem(w, TOLD_STEMS) || (SPEECH_WORDS.has(w) && !hasStem(w, CLAIM_STEMS));

/** Nouns of a group's voice: "le porte-parole du FLA", "an FLA spokesman", "un responsable du FLA". */
const VOICE_NOUNS = new Set([
  ...['porte-parole', 'responsable', 'responsables', 'cadre', 'cadres', 'chef', 'dirigeant', 'dirigeants'],
  ...['spokesman', 'spokesperson', 'spokeswoman', 'official', 'officials', 'leader', 'leaders'],
]);

function voiceOf(tokens: Token[], g: Found): boolean {
  if (VOICE_NOUNS.has(tokens[g.end]?.norm ?? '')) return true;
  // "the FLA's spokesman": the possessive between.
  if (
    tokens[g.end]?.text === "'" &&
    tokens[g.end + 1]?.norm === 's' &&
    VOICE_NOUNS.has(tokens[g.end + 2]?.norm ?? '')
  )
    return true;
  let k = g.start - 1;
  while (k > 0 && DETERMINERS.has(tokens[k].norm)) k--;
  if (!OF_WORDS.has(tokens[k]?.norm ?? '')) return false;
  return VOICE_NOUNS.has(tokens[k - 1]?.norm ?? '');
}

/** Words of a group's own noun phrase: "les rebelles touareg du", "the Tuareg separatists of". */
const GROUP_NOUN_WORDS = (w: string) =>
  DETERMINERS.has(w) || OF_WORDS.has(w) || FIGHTER_NOUNS.has(w) || PAIR_FILLERS.has(w) || REBEL_WORDS.has(w);

const REBEL_WORDS = new Set([
  ...['touareg', 'touaregs', 'tuareg', 'separatistes', 'separatist', 'separatists'],
  ...['rebels', 'rebelles', 'rebel', 'rebelle'],
]);

const SPEAKER_AUX = new Set([
  'a',
  'ont',
  'has',
  'have',
  'had',
  'avait',
  'avaient',
  'aussi',
  'also',
  'encore',
]);

/** The army named by its plain noun: "affirme que l'armée et ses alliés ont tué". */
const ARMY_NOUNS = new Set(['armee', 'army', 'military', 'militaires', 'soldats', 'soldiers', 'troops']);

/** Verbs of saying that also name a deed: "ont fait irruption", "ont avancé vers Kidal". */
const DEEDS_TOO = new Set(['fait', 'font', 'avance', 'avancent', 'poursuit', 'poursuivent']);

/** Verbs of blaming another: "le FLA accuse l'armée", "the FLA denounced". */
const ACCUSING_STEMS = ['accus', 'denonc', 'denounc', 'condamn', 'condemn', 'blam'];

/** Verbs of telling or blaming before "par"/"by": "accusée par", "publié par", "denounced by" (not "claimed by"). */
const TOLD_STEMS = [...ACCUSING_STEMS, 'publi', 'diffus', 'etabl', 'dement', 'deni'];

/** Words that make a speaker's figure its own deed: "avoir tué", "it killed", "ses combattants". */
export const OWN_DEED = new Set([
  ...['avoir', 'ayant', 'ses', 'leurs', 'nos', 'notre', 'nous'],
  ...['it', 'its', 'their', 'they', 'having', 'our', 'we', 'responsibility', 'responsabilite'],
]);

/** "groups linked to al-Qaeda or the Islamic State", "liés à Al-Qaïda et à Daech": a lineage. */
export function lineage(tokens: Token[], s: Sentence, g: Found): boolean {
  for (let j = g.start - 1; j >= Math.max(s.first, g.start - 8); j--) {
    if (['.', ';', ':', '(', ')'].includes(tokens[j].text) && j < g.start - 1) return false;
    // "linked to", "liés à", "affiliated with": the lineage word governs the parent named after it;
    // "the al-Qaeda affiliated JNIM claimed" names the child, an actor.
    if (LINEAGE_BEFORE.has(tokens[j].norm) && LINEAGE_PREPOSITIONS.has(tokens[j + 1]?.norm ?? ''))
      return true;
  }
  return false;
}

/** "les jihadistes de la Katiba Macina", "fighters of the Islamic State": the group's men. */
export function memberPhrase(tokens: Token[], g: Found): boolean {
  let k = g.start - 1;
  while (k > g.start - 3 && ['le', 'la', "l'", 'the', 'les'].includes(tokens[k]?.norm ?? '')) k--;
  return (
    ['du', 'de', "d'", 'of', 'des'].includes(tokens[k]?.norm ?? '') &&
    FIGHTER_NOUNS.has(tokens[k - 1]?.norm ?? '')
  );
}

/** Verbs of battle whose object is the other side: "fought JNIM militants", "ont combattu les jihadistes". */
const DIRECT_CLASH = new Set([
  ...['fought', 'battled', 'battling', 'engaged'],
  ...['combattu', 'combattent', 'combattaient', 'affronte', 'affrontent', 'affrontaient'],
]);
/** Verbs of a battle told by both its sides as their subject: "X et Y se sont affrontés", "X and Y clashed". */
const RECIPROCAL_CLASH = new Set(['affrontes', 'affrontees', 'affrontent', 'clashed']);
const BETWEEN_REACH = 10;
/** "fighting involving the army, Africa Corps and JNIM": all the sides after it, like "between". */
const INVOLVING = new Set(['involving', 'involved', 'impliquant']);
/** English verbs of setting two sides against each other, read as "opposer": "pitted X against Y". */
const PITTING = new Set(['pitted', 'pitting', 'pits']);

/** "entre"/"between" after the battle's word at c, within its clause: its index, or -1. */
function betweenAfter(tokens: Token[], s: Sentence, c: number): number {
  for (let k = c + 1; k < Math.min(s.last, c + 1 + BETWEEN_REACH); k++) {
    if (BETWEEN_WORDS.has(tokens[k].norm) || INVOLVING.has(tokens[k].norm)) return k;
    if (CLAUSE_ENDS.has(tokens[k].text)) return -1;
  }
  return -1;
}

/** How far a battle's word reaches for the sides it names, before and after it. */
const CLASH_REACH = 14;
const STATE_FORCES = new Set(['FAMa', 'Africa Corps', 'Barkhane']);
/** The word that names the other side after a verb of battle: "clashed with", "affrontés aux". */
const CLASH_LINKS = new Set(['with', 'against', 'avec', 'contre', 'a', 'aux']);

/**
 * "Des affrontements ont opposé les FAMa et Africa Corps aux combattants du JNIM", "fighting
 * between the Malian army and JNIM", "Malian troops clashed with JNIM fighters": a battle names
 * both its sides, a state force and a group, and both carried it out (SCHEMA.md's actors).
 * The groups of the battle's clause, or none when it does not name a side of each.
 */
/** "d'autre part", "on the other side/hand" after token c in the sentence: the index after it, or -1. */
function otherPartEnd(tokens: Token[], c: number, last: number): number {
  for (let k = c + 1; k < last; k++) {
    const w = tokens[k].norm;
    if (w === 'part' && tokens[k - 1]?.norm === 'autre') return k + 1;
    if ((w === 'side' || w === 'hand') && tokens[k - 1]?.norm === 'other') return k + 1;
  }
  return -1;
}

export function clashSides(tokens: Token[], s: Sentence, groups: Found[]): Found[] {
  for (let c = s.first; c < s.last; c++) {
    const w = tokens[c].norm;
    const opposing = w.startsWith('oppos') || PITTING.has(w);
    if (!CLASH_WORDS.has(w) && !DIRECT_CLASH.has(w) && !PITTING.has(w) && !hasStem(w, CLASH_STEMS)) continue;
    const next = tokens[c + 1]?.norm ?? '';
    // "combats entre X et Y": both sides after; "X clashed with Y", "ont opposé X à Y": around it.
    // "de violents combats ont eu lieu lundi près de Boni entre X et Y": "entre" later in the clause.
    const betweenAt = betweenAfter(tokens, s, c);
    const between = betweenAt >= 0;
    const direct = DIRECT_CLASH.has(w) && next !== 'off' && next !== 'back';
    // "se sont affrontés", "s'affrontent", "JNIM and the army clashed": both sides before it.
    const reflexive = ['se', "s'"].includes(tokens[c - 2]?.norm ?? '') || tokens[c - 1]?.norm === "s'";
    const reciprocal = RECIPROCAL_CLASH.has(w) && (reflexive || w === 'clashed');
    if (!between && !opposing && !CLASH_LINKS.has(next) && !direct && !reciprocal) continue;
    if (between) c = betweenAt;
    let from = c;
    while (!between && from > s.first && c - from < CLASH_REACH && !CLAUSE_ENDS.has(tokens[from - 1].text))
      from--;
    // "ont opposé lundi près de Tinzaouaten les FAMa et leurs alliés d'Africa Corps aux jihadistes du
    // JNIM": after the verb, the whole clause, where a time and a place may come first.
    let to = Math.min(s.last, c + 1 + CLASH_REACH);
    if (opposing)
      while (to < Math.min(s.last, c + 1 + 2 * CLASH_REACH) && !CLAUSE_ENDS.has(tokens[to].text)) to++;
    // "entre les FAMa d'une part, et les jihadistes du JNIM d'autre part": the second side's words close it.
    to = Math.max(to, otherPartEnd(tokens, c, s.last));
    const sides = groups.filter((g) => g.start >= from && g.end <= to);
    if (sides.some((g) => STATE_FORCES.has(g.name)) && sides.some((g) => !STATE_FORCES.has(g.name)))
      return sides;
    // "Le JNIM et l'EIGS se sont affrontés", "fighting between JNIM and ISSP": two groups at war.
    if ((between || reciprocal) && new Set(sides.map((g) => g.name)).size >= 2) return sides;
  }
  return [];
}

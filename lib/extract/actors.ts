/**
 * Canonical armed-group names (SCHEMA.md) and which of them carried out the attack:
 * a group named in a sentence that says who attacked or claimed it ("claimed by",
 * "revendiquée par", "attribués au JNIM", "by the JNIM"), not every group mentioned —
 * not a group named for its lineage ("linked to al-Qaeda"), as a target, or only in
 * a recalled attack when the main one has its own. State forces are actors when they
 * attacked: "the army raided", "civilians killed by the army and Africa Corps".
 */
import {
  AGENT_STEMS,
  AIR_STRIKE_STEMS,
  DEFENCE_STEMS,
  AGENT_WORDS,
  CIVILIAN_STEMS,
  CONDUCT_WORDS,
  DETERMINERS,
  EXECUTION_STEMS,
  hasStem,
  stemMatcher,
  IS_GENERIC,
  KILL_STEMS,
  NEGATIONS,
  NOT_AGENT_AFTER,
  PAIR_FILLERS,
  ACTIVE_OBJECT,
  PASSIVE_AUX,
  STATE_ATTACK_AFTER,
  STRIKE_STEMS,
  TARGET_BEFORE,
} from './lexicon-actors';
import { KIND_WORDS, SPEECH_WORDS, SUBJECT_WORDS } from './lexicon';
import { LOCALITY_NOUNS } from './lexicon-places';
import { WEEKDAYS } from './number-words';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { findGroups, type Found } from './groups';
import { deedInSentence, ownStrike, unclaimedStrike } from './strikes';
import {
  CLAUSE_ENDS,
  QUOTE_MARKS,
  HELD_STEMS,
  defender,
  lineage,
  memberPhrase,
  objectOfAttack,
  sentenceHas,
  victim,
} from './actor-roles';
import { OWN_DEED, speaker } from './group-speaker';
import { clashSides } from './clash-sides';
import { OF_WORDS } from './lexicon-np';
import { FORCE_NOUNS } from './np-complements';
import { COORDINATION, identifiedAttackers, pastCompanions } from './actor-clauses';
import { affiliateActor } from './affiliates';

const agentStem = stemMatcher([...AGENT_STEMS, ...EXECUTION_STEMS]);

/** Forces named as actors only when the text has them attack or kill. */
const STATE = new Set(['FAMa', 'Africa Corps', 'Barkhane']);

/** The year the CSP, which became the FLA, took up arms; earlier rebels of the north were other groups (MNLA, CMA). */
const FLA_SINCE = 2022;

/** The year Russian paramilitaries (Wagner, then Africa Corps) deployed in Mali. */
const RUSSIANS_SINCE = 2022;

/** Only "by"/"par" make a group the agent by position: "la zone d'opération du JNIM" does not. */
const AGENT_BEFORE = new Set(['by', 'par']);

/** Auxiliaries of the pluperfect: "cette attaque, revendiquée par X, avait coûté…" recalls an earlier one. */
const PLUPERFECT = new Set(['avait', 'avaient', 'had']);

const ACCUSED_STEMS = ['accus', 'suspect', 'soupcon', 'blam', 'believ', 'alleg'];

/** Words that still name a suspect after a denied claim: "suspected", "porte la signature du JNIM", "hallmarks". */
const SUSPICION_STEMS = [...ACCUSED_STEMS, 'signature', 'hallmark', 'soupcon', 'attribu', 'imput'];

/** Does the sentence hold a word that says someone carried out or claimed an attack? */
function hasAgentCue(tokens: Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) {
    const w = tokens[k].norm;
    if (!AGENT_WORDS.has(w) && !agentStem(w)) continue;
    // "has claimed thousands of lives" is a toll, not a claim of responsibility.
    let toll = false;
    for (let j = k + 1; j < Math.min(s.last, k + 5); j++)
      if (NOT_AGENT_AFTER.has(tokens[j].norm)) toll = true;
    if (!toll) return true;
  }
  return false;
}

/** Is the group the agent by its position: "by JNIM", "par le JNIM", "attribués au JNIM", "blamed on JNIM"? */
function agentBefore(tokens: Token[], g: Found): boolean {
  const prev = tokens[g.start - 1]?.norm ?? '';
  const prev2 = tokens[g.start - 2]?.norm ?? '';
  // "une zone contrôlée par le FLA": what it holds, not what it did.
  const by = AGENT_BEFORE.has(prev) ? g.start - 1 : AGENT_BEFORE.has(prev2) ? g.start - 2 : -1;
  if (by > 0 && hasStem(tokens[by - 1].norm, HELD_STEMS)) return false;
  if (AGENT_BEFORE.has(prev) || ['by', 'par'].includes(prev2)) return true;
  for (let j = g.start - 1; j >= Math.max(0, g.start - 4); j--)
    if (hasStem(tokens[j].norm, BLAMING)) return true;
  // "blamed the killings in Ogossagou on Monday on Dozo hunters", "imputé … au JNIM": the
  // preposition of the blame right before the group, its verb further back in the clause.
  const to = ['le', 'la', "l'", 'les', 'the'].includes(prev) ? prev2 : prev;
  if (!BLAMED_ON.has(to)) return false;
  for (let j = g.start - 2; j >= Math.max(0, g.start - 12); j--) {
    if (tokens[j].type === 'punct' && tokens[j].text !== "'") return false;
    if (hasStem(tokens[j].norm, BLAMING)) return true;
  }
  return false;
}
const BLAMING = ['attribu', 'imput', 'blam'];
/** What a blame is put on: "blamed on", "attribuée au", "imputés aux". */
const BLAMED_ON = new Set(['on', 'au', 'aux', 'a']);

/**
 * The deed a "by"/"par" at token j completes: "tués par", "tués lundi à Kéra par", "shot dead on
 * Monday in Kera by" — the nearest word before it that is not a time or a place; not "a statement
 * by", nor "des opérations de survol enregistrées par".
 */
function deedBefore(tokens: Token[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 8); k--) {
    const t = tokens[k];
    if (t.type === 'num' || t.text === ',' || ADVERBIAL.has(t.norm) || /^\p{Lu}/u.test(t.text)) continue;
    // "قتل 20 مدنيا على يد الجيش" read as "killed 20 civilians by the army": over the figure's noun.
    if (tokens[k - 1]?.type === 'num' && SUBJECT_WORDS.has(t.norm)) continue;
    const verb = t.norm;
    return (
      CONDUCT_WORDS.has(verb) ||
      hasStem(verb, KILL_STEMS) ||
      hasStem(verb, EXECUTION_STEMS) ||
      hasStem(verb, STRIKE_STEMS) ||
      hasStem(verb, STATE_ATTACK_AFTER) ||
      verb === 'dead'
    );
  }
  return false;
}

/** Words of a time or a place between a deed and "by": "tués lundi soir à Kéra par", "killed on Monday in Kera by". */
const ADVERBIAL = new Set([
  ...['a', 'à', 'en', 'au', 'aux', 'dans', 'pres', 'de', 'du', "d'", 'la', 'le', "l'", 'les', 'ce', 'cette'],
  ...['in', 'at', 'on', 'near', 'the', 'of', 'late', 'early', 'last', 'this'],
  ...WEEKDAYS,
  ...['soir', 'matin', 'nuit', 'morning', 'night', 'evening'],
  ...LOCALITY_NOUNS,
]);

/** Is a state force the attacker here: it attacked ("FAMa raided"), or it killed civilians? */
function stateAttacked(
  tokens: Token[],
  s: Sentence,
  g: Found,
  agent: boolean,
  coordinated: boolean,
  tail = g.end,
  fr = false,
): boolean {
  // "tués par l'armée", "a strike carried out by Barkhane" — not "a statement by the army".
  if (agent && !coordinated) {
    let j = g.start - 1;
    while (j > s.first && !['by', 'par'].includes(tokens[j].norm) && g.start - j < 4) j--;
    agent = ['by', 'par'].includes(tokens[j]?.norm ?? '') && deedBefore(tokens, j);
  }
  // "HRW accused the Malian army of killing", "blamed the military for the killings": the accused.
  let b = g.start - 1;
  while (b > s.first && DETERMINERS.has(tokens[b].norm)) b--;
  if (hasStem(tokens[b]?.norm ?? '', ['accus', 'blam', 'impute']) && deedInSentence(tokens, s)) return true;
  // Arabic's verb-subject-object, through its gloss: "قتل الجيش المالي 20 مدنيا", "killed the army 20 civilians".
  if (KIND_WORDS.get(tokens[g.start - 1]?.norm ?? '') === 'killed' && tokens[tail]?.type === 'num')
    return true;
  // "des frappes de drones de l'armée malienne ont visé…", "an air strike of the army": its own strike.
  if (ownStrike(tokens, s, g)) return true;
  // "L'armée a annoncé qu'une frappe aérienne a neutralisé 20 terroristes": the army telling its own strike.
  for (let k = tail; k < Math.min(s.last, tail + 3); k++) {
    if (!SPEECH_WORDS.has(tokens[k].norm)) continue;
    let strike = false;
    for (let j = k + 1; j < Math.min(s.last, k + 7); j++)
      if (hasStem(tokens[j].norm, AIR_STRIKE_STEMS)) strike = true;
    if (strike && deedInSentence(tokens, s)) return !sentenceHas(tokens, s, DEFENCE_STEMS);
  }
  let attacked = false;
  let killed = false;
  let conducted = false;
  let operation = false;
  // Quotation marks take no place in the window: 'said it had "neutralised" 12'.
  let reach = tail + 4;
  for (let k = tail; k < Math.min(s.last, reach); k++) if (QUOTE_MARKS.has(tokens[k].text)) reach++;
  for (let k = tail; k < Math.min(s.last, reach); k++) {
    const w = tokens[k].norm;
    if (QUOTE_MARKS.has(tokens[k].text)) continue;
    // "a FAMa patrol was attacked", "les FAMa ont réagi": a target or a defender.
    // "are accused of killing" still names the killers.
    if (PASSIVE_AUX.has(w) && hasStem(tokens[k + 1]?.norm ?? '', ACCUSED_STEMS)) continue;
    if (PASSIVE_AUX.has(w) || hasStem(w, DEFENCE_STEMS)) return false;
    // "soldiers die after an attack", "lors d'une attaque": the attack that follows is not theirs.
    if (TIME_PREPOSITIONS.has(w)) break;
    // "a" is the French auxiliary ("l'armée a tué"), not a determiner.
    if (DETERMINERS.has(tokens[k - 1].norm) && k > tail && !(fr && tokens[k - 1].norm === 'a')) continue;
    if (CONDUCT_WORDS.has(w)) conducted = true;
    else if (hasStem(w, STATE_ATTACK_AFTER)) attacked = true;
    // "soldats maliens tués" (a participle right after the name) are victims; "troops killed 30
    // civilians", "killed at least 30" is the deed.
    else if (hasStem(w, KILL_STEMS) && (k > tail || activeObject(tokens[k + 1]))) killed = true;
    // The army's own operation: "les FAMa ont neutralisé", "troops killed at least 50".
    if (KIND_WORDS.get(w) === 'killed' && (k > tail || activeObject(tokens[k + 1]))) operation = true;
  }
  if (attacked) return true;
  // "les FAMa ont neutralisé 20 terroristes", "troops killed at least 50 people": the army's own
  // operation — not its answer to an attack ("ont riposté, neutralisant", "repelled the assault").
  if (operation && !sentenceHas(tokens, s, DEFENCE_STEMS)) return true;
  // Civilians killed by the army, or a strike or operation the army or its partners carried out.
  const victims =
    sentenceHas(tokens, s, CIVILIAN_STEMS) ||
    sentenceHas(tokens, s, EXECUTION_STEMS) ||
    sentenceHas(tokens, s, STRIKE_STEMS);
  // "500 people were killed in Moura by Malian troops": the deed's agent, whoever its victims.
  return agent || (victims && (killed || conducted));
}

const TIME_PREPOSITIONS = new Set([
  'after',
  'apres',
  'lors',
  'during',
  'following',
  'suite',
  'pendant',
  'in',
  'dans',
]);
const activeObject = (t: Token | undefined) => !!t && (t.type === 'num' || ACTIVE_OBJECT.has(t.norm));

/** Sentences of a story's opening, where a group named beside an attack word is its actor. */
const LEDE_SENTENCES = 4;

const BLAME_STEMS = [...SUSPICION_STEMS, 'claim', 'revendiqu', 'responsab', 'responsib', 'perpetr'];

/** The group does the deed: "le JNIM a attaqué", "JNIM fighters ambushed", "le FLA a revendiqué". */
function doerBefore(tokens: Token[], s: Sentence, g: Found, tail: number): boolean {
  for (let k = tail; k < Math.min(s.last, tail + 5); k++) {
    const w = tokens[k].norm;
    if (CLAUSE_ENDS.has(tokens[k].text) || PASSIVE_AUX.has(w)) break;
    if (AGENT_WORDS.has(w) || agentStem(w) || hasStem(w, KILL_STEMS) || hasStem(w, STATE_ATTACK_AFTER))
      return true;
  }
  // "des massacres de civils par le groupe affilié à l'État islamique": the deed's author, described.
  for (let j = g.start - 1; j >= Math.max(s.first, g.start - 20); j--) {
    if (['.', ';', ':'].includes(tokens[j].text)) break;
    if (!AGENT_BEFORE.has(tokens[j].norm)) continue;
    for (let d = j - 1; d >= Math.max(s.first, j - 5); d--) {
      const w = tokens[d].norm;
      if (hasStem(w, EXECUTION_STEMS) || hasStem(w, STATE_ATTACK_AFTER) || KIND_WORDS.get(w) === 'killed')
        return true;
    }
    return deedBefore(tokens, j);
  }
  // "JNIM a diffusé une vidéo montrant ses combattants…": it tells of its own men's deed.
  for (let k = tail; k < Math.min(s.last, tail + 12); k++) if (OWN_DEED.has(tokens[k].norm)) return true;
  return memberPhrase(tokens, g);
}

/**
 * Tokens [from, to) join two forces into one pair: a coordination and only determiners and force
 * nouns ("et ses supplétifs russes d'", "and their Russian allies from").
 */
function pairedWith(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 6) return false;
  let and = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k].norm;
    if (COORDINATION.has(w) && w !== ',') and = true;
    else if (!PAIR_FILLERS.has(w) && w !== ',') return false;
  }
  return and || (to - from === 1 && tokens[from].norm === ',');
}

/** Does group b, after a at `from`, name the same force ("Russian mercenaries of the Africa Corps")? */
function sameForce(tokens: Token[], a: Found, b: Found, from: number): boolean {
  if (a.name !== b.name || b.start - from > 3) return false;
  // "ses supplétifs russes du groupe Wagner": the group's own word between.
  for (let k = from; k < b.start; k++)
    if (!OF_WORDS.has(tokens[k].norm) && !DETERMINERS.has(tokens[k].norm) && !FORCE_NOUNS.has(tokens[k].norm))
      return false;
  return true;
}

/** A claim word denied in its clause: "aucun groupe n'a revendiqué", "has not been claimed". */
function deniedClaim(tokens: Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) {
    if (!hasStem(tokens[k].norm, ['revendiqu', 'claim', 'revendicat'])) continue;
    for (let j = k - 1; j >= Math.max(s.first, k - 4); j--) {
      if (CLAUSE_ENDS.has(tokens[j].text)) break;
      if (NEGATIONS.has(tokens[j].norm)) return true;
    }
  }
  return false;
}

/** The groups said to have carried out the main attack. */
export function findActors(
  tokens: Token[],
  sentences: Sentence[],
  background: (i: number) => boolean,
  lang: string = 'en',
  year: number | null = null,
): string[] {
  const out: string[] = [];
  const recalled: string[] = [];
  const fr = lang === 'fr';
  for (const s of sentences) {
    if (background(s.index)) continue;
    const groups = findGroups(tokens, s.first, s.last);
    if (!groups.length) continue;
    const cue = hasAgentCue(tokens, s);
    // "No group has claimed the attack, but JNIM is active in the area": a denied claim names no one.
    const denied = deniedClaim(tokens, s);
    let pluperfect = false;
    for (let k = s.first; k < s.last; k++) if (PLUPERFECT.has(tokens[k].norm)) pluperfect = true;
    let lastAgent = -1;
    // "claimed by", "soupçonné", "porte la signature": words that name the author anywhere in a story.
    const blamed = sentenceHas(tokens, s, BLAME_STEMS);
    const stateNamed = groups.some((g) => STATE.has(g.name));
    // A battle in the lede names its two sides as its actors.
    if (s.index <= LEDE_SENTENCES && !pluperfect)
      for (const g of clashSides(tokens, s, groups)) if (!out.includes(g.name)) out.push(g.name);
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi];
      const prev = tokens[g.start - 1]?.norm ?? '';
      // "le Front de libération de l'Azawad (FLA)": the acronym in brackets has its name's role.
      const named = groups[gi - 1];
      if (prev === '(' && named && named.end === g.start - 1 && named.name === g.name) continue;
      if (lineage(tokens, s, g)) continue;
      if (!STATE.has(g.name) && speaker(tokens, s, g, stateNamed)) continue;
      // "by the army and Africa Corps": the second of a pair takes the first one's role.
      const coordinated = lastAgent >= 0 && pairedWith(tokens, lastAgent, g.start);
      const agent = agentBefore(tokens, g) || coordinated || identifiedAttackers(tokens, s, g);
      // "Malian soldiers and Russian mercenaries killed…": the verb follows the last of a pair.
      let tail = g.end;
      for (
        let n = gi + 1;
        n < groups.length &&
        (pairedWith(tokens, tail, groups[n].start) || sameForce(tokens, groups[n - 1], groups[n], tail));
        n++
      )
        tail = groups[n].end;
      // "Les FAMa, appuyées par les vecteurs aériens, ont neutralisé…", "Malian soldiers and their
      // foreign allies killed…": the force's verb comes after the companions it acted with.
      if (STATE.has(g.name)) tail = pastCompanions(tokens, s, tail);
      if (STATE.has(g.name) && !stateAttacked(tokens, s, g, agent, coordinated, tail, fr)) {
        continue;
      }
      // …unless the text suspects one, or names the attackers as its men ("les jihadistes de la Katiba Macina").
      if (denied && !agent && !sentenceHas(tokens, s, SUSPICION_STEMS) && !memberPhrase(tokens, g)) continue;
      if (!agent && victim(tokens, s, g)) continue;
      if (TARGET_BEFORE.has(prev) && !agent && !['des', 'of'].includes(prev)) continue;
      // "they attacked the dozo camp", "ont ciblé les chasseurs dozos": the object of an attack;
      // "les dozos ont pu repousser les assaillants": the defenders.
      if (!agent && (objectOfAttack(tokens, s, g) || defender(tokens, s, g))) continue;
      if (!cue && !agent && !STATE.has(g.name)) continue;
      // Deep in the story, a cue elsewhere in the sentence is not enough: the group must act there.
      if (!agent && s.index > LEDE_SENTENCES && !blamed && !doerBefore(tokens, s, g, tail)) continue;
      if (agent || STATE.has(g.name)) lastAgent = g.end;
      const list = pluperfect ? recalled : out;
      if (!list.includes(g.name)) list.push(g.name);
    }
  }
  // A group named only in a pluperfect sentence is the actor when the story names no other;
  // a strike from the air that killed, with no author named, is the army's.
  // Attackers named only by their lineage ("Al-Qaeda-linked militants attacked…") are that
  // lineage's group in Mali.
  const affiliate = () =>
    affiliateActor(
      tokens,
      sentences,
      LEDE_SENTENCES,
      (s) => !background(s.index) && hasAgentCue(tokens, s),
      year,
    );
  const lineal = out.length || recalled.length ? null : affiliate();
  const actors = out.length
    ? out
    : recalled.length
      ? recalled
      : lineal
        ? [lineal]
        : unclaimedStrike(tokens, sentences, background)
          ? ['FAMa']
          : [];
  // The Islamic State without a province: its West Africa province if the text names it, else the Sahel's.
  const iswap =
    actors.includes(IS_GENERIC) &&
    (actors.includes('ISWAP') || findGroups(tokens, 0, tokens.length).some((g) => g.name === 'ISWAP'));
  const named = actors.map((a) => (a === IS_GENERIC ? (iswap ? 'ISWAP' : 'ISSP') : a));
  // The FLA and the CSP it came from are of 2022 on: the rebels of an earlier year are other groups.
  // Russian forces are of 2022 on too: "foreign soldiers" of an earlier year were French or the UN's.
  return named.filter(
    (a, i) =>
      named.indexOf(a) === i &&
      !(a === 'FLA' && year !== null && year < FLA_SINCE) &&
      !(a === 'Africa Corps' && year !== null && year < RUSSIANS_SINCE),
  );
}

/**
 * Canonical armed-group names (SCHEMA.md) and which of them carried out the attack:
 * a group named in a sentence that says who attacked or claimed it ("claimed by",
 * "revendiquée par", "attribués au JNIM", "by the JNIM"), not every group mentioned —
 * not a group named for its lineage ("linked to al-Qaeda"), as a target, or only in
 * a recalled attack when the main one has its own. State forces are actors when they
 * attacked: "the army raided", "civilians killed by the army and Africa Corps".
 * The cues of an author are in agent-cues.ts, a state force's attack in state-attacker.ts,
 * the other roles a group plays in actor-roles.ts, group-speaker.ts and clash-sides.ts.
 */
import { HABITUAL_WORDS, IS_GENERIC, STATE_GROUPS, SUSPICION_STEMS, TARGET_BEFORE } from './lexicon-actors';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { findGroups, type Found } from './groups';
import { unclaimedStrike } from './strikes';
import { defender, lineage, memberPhrase, objectOfAttack, sentenceHas, victim } from './actor-roles';
import { speaker } from './group-speaker';
import { ownerOfObject, takenFrom } from './actor-objects';
import { clashSides, ensuingBattle } from './clash-sides';
import { agentBefore, deniedClaim, doerBefore, hasAgentCue, suspected } from './agent-cues';
import { stateAttacked } from './state-attacker';
import { apposition, identifiedAttackers, pastCompanions, toldBefore } from './actor-clauses';
import { affiliateActor, lineageGroups } from './affiliates';
import { openingSentences } from './furniture-lines';
import { carriedActor } from './actor-anaphora';
import { listedBefore, pairedWith, sameForce } from './force-pairs';
import { founder } from './group-origins';
import { bareArmyActed } from './bare-army';

/** Forces named as actors only when the text has them attack or kill. */

/** The year the CSP, which became the FLA, took up arms; earlier rebels of the north were other groups (MNLA, CMA). */
const FLA_SINCE = 2022;

/** The year Russian paramilitaries (Wagner, then Africa Corps) deployed in Mali. */
const RUSSIANS_SINCE = 2022;

/** Auxiliaries of the pluperfect: "cette attaque, revendiquée par X, avait coûté…" recalls an earlier one. */
const PLUPERFECT = new Set(['avait', 'avaient', 'had']);

/** Sentences of a story's opening, where a group named beside an attack word is its actor. */
const LEDE_SENTENCES = 4;

const BLAME_STEMS = [...SUSPICION_STEMS, 'claim', 'revendiqu', 'responsab', 'responsib', 'perpetr'];

/** The groups said to have carried out the main attack. */
export function findActors(
  tokens: Token[],
  sentences: Sentence[],
  background: (i: number) => boolean,
  lang: string = 'en',
  year: number | null = null,
  page: Set<number> = new Set(),
): string[] {
  const out: string[] = [];
  const recalled: string[] = [];
  const fr = lang === 'fr';
  // The story's opening: its first sentences, a "Lire aussi" line or a caption among them not counted.
  const lede = openingSentences(sentences, page, LEDE_SENTENCES + 1);
  for (const s of sentences) {
    if (background(s.index)) continue;
    const groups = findGroups(tokens, s.first, s.last);
    // "JNIM has besieged Boni since August. On Monday its fighters attacked a convoy": the group
    // the pronoun stands for.
    const carried = carriedActor(tokens, s, sentences[s.index - 1]);
    if (carried && !out.includes(carried)) out.push(carried);
    // "… tombé dans une embuscade du JNIM. De violents combats s'en sont suivis": the sides before.
    // "Des combats ont éclaté jeudi. D'un côté l'armée et Africa Corps, de l'autre le JNIM": the sides after.
    for (const side of [sentences[s.index - 1], sentences[s.index + 1]])
      if (!groups.length && side && lede.has(s.index) && lede.has(side.index) && !background(side.index))
        for (const g of ensuingBattle(tokens, s, findGroups(tokens, side.first, side.last)))
          if (!out.includes(g.name)) out.push(g.name);
    if (!groups.length) continue;
    sentenceActors(tokens, s, groups, fr, out, recalled, lede.has(s.index), sentences[s.index - 1]);
  }
  const actors = chosenActors(tokens, sentences, background, year, out, recalled, lede, fr);
  return canonicalActors(tokens, actors, year);
}

/** What a sentence says as a whole, read once for all the groups it names. */
interface SentenceFacts {
  /** A word of attack or claim in the sentence (hasAgentCue). */
  cue: boolean;
  /** "No group has claimed the attack" (deniedClaim). */
  denied: boolean;
  /** "avait coûté", "had killed": the sentence recalls an earlier attack. */
  pluperfect: boolean;
  /** "claimed by", "soupçonné": a word naming the author (BLAME_STEMS). */
  blamed: boolean;
  /** The state forces among the sentence's groups. */
  states: Found[];
  /** The sentence is one of the story's opening ones. */
  lede: boolean;
}

/** The facts of sentence s that bear on each of its groups: "claimed by", "No group has claimed", "avait". */
function sentenceFacts(tokens: Token[], s: Sentence, groups: Found[], lede: boolean): SentenceFacts {
  const cue = hasAgentCue(tokens, s);
  // "No group has claimed the attack, but JNIM is active in the area": a denied claim names no one.
  const denied = deniedClaim(tokens, s);
  let pluperfect = false;
  for (let k = s.first; k < s.last; k++)
    if (PLUPERFECT.has(tokens[k].norm) && !toldBefore(tokens, s, k)) pluperfect = true;
  // "claimed by", "soupçonné", "porte la signature": words that name the author anywhere in a story.
  const blamed = sentenceHas(tokens, s, BLAME_STEMS);
  const states = groups.filter((g) => STATE_GROUPS.has(g.name));
  return { cue, denied, pluperfect, blamed, states, lede };
}

/**
 * The actors among the groups of sentence s ("attribués au JNIM", "the army raided"), added to
 * `out`, or to `recalled` when the sentence is in the pluperfect.
 */
function sentenceActors(
  tokens: Token[],
  s: Sentence,
  groups: Found[],
  fr: boolean,
  out: string[],
  recalled: string[],
  lede: boolean,
  before?: Sentence,
): void {
  const facts = sentenceFacts(tokens, s, groups, lede);
  // "No group has claimed it, but Dozo hunters and jihadists linked to the Islamic State have both
  // been accused of attacks in the area": two suspects after a denied claim name no one.
  if (facts.denied && new Set(groups.filter((g) => !STATE_GROUPS.has(g.name)).map((g) => g.name)).size > 1)
    return;
  let lastAgent = -1;
  let lastTarget = -1;
  // A battle in the lede names its two sides as its actors.
  if (facts.lede && !facts.pluperfect)
    for (const g of clashSides(tokens, s, [...groups, ...lineageGroups(tokens, s)]))
      if (!out.includes(g.name)) out.push(g.name);
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi];
    // "selon le FLA, une coalition de rebelles touareg": named again in apposition, in the same role.
    if (gi > 0 && apposition(tokens, groups[gi - 1], g)) continue;
    if (otherRole(tokens, s, groups, gi, facts.states)) continue;
    // "by the army and Africa Corps": the second of a pair takes the first one's role.
    const coordinated = lastAgent >= 0 && pairedWith(tokens, lastAgent, g.start);
    const agent = agentBefore(tokens, g) || coordinated || identifiedAttackers(tokens, s, g);
    const tail = verbStart(tokens, s, groups, gi);
    // "a convoy of the Malian army and Africa Corps": the second of a pair met the first one's fate.
    const pairedTarget = lastTarget >= 0 && !agent && pairedWith(tokens, lastTarget, g.start);
    if (
      STATE_GROUPS.has(g.name) &&
      (pairedTarget || !stateAttacked(tokens, s, g, agent, coordinated, tail, fr, before))
    ) {
      lastTarget = g.end;
      continue;
    }
    if (!agent && notTheAuthor(tokens, s, g, tail, facts)) continue;
    if (agent || STATE_GROUPS.has(g.name)) lastAgent = g.end;
    const list = facts.pluperfect ? recalled : out;
    if (!list.includes(g.name)) list.push(g.name);
  }
}

/**
 * Group gi named in a role other than the attack's: the acronym after its name ("le Front de
 * libération de l'Azawad (FLA)"), a lineage ("linked to al-Qaeda"), a speaker ("selon le FLA").
 */
function otherRole(tokens: Token[], s: Sentence, groups: Found[], gi: number, states: Found[]): boolean {
  const g = groups[gi];
  const prev = tokens[g.start - 1]?.norm ?? '';
  // "le Front de libération de l'Azawad (FLA)": the acronym in brackets has its name's role.
  const named = groups[gi - 1];
  if (prev === '(' && named && named.end === g.start - 1 && named.name === g.name) return true;
  if (lineage(tokens, s, g) || habitual(tokens, s, g) || founder(tokens, s, groups, g)) return true;
  // "attacks by JNIM and the Islamic State": the second of a pair named in the first one's habit or lineage.
  const first = groups[gi - 1];
  if (
    first &&
    pairedWith(tokens, first.end, g.start) &&
    (lineage(tokens, s, first) || habitual(tokens, s, first))
  )
    return true;
  return !STATE_GROUPS.has(g.name) && speaker(tokens, s, g, states);
}

/** How far back a habit's adverb may stand before the group: "régulièrement visée par des éléments de". */
const HABIT_REACH = 8;
const HABIT_CLAUSE_ENDS = new Set([',', ';', ':', '.', 'mais', 'but', 'et', 'and']);

/** "la zone est régulièrement visée par la katiba Macina": a group named in its clause of habit. */
function habitual(tokens: Token[], s: Sentence, g: Found): boolean {
  for (let k = g.start - 1; k >= Math.max(s.first, g.start - HABIT_REACH); k--) {
    const w = tokens[k].norm;
    if (HABIT_CLAUSE_ENDS.has(w)) return false;
    if (HABITUAL_WORDS.has(w)) return true;
  }
  return false;
}

/**
 * Where the verb of group gi is looked for: past the groups paired with it ("Malian soldiers and
 * Russian mercenaries killed…") and, for a state force, past its companions.
 */
function verbStart(tokens: Token[], s: Sentence, groups: Found[], gi: number): number {
  const g = groups[gi];
  // "Malian soldiers and Russian mercenaries killed…": the verb follows the last of a pair.
  let tail = g.end;
  for (
    let n = gi + 1;
    n < groups.length &&
    (pairedWith(tokens, tail, groups[n].start) ||
      sameForce(tokens, groups[n - 1], groups[n], tail) ||
      listedBefore(tokens, groups, n, tail));
    n++
  )
    tail = groups[n].end;
  // "Les FAMa, appuyées par les vecteurs aériens, ont neutralisé…", "Malian soldiers and their
  // foreign allies killed…": the force's verb comes after the companions it acted with.
  if (STATE_GROUPS.has(g.name)) tail = pastCompanions(tokens, s, tail);
  return tail;
}

/**
 * A group without an agent cue before it that is not the author: beside a denied claim, a victim,
 * a target ("contre le JNIM"), the object or defender of an attack ("attacked the dozo camp"), in
 * a sentence without a cue, or deep in the story without acting there.
 */
function notTheAuthor(tokens: Token[], s: Sentence, g: Found, tail: number, facts: SentenceFacts): boolean {
  const prev = tokens[g.start - 1]?.norm ?? '';
  // A denied claim names no one…
  // …unless the text suspects one, or names the attackers as its men ("les jihadistes de la Katiba Macina").
  if (facts.denied && !suspected(tokens, s) && !memberPhrase(tokens, g)) return true;
  if (victim(tokens, s, g) || takenFrom(tokens, s, g)) return true;
  if (TARGET_BEFORE.has(prev) && !['des', 'of'].includes(prev)) return true;
  // "they attacked the dozo camp", "ont ciblé les chasseurs dozos": the object of an attack;
  // "les dozos ont pu repousser les assaillants": the defenders.
  if (objectOfAttack(tokens, s, g) || defender(tokens, s, g)) return true;
  // "l'armée a saisi 20 motos des terroristes du JNIM": the owner of what the deed took.
  if (ownerOfObject(tokens, s, g)) return true;
  if (!facts.cue && !STATE_GROUPS.has(g.name)) return true;
  // Deep in the story, a cue elsewhere in the sentence is not enough: the group must act there.
  return !facts.lede && !facts.blamed && !doerBefore(tokens, s, g, tail);
}

/**
 * The actors when the sentences name none in the present: those of a pluperfect sentence, a
 * lineage's group ("Al-Qaeda-linked militants attacked…"), the army for a strike from the air.
 */
function chosenActors(
  tokens: Token[],
  sentences: Sentence[],
  background: (i: number) => boolean,
  year: number | null,
  out: string[],
  recalled: string[],
  lede: Set<number>,
  fr: boolean,
): string[] {
  // A group named only in a pluperfect sentence is the actor when the story names no other;
  // a strike from the air that killed, with no author named, is the army's.
  // Attackers named only by their lineage ("Al-Qaeda-linked militants attacked…") are that
  // lineage's group in Mali.
  const affiliate = () =>
    affiliateActor(tokens, sentences, lede, (s) => !background(s.index) && hasAgentCue(tokens, s), year);
  const lineal = out.length || recalled.length ? null : affiliate();
  return out.length
    ? out
    : recalled.length
      ? recalled
      : lineal
        ? [lineal]
        : unclaimedStrike(tokens, sentences, background) ||
            bareArmyActed(tokens, sentences, lede, background, fr)
          ? ['FAMa']
          : [];
}

/**
 * The actors' names for the year told: the Islamic State's province ("ISWAP", else "ISSP"), no
 * FLA or Africa Corps before 2022, each name once.
 */
function canonicalActors(tokens: Token[], actors: string[], year: number | null): string[] {
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

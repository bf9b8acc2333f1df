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
  AGENT_WORDS,
  CIVILIAN_STEMS,
  CONDUCT_WORDS,
  DETERMINERS,
  EXECUTION_STEMS,
  FOLLOWER_WORDS,
  GROUP_NAMES,
  hasStem,
  stemMatcher,
  IS_GENERIC,
  KILL_STEMS,
  LEADERS,
  LINEAGE_BEFORE,
  NOT_AGENT_AFTER,
  PASSIVE_AUX,
  STATE_ATTACK_AFTER,
  STRIKE_STEMS,
  TARGET_BEFORE,
  UNIT_NAMES,
  UNIT_WORDS,
} from './lexicon-actors';
import { PhraseSet } from './phrases';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

const GROUPS = new PhraseSet<string>(GROUP_NAMES);
const agentStem = stemMatcher([...AGENT_STEMS, ...EXECUTION_STEMS]);
const STATE = new Set(['FAMa', 'Africa Corps', 'Barkhane']);
const AGENT_BEFORE = new Set(['by', 'par', 'du']);
const COORDINATION = new Set(['et', 'and', ',', '&']);
/** Auxiliaries of the pluperfect: "cette attaque, revendiquée par X, avait coûté…" recalls an earlier one. */
const PLUPERFECT = new Set(['avait', 'avaient', 'had']);
const LINEAGE_PREPOSITIONS = new Set(['to', 'with', 'of', 'a', 'au', 'aux', 'de', 'du', "d'", 'des', 'avec']);
const ACCUSED_STEMS = ['accus', 'suspect', 'soupcon', 'blam', 'believ', 'alleg'];
const CLAUSE_ENDS = new Set([',', ';', ':', '.', '(', ')']);
/** Losses words after a passive auxiliary: "ont été neutralisés", "were arrested". */
const VICTIM_STEMS = ['neutralis', 'neutraliz', 'arret', 'arrest', 'captur', 'bless', 'wound', 'elimin'];
const SKIPPABLE = new Set(['de', 'du', "d'", 'la', 'le', "l'", 'des', 'of', 'the', 'amadou', 'iyad', 'ag']);

type Found = { name: string; start: number; end: number };

/** "Katibat du Macina", "les hommes d'Amadou Koufa", "Koufa's fighters". */
function namedByUnitOrLeader(tokens: Token[], k: number, to: number): Found | null {
  const w = tokens[k].norm;
  if (UNIT_WORDS.has(w)) {
    let j = k + 1;
    while (j < to && j < k + 3 && SKIPPABLE.has(tokens[j].norm)) j++;
    const name = UNIT_NAMES.get(tokens[j]?.norm ?? '');
    if (j < to && name) return { name, start: k, end: j + 1 };
  }
  const group = LEADERS.get(w);
  if (group) {
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
      if (FOLLOWER_WORDS.has(tokens[j].norm)) return { name: group, start: j, end: k + 1 };
      if (!SKIPPABLE.has(tokens[j].norm)) break;
    }
    for (let j = k + 1; j < Math.min(to, k + 4); j++)
      if (FOLLOWER_WORDS.has(tokens[j].norm)) return { name: group, start: k, end: j + 1 };
  }
  return null;
}

/** Canonical name of each group mentioned in tokens [from, to). */
export function findGroups(tokens: Token[], from: number, to: number): Found[] {
  const out: Found[] = GROUPS.findAll(tokens, from, to).map((m) => ({
    name: m.value,
    start: m.start,
    end: m.end,
  }));
  for (let k = from; k < to; k++) {
    const f = namedByUnitOrLeader(tokens, k, to);
    if (f && !out.some((o) => o.start <= f.start && o.end > f.start)) out.push(f);
  }
  return out.sort((a, b) => a.start - b.start);
}

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

function sentenceHas(tokens: Token[], s: Sentence, stems: readonly string[]): boolean {
  for (let k = s.first; k < s.last; k++) if (hasStem(tokens[k].norm, stems)) return true;
  return false;
}

/** Is the group the agent by its position: "by JNIM", "par le JNIM", "attribués au JNIM", "blamed on JNIM"? */
function agentBefore(tokens: Token[], g: Found): boolean {
  const prev = tokens[g.start - 1]?.norm ?? '';
  const prev2 = tokens[g.start - 2]?.norm ?? '';
  if (AGENT_BEFORE.has(prev) || ['by', 'par'].includes(prev2)) return true;
  for (let j = g.start - 1; j >= Math.max(0, g.start - 4); j--)
    if (hasStem(tokens[j].norm, ['attribu', 'imput', 'blam'])) return true;
  return false;
}

/** Is a state force the attacker here: it attacked ("FAMa raided"), or it killed civilians? */
function stateAttacked(
  tokens: Token[],
  s: Sentence,
  g: Found,
  agent: boolean,
  coordinated: boolean,
  tail = g.end,
): boolean {
  // "tués par l'armée", "a strike carried out by Barkhane" — not "a statement by the army".
  if (agent && !coordinated) {
    let j = g.start - 1;
    while (j > s.first && !['by', 'par'].includes(tokens[j].norm) && g.start - j < 4) j--;
    const verb = tokens[j - 1]?.norm ?? '';
    agent =
      ['by', 'par'].includes(tokens[j]?.norm ?? '') &&
      (CONDUCT_WORDS.has(verb) ||
        hasStem(verb, KILL_STEMS) ||
        hasStem(verb, EXECUTION_STEMS) ||
        hasStem(verb, STRIKE_STEMS) ||
        hasStem(verb, STATE_ATTACK_AFTER));
  }
  let attacked = false;
  let killed = false;
  let conducted = false;
  for (let k = tail; k < Math.min(s.last, tail + 4); k++) {
    const w = tokens[k].norm;
    // "a FAMa patrol was attacked", "les FAMa ont réagi": a target or a defender.
    // "are accused of killing" still names the killers.
    if (PASSIVE_AUX.has(w) && hasStem(tokens[k + 1]?.norm ?? '', ACCUSED_STEMS)) continue;
    if (PASSIVE_AUX.has(w) || w === 'reagi' || w === 'riposte') return false;
    if (DETERMINERS.has(tokens[k - 1].norm) && k > tail) continue;
    if (CONDUCT_WORDS.has(w)) conducted = true;
    else if (hasStem(w, STATE_ATTACK_AFTER)) attacked = true;
    // "soldats maliens tués" (a participle right after the name) are victims.
    else if (hasStem(w, KILL_STEMS) && k > tail) killed = true;
  }
  if (attacked) return true;
  // Civilians killed by the army, or a strike or operation the army or its partners carried out.
  const victims =
    sentenceHas(tokens, s, CIVILIAN_STEMS) ||
    sentenceHas(tokens, s, EXECUTION_STEMS) ||
    sentenceHas(tokens, s, STRIKE_STEMS);
  return victims && (agent || killed || conducted);
}

/** "des combattants du JNIM ont été neutralisés", "ISSP fighters were killed": the group's losses. */
function victim(tokens: Token[], s: Sentence, g: Found): boolean {
  for (let k = g.end; k < Math.min(s.last - 1, g.end + 5); k++) {
    if (CLAUSE_ENDS.has(tokens[k].text)) return false;
    if (PASSIVE_AUX.has(tokens[k].norm)) {
      const next = tokens[k + 1].norm;
      return hasStem(next, KILL_STEMS) || hasStem(next, VICTIM_STEMS);
    }
  }
  return false;
}

/** "groups linked to al-Qaeda or the Islamic State", "liés à Al-Qaïda et à Daech": a lineage. */
function lineage(tokens: Token[], s: Sentence, g: Found): boolean {
  for (let j = g.start - 1; j >= Math.max(s.first, g.start - 8); j--) {
    if (['.', ';', ':', '(', ')'].includes(tokens[j].text) && j < g.start - 1) return false;
    // "linked to", "liés à", "affiliated with": the lineage word governs the parent named after it;
    // "the al-Qaeda affiliated JNIM claimed" names the child, an actor.
    if (LINEAGE_BEFORE.has(tokens[j].norm) && LINEAGE_PREPOSITIONS.has(tokens[j + 1]?.norm ?? ''))
      return true;
  }
  return false;
}

/** The groups said to have carried out the main attack. */
export function findActors(
  tokens: Token[],
  sentences: Sentence[],
  background: (i: number) => boolean,
): string[] {
  const out: string[] = [];
  const recalled: string[] = [];
  for (const s of sentences) {
    if (background(s.index)) continue;
    const groups = findGroups(tokens, s.first, s.last);
    if (!groups.length) continue;
    const cue = hasAgentCue(tokens, s);
    let pluperfect = false;
    for (let k = s.first; k < s.last; k++) if (PLUPERFECT.has(tokens[k].norm)) pluperfect = true;
    let lastAgent = -1;
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi];
      const prev = tokens[g.start - 1]?.norm ?? '';
      if (lineage(tokens, s, g)) continue;
      // "by the army and Africa Corps": the second of a pair takes the first one's role.
      const coordinated = COORDINATION.has(prev) && lastAgent >= 0 && g.start - lastAgent <= 3;
      const agent = agentBefore(tokens, g) || coordinated;
      // "Malian soldiers and Russian mercenaries killed…": the verb follows the last of a pair.
      let tail = g.end;
      for (let n = gi + 1; n < groups.length && groups[n].start - tail <= 2; n++) {
        const between = tokens.slice(tail, groups[n].start).map((t) => t.norm);
        if (!between.some((w) => COORDINATION.has(w))) break;
        if (!between.every((w) => COORDINATION.has(w) || ['des', 'les', 'the', 'la', 'le', "l'"].includes(w)))
          break;
        tail = groups[n].end;
      }
      if (STATE.has(g.name) && !stateAttacked(tokens, s, g, agent, coordinated, tail)) continue;
      if (!agent && victim(tokens, s, g)) continue;
      if (TARGET_BEFORE.has(prev) && !agent && !['des', 'of'].includes(prev)) continue;
      if (!cue && !agent) continue;
      if (agent) lastAgent = g.end;
      const list = pluperfect ? recalled : out;
      if (!list.includes(g.name)) list.push(g.name);
    }
  }
  // A group named only in a pluperfect sentence is the actor when the story names no other.
  const actors = out.length ? out : recalled;
  // The Islamic State without a province: its West Africa province if the text names it, else the Sahel's.
  const iswap =
    actors.includes(IS_GENERIC) &&
    (actors.includes('ISWAP') || findGroups(tokens, 0, tokens.length).some((g) => g.name === 'ISWAP'));
  const named = actors.map((a) => (a === IS_GENERIC ? (iswap ? 'ISWAP' : 'ISSP') : a));
  return named.filter((a, i) => named.indexOf(a) === i);
}

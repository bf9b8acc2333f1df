/**
 * A force's defence, not its attack: the sentence tells a riposte ("ont riposté", "repelled",
 * "struck back"), an attack on the force's own post ("attacked an army post"), or the killing of
 * the attackers ("ont neutralisé 30 assaillants"). Used by state-attacker.ts: the force's killing
 * in such a sentence makes it no actor.
 */
import { ATTACKER_NOUNS, defenceAt, isKillWord, UNIT_NOUNS } from './lexicon-actors';
import { isAttackWord, KIND_WORDS } from './lexicon';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/** Does sentence s tell a force's defence or riposte ("ont riposté", "repelled", "struck back")? */
export function defends(tokens: Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++)
    if (defenceAt(tokens, k) || ownPostAttacked(tokens, s, k) || attackersKilled(tokens, s, k)) return true;
  return false;
}

/** How far before the attackers' noun the killing may stand: "ont neutralisé une trentaine d'assaillants". */
const ATTACKERS_REACH = 5;

/** "had killed 30 attackers", "ont neutralisé 30 assaillants": the force killed those who attacked it. */
function attackersKilled(tokens: Token[], s: Sentence, k: number): boolean {
  if (!ATTACKER_NOUNS.has(tokens[k].norm)) return false;
  for (let j = k - 1; j >= Math.max(s.first, k - ATTACKERS_REACH); j--)
    if (KIND_WORDS.get(tokens[j].norm) === 'killed' || isKillWord(tokens[j].norm)) return true;
  return false;
}

/** Words that make a post the force's own: "an army post", "le camp militaire", "ses positions". */
const OWN_POST_WORDS = new Set([
  ...['army', 'military', 'its', 'their', 'malian', 'fama', 'soldiers', 'troops'],
  ...['armee', 'militaire', 'militaires', 'ses', 'leurs', 'leur', 'son', 'sa', 'securite'],
]);
/** How far after the attack's word the attacked post may stand: "attacked an army post", "l'attaque contre le camp militaire". */
const POST_REACH = 5;

/**
 * Does the word at k tell an attack on the force's own post ("20 militants who attacked an army
 * post", "les assaillants qui ont attaqué le camp militaire", "an attack on its positions")? The
 * force's killing in that sentence is its defence.
 */
function ownPostAttacked(tokens: Token[], s: Sentence, k: number): boolean {
  if (!isAttackWord(tokens[k])) return false;
  for (let j = k + 1; j < Math.min(s.last, k + 1 + POST_REACH); j++) {
    if (!UNIT_NOUNS.has(tokens[j].norm)) continue;
    for (let d = j - 2; d <= j + 2; d++)
      if (d !== j && OWN_POST_WORDS.has(tokens[d]?.norm ?? '')) return true;
    return false;
  }
  return false;
}

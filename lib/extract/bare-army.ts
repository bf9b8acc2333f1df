/**
 * The army named by its plain noun as the doer of a killing of civilians, when the story names no
 * group at all: "Soldiers killed 20 civilians in Boni", "des militaires ont exécuté 20 villageois",
 * "tués par des militaires". In a report of Mali the soldiers are the FAMa. Only a fallback, and
 * only for civilians: the army's plain noun beside a named group, or killing militants, is often
 * the army answering an attack (measured on dev: read so, it named the army in others' attacks).
 */
import { sentenceHas } from './actor-roles';
import { findGroups } from './groups';
import { SPEECH_WORDS } from './lexicon';
import { ARMY_NOUNS, CIVILIAN_STEMS, EXECUTION_STEMS, STATE_GROUPS } from './lexicon-actors';
import type { Sentence } from './sentences';
import { stateAttacked } from './state-attacker';
import type { Token } from './tokens';

/** The word of a count before its noun: "dozens of soldiers", "des dizaines de soldats" (not "des", an article). */
const COUNT_OF = new Set(['of', 'de', "d'"]);

/** Does an opening sentence have the army, by its plain noun, attack or kill? */
export function bareArmyActed(
  tokens: Token[],
  sentences: Sentence[],
  lede: Set<number>,
  background: (i: number) => boolean,
  fr: boolean,
): boolean {
  for (const s of sentences) {
    // A headline's words are too few to tell the doer ("Army, Islamists Should End Atrocities").
    if (!lede.has(s.index) || background(s.index) || s.headline) continue;
    // Civilians killed: a deed against militants is as often the army's answer to their attack.
    if (!sentenceHas(tokens, s, CIVILIAN_STEMS) && !sentenceHas(tokens, s, EXECUTION_STEMS)) continue;
    for (let k = s.first; k < s.last; k++) {
      if (!ARMY_NOUNS.has(tokens[k].norm)) continue;
      // "12 soldiers were killed", "dozens of soldiers", "trois militaires": a count makes them victims.
      if (tokens[k - 1]?.type === 'num' || COUNT_OF.has(tokens[k - 1]?.norm ?? '')) continue;
      const agent =
        ['by', 'par'].includes(tokens[k - 1]?.norm ?? '') ||
        ['by', 'par'].includes(tokens[k - 2]?.norm ?? '');
      // "Le JNIM affirme que l'armée a tué 30 civils": an armed group's word against the army.
      if (groupSaysBefore(tokens, s, k)) continue;
      const g = { name: 'FAMa', start: k, end: k + 1 };
      if (stateAttacked(tokens, s, g, agent, false, k + 1, fr, sentences[s.index - 1])) return true;
    }
  }
  return false;
}

/** Is the word at k inside what a non-state group says: a group, then a verb of saying, before it? */
function groupSaysBefore(tokens: Token[], s: Sentence, k: number): boolean {
  const group = findGroups(tokens, s.first, k).find((g) => !STATE_GROUPS.has(g.name));
  if (!group) return false;
  for (let j = group.end; j < k; j++) if (SPEECH_WORDS.has(tokens[j].norm)) return true;
  return false;
}

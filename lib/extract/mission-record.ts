/**
 * The record of a mission, told in its own sentence: "la Minusma, mission de l'ONU la plus
 * meurtrière au monde, a perdu 170 Casques bleus", "the UN's deadliest mission has lost 170
 * peacekeepers", "la mission la plus dangereuse de l'ONU". Its figures are a total since the
 * mission began (SCHEMA.md's background). Used by background.ts.
 */
import { namesADay } from './background-cues';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/** A mission, by its noun or its name. */
const MISSION_WORDS = new Set(['mission', 'missions', 'minusma', 'operation']);
/** Its danger, as a superlative: "la plus meurtrière", "deadliest", "the most dangerous". */
const DANGER_WORDS = new Set([
  ...['meurtriere', 'meurtrieres', 'dangereuse', 'dangereuses', 'couteuse', 'exposee'],
  ...['deadliest', 'dangerous', 'costliest', 'deadly'],
]);
const SUPERLATIVE_MARKS = new Set(['plus', 'most']);
/** How far apart the mission and its superlative may stand: "mission de maintien de la paix la plus meurtrière". */
const REACH = 8;

/** A superlative of danger at k: "plus meurtrière", "most dangerous", "deadliest". */
function dangerAt(tokens: Token[], k: number): boolean {
  const w = tokens[k].norm;
  if (!DANGER_WORDS.has(w)) return false;
  return w.endsWith('est') || SUPERLATIVE_MARKS.has(tokens[k - 1]?.norm ?? '');
}

/** Does sentence s tell a mission's record, with no day of its own? */
export function missionRecord(tokens: Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) {
    if (!dangerAt(tokens, k)) continue;
    for (let j = Math.max(s.first, k - REACH); j < Math.min(s.last, k + REACH); j++)
      if (MISSION_WORDS.has(tokens[j].norm)) return !namesADay(tokens, s);
  }
  return false;
}

/**
 * A group carried to the deed by a pronoun: "JNIM fighters have besieged Boni since August. On
 * Monday they attacked a convoy", "Le JNIM impose un blocus à Boni. Lundi, ses combattants ont
 * attaqué un convoi". The sentence of the deed names no group; the one it stands for opens the
 * sentence before, or the clause before the pronoun. Used by actors.ts.
 */
import { ACTIVE_AUXILIARIES, isAdverb, isAttackWord, KIND_WORDS, POSSESSIVES } from './lexicon';
import { PLURAL_PRONOUNS } from './losing-side';
import { STATE_GROUPS } from './lexicon-actors';
import { MEMBER_NOUNS } from './actor-roles';
import { findGroups } from './groups';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/** Words between the pronoun and its verb: "they then attacked", "ils ont ensuite attaqué". */
const VERB_FILLERS = new Set([...ACTIVE_AUXILIARIES, 'then', 'also', 'ensuite', 'alors', 'aussi']);
const FILLER_REACH = 3;
/** How far into its sentence the antecedent may stand: "Les jihadistes du JNIM assiègent…". */
const SUBJECT_REACH = 5;

/** Where a pronoun or "its fighters" opens a verb of attack in s: the pronoun's index, or -1. */
function pronounDeed(tokens: Token[], s: Sentence): number {
  for (let k = s.first; k < s.last; k++) {
    const w = tokens[k].norm;
    const own = POSSESSIVES.has(w) && MEMBER_NOUNS.has(tokens[k + 1]?.norm ?? '');
    if (!PLURAL_PRONOUNS.has(w) && !own) continue;
    let j = k + (own ? 2 : 1);
    const reach = j + FILLER_REACH;
    while (j < Math.min(s.last, reach) && (VERB_FILLERS.has(tokens[j].norm) || isAdverb(tokens[j]))) j++;
    const t = tokens[j];
    if (t && (isAttackWord(t) || KIND_WORDS.get(t.norm) === 'killed')) return k;
  }
  return -1;
}

/**
 * The group a pronoun of s carries to its deed, when s names none itself: the one that opens the
 * clause before the pronoun in s, else the sentence before; not a state force.
 */
export function carriedActor(tokens: Token[], s: Sentence, before: Sentence | undefined): string | null {
  const at = pronounDeed(tokens, s);
  if (at < 0) return null;
  const opening = (from: number, to: number) =>
    findGroups(tokens, from, to).find((g) => g.start < from + SUBJECT_REACH && !STATE_GROUPS.has(g.name));
  const own = findGroups(tokens, s.first, at);
  if (own.length) return opening(s.first, at)?.name ?? null;
  return before ? (opening(before.first, before.last)?.name ?? null) : null;
}

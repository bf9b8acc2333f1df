/**
 * Armed groups and forces named in a text, by their canonical names (SCHEMA.md): by any of
 * their names ("GSIM", "Jama'at Nusrat al-Islam"), by a unit ("Katibat du Macina") or by a
 * leader's men ("les hommes d'Amadou Koufa").
 */
import { FOLLOWER_WORDS, GROUP_NAMES, LEADERS, UNIT_NAMES, UNIT_WORDS } from './lexicon-actors';
import { PhraseSet } from './phrases';
import type { Token } from './tokens';

const GROUPS = new PhraseSet<string>(GROUP_NAMES);

const SKIPPABLE = new Set(['de', 'du', "d'", 'la', 'le', "l'", 'des', 'of', 'the', 'amadou', 'iyad', 'ag']);
/** "fighters loyal to Iyad Ag Ghaly", "les combattants fidèles à Amadou Koufa": between the men and their leader. */
const LOYAL = new Set([...SKIPPABLE, 'loyal', 'loyaux', 'to', 'a']);

export type Found = { name: string; start: number; end: number };

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
    for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
      if (FOLLOWER_WORDS.has(tokens[j].norm)) return { name: group, start: j, end: k + 1 };
      if (!LOYAL.has(tokens[j].norm)) break;
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

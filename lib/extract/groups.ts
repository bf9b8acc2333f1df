/**
 * Armed groups and forces named in a text, by their canonical names (SCHEMA.md): by any of
 * their names ("GSIM", "Jama'at Nusrat al-Islam"), by a unit ("Katibat du Macina") or by a
 * leader's men ("les hommes d'Amadou Koufa").
 */
import {
  ARMY_NOUNS,
  FOLLOWER_WORDS,
  FULANI,
  GROUP_NAMES,
  IDENTITY,
  LEADERS,
  LINK_TAILS,
  PAIR_FILLERS,
  UNIT_NAMES,
  UNIT_WORDS,
} from './lexicon-actors';
import { PhraseSet } from './phrases';
import type { Token } from './tokens';

const GROUPS = new PhraseSet<string>(GROUP_NAMES);

const SKIPPABLE = new Set(['de', 'du', "d'", 'la', 'le', "l'", 'des', 'of', 'the', 'amadou', 'iyad', 'ag']);
/** "fighters loyal to Iyad Ag Ghaly", "les combattants fidèles à Amadou Koufa": between the men and their leader. */
const LOYAL = new Set([...SKIPPABLE, 'loyal', 'loyaux', 'to', 'a']);

export type Found = { name: string; start: number; end: number };

/** A leader's group by his name, with or without its article: "Sahraoui", "al-Sahraoui", "el-Sahrawi". */
function leaderGroup(w: string): string | undefined {
  return LEADERS.get(w) ?? LEADERS.get(w.replace(/^(al|el)-/, ''));
}

/** A forename before a leader's name: "Amadou", "Abou Walid", "Iyad Ag" — capitalised, or "ag", "ould". */
function leaderForename(t: Token): boolean {
  return t.type === 'word' && (/^\p{Lu}\p{Ll}/u.test(t.text) || t.norm === 'ag' || t.norm === 'ould');
}

/** "Katibat du Macina", "les hommes d'Amadou Koufa", "Koufa's fighters". */
function namedByUnitOrLeader(tokens: Token[], k: number, to: number): Found | null {
  const w = tokens[k].norm;
  if (UNIT_WORDS.has(w)) {
    let j = k + 1;
    while (j < to && j < k + 3 && SKIPPABLE.has(tokens[j].norm)) j++;
    const name = UNIT_NAMES.get(tokens[j]?.norm ?? '');
    if (j < to && name) return { name, start: k, end: j + 1 };
  }
  const group = leaderGroup(w);
  if (group) {
    for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
      if (FOLLOWER_WORDS.has(tokens[j].norm)) return { name: group, start: j, end: k + 1 };
      // "les hommes d'Abou Walid al-Sahraoui", "d'Iyad Ag Ghaly": the leader's other names.
      if (!LOYAL.has(tokens[j].norm) && !leaderForename(tokens[j])) break;
    }
    for (let j = k + 1; j < Math.min(to, k + 4); j++)
      if (FOLLOWER_WORDS.has(tokens[j].norm)) return { name: group, start: k, end: j + 1 };
  }
  return null;
}

/**
 * Could a rule of findGroups start at a token with this word: a name's first word, a unit or a
 * leader, "alliance", a compound ("JNIM-linked")? By word, cached: findGroups is asked about
 * many short windows (antecedents.ts looks back 150 tokens), most of which name no group.
 */
function mayNameGroup(t: Token): boolean {
  let m = MAY_NAME.get(t.norm);
  if (m === undefined) {
    m =
      GROUPS.starts(t.norm) ||
      UNIT_WORDS.has(t.norm) ||
      !!leaderGroup(t.norm) ||
      t.norm === 'alliance' ||
      compoundName(t) !== null;
    // Bounded: a page has a few thousand distinct words.
    if (MAY_NAME.size > 50000) MAY_NAME.clear();
    MAY_NAME.set(t.norm, m);
  }
  return m;
}
const MAY_NAME = new Map<string, boolean>();

/** Canonical name of each group mentioned in tokens [from, to). */
export function findGroups(tokens: Token[], from: number, to: number): Found[] {
  // The rules below start only at such words: they look at those alone, and without one there
  // is nothing to find.
  const at: number[] = [];
  for (let k = from; k < to; k++) if (mayNameGroup(tokens[k])) at.push(k);
  if (!at.length) return [];
  const out: Found[] = [];
  for (const k of at) {
    const m = GROUPS.matchAt(tokens, k, to);
    if (m) out.push({ name: m.value, start: k, end: m.end });
  }
  for (const k of at) {
    const f = namedByUnitOrLeader(tokens, k, to);
    if (f && !out.some((o) => o.start <= f.start && o.end > f.start)) out.push(f);
  }
  for (const f of sharedNoun(tokens, out, from, to)) out.push(f);
  for (const f of armyBesideAllies(tokens, out, from)) out.push(f);
  // The ANSIPRJ by the words of its long name, a group inside a compound: one pass over the words.
  for (const k of at) {
    if (out.some((o) => o.start <= k && o.end > k)) continue;
    const name = compoundName(tokens[k]);
    const f = fulaniAlliance(tokens, k, to) ?? (name ? { name, start: k, end: k + 1 } : null);
    if (f) out.push(f);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "l'armée et ses alliés russes", "les militaires et Wagner", "soldiers and Wagner mercenaries":
 * the army by its plain noun, paired with the Russian force that fights beside it, is Mali's.
 */
function armyBesideAllies(tokens: Token[], found: Found[], from: number): Found[] {
  const out: Found[] = [];
  for (const g of found) {
    if (g.name !== 'Africa Corps') continue;
    let k = g.start - 1;
    while (k > from && PAIR_FILLERS.has(tokens[k].norm)) k--;
    const noun = k - 1;
    if (noun < from || !AND.has(tokens[k].norm) || !ARMY_NOUNS.has(tokens[noun].norm)) continue;
    if (!found.some((o) => o.start <= noun && o.end > noun))
      out.push({ name: 'FAMa', start: noun, end: noun + 1 });
  }
  return out;
}

/**
 * "l'Alliance nationale pour la sauvegarde de l'identité peule et la restauration de la justice",
 * "l'Alliance pour la sauvegarde de l'identité peulh", "the National Alliance for the Safeguarding
 * of Peul Identity": the ANSIPRJ by its name's words, however the press words the rest.
 */
function fulaniAlliance(tokens: Token[], k: number, to: number): Found | null {
  if (tokens[k].norm !== 'alliance') return null;
  for (let j = k + 1; j < Math.min(to, k + 10); j++) {
    if (!IDENTITY.has(tokens[j].norm)) continue;
    const near = [j - 1, j + 1, j + 2].find((x) => x < to && FULANI.has(tokens[x]?.norm ?? ''));
    return near === undefined ? null : { name: 'ANSIPRJ', start: k, end: Math.max(j, near) + 1 };
  }
  return null;
}

/** "JNIM-linked fighters", "FLA-led rebels": the group named in a compound word, or null. */
function compoundName(t: Token): string | null {
  const cut = t.norm.lastIndexOf('-');
  if (cut <= 0 || !LINK_TAILS.has(t.norm.slice(cut + 1))) return null;
  const head = t.norm.slice(0, cut);
  // A name of one word ("jnim", "fla", "gsim"), not a lineage ("al-qaeda-linked": affiliates.ts).
  return SINGLE_NAMES.get(head) ?? null;
}
const SINGLE_NAMES = new Map(GROUP_NAMES.filter(([phrase]) => !/[\s'-]/.test(phrase)));

const AND = new Set(['and', 'et']);

/**
 * "Malian and Russian forces", "les forces maliennes et russes": two adjectives sharing one
 * noun name two forces; the one whose noun is left out is found by lending it the noun.
 */
function sharedNoun(tokens: Token[], found: Found[], from: number, to: number): Found[] {
  const out: Found[] = [];
  const named = (words: Token[]) => {
    const m = GROUPS.matchAt(words, 0, words.length);
    return m && m.end === words.length ? m.value : null;
  };
  for (const g of found) {
    if (g.end - g.start !== 2) continue;
    // "Malian and Russian forces": the adjective before "and", with the found group's noun.
    const a = g.start - 2;
    if (a >= from && AND.has(tokens[g.start - 1].norm)) {
      const name = named([tokens[a], tokens[g.start + 1]]);
      if (name && name !== g.name) out.push({ name, start: a, end: a + 1 });
    }
    // "les forces maliennes et russes": the adjective after "et", with the found group's noun.
    const b = g.end + 1;
    if (b < to && AND.has(tokens[g.end]?.norm ?? '')) {
      const name = named([tokens[g.start], tokens[b]]);
      if (name && name !== g.name) out.push({ name, start: b, end: b + 1 });
    }
  }
  return out;
}

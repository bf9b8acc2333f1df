/**
 * Attackers named only by their lineage: "Al-Qaeda-linked militants attacked…", "des jihadistes
 * liés à Al-Qaïda ont tué…", "Islamic State-affiliated fighters". In Mali, al-Qaeda's branch is
 * JNIM (SCHEMA.md: "al-Qaeda's Sahel branch"), formed in 2017; the Islamic State's is its Sahel
 * province (IS_GENERIC, resolved as a name without a province). actors.ts asks for it only when
 * the story names no group that acted.
 */
import { GROUP_ADJECTIVES, IS_GENERIC, LINEAGE_BEFORE, STATE_GROUPS } from './lexicon-actors';
import { findGroups, type Found } from './groups';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { MEMBER_NOUNS } from './actor-roles';
import { deniedClaim, suspected } from './agent-cues';

/** The year al-Qaeda's Sahel groups merged into JNIM: before it, its fighters were other groups'. */
const JNIM_SINCE = 2017;

const PARENTS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:al-)?qa[ie]da?$/, 'JNIM'],
  [/^(ei|is|isis|daech|daesh)$/, IS_GENERIC],
];
/**
 * "Al-Qaeda-linked", "qaeda-affiliated", "(Islamic) State-linked": the parent and its lineage in
 * one word.
 */
const COMPOUND = /^(?:al-)?(qaeda|qaida|islamic-state|state)-(?:linked|affiliated|allied)$/;
const PREPOSITIONS = new Set(['to', 'with', 'of', 'a', 'au', 'aux', 'de', "d'", 'avec']);
const DETERMINERS = new Set(['the', 'l', "l'", 'la', 'le', 'al']);

/** The parent named at k ("al-qaida", "al Qaeda", "l'État islamique", "the Islamic State"), or null. */
function parentAt(tokens: Token[], k: number): string | null {
  while (DETERMINERS.has(tokens[k]?.norm ?? '')) k++;
  // "بتنظيم القاعدة" (glossed "group al-qaeda"): the organisation's noun before its name.
  if (GROUP_NOUNS.has(tokens[k]?.norm ?? '')) k++;
  const w = tokens[k]?.norm ?? '';
  if (['etat', 'islamic'].includes(w) && ['islamique', 'state'].includes(tokens[k + 1]?.norm ?? ''))
    return IS_GENERIC;
  for (const [re, name] of PARENTS) if (re.test(w)) return name;
  return null;
}

/** Nouns of a group that a lineage names ("an al Qaeda-affiliated group", "un groupe affilié à Al-Qaïda"). */
const GROUP_NOUNS = new Set([
  ...['group', 'groups', 'groupe', 'groupes', 'organisation', 'organization'],
  // "la principale alliance jihadiste du Sahel, liée à Al-Qaïda", "an al-Qaeda-linked coalition".
  ...['alliance', 'coalition'],
]);
/**
 * Words of a group's place, or a relative, between its noun and its lineage: "alliance jihadiste
 * du Sahel, liée à", "the main alliance in the Sahel, which is linked to".
 */
const PLACE_OF_GROUP = new Set([
  ',',
  'du',
  'of',
  'the',
  'in',
  'au',
  'sahel',
  'mali',
  'which',
  'is',
  'qui',
  'est',
]);
/** How many words a group's adjectives and place may run before its lineage. */
const LINEAGE_REACH = 8;
/** Nouns that are a lineage themselves: "an al-Qaeda affiliate", "une filiale d'Al-Qaïda", "la branche d'Al-Qaïda". */
const AFFILIATE_NOUNS = new Set([
  'affiliate',
  'affiliates',
  'filiale',
  'filiales',
  'franchise',
  'branch',
  'branche',
]);

/** The parent of the fighters at token k: "militants linked to al-Qaeda", "Al-Qaeda-linked militants". */
function lineageOf(tokens: Token[], k: number, s: Sentence): string | null {
  const before = tokens[k - 1]?.norm ?? '';
  // "an al-Qaeda affiliate claimed…", "une filiale d'Al-Qaïda": the parent before or after the noun.
  if (AFFILIATE_NOUNS.has(tokens[k].norm)) {
    const parent = PARENTS.find(([re]) => re.test(before))?.[1];
    if (parent) return parent;
    if (PREPOSITIONS.has(tokens[k + 1]?.norm ?? '')) return parentAt(tokens, k + 2);
    // "فرع تنظيم القاعدة" (branch [of] the al-Qaeda organisation): Arabic joins them with no "of".
    return GROUP_NOUNS.has(tokens[k + 1]?.norm ?? '') ? parentAt(tokens, k + 1) : null;
  }
  const compound = COMPOUND.exec(before);
  if (compound) return compound[1].endsWith('state') ? IS_GENERIC : 'JNIM';
  // "un groupe jihadiste affilié à Al-Qaïda": the noun's adjectives before its lineage.
  let l = k + 1;
  const filler = (w: string) => GROUP_ADJECTIVES.has(w) || PLACE_OF_GROUP.has(w);
  while (l < k + LINEAGE_REACH && l < s.last && filler(tokens[l].norm)) l++;
  const link = tokens[l]?.norm ?? '';
  if (!LINEAGE_BEFORE.has(link) || !PREPOSITIONS.has(tokens[l + 1]?.norm ?? '') || l + 2 >= s.last)
    return null;
  return parentAt(tokens, l + 2);
}

/** Words that join a second parent to the first: "al-Qaida or the Islamic State", "et de l'EI". */
const EITHER = new Set(['or', 'ou', 'and', 'et']);
/** How far after the fighters' noun a second parent is looked for. */
const EITHER_REACH = 10;

/** Does a parent other than `parent` follow the lineage at k, joined by "or"/"ou"/"and"/"et"? */
function otherParent(tokens: Token[], k: number, s: Sentence, parent: string): boolean {
  for (let j = k + 1; j < Math.min(s.last, k + EITHER_REACH); j++) {
    if (!EITHER.has(tokens[j].norm)) continue;
    let p = j + 1;
    while (PREPOSITIONS.has(tokens[p]?.norm ?? '')) p++;
    const other = parentAt(tokens, p);
    if (other && other !== parent) return true;
  }
  return false;
}

/** Does sentence s name an armed group other than `parent` (state forces aside)? */
function otherSuspect(tokens: Token[], s: Sentence, parent: string): boolean {
  return findGroups(tokens, s.first, s.last).some((g) => !STATE_GROUPS.has(g.name) && g.name !== parent);
}

/**
 * The group whose lineage names the attackers of the story's opening sentences (`lede`, those
 * `acts` says tell a deed) or of a later one that suspects them, or null.
 */
export function affiliateActor(
  tokens: Token[],
  sentences: Sentence[],
  lede: Set<number>,
  acts: (s: Sentence) => boolean,
  year: number | null,
): string | null {
  for (const s of sentences) {
    // The opening's sentences, and later ones that name a suspect: "No group has claimed the
    // attacks, but they bear the mark of jihadi groups linked to al-Qaida".
    if (!acts(s) || (!lede.has(s.index) && !suspected(tokens, s))) continue;
    // "No group claimed it; groups linked to al-Qaeda roam the area": groups of the region, not
    // the attackers — unless the text suspects them ("but it bears the mark of jihadists linked to…").
    const denied = deniedClaim(tokens, s) && !suspected(tokens, s);
    for (let k = s.first; k < s.last; k++) {
      const w = tokens[k].norm;
      if (denied || !(MEMBER_NOUNS.has(w) || GROUP_NOUNS.has(w) || AFFILIATE_NOUNS.has(w))) continue;
      const parent = lineageOf(tokens, k, s);
      if (!parent) continue;
      // "groups linked to al-Qaida or the Islamic State": either of two lineages names no one;
      // so does a lineage beside another group suspected after a denied claim ("Dozo hunters and
      // jihadists linked to the Islamic State have both been accused").
      if (otherParent(tokens, k, s, parent)) return null;
      if (deniedClaim(tokens, s) && otherSuspect(tokens, s, parent)) return null;
      if (parent === 'JNIM' && year !== null && year < JNIM_SINCE) return null;
      return parent;
    }
  }
  return null;
}

/**
 * The fighters named by their lineage in sentence s, as groups of their parent: "Malian troops
 * clashed with al-Qaeda-linked fighters" (clash-sides.ts reads them as one side of the battle).
 * A lineage told with a second parent ("linked to al-Qaeda or the Islamic State") names none.
 */
export function lineageGroups(tokens: Token[], s: Sentence): Found[] {
  const out: Found[] = [];
  for (let k = s.first; k < s.last; k++) {
    const w = tokens[k].norm;
    if (!(MEMBER_NOUNS.has(w) || GROUP_NOUNS.has(w) || AFFILIATE_NOUNS.has(w))) continue;
    const name = lineageOf(tokens, k, s);
    if (name && !otherParent(tokens, k, s, name)) out.push({ name, start: k, end: k + 1 });
  }
  return out;
}

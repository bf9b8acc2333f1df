/**
 * The two sides of a battle: "des affrontements ont opposé les FAMa et Africa Corps aux combattants
 * du JNIM", "fighting between the Malian army and JNIM", "JNIM and ISSP clashed". Used by actors.ts.
 */
import {
  ARMY_NOUNS,
  BETWEEN_WORDS,
  CLASH_STEMS,
  CLASH_WORDS,
  hasStem,
  SUPPORT_STEMS,
} from './lexicon-actors';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import type { Found } from './groups';
import { CLAUSE_ENDS } from './actor-roles';
import { FOREIGN_WORDS, POSSESSIVES } from './lexicon';
import { PLURAL_PRONOUNS } from './losing-side';

/** Verbs of battle whose object is the other side: "fought JNIM militants", "are facing JNIM fighters", "ont combattu les jihadistes". */
const DIRECT_CLASH = new Set([
  ...['fought', 'battled', 'battling', 'engaged', 'facing', 'faced'],
  ...['combattu', 'combattent', 'combattaient', 'affronte', 'affrontent', 'affrontaient'],
]);
/** Verbs of a battle told by both its sides as their subject: "X et Y se sont affrontés", "X and Y clashed". */
const RECIPROCAL_CLASH = new Set([
  'affrontes',
  'affrontees',
  'affrontent',
  'battent',
  'battaient',
  'battus',
  'clashed',
]);
/** "X and Y have been fighting", "are fighting since Tuesday": a battle's progressive, both sides its subject. */
const PROGRESSIVE_AUX = new Set(['been', 'are', 'were', 'is', 'was']);
const BETWEEN_REACH = 10;
/** "fighting involving the army, Africa Corps and JNIM": all the sides after it, like "between". */
const INVOLVING = new Set(['involving', 'involved', 'impliquant']);
/** English verbs of setting two sides against each other, read as "opposer": "pitted X against Y". */
const PITTING = new Set(['pitted', 'pitting', 'pits']);

/** "entre"/"between" after the battle's word at c, within its clause: its index, or -1. */
function betweenAfter(tokens: Token[], s: Sentence, c: number): number {
  for (let k = c + 1; k < Math.min(s.last, c + 1 + BETWEEN_REACH); k++) {
    if (BETWEEN_WORDS.has(tokens[k].norm) || INVOLVING.has(tokens[k].norm)) return k;
    if (CLAUSE_ENDS.has(tokens[k].text)) return -1;
  }
  return -1;
}

/** How far back the aside's opening comma may stand from its closing one. */
const ASIDE_BACK_REACH = 10;

/**
 * The comma at c opens or closes an aside of support: "l'armée, appuyée par Africa Corps, se bat", "the
 * army, backed by Russian fighters, has been fighting" — a side's words go on before it.
 */
function supportAside(tokens: Token[], s: Sentence, c: number): boolean {
  if (tokens[c].text !== ',') return false;
  if (hasStem(tokens[c + 1]?.norm ?? '', SUPPORT_STEMS)) return true;
  for (let k = c - 1; k > Math.max(s.first, c - ASIDE_BACK_REACH); k--) {
    if (tokens[k].text === ',') return hasStem(tokens[k + 1]?.norm ?? '', SUPPORT_STEMS);
    if (CLAUSE_ENDS.has(tokens[k].text)) return false;
  }
  return false;
}

/** How far a battle's word reaches for the sides it names, before and after it. */
const CLASH_REACH = 14;
/** Back to a side at the head of a long subject: "L'armée malienne et ses supplétifs russes d'Africa Corps sont engagés dans de violents combats". */
const CLASH_BACK_REACH = 18;
/** How far "opposé"/"between" reaches for the second side, to its clause's end: long names, a time, a place, an aside of support. */
const SIDES_REACH = 40;
const STATE_FORCES = new Set(['FAMa', 'Africa Corps', 'Barkhane']);
/** "face à", "face aux": the other side of a fight. */
const FACING_LINKS = new Set(['a', 'aux']);
/** The word that names the other side after a verb of battle: "clashed with", "affrontés aux". */
const CLASH_LINKS = new Set(['with', 'against', 'avec', 'contre', 'a', 'aux']);

/**
 * "des combats ont opposé l'armée aux jihadistes du JNIM": the army by its bare noun in a battle's
 * clause is the FAMa, unless a foreign adjective follows ("l'armée française", "French troops").
 */
function armySides(tokens: Token[], from: number, to: number): Found[] {
  const out: Found[] = [];
  for (let k = from; k < to; k++) {
    if (!ARMY_NOUNS.has(tokens[k].norm)) continue;
    if (FOREIGN_WORDS.has(tokens[k + 1]?.norm ?? '') || FOREIGN_WORDS.has(tokens[k - 1]?.norm ?? ''))
      continue;
    out.push({ name: 'FAMa', start: k, end: k + 1 });
  }
  return out;
}

/** "où ses hommes ont affronté", "where its troops fought": the force's men by a possessive. */
const OWN_MEN = new Set(['hommes', 'men', 'troupes', 'troops', 'soldats', 'soldiers', 'elements']);
/** A plural pronoun ("where they fought JNIM", "où ils ont affronté"), or the force's men by a possessive, between the clause's start and the battle's word at c: its index, or -1. */
function pronounBefore(tokens: Token[], from: number, c: number): number {
  for (let k = from; k < c; k++)
    if (
      PLURAL_PRONOUNS.has(tokens[k].norm) ||
      (POSSESSIVES.has(tokens[k].norm) && OWN_MEN.has(tokens[k + 1]?.norm ?? ''))
    )
      return k;
  return -1;
}

/**
 * The state forces named before the battle's clause (from `from`) that the pronoun at p stands for:
 * none when no pronoun, or when another side was named between them and it.
 */
function pronounForces(groups: Found[], from: number, p: number): Found[] {
  if (p < 0) return [];
  const before = groups.filter((g) => g.end <= p);
  const lastOther = before.findLastIndex((g) => !STATE_FORCES.has(g.name));
  const lastState = before.findLastIndex((g) => STATE_FORCES.has(g.name));
  return lastState > lastOther ? before.filter((g) => g.end <= from && STATE_FORCES.has(g.name)) : [];
}

/** "d'autre part", "on the other side/hand" after token c in the sentence: the index after it, or -1. */
function otherPartEnd(tokens: Token[], c: number, last: number): number {
  for (let k = c + 1; k < last; k++) {
    const w = tokens[k].norm;
    if (w === 'part' && tokens[k - 1]?.norm === 'autre') return k + 1;
    if ((w === 'side' || w === 'hand') && tokens[k - 1]?.norm === 'other') return k + 1;
  }
  return -1;
}

/**
 * "Des affrontements ont opposé les FAMa et Africa Corps aux combattants du JNIM", "fighting
 * between the Malian army and JNIM", "Malian troops clashed with JNIM fighters": a battle names
 * both its sides, a state force and a group, and both carried it out (SCHEMA.md's actors).
 * The groups of the battle's clause, or none when it does not name a side of each.
 */
export function clashSides(tokens: Token[], s: Sentence, groups: Found[]): Found[] {
  for (let c = s.first; c < s.last; c++) {
    const w = tokens[c].norm;
    const opposing = w.startsWith('oppos') || PITTING.has(w);
    const next = tokens[c + 1]?.norm ?? '';
    // "Les FAMa ont subi de lourdes pertes face aux jihadistes du JNIM": "face à" sets the sides against each other.
    const facing = w === 'face' && FACING_LINKS.has(next);
    if (
      !CLASH_WORDS.has(w) &&
      !DIRECT_CLASH.has(w) &&
      !RECIPROCAL_CLASH.has(w) &&
      !PITTING.has(w) &&
      !hasStem(w, CLASH_STEMS) &&
      !facing
    )
      continue;
    // "combats entre X et Y": both sides after; "X clashed with Y", "ont opposé X à Y": around it.
    // "de violents combats ont eu lieu lundi près de Boni entre X et Y": "entre" later in the clause.
    const betweenAt = betweenAfter(tokens, s, c);
    const between = betweenAt >= 0;
    const direct = DIRECT_CLASH.has(w) && next !== 'off' && next !== 'back';
    // "se sont affrontés", "s'affrontent", "JNIM and the army clashed": both sides before it.
    const reflexive =
      ['se', "s'"].includes(tokens[c - 2]?.norm ?? '') || ['se', "s'"].includes(tokens[c - 1]?.norm ?? '');
    const reciprocal =
      (RECIPROCAL_CLASH.has(w) && (reflexive || w === 'clashed')) ||
      (w === 'fighting' && PROGRESSIVE_AUX.has(tokens[c - 1]?.norm ?? ''));
    if (!between && !opposing && !CLASH_LINKS.has(next) && !direct && !reciprocal) continue;
    if (between) c = betweenAt;
    let from = c;
    while (
      !between &&
      from > s.first &&
      c - from < CLASH_BACK_REACH &&
      (!CLAUSE_ENDS.has(tokens[from - 1].text) || supportAside(tokens, s, from - 1))
    )
      from--;
    // "ont opposé lundi près de Tinzaouaten les FAMa et leurs alliés d'Africa Corps aux jihadistes du
    // JNIM": after the verb, the whole clause, where a time and a place may come first.
    let to = Math.min(s.last, c + 1 + CLASH_REACH);
    // "fighting between Malian soldiers backed by Russia's Africa Corps and militants of the JNIM":
    // the clause's end closes the second side.
    if (opposing || between)
      while (
        to < Math.min(s.last, c + 1 + SIDES_REACH) &&
        (!CLAUSE_ENDS.has(tokens[to].text) || supportAside(tokens, s, to))
      )
        to++;
    // "entre les FAMa d'une part, et les jihadistes du JNIM d'autre part": the second side's words close it.
    to = Math.max(to, otherPartEnd(tokens, c, s.last));
    const named = groups.filter((g) => g.start >= from && g.end <= to);
    // "The army and its allies lost dozens of men in X, where they fought JNIM": the pronoun's force,
    // named earlier in the sentence.
    named.unshift(...pronounForces(groups, from, pronounBefore(tokens, from, c)));
    const sides = named.some((g) => g.name === 'FAMa') ? named : [...named, ...armySides(tokens, from, to)];
    if (sides.some((g) => STATE_FORCES.has(g.name)) && sides.some((g) => !STATE_FORCES.has(g.name)))
      return sides;
    // "Le JNIM et l'EIGS se sont affrontés", "fighting between JNIM and ISSP": two groups at war.
    // "des combats ont opposé le FLA aux jihadistes du JNIM": so are two groups set against each other.
    if ((between || reciprocal || opposing) && new Set(sides.map((g) => g.name)).size >= 2) return sides;
  }
  return [];
}

/**
 * "Un convoi des FAMa est tombé dans une embuscade du JNIM. De violents combats s'en sont suivis",
 * "Heavy fighting followed": a battle told without its sides, after a sentence that names a state
 * force and a group, has them for sides.
 */
export function ensuingBattle(tokens: Token[], s: Sentence, before: Found[]): Found[] {
  let battle = false;
  for (let k = s.first; k < s.last && !battle; k++)
    battle = CLASH_WORDS.has(tokens[k].norm) || hasStem(tokens[k].norm, CLASH_STEMS);
  if (!battle) return [];
  const state = before.some((g) => STATE_FORCES.has(g.name));
  const group = before.some((g) => !STATE_FORCES.has(g.name));
  return state && group ? before : [];
}

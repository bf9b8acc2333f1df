/**
 * "11 morts et 14 blessés, c'est le bilan d'une embuscade tendue contre des éléments de
 * l'armée": tolls that name no side, told in the same sentence as an ambush or attack
 * against a military unit, are that unit's losses — when the sentence gives no other
 * side a toll. A vehicle of civilians hit by a blast ("un car transportant des passagers a sauté
 * sur une mine") is theirs the same way.
 */
import type { Subject } from '../../types';
import {
  ARMY_WORDS,
  FOREIGN_FORCE_NAMES,
  FOREIGN_WORDS,
  isAttackWord,
  KIND_WORDS,
  PERSON_KINDS,
  SUBJECT_WORDS,
} from '../lexicon';
import { MALI_WORDS } from '../lexicon-places';
import { UNIT_NOUNS } from '../lexicon-actors';
import type { ClaimContext, ClaimPass } from './context';

const AGAINST = new Set(['contre', 'against', 'visant', 'ciblant', 'targeting', 'on']);
const MILITARY = new Set<Subject>(['soldiers', 'foreign_forces']);
/** How far after "contre" the units may stand ("contre un convoi de l'armée et de ses partenaires russes"). */
const REACH = 10;

/** A force named by its name: "le convoi de la Minusma" (foreign), "une patrouille des FAMa". */
function unitSide(w: string): Subject | undefined {
  if (FOREIGN_FORCE_NAMES.has(w)) return 'foreign_forces';
  if (ARMY_WORDS.has(w)) return 'soldiers';
  return undefined;
}

/** Verbs whose subject suffers the attack: "a MINUSMA convoy hit a mine", "le convoi a sauté sur une mine". */
const SUFFERED = new Set(['hit', 'struck', 'saute', 'sautee', 'sautes']);
/** Verbs of hitting, whose subject suffers only a blast: "hit a mine", "struck an IED", "struck an explosive device". */
const HIT = new Set(['hit', 'struck']);
const BLASTS = new Set(['mine', 'mines', 'landmine', 'ied', 'ieds', 'explosive', 'bomb', 'device']);
/** The same in the passive, after its auxiliary: "Wagner fighters were ambushed", "la patrouille a été attaquée". */
export const SUFFERED_PASSIVE = new Set([
  ...['ambushed', 'targeted', 'attacked'],
  ...['attaque', 'attaquee', 'attaques', 'attaquees', 'cible', 'ciblee', 'cibles', 'vise', 'visee', 'vises'],
]);
const PASSIVE = new Set(['was', 'were', 'been', 'ete']);
/** "pris dans une embuscade", "tombés dans une embuscade", "caught in an ambush". */
const CAUGHT = new Set(['pris', 'prise', 'prises', 'tombe', 'tombes', 'tombee', 'tombees', 'caught']);

function suffered(ctx: ClaimContext, k: number): boolean {
  const t = ctx.tokens;
  const w = t[k].norm;
  // "a convoy hit a mine" — not "army drones struck a jihadist hideout", whose subject strikes.
  if (SUFFERED.has(w)) return !HIT.has(w) || t.slice(k + 1, k + 5).some((x) => BLASTS.has(x.norm));
  if (SUFFERED_PASSIVE.has(w)) return PASSIVE.has(t[k - 1]?.norm ?? '');
  return (w === 'embuscade' || w === 'ambush') && CAUGHT.has(t[k - 3]?.norm ?? '');
}

/**
 * The one side named among the words before k: "un convoi de la Minusma a sauté", "Wagner fighters
 * were ambushed", "un car transportant des passagers a sauté" (civilians).
 */
function sufferer(ctx: ClaimContext, k: number, from: number): Subject | null {
  const { tokens } = ctx;
  const sides = new Set<Subject>();
  for (let m = k - 1; m >= Math.max(from, k - 8); m--) {
    if (tokens[m].type === 'punct') break;
    const side =
      tokens[m].text === 'UN'
        ? 'foreign_forces'
        : (SUBJECT_WORDS.get(tokens[m].norm) ?? unitSide(tokens[m].norm));
    if (side && (MILITARY.has(side) || side === 'civilians')) sides.add(side);
  }
  // "a patrol of the Malian army and Wagner": two sides, no one toll.
  return sides.size === 1 ? [...sides][0] : null;
}

const OWNERS = new Set(['son', 'sa', 'ses', 'its', 'leur', 'leurs', 'their']);
/** "contre son camp", "against its positions": a possessive, then a unit's or post's noun. */
function ownUnitAfter(tokens: ClaimContext['tokens'], j: number): boolean {
  return OWNERS.has(tokens[j]?.norm ?? '') && UNIT_NOUNS.has(tokens[j + 1]?.norm ?? '');
}
/** The army named before the attack's word in its sentence: "L'armée malienne a annoncé qu'une attaque…". */
function armyBefore(ctx: ClaimContext, from: number, k: number): boolean {
  for (let m = from; m < k; m++) if (ARMY_WORDS.has(ctx.tokens[m].norm)) return true;
  return false;
}

/** The military side an attack in sentence n is aimed at, or null. */
function targetSide(ctx: ClaimContext, n: number): Subject | null {
  const { tokens, sentences } = ctx;
  const s = sentences[n];
  for (let k = s.first; k < s.last - 1; k++) {
    if (suffered(ctx, k)) {
      const side = sufferer(ctx, k, s.first);
      if (side) return side;
    }
    if (!isAttackWord(tokens[k])) continue;
    let j = k + 1;
    while (j < s.last && j < k + 4 && !AGAINST.has(tokens[j].norm)) j++;
    if (!AGAINST.has(tokens[j]?.norm ?? '')) continue;
    // "contre un convoi de l'armée et de ses partenaires russes": two forces, no one side;
    // "contre un bateau de passagers et un camp militaire": civilians beside the force, neither.
    const sides = new Set<Subject>();
    let civilians = false;
    for (let m = j + 1; m < Math.min(s.last, j + 1 + REACH); m++) {
      if (tokens[m].type === 'punct') break;
      const w = tokens[m].norm;
      const side =
        tokens[m].text === 'UN' || FOREIGN_WORDS.has(w)
          ? 'foreign_forces'
          : (SUBJECT_WORDS.get(w) ?? unitSide(w));
      if (side && MILITARY.has(side)) sides.add(side);
      if (side === 'civilians') civilians = true;
    }
    if (civilians) return null;
    // "l'armée a annoncé qu'une attaque contre son camp de Boni a fait deux morts": the army's own post.
    if (!sides.size && ownUnitAfter(tokens, j + 1) && armyBefore(ctx, s.first, k)) return 'soldiers';
    if (sides.size === 1) return [...sides][0];
    if (sides.size > 1) return null;
  }
  return null;
}

/** Nouns of soldiers that say nothing of their army: "deux soldats", "two soldiers" (not "soldats maliens"). */
const PLAIN_SOLDIERS = new Set(['soldats', 'soldat', 'soldiers', 'soldier', 'militaires', 'troops']);

function plainSoldiers(ctx: ClaimContext, k: number): boolean {
  const { tokens } = ctx;
  if (!PLAIN_SOLDIERS.has(tokens[k]?.norm ?? '')) return false;
  for (let j = k - 1; j <= k + 3; j++) if (MALI_WORDS.has(tokens[j]?.norm ?? '')) return false;
  return true;
}

/** A sentence that tells a toll without an attack or force of its own: it goes on the one before. */
function startsUntold(ctx: ClaimContext, n: number): boolean {
  if (n === 0) return false;
  const { tokens, sentences } = ctx;
  const s = sentences[n];
  for (let k = s.first; k < s.last; k++) {
    const w = tokens[k].norm;
    // Its own attack ("dans une embuscade"), not its toll's verbs ("ont été tués").
    if ((isAttackWord(tokens[k]) && !KIND_WORDS.has(w)) || unitSide(w) || tokens[k].text === 'UN')
      return false;
  }
  return true;
}

export const ambushedSide: ClaimPass = {
  name: 'ambushed-side',
  run(ctx) {
    const bySentence = new Map<number, typeof ctx.placed>();
    for (const p of ctx.placed)
      bySentence.set(p.fig.sentence, [...(bySentence.get(p.fig.sentence) ?? []), p]);
    for (const [n, list] of bySentence) {
      const bare = list.filter(
        (p) => !p.fig.subject && p.fig.kind && PERSON_KINDS.has(p.fig.kind) && p.fig.kind !== 'arrested',
      );
      const sided = (p: (typeof list)[number]) =>
        p.fig.subject && p.fig.subject !== 'people' && PERSON_KINDS.has(p.fig.kind!);
      // "Le camp de la Minusma a été attaqué : deux soldats ont été tués": soldiers with no
      // nationality are the foreign force's, when no other side has a toll.
      const plain = list.filter(
        (p) => p.fig.subject === 'soldiers' && (!p.fig.explicit || plainSoldiers(ctx, p.fig.q.last)),
      );
      const others = list.filter((p) => sided(p) && !plain.includes(p));
      if ((!bare.length && !plain.length) || others.length) continue;
      const side = targetSide(ctx, n) ?? (startsUntold(ctx, n) ? targetSide(ctx, n - 1) : null);
      // Plain soldiers beside a bare toll are the army's own side only if the target is foreign.
      if (!side || (side !== 'foreign_forces' && plain.length)) continue;
      for (const p of [...bare, ...plain]) {
        p.fig.subject = side;
        p.fig.sided = true;
      }
    }
  },
};

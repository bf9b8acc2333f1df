/**
 * Whom an army kills is its enemy (SCHEMA.md: "neutralised" as armies use it). A toll told
 * with an army's verb for killing enemies ("15 ont été neutralisés", "a éliminé une trentaine
 * d'éléments"), or killed by a state force in the active voice ("l'armée a tué 20", "the army
 * said it killed 20", "troops killed about 30"), is of militants — when its own noun names
 * no side, or only a generic one ("éléments", "individus", "men"). Whom a force executes or
 * massacres ("des soldats ont exécuté 20 hommes") is not: a killing of the defenceless.
 */
import { findGroups } from '../groups';
import { STATE_GROUPS } from '../lexicon-actors';
import {
  ARMY_WORDS,
  ATROCITY_WORDS,
  ENEMY_KILL_WORDS,
  GENERIC_PERSONS,
  isAdverb,
  KIND_WORDS,
  SPEECH_WORDS,
  SUBJECT_WORDS,
} from '../lexicon';
import type { Token } from '../tokens';
import type { ClaimContext, ClaimPass, Placed } from './context';

/** What may stand between a force and its verb: "a", "ont", "said it", "affirme avoir". */
const BETWEEN = new Set([
  ...['a', 'ont', 'avait', 'avaient', 'avoir', 'ayant', 'aurait', 'auraient'],
  // "l'armée affirme en avoir tué 12": the clitic of the persons counted.
  'en',
  ...['has', 'have', 'had', 'it', 'they', 'que', 'that', 'would'],
]);

/** The token of the figure's killing verb, or -1. */
function verbOf(ctx: ClaimContext, p: Placed): number {
  const { tokens } = ctx;
  const s = ctx.sentences[p.fig.sentence];
  const to = Math.min(s.last, Math.max(p.fig.last, p.fig.q.last + 5));
  for (let k = Math.max(s.first, p.fig.first - 1); k < to; k++)
    if (KIND_WORDS.get(tokens[k].norm) === 'killed') return k;
  return -1;
}

/** Is a state force the subject of the verb at v: "l'armée a tué", "the army said it killed"? */
function stateSubject(tokens: Token[], from: number, v: number): boolean {
  for (let k = v - 1; k >= Math.max(from, v - 6); k--) {
    const t = tokens[k];
    if (BETWEEN.has(t.norm) || isAdverb(t) || SPEECH_WORDS.has(t.norm)) continue;
    if (ARMY_WORDS.has(t.norm)) return true;
    const side = SUBJECT_WORDS.get(t.norm);
    if (side === 'soldiers' || side === 'foreign_forces') return true;
    return findGroups(tokens, k, k + 1).some((g) => STATE_GROUPS.has(g.name));
  }
  return false;
}

/** Does the figure's own noun name a side, other than by a generic noun? */
function namesSide(tokens: Token[], p: Placed): boolean {
  if (!p.fig.subject) return false;
  if (p.fig.subject !== 'people' || p.fig.sided) return true;
  for (let k = p.fig.q.last; k < p.fig.last; k++) if (GENERIC_PERSONS.has(tokens[k].norm)) return false;
  return p.fig.explicit;
}

export const enemySide: ClaimPass = {
  name: 'enemy-side',
  run(ctx) {
    const { tokens } = ctx;
    for (const p of ctx.placed) {
      if (p.fig.kind !== 'killed' || namesSide(tokens, p)) continue;
      const v = verbOf(ctx, p);
      if (v < 0) continue;
      const active =
        v < p.fig.q.first &&
        !ATROCITY_WORDS.has(tokens[v].norm) &&
        stateSubject(tokens, ctx.sentences[p.fig.sentence].first, v);
      if (ENEMY_KILL_WORDS.has(tokens[v].norm) || active) p.fig.subject = 'militants';
    }
  },
};

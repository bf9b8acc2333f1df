/**
 * A toll of "its men": "Wagner a subi de lourdes pertes : au moins 20 de ses hommes ont été tués",
 * "the UN mission said three of its soldiers were killed". The possessive points back to the force
 * or group named before it in the sentence, whose side the toll takes: a foreign force's men are
 * foreign forces, the army's soldiers, an armed group's militants.
 */
import { ARMED_SIDES, POSSESSIVES, SINGULAR_POSSESSIVES, SUBJECT_WORDS } from '../lexicon';
import { AND_WORDS } from '../predicates';
import type { Subject } from '../../types';
import type { Token } from '../tokens';
import type { ClaimPass } from './context';
import { speakerSide } from './own-losses';

/** Nouns of a side's own toll. */
const LOSS_NOUNS = new Set(['pertes', 'losses', 'bilan', 'toll', 'casualties']);

/**
 * The index of "ses pertes", "its losses", "its own losses", "ses propres pertes" within the five
 * words before the figure, or -1.
 */
function ownedLoss(tokens: Token[], at: number, from: number): number {
  for (let k = at - 1; k >= Math.max(from + 1, at - 5); k--) {
    if (!LOSS_NOUNS.has(tokens[k].norm)) continue;
    const p = OWN.has(tokens[k - 1].norm) ? k - 2 : k - 1;
    if (p >= from && POSSESSIVES.has(tokens[p].norm)) return p;
  }
  return -1;
}
const OWN = new Set(['own', 'propres']);

/** "dans ses rangs", "among its troops", "parmi ses hommes" after the figures: the owner's men. */
const RANK_NOUNS = new Set([
  'rangs',
  'ranks',
  'troops',
  'hommes',
  'men',
  'personnel',
  'elements',
  'soldats',
  'soldiers',
]);

/**
 * Whether the noun after the possessive names the owner's men ("20 de ses hommes", "three of its
 * soldiers", "two of its own"), not persons it carried or harboured ("26 of its occupants", "12 de
 * ses habitants").
 */
function ownersMen(t: Token | undefined): boolean {
  if (!t || t.type !== 'word') return true;
  if (RANK_NOUNS.has(t.norm) || MEMBER_NOUNS.has(t.norm)) return true;
  const side = SUBJECT_WORDS.get(t.norm);
  return !!side && ARMED_SIDES.has(side);
}
const MEMBER_NOUNS = new Set([
  ...['membres', 'members', 'combattants', 'fighters', 'agents', 'own', 'gardes', 'guards'],
  ...['militaires', 'element', 'homme', 'man', 'soldat', 'soldier'],
]);

/** The index of a possessive of the owner's men within the clause after the figure, or -1. */
function ownedRanks(tokens: Token[], from: number, end: number): number {
  for (let k = from; k < Math.min(end - 1, from + 8); k++) {
    if ([',', ';', '.', ':'].includes(tokens[k].text)) return -1;
    if (POSSESSIVES.has(tokens[k].norm) && RANK_NOUNS.has(tokens[k + 1].norm)) return k;
  }
  return -1;
}

/** The side of the person counted right before figure n and joined to it by "et"/"and", if any. */
function joinedOwner(ctx: Parameters<ClaimPass['run']>[0], n: number): Subject | 'unknown' | null {
  const f = ctx.placed[n].fig;
  const prev = ctx.placed[n - 1]?.fig;
  if (!prev || prev.sentence !== f.sentence || !AND_WORDS.has(ctx.tokens[f.q.first - 1]?.norm ?? ''))
    return null;
  // "a senior commander and": the words of its noun, which the figure may not span.
  const gap = ctx.tokens.slice(prev.last, f.q.first - 1);
  if (gap.length > 3 || gap.some((t) => t.type !== 'word')) return null;
  return prev.subject && ARMED_SIDES.has(prev.subject) ? prev.subject : prev.subject ? null : 'unknown';
}

export const possessiveSide: ClaimPass = {
  name: 'possessive-side',
  run(ctx) {
    const { tokens, sentences } = ctx;
    ctx.placed.forEach((p, n) => {
      const f = p.fig;
      // "Dan Na Ambassagou said 12 of its fighters were killed": a militia's fighters are militia.
      const fighters = f.subject === 'militants';
      if (!f.kind || (f.subject && f.subject !== 'people' && f.subject !== 'soldiers' && !fighters)) return;
      // The possessive of the figure's noun: "20 de ses hommes", "three of its soldiers", "ses 20 hommes"
      // (not "12 people lost their lives").
      const of = ['de', 'des', "d'", 'of'].includes(tokens[f.q.last]?.norm ?? '');
      const owned =
        ((of && POSSESSIVES.has(tokens[f.q.last + 1]?.norm ?? '')) ||
          POSSESSIVES.has(tokens[f.q.first - 1]?.norm ?? '')) &&
        ownersMen(tokens[of ? f.q.last + 2 : f.q.last]);
      // "l'armée a chiffré ses pertes à 12 morts", "the army put its losses at 12": whose losses.
      const loss = owned ? f.q.first : ownedLoss(tokens, f.q.first, sentences[f.sentence].first);
      // "La Minusma déplore 2 morts et 5 blessés dans ses rangs": the owner's men, after the toll.
      const ranks = loss < 0 && !f.explicit ? ownedRanks(tokens, f.last, sentences[f.sentence].last) : -1;
      const at = loss >= 0 ? loss : ranks;
      if (at < 0) return;
      // "un chef terroriste et 5 de ses éléments", "a commander and five of his men": the person
      // counted just before, joined by "et", owns them; else the owner is named before the figure,
      // which a speaker-like lookup reads.
      const joined = owned ? joinedOwner(ctx, n) : null;
      // An owner whose side is not known yet: the figure takes the side its partner will take.
      if (joined === 'unknown') {
        f.subject = null;
        return;
      }
      // The possessive itself: "12 de ses hommes", "ses 12 hommes", "ses pertes", "dans ses rangs".
      const poss = owned ? (of ? f.q.last + 1 : f.q.first - 1) : at;
      const oneOwner = SINGULAR_POSSESSIVES.has(tokens[poss]?.norm ?? '');
      const side = joined ?? speakerSide(ctx, { ...p, cue: null }, loss >= 0 ? loss : f.q.first, oneOwner);
      if (!side || side === f.subject || (fighters && side !== 'militia' && side !== 'foreign_forces'))
        return;
      const before = f.subject;
      f.subject = side;
      f.sided = true;
      // "two of its personnel were killed and five wounded": the figures that took this one's side.
      for (const q of ctx.placed.slice(n + 1)) {
        const g = q.fig;
        if (g.sentence !== f.sentence || g.explicit) break;
        if (g.subject === before || !g.subject) {
          g.subject = side;
          g.sided = true;
        }
      }
    });
  },
};

/**
 * A figure without a cue in its sentence takes the claimant of the nearest
 * attributed figure of its paragraph, within two sentences ("Selon l'armée, 12 soldats ont été tués.
 * 9 autres ont été blessés.").
 */
import type { By } from '../../types';
import { POSSESSIVES } from '../lexicon';
import { OF_WORDS } from '../lexicon-np';
import {
  claimsAttack,
  disputes,
  isItem,
  overlap,
  type ClaimContext,
  type ClaimPass,
  type Placed,
} from './context';

/** Claimants who speak only for the sentence that names them: an unnamed security source. */
const SENTENCE_VOICES = new Set<By>(['security_source']);

/** How many sentences away a claimant still carries: attribution fades within a paragraph. */
const NEAR = 2;

/** "12 of its fighters", "12 de ses combattants", "its 12 men": a side's count of its own. */
function ownLosses(ctx: ClaimContext, o: Placed): boolean {
  const t = ctx.tokens;
  const q = o.fig.q;
  return (
    (OF_WORDS.has(t[q.last]?.norm ?? '') && POSSESSIVES.has(t[q.last + 1]?.norm ?? '')) ||
    POSSESSIVES.has(t[q.first - 1]?.norm ?? '')
  );
}

/** Two figures of the same kind and side that cannot both be true: "12 soldats" against "40 soldats". */
function competing(a: Placed, b: Placed): boolean {
  const x = a.fig;
  const y = b.fig;
  return !!x.kind && x.kind === y.kind && !!x.subject && x.subject === y.subject && !overlap(a, b);
}

export const paragraphClaimant: ClaimPass = {
  name: 'paragraph-claimant',
  run(ctx) {
    const byParagraph = new Map<number, Placed[]>();
    for (const p of ctx.placed) {
      if (!p.cue) continue;
      const list = byParagraph.get(p.paragraph) ?? [];
      list.push(p);
      byParagraph.set(p.paragraph, list);
    }
    // The sentences whose figures an unnamed source tells.
    const sourceSentences = new Set(
      ctx.placed.filter((o) => SENTENCE_VOICES.has(o.cue?.by ?? 'unattributed')).map((o) => o.fig.sentence),
    );
    for (const p of ctx.placed) {
      if (p.cue || isItem(ctx, p.fig.sentence)) continue;
      let best: Placed | null = null;
      let dist = Infinity;
      // "Selon une source sécuritaire, 11 soldats ont été tués. Huit camions ont été incendiés.
      // Dans un communiqué, l'état-major…": the outlet's own words after the source, not the
      // next speaker's.
      const afterSource = sourceSentences.has(p.fig.sentence - 1);
      // Paragraphs are short; a huge one (a page without breaks) is only searched near the figure.
      for (const o of byParagraph.get(p.paragraph) ?? []) {
        if (o.headline !== p.headline || o.background !== p.background) continue;
        // "12 civils ont été tués. Un habitant affirme que 5 maisons ont brûlé.": a witness heard
        // after a figure tells an account of its own (as after the lede, lede-claimant.ts).
        if (o.fig.sentence > p.fig.sentence && o.cue?.by === 'local') continue;
        // "12 soldats ont été tués. L'attaque a été revendiquée par le JNIM, qui affirme…": who
        // claims the attack, after it, is not the claimant of a toll told before without one.
        // Nor is a group that tells its own losses after it ("Dan Na Ambassagou said 12 of its
        // fighters were among the dead"): a group speaks for its own side.
        if (
          o.fig.sentence > p.fig.sentence &&
          o.cue?.by === 'armed_group' &&
          (claimsAttack(ctx, o.fig.sentence) || ownLosses(ctx, o))
        )
          continue;
        // "12 soldats ont été tués, alors que le JNIM affirme en avoir tué 30": a speaker in a
        // clause of contrast tells its own figure against the one before.
        if (o.cue?.from !== undefined && (o.fig.sentence > p.fig.sentence || p.fig.q.first < o.cue.from))
          continue;
        // "12 soldats ont été tués. Des chiffres que conteste le JNIM, qui affirme…": who disputes
        // a toll does not tell it.
        if (o.fig.sentence > p.fig.sentence && disputes(ctx, o.fig.sentence)) continue;
        // "20 civils ont été tués. MSF a pris en charge 12 blessés.": a voice that claims only what
        // follows it (a carer counting those it took in) does not tell a toll before it.
        if (o.fig.sentence > p.fig.sentence && o.cue?.forwardOnly) continue;
        // "12 soldats ont été tués. Le JNIM affirme avoir tué 40 soldats.": a voice that tells
        // another figure of the same dead after it competes with the toll; it does not tell it.
        if (o.fig.sentence > p.fig.sentence && (competing(o, p) || afterSource)) continue;
        // "12 soldats ont été tués, selon une source sécuritaire. Le camp a été incendié, 5
        // véhicules détruits.": an unnamed source is quoted sentence by sentence; what the outlet
        // says beside it is its own.
        if (o.fig.sentence !== p.fig.sentence && SENTENCE_VOICES.has(o.cue?.by ?? 'unattributed')) continue;
        const d = Math.abs(o.fig.sentence - p.fig.sentence) + (o.fig.sentence < p.fig.sentence ? 0 : 0.5);
        if (d < dist) {
          dist = d;
          best = o;
        }
        if (o.fig.sentence > p.fig.sentence + 3) break;
      }
      if (best && dist <= NEAR) p.cue = best.cue;
    }
  },
};

/**
 * An article that opens on one official voice and names no other claimant (a
 * communiqué relayed paragraph after paragraph) gives that voice the figures it
 * states without a cue.
 */
import type { ClaimPass } from './context';

/** The official voice must be heard within the first sentences of the body. */
const OPENS_WITHIN = 3;

export const soleClaimant: ClaimPass = {
  name: 'sole-claimant',
  run(ctx) {
    const cues = ctx.cues.flat();
    if (!cues.length || cues.some((c) => c.by !== 'official')) return;
    const body = ctx.sentences.filter((s) => !s.headline);
    const opening = body.slice(0, OPENS_WITHIN).find((s) => ctx.cues[s.index]?.length);
    if (!opening) return;
    const voice = ctx.cues[opening.index][0];
    for (const p of ctx.placed) if (!p.cue && !p.background && !p.headline) p.cue = voice;
  },
};

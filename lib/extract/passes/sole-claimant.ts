/**
 * An article that opens on one official or monitoring voice and names no other
 * claimant (a communiqué relayed paragraph after paragraph, a rights group's report)
 * gives that voice the figures it states without a cue.
 */
import type { By } from '../../types';
import { backgroundSentences, disputes, vouchesForAttackOnly, type ClaimPass } from './context';

/** The voices that speak for a whole article: an authority's communiqué, a monitor's report. */
const VOICES = new Set<By>(['official', 'monitor']);

/** The voice must be heard within the first sentences of the body. */
const OPENS_WITHIN = 3;

export const soleClaimant: ClaimPass = {
  name: 'sole-claimant',
  run(ctx) {
    // "selon nos informations", "ne précise pas": the outlet's own words and a silence are no voice.
    const cues = ctx.cues.flat().filter((c) => c.by !== 'unattributed');
    if (!cues.length || !VOICES.has(cues[0].by) || cues.some((c) => c.by !== cues[0].by)) return;
    const body = ctx.sentences.filter((s) => !s.headline);
    const voiced = (i: number) => ctx.cues[i]?.find((c) => c.by !== 'unattributed');
    // "Mali : l'armée annonce avoir neutralisé 20 terroristes": a title that names the voice.
    const title = ctx.sentences[0]?.headline && voiced(0) ? ctx.sentences[0] : undefined;
    const opening = body.slice(0, OPENS_WITHIN).find((s) => voiced(s.index)) ?? title;
    if (!opening) return;
    // "L'armée dément et affirme que seuls trois civils ont péri": a voice that disputes what was
    // told before it does not speak for it.
    if (disputes(ctx, opening.index)) return;
    // "L'armée a confirmé l'attaque.": a voice on the attack alone speaks for none of its figures.
    if (vouchesForAttackOnly(ctx.tokens, opening)) return;
    const voice = voiced(opening.index)!;
    // A voice heard first in a sentence of background ("According to ACLED, 1,200 civilians were
    // killed in 2024") speaks for what follows it, not for the attack told before it.
    const after = backgroundSentences(ctx).has(opening.index) ? opening.index : -1;
    for (const p of ctx.placed)
      if (!p.cue && !p.background && !p.headline && p.fig.sentence > after) p.cue = voice;
  },
};

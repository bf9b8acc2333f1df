/**
 * A page that is a statement speaks for its issuer wherever no other claimant is
 * named: one that opens as one ("COMMUNIQUÉ DE L'ÉTAT-MAJOR GÉNÉRAL DES ARMÉES"), or
 * one whose issuer addresses the public in a statement's own words ("L'état-major
 * général des armées informe l'opinion que…", "The army informs the public that…"):
 * from that sentence on.
 */
import type { Cue } from '../attribution';
import { classify } from '../claimant-class';
import { STATEMENT_OPENERS, STATEMENT_VOICE } from '../lexicon';
import type { ClaimContext, ClaimPass } from './context';

/** How far into the page a statement's voice may first be heard. */
const VOICE_WITHIN = 6;

function opener(ctx: ClaimContext): { cue: Cue; from: number } | null {
  const { text, tokens, sentences } = ctx;
  const s0 = sentences[0];
  if (!s0 || !STATEMENT_OPENERS.has(tokens[s0.first]?.norm ?? '') || s0.last - s0.first > 12) return null;
  const by = classify(tokens, s0.first + 1, s0.last);
  if (by !== 'official' && by !== 'armed_group') return null;
  const source = text.slice(tokens[s0.first].start, tokens[s0.last - 1].end);
  return { cue: { pos: s0.first, by, source }, from: 0 };
}

function voice(ctx: ClaimContext): { cue: Cue; from: number } | null {
  const { text, tokens, sentences } = ctx;
  for (let n = 0; n < Math.min(sentences.length, VOICE_WITHIN); n++) {
    const s = sentences[n];
    for (let k = s.first + 1; k < s.last; k++) {
      if (!STATEMENT_VOICE.matchAt(tokens, k, s.last)) continue;
      const by = classify(tokens, s.first, k);
      if (by !== 'official' && by !== 'armed_group') return null;
      return { cue: { pos: k, by, source: text.slice(tokens[s.first].start, tokens[k - 1].end) }, from: n };
    }
  }
  return null;
}

export const statementIssuer: ClaimPass = {
  name: 'statement-issuer',
  run(ctx) {
    const issuer = opener(ctx) ?? voice(ctx);
    if (!issuer) return;
    for (const p of ctx.placed)
      if (!p.cue && !p.background && p.fig.sentence >= issuer.from) p.cue = issuer.cue;
  },
};

/**
 * "COMMUNIQUÉ DE L'ÉTAT-MAJOR GÉNÉRAL DES ARMÉES": a page that opens as a statement
 * speaks for its issuer wherever no other claimant is named.
 */
import { classify, type Cue } from '../attribution';
import { STATEMENT_OPENERS } from '../lexicon';
import type { ClaimPass } from './context';

export const statementIssuer: ClaimPass = {
  name: 'statement-issuer',
  run(ctx) {
    const { text, tokens, sentences } = ctx;
    const s0 = sentences[0];
    if (!s0 || !STATEMENT_OPENERS.has(tokens[s0.first]?.norm ?? '') || s0.last - s0.first > 12) return;
    const by = classify(tokens, s0.first + 1, s0.last);
    if (by !== 'official' && by !== 'armed_group') return;
    const issuer: Cue = {
      pos: s0.first,
      by,
      source: text.slice(tokens[s0.first].start, tokens[s0.last - 1].end),
    };
    for (const p of ctx.placed) if (!p.cue && !p.background) p.cue = issuer;
  },
};

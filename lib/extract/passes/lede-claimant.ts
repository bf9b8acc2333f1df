/**
 * The lede's figures are often attributed by the sentence after them
 * ("Douze soldats ont été tués lundi. C'est ce qu'indique un communiqué de l'armée.").
 */
import type { By } from '../../types';
import { sentenceCues } from '../attribution';
import { CONFIRM_WORDS, SPEECH_WORDS } from '../lexicon';
import type { Sentence } from '../sentences';
import type { Token } from '../tokens';
import {
  backgroundSentences,
  claimsAttack,
  disputes,
  isItem,
  namesKind,
  namesToll,
  vouchesForAttackOnly,
  type ClaimPass,
} from './context';

const QUOTE_OPENERS = new Set(['"', '\u201c', '\u00ab']);

/**
 * Voices that, heard in the sentence after the lede, tell an account of their own rather than
 * source the lede's toll: a witness or local official ("Un habitant raconte…"), the group
 * ("Le JNIM affirme…").
 */
const OWN_ACCOUNT = new Set<By>(['local', 'armed_group']);

/** "said so", "C'est ce qu'affirme…", "confirmed it": a sentence that points back at the one before. */
function pointsBack(tokens: Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) {
    const w = tokens[k].norm;
    if (w === 'so' && k > s.first && SPEECH_WORDS.has(tokens[k - 1].norm)) return true;
    if (w === 'ce' && ["qu'", 'que'].includes(tokens[k + 1]?.norm ?? '')) return true;
    if (CONFIRM_WORDS.has(w)) return true;
  }
  return false;
}

export const ledeClaimant: ClaimPass = {
  name: 'lede-claimant',
  run(ctx) {
    const { text, tokens, sentences } = ctx;
    const firstBody = sentences.find((s) => !s.headline)?.paragraph ?? 0;
    // "More than 300 soldiers have been killed this year, according to an AFP tally": who counts
    // the background does not source the lede.
    const background = backgroundSentences(ctx);
    // A byline or a caption between the lede and the sentence after it is not that sentence.
    for (const p of ctx.placed) {
      if (p.cue || p.headline || p.paragraph !== firstBody || isItem(ctx, p.fig.sentence)) continue;
      let next = p.fig.sentence + 1;
      while (ctx.pageLines.has(next)) next++;
      const s = sentences[next];
      if (!s || s.headline || background.has(s.index)) continue;
      // A next sentence with figures of its own names their claimant, not the lede's — unless it
      // speaks of the lede's toll ("Le bilan est provisoire, selon l'armée, qui dit avoir tué sept ennemis").
      if (ctx.placed.some((o) => o.fig.sentence === s.index) && !namesToll(tokens, s)) continue;
      // '"It was terrible," a resident told AFP': a witness quoted on something else.
      if (QUOTE_OPENERS.has(tokens[s.first].text) && !namesToll(tokens, s) && !namesKind(tokens, s)) continue;
      const cues = sentenceCues(text, tokens, s, null);
      // "…, tuant 12 soldats. Le JNIM a revendiqué l'attaque.": who claims the attack after the
      // toll is not its claimant.
      if (cues[0]?.by === 'armed_group' && claimsAttack(ctx, s.index)) continue;
      // "L'armée dément et affirme que…": who disputes the lede does not tell it.
      if (disputes(ctx, s.index)) continue;
      // "L'armée a confirmé l'attaque.": a voice on the attack, not on its dead.
      if (!cues.length || vouchesForAttackOnly(tokens, s)) continue;
      // A witness or the group sources the lede only when it points back at it ("Residents said
      // so", "C'est ce qu'affirme le JNIM", "a confirmé un élu"), not by speaking of the dead.
      if (OWN_ACCOUNT.has(cues[0].by) && !pointsBack(tokens, s)) continue;
      p.cue = cues[0];
    }
  },
};

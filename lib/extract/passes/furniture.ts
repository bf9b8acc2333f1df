/**
 * Headline-like lines after the story has begun are page furniture (related
 * stories, captions, "Lire aussi"), unless they are items of a toll list. Their
 * figures are background. "Mali : 40 civils tués à Ségou" after the body began is
 * another story's headline; "Bilan :", "Côté ami : 02 morts ;" are the story's own.
 */
import { KIND_WORDS, NOT_HEADLINE_PREFIX, SIDE_MARKERS } from '../lexicon';
import type { Sentence } from '../sentences';
import { isItem, type ClaimContext, type ClaimPass } from './context';

/** "Mali : 40 civils tués", "Niger: …": a headline's "Place :" opening. */
function headlinePrefix(ctx: ClaimContext, s: Sentence): boolean {
  const { tokens } = ctx;
  for (let k = s.first + 1; k < Math.min(s.last, s.first + 4); k++) {
    if (tokens[k].text !== ':') continue;
    if (!/^\p{Lu}/u.test(tokens[s.first].text)) return false;
    for (let i = s.first; i < k; i++) {
      const n = tokens[i].norm;
      if (NOT_HEADLINE_PREFIX.has(n) || KIND_WORDS.has(n) || SIDE_MARKERS.matchAt(tokens, i, k)) return false;
    }
    return true;
  }
  return false;
}

export const furniture: ClaimPass = {
  name: 'furniture',
  run(ctx) {
    const { tokens, sentences } = ctx;
    const firstBody = sentences.find((s) => !s.headline)?.index ?? Infinity;
    let lastBody = -1;
    for (const s of sentences) if (!s.headline) lastBody = s.index;
    // "…05 blessés ;": a line closed by a semicolon is an item of an enumeration, not a headline.
    const listItem = (s: Sentence) => [';', ','].includes(tokens[s.last - 1]?.text ?? '');
    for (const p of ctx.placed) {
      const s = sentences[p.fig.sentence];
      if (!p.headline || s.index < firstBody || s.last - s.first > 16 || isItem(ctx, s.index) || listItem(s))
        continue;
      if (s.index > lastBody || headlinePrefix(ctx, s)) p.background = true;
    }
  },
};

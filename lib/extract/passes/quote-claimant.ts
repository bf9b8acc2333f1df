/**
 * A quotation's figures belong to whoever the text says spoke it, even when the
 * quotation runs over several sentences: the reporting clause after it closes
 * ("… 7 morts. C'est la désolation », s'indigne la source locale) — inverted, so any
 * verb reports — else the speaker who opens it ("Le maire a déclaré : « … »", "Le maire, joint au
 * téléphone : « … »").
 */
import { sentenceCues, type Cue } from '../attribution';
import { cueFor } from '../cue-scope';
import { claimantIn } from '../claimant-class';
import { PRONOUNS } from '../speech-subject';
import { INVERTED_PRONOUN } from '../antecedents';
import type { Token } from '../tokens';
import type { ClaimContext, ClaimPass } from './context';

const OPEN: Record<string, string> = { '\u00ab': '\u00bb', '\u201c': '\u201d' };
const CLOSE = new Set(Object.values(OPEN));
/** How far after a closing quote the inverted reporting clause may name its speaker. */
const CLAUSE = 10;
const CLAUSE_END = new Set(['.', ';', ':', '\u00ab', '\u201c', '(', '?', '!']);

interface Quote {
  open: number;
  close: number;
}

/** The quotations of one paragraph's tokens [a, b), innermost last; straight quotes pair in order. */
function quotations(tokens: Token[], a: number, b: number): Quote[] {
  const out: Quote[] = [];
  const stack: number[] = [];
  let straight = -1;
  for (let k = a; k < b; k++) {
    const t = tokens[k].text;
    if (OPEN[t]) stack.push(k);
    else if (CLOSE.has(t)) {
      // A closer with no opener: the quotation began with the paragraph (its mark lost or in the one before).
      const o = stack.pop() ?? a - 1;
      out.push({ open: o, close: k });
    } else if (t === '"') {
      if (straight < 0) straight = k;
      else {
        out.push({ open: straight, close: k });
        straight = -1;
      }
    }
  }
  return out;
}

/** "», s'indigne la source locale", "” said a witness": the speaker named just after a quotation. */
function after(ctx: ClaimContext, close: number, end: number): Cue | null {
  const { tokens, text } = ctx;
  let k = close + 1;
  if (tokens[k]?.text !== ',' && tokens[k]?.type !== 'word') return null;
  if (tokens[k]?.text === ',') k++;
  let e = k;
  while (e < end && e < k + CLAUSE && !CLAUSE_END.has(tokens[e].text) && tokens[e].type !== 'num') e++;
  // The clause must start with its verb (inverted subject), not with a new sentence's subject.
  const first = tokens[k];
  if (!first || /^\p{Lu}/u.test(first.text)) return null;
  // "…,” he told Reuters by phone": the clause's own verb and its speaker, carried by the pronoun
  // from before (attribution.ts) — not the outlet it spoke to.
  if (PRONOUNS.has(first.norm) || INVERTED_PRONOUN.test(first.norm)) {
    const own = ctx.cues[first.sentence]?.find((c) => c.pos > close && c.pos < e);
    if (own) return { ...own, pos: close + 1 };
  }
  const c = claimantIn(text, tokens, k, e);
  return c ? { pos: close + 1, ...c } : null;
}

/** "Le maire a déclaré : « …": the speaker named before the quotation opens, in its sentence. */
function before(ctx: ClaimContext, open: number): Cue | null {
  const mark = ctx.tokens[open]?.text ?? '';
  if (open < 0 || !(OPEN[mark] || mark === '"')) return null;
  const s = ctx.sentences.find((x) => x.first <= open && open < x.last);
  if (!s) return null;
  const cues = sentenceCues(ctx.text, ctx.tokens, s, null).filter((c) => c.pos < open);
  if (cues.length) return cueFor(cues, open);
  // "Le maire de Boni, joint au téléphone : « … »": a speaker and a colon, with no verb of saying.
  const colon = open - 1;
  if (ctx.tokens[colon]?.text !== ':' || colon <= s.first) return null;
  const c = claimantIn(ctx.text, ctx.tokens, s.first, colon);
  return c ? { pos: colon, ...c } : null;
}

/**
 * "“The death toll is 14.”" as a paragraph of its own, right after a paragraph whose last
 * quotation names its speaker ("“…,” said the army spokesman."): the same speaker goes on, the
 * news convention for a quotation over paragraphs. A paragraph of narration between ends it.
 */
function continued(ctx: ClaimContext, prev: Quote[], prevEnd: number): Cue | null {
  const last = prev.at(-1);
  if (!last || last.open < 0) return null;
  return after(ctx, last.close, prevEnd) ?? before(ctx, last.open);
}

export const quoteClaimant: ClaimPass = {
  name: 'quote-claimant',
  run(ctx) {
    const { tokens, sentences } = ctx;
    const byParagraph = new Map<number, Quote[]>();
    // Each paragraph's tokens [first, last), found once (a long page has thousands of figures).
    const bounds = new Map<number, [number, number]>();
    for (const s of sentences) {
      const r = bounds.get(s.paragraph);
      if (r) r[1] = s.last;
      else bounds.set(s.paragraph, [s.first, s.last]);
    }
    const quotes = (para: number): Quote[] => {
      let qs = byParagraph.get(para);
      const r = bounds.get(para);
      if (!qs) byParagraph.set(para, (qs = r ? quotations(tokens, r[0], r[1]) : []));
      return qs;
    };
    for (const p of ctx.placed) {
      if (p.cue) continue;
      const para = sentences[p.fig.sentence].paragraph;
      const [a, b] = bounds.get(para)!;
      const pos = p.fig.q.first;
      const inside = quotes(para)
        .filter((q) => q.open < pos && pos < q.close)
        .sort((x, y) => y.open - x.open)[0];
      if (!inside) continue;
      p.cue = after(ctx, inside.close, b) ?? before(ctx, inside.open);
      // The whole paragraph is the quotation: its speaker may be the previous paragraph's.
      if (!p.cue && inside.open === a && inside.close >= b - 2 && bounds.has(para - 1))
        p.cue = continued(ctx, quotes(para - 1), bounds.get(para - 1)![1]);
    }
  },
};

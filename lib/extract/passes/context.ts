/**
 * What the claim passes share: the article read once into tokens and sentences,
 * every figure found in it with its claimant cue, and the cues of each sentence.
 * A pass reads and refines `placed`; none re-tokenises the text.
 */
import type { Cue } from '../attribution';
import type { Figure } from '../claims';
import type { Sentence } from '../sentences';
import {
  attackObjectAfter,
  isAttackNoun,
  KIND_WORDS,
  LIST_BULLETS,
  REACTION_WORDS,
  SPEECH_WORDS,
  TOLL_NOUNS,
  VOUCH_WORDS,
} from '../lexicon';
import { DISPUTE_STEMS, hasStem } from '../lexicon-actors';
import type { Token } from '../tokens';

export interface Placed {
  fig: Figure;
  cue: Cue | null;
  paragraph: number;
  headline: boolean;
  background: boolean;
}

export interface ClaimContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  placed: Placed[];
  /** The claimant cues found in each sentence, by sentence index. */
  cues: Cue[][];
  /** The page's lines among the sentences: "Lire aussi", a caption, a byline (furniture-lines.ts). */
  pageLines: Set<number>;
  /** Sentences that name a place in Mali (the gazetteer's). */
  malianPlaces: ReadonlySet<number>;
  /** The last cue at or before each sentence, and the sentence it was found in. */
  lastCue: Array<{ cue: Cue; sentence: number } | null>;
}

/** One named refinement of the placed figures, run in the order of CLAIM_PASSES. */
export interface ClaimPass {
  name: string;
  run(ctx: ClaimContext): void;
}

/** Do two counts' ranges overlap ("dozens" and 33)? */
export function overlap(a: Placed, b: Placed): boolean {
  return a.fig.q.min <= (b.fig.q.max ?? Infinity) && b.fig.q.min <= (a.fig.q.max ?? Infinity);
}

/** A bulleted line ("- 12 morts", "• 3 blessés"). */
export function isItem(ctx: ClaimContext, i: number): boolean {
  return LIST_BULLETS.has(ctx.tokens[ctx.sentences[i].first]?.text ?? '');
}

/** Does sentence i end with one of these marks? */
export function endsWith(ctx: ClaimContext, i: number, marks: string[]): boolean {
  return marks.includes(ctx.tokens[ctx.sentences[i].last - 1]?.text ?? '');
}

/**
 * Sentences whose figures are all background ("Depuis janvier, l'ONU a recensé 400 victimes"):
 * who speaks or which force is named there tells nothing of the news figures.
 */
export function backgroundSentences(ctx: ClaimContext): Set<number> {
  const news = new Set<number>();
  const bg = new Set<number>();
  for (const p of ctx.placed) (p.background ? bg : news).add(p.fig.sentence);
  for (const i of news) bg.delete(i);
  return bg;
}

/**
 * Does sentence i claim an attack ("revendiquée par", "claimed responsibility", "JNIM claimed the
 * attack")? Who claims an attack is not, by that, the claimant of a toll told without one.
 */
/** Does sentence i dispute what was told before it ("Des chiffres que conteste le JNIM", "The army denied")? */
export function disputes(ctx: ClaimContext, i: number): boolean {
  const s = ctx.sentences[i];
  for (let k = s.first; k < s.last; k++) if (hasStem(ctx.tokens[k].norm, DISPUTE_STEMS)) return true;
  return false;
}

export function claimsAttack(ctx: ClaimContext, i: number): boolean {
  const s = ctx.sentences[i];
  for (let k = s.first; k < s.last; k++) {
    const w = ctx.tokens[k].norm;
    if (w.startsWith('revendiqu') || w === 'responsibility' || w === 'responsabilite') return true;
    if (!w.startsWith('claim')) continue;
    for (let j = k + 1; j < Math.min(s.last, k + 4); j++) if (isAttackNoun(ctx.tokens[j])) return true;
  }
  return false;
}

/** Does sentence s name a toll ("le bilan", "the toll")? */
export function namesToll(tokens: Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) if (TOLL_NOUNS.has(tokens[k].norm)) return true;
  return false;
}

/** Does sentence s have a word of a kind ("tués", "wounded")? */
export function namesKind(tokens: Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) if (KIND_WORDS.has(tokens[k].norm)) return true;
  return false;
}

/**
 * "L'armée a confirmé l'attaque.", "The army acknowledged the attack": a voice that vouches for the
 * attack, and says nothing of the dead, tells no toll.
 */
export function vouchesForAttackOnly(tokens: Token[], s: Sentence): boolean {
  if (namesToll(tokens, s) || namesKind(tokens, s)) return false;
  for (let k = s.first; k < s.last; k++) {
    const w = tokens[k].norm;
    // "L'armée a confirmé l'attaque", "The UN condemned the attack, a spokesman said".
    if (!SPEECH_WORDS.has(w) && !VOUCH_WORDS.has(w) && !REACTION_WORDS.has(w)) continue;
    // Not "indique que l'attaque a été repoussée": the attack opens what is said of it.
    if (attackObjectAfter(tokens, k, s.last) >= 0) return true;
  }
  return false;
}

/**
 * Which figures a claimant's cue covers in its sentence: the nearest cue before a figure, else the
 * nearest after it — not a speaker in a clause of its own after the figures, saying something else.
 */
import type { Cue } from './attribution';
import { classifyAt } from './claimant-class';
import { TOLL_NOUNS } from './lexicon';
import type { Sentence } from './sentences';
import { AUX } from './speech-clauses';
import type { Token } from './tokens';

const COORDINATORS = new Set(['and', 'et', 'but', 'mais', 'while', 'tandis']);
/** English relatives that open a clause of place or time about something else. */
const RELATIVES = new Set(['where', 'when']);

/**
 * The verb of saying at i opens a clause of its own: its subject follows "and" / "et" / "but", and
 * what it says follows it ("said the attackers…", "a affirmé que…"), not about a toll.
 */
export function ownClause(tokens: Token[], s: Sentence, i: number): boolean {
  let k = i - 1;
  while (k > s.first && k > i - 8 && tokens[k].type !== 'punct' && !COORDINATORS.has(tokens[k].norm)) k--;
  if (!COORDINATORS.has(tokens[k]?.norm ?? '') || k <= s.first) return false;
  // "security sources and witnesses told Xinhua": the coordinator joins two speakers of one subject
  // (in a clause of its own still after "where": "the villages where survivors and officials say…").
  let p = k;
  while (p > s.first && p > k - 6 && tokens[p - 1].type !== 'punct' && !RELATIVES.has(tokens[p - 1].norm))
    p--;
  if (p < k && classifyAt(tokens, p, k) && !RELATIVES.has(tokens[p - 1]?.norm ?? '')) return false;
  let v = i + 1;
  while (v < s.last && AUX.has(tokens[v].norm)) v++;
  if (v >= s.last - 1 || tokens[v].type === 'punct') return false;
  for (let j = v; j < s.last; j++)
    if (TOLL_NOUNS.has(tokens[j].norm) || tokens[j].type === 'num') return false;
  return true;
}

/** The cue a figure at token `pos` takes in its sentence: nearest before, else nearest after. */
export function cueFor(cues: Cue[], pos: number, end = pos): Cue | null {
  let before: Cue | null = null;
  let after: Cue | null = null;
  for (const c of cues) {
    if (c.pos < pos) before = c;
    else if (!after && !c.forwardOnly && (c.from === undefined || pos >= c.from)) after = c;
  }
  // A parenthesised cue right after the figure binds to it: "10 killed (per JNIM), 20 killed (per Mali)".
  if (after?.paren && after.pos - end <= 2) return after;
  return before ?? after;
}

/** Words that open a clause of contrast: "alors que", "tandis que", "while", "whereas" (Arabic "في حين", "بينما" glossed). */
const CONTRAST_OPENERS = new Set(['alors', 'tandis', 'while', 'whereas']);
const THAT = new Set(['que', "qu'"]);
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')']);

/** The first token of the clause of contrast the cue at `pos` stands in, or -1. */
export function contrastBefore(tokens: Token[], s: Sentence, pos: number): number {
  for (let k = pos - 1; k > s.first; k--) {
    if (CLAUSE_BREAKS.has(tokens[k].text)) return -1;
    const w = tokens[k].norm;
    if (!CONTRAST_OPENERS.has(w)) continue;
    // "alors que", "tandis qu'": French needs its "que"; "alors" alone is "then".
    if ((w === 'alors' || w === 'tandis') && !THAT.has(tokens[k + 1]?.norm ?? '')) continue;
    return k;
  }
  return -1;
}

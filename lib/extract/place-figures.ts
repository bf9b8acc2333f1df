/**
 * The figures of a text, sentence by sentence, each with the cue of its claimant and whether it
 * is background: what the claim passes (lib/extract/passes) then refine. Used by index.ts.
 */
import type { Kind, Subject } from '../types';
import { sentenceCues, type Cue } from './attribution';
import { ATTACK, attackStem } from './attack-place-words';
import { breakdownOfLast, restatedOfLast } from './breakdown-after';
import { normaliseFigure, sentenceFigures, type Figure } from './claims';
import { cueFor } from './cue-scope';
import { infoboxSides } from './infobox';
import { isAttackWord, PERSON_KINDS } from './lexicon';
import { WEEKDAYS } from './number-words';
import { CLAIM_STEMS, hasStem } from './lexicon-actors';
import { ListLines } from './list-lines';
import type { ClaimContext } from './passes';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * Running totals, not one attack's toll: a vague count in the perfect tense ("Armed
 * Islamist groups have killed hundreds of…"), and any "hundreds" or "thousands" with no
 * number ("des centaines de victimes de l'insécurité", "thousands more have fled").
 */
function cumulative(tokens: Token[], s: Sentence, f: Figure): boolean {
  if (f.q.max !== null || f.q.min < 200) return false;
  // "le JNIM dit avoir tué des centaines de soldats", "claimed to have killed hundreds": a claimant's
  // count of its own deed, told in the infinitive, is this attack's.
  if (ownDeedTold(tokens, s.first, f.q.first)) return false;
  for (let k = f.q.first; k < f.q.last; k++)
    if (HUGE_AMOUNTS.has(tokens[k].norm)) return !thisAttack(tokens, s, f.q.first);
  // "have killed more than 300", not the verb of a figure before ("70 were killed and more than
  // 200 wounded"). English only: the French "ont tué au moins 300 civils à Moura" is the plain past.
  for (let k = f.q.first - 1; k >= Math.max(s.first, f.q.first - 6); k--) {
    if (tokens[k].type === 'num' || ['et', 'and', ','].includes(tokens[k].norm)) return false;
    if (['have', 'has'].includes(tokens[k].norm)) return true;
  }
  return false;
}
const HUGE_AMOUNTS = new Set(['centaines', 'hundreds', 'milliers', 'thousands']);
/** Prepositions that set a toll in one attack: "in the attack", "lors de l'attaque", "during the raid". */
const IN_ATTACK = new Set(['in', 'during', 'dans', 'lors', 'pendant', 'au', 'durant']);

/** Words of a running total: "since 2015", "depuis le début de l'année", "have killed". */
const RUNNING_WORDS = new Set(['since', 'depuis', 'have', 'has']);

/**
 * "Hundreds of civilians were killed in the attack on Moura on Sunday": a sentence that sets its
 * toll in one attack, by its day or by "in the attack", tells that attack's toll, not a running
 * total — unless it counts since a time or in the perfect ("have killed hundreds…, including 27
 * soldiers during an attack on Mondoro").
 */
function thisAttack(tokens: Token[], s: Sentence, q: number): boolean {
  for (let k = s.first; k < q; k++) if (RUNNING_WORDS.has(tokens[k].norm)) return false;
  for (let k = s.first; k < s.last; k++) {
    if (WEEKDAYS.has(tokens[k].norm)) return true;
    if (!isAttackWord(tokens[k])) continue;
    for (let j = k - 1; j >= Math.max(s.first, k - 3); j--) if (IN_ATTACK.has(tokens[j].norm)) return true;
  }
  return false;
}

/** "avoir tué", "to have killed" within the few words before the figure at q. */
function ownDeedTold(tokens: Token[], first: number, q: number): boolean {
  for (let k = q - 1; k >= Math.max(first, q - 5); k--) {
    if (tokens[k].norm === 'avoir') return true;
    if (tokens[k].norm === 'have' && tokens[k - 1]?.norm === 'to') return true;
  }
  return false;
}

const RELATIVES = new Set([
  'laquelle',
  'lequel',
  'lesquelles',
  'lesquels',
  'qui',
  'which',
  'that',
  'ou',
  'where',
]);

/**
 * "Le JNIM a revendiqué l'attaque de Boni, dans laquelle 12 soldats ont été tués", "JNIM claimed
 * the attack, in which 12 soldiers were killed": a figure in a relative clause about the claimed
 * attack is the story's, not the group's claim.
 */
function narratedAfterClaim(tokens: Token[], cues: Cue[], at: number, end: number): Cue | null {
  const cue = cueFor(cues, at, end);
  if (!cue || cue.pos >= at || !hasStem(tokens[cue.pos]?.norm ?? '', CLAIM_STEMS)) return cue;
  // "JNIM claimed in a statement that its fighters killed 47 soldiers": "that" after no attack
  // opens what the group says.
  let attack = false;
  for (let k = cue.pos + 1; k < at; k++) {
    attack ||= ATTACK.has(tokens[k].norm) || attackStem(tokens[k].norm);
    // "…, in which 12 soldiers were killed according to the army": a claimant of its own after it.
    if (attack && RELATIVES.has(tokens[k].norm)) return cues.find((c) => c.pos >= end) ?? null;
  }
  return cue;
}

/**
 * Reads every sentence's cues and figures into ctx (ctx.cues, ctx.lastCue, ctx.placed);
 * `inBackground` tells a figure of another time or place.
 */
export function placeFigures(ctx: ClaimContext, inBackground: (f: Figure) => boolean): void {
  const { text, tokens, sentences, placed } = ctx;
  const infobox = infoboxSides(tokens, sentences);
  let last: Cue | null = null;
  const lines = new ListLines();
  let lastToll: { kind: Kind; subject: Subject | null; sentence: number; paragraph: number } | null = null;
  for (const s of sentences) {
    const cues = sentenceCues(text, tokens, s, last);
    ctx.cues[s.index] = cues;
    if (cues.length) last = cues[cues.length - 1];
    ctx.lastCue[s.index] = last
      ? { cue: last, sentence: cues.length ? s.index : (ctx.lastCue[s.index - 1]?.sentence ?? -1) }
      : null;
    // "Matériel récupéré :" then "- 12 motos ;", "- 5 armes ;": the header's kind for its bulleted lines.
    lines.line(tokens, s);
    // "… a fait 12 morts. Parmi eux, 5 soldats.": the toll of the sentence before, in its paragraph.
    const before = lastToll?.paragraph === s.paragraph && lastToll.sentence === s.index - 1 ? lastToll : null;
    for (const f of sentenceFigures(tokens, text, s)) {
      breakdownOfLast(tokens, s, f, before?.kind ?? null);
      restatedOfLast(tokens, f, before);
      if (f.kind && PERSON_KINDS.has(f.kind))
        lastToll = { kind: f.kind, subject: f.subject, sentence: s.index, paragraph: s.paragraph };
      lines.fill(f);
      const g = normaliseFigure(f);
      if (!g) continue;
      if (!g.subject && infobox.has(s.index)) {
        g.subject = infobox.get(s.index)!;
        g.sided = true;
        g.infobox = true;
      }
      placed.push({
        fig: g,
        cue: narratedAfterClaim(tokens, cues, g.q.first, g.last),
        paragraph: s.paragraph,
        // "- Casualties1: …" infobox items are short lines without a full stop, but not headlines.
        headline: s.headline && !lines.bulleted,
        background: inBackground(g) || cumulative(tokens, s, g),
      });
    }
  }
}

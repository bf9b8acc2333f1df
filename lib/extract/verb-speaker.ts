/**
 * The speaker of one verb of saying, for attribution.ts: its agent ("annoncé par l'armée"), its
 * subject after it ("…», a annoncé l'armée", "…, indiquent les mêmes sources"), a participle
 * sharing the subject before it ("…, adding that…"), its subject before it (speech-subject.ts), or
 * one carried from before by a pronoun or a document ("Il a ajouté").
 */
import type { Cue } from './attribution';
import { CLAIM_STEMS, hasStem } from './lexicon-actors';
import { MEDIUM_PREPOSITIONS } from './lexicon-actors';
import { OF_WORDS } from './lexicon-np';
import { attackObjectAfter, isAdverb, REACTION_WORDS } from './lexicon';
import { ownClause } from './cue-scope';
import { agentAfter } from './speech-agent';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { carriedBy, speakerBefore, subjectCue } from './speech-subject';
import { anaphoric, AUX, forward, passiveAt, sameWord } from './speech-clauses';

/**
 * The speaker of the verb of saying at i: its agent ("annoncé par l'armée"), its inverted subject
 * ("…», a annoncé l'armée"), its subject before it ("l'armée a annoncé"), or one carried from
 * before ("Il a ajouté"). Pushes its cue, if any.
 */
export function speakerCue(
  text: string,
  tokens: Token[],
  s: Sentence,
  i: number,
  last: Cue | null,
  cues: Cue[],
): void {
  const w = tokens[i].norm;
  // "claimed by JNIM", "revendiquée par": responsibility for the attack, not a figure's claimant.
  // "announced by the government", "annoncé par l'armée": the agent is the claimant.
  // "communiqué mardi soir par l'armée", "announced late on Tuesday by the government": a time between.
  const by = agentAfter(tokens, i, s.last);
  if (by > 0) {
    if (hasStem(w, CLAIM_STEMS)) return;
    const agent = forward(text, tokens, s, by);
    if (agent) cues.push({ ...agent, pos: i });
    return;
  }
  // "clashes were also reported", "des tirs ont été signalés": a passive with no one speaking.
  if (passiveAt(tokens, s.first, i)) return;
  const participle = /ing$|ant$/.test(w) && w !== 'claiming';
  if (invertedCue(text, tokens, s, i, last, participle, cues)) return;
  // "قال مصدر أمني" (glossed "it said security source"): an Arabic verb stands before its
  // subject; its own pronoun carries the speaker before only when no speaker follows.
  if (tokens[i - 1]?.norm === 'it' && tokens[i - 1].start === tokens[i].start) {
    // "وأضافت المصادر" ("and the sources added"): the sources named before.
    if (namedAgainOrForward(text, tokens, s, i, last, cues)) return;
  }
  // "…, said the statement, adding that…", "a déclaré l'armée, précisant que…": a participle
  // after a comma shares the subject of the verb of saying before it.
  const prior = cues.at(-1);
  if (participle && prior && tokens[i - 1]?.text === ',') {
    cues.push({ ...prior, pos: i });
    return;
  }
  // "A second official confirmed the toll and said…", "a confirmé le bilan et a précisé que…": a
  // verb after "and" with no subject of its own shares that of the verb of saying before it.
  let c = i - 1;
  while (c > s.first && AUX.has(tokens[c].norm)) c--;
  if (prior && prior.pos < c && ['and', 'et'].includes(tokens[c].norm)) {
    cues.push({ ...prior, pos: i });
    return;
  }
  // "Le gouvernement a dénoncé l'attaque qui a fait 12 morts": a voice judging the attack tells
  // nothing of the toll its relative gives.
  if (REACTION_WORDS.has(w) && reactionToAttack(tokens, s, i)) return;
  // Backward: the subject of the verb.
  const subject = subjectCue(text, tokens, s, i, last);
  if (subject) {
    if (subject.cue) cues.push(ownClause(tokens, s, i) ? { ...subject.cue, forwardOnly: true } : subject.cue);
    return;
  }
  forwardOrCarriedCue(text, tokens, s, i, last, participle, cues);
}

/**
 * A verb of saying after a quote or a comma, its subject after it: "…», a annoncé l'armée",
 * "…,” said an official", "…, indique le rapport". Pushes its cue; true when that settles the verb.
 */
function invertedCue(
  text: string,
  tokens: Token[],
  s: Sentence,
  i: number,
  last: Cue | null,
  participle: boolean,
  cues: Cue[],
): boolean {
  const w = tokens[i].norm;
  // Inverted subject after a quote or comma: "…», a annoncé l'armée", "…,” said an official".
  let b = i - 1;
  while (b > s.first && AUX.has(tokens[b].norm)) b--;
  const inverted = b < s.first || (tokens[b].type === 'punct' && !['(', ')'].includes(tokens[b].text));
  if (!inverted || w === 'told' || participle) return false;
  // "JNIM, al-Qaeda's affiliate in the Sahel, said in a statement": the comma closed an aside
  // after the speaker, and what follows the verb is where it spoke, not an inverted subject.
  if (MEDIUM_PREPOSITIONS.has(tokens[i + 1]?.norm ?? '') && speakerBefore(text, tokens, s, i)) return false;
  // "…, indiquent les mêmes sources": the claimant named before, not a class of its own.
  if (namedAgainOrForward(text, tokens, s, i, last, cues)) return true;
  // "…, indique le rapport": the document named before speaks again — unless the sentence opens
  // on a speaker, whose verb takes the words after as its object (speakerBefore).
  if (anaphoric(tokens, i + 1, Math.min(s.last, i + 4)) && !speakerBefore(text, tokens, s, i)) {
    if (last) cues.push({ pos: i, by: last.by, source: last.source });
    return true;
  }
  return false;
}

/**
 * The speaker after the verb at i: the claimant named before, named again ("…, indiquent les
 * mêmes sources"), else the one named there ("a annoncé l'armée"). Pushes its cue; false if none.
 */
function namedAgainOrForward(
  text: string,
  tokens: Token[],
  s: Sentence,
  i: number,
  last: Cue | null,
  cues: Cue[],
): boolean {
  const named = cues.at(-1) ?? last;
  if (named && sameWord(tokens, i + 1, Math.min(s.last, i + 4), named.source)) {
    cues.push({ pos: i, by: named.by, source: named.source });
    return true;
  }
  const fwd = forward(text, tokens, s, i);
  if (fwd) {
    cues.push(fwd);
    return true;
  }
  return false;
}

/** French plural auxiliaries before a participle: "ont indiqué", "avaient annoncé". */
const PLURAL_AUX = new Set(['ont', 'avaient', 'auront', 'auraient']);

/**
 * The speaker after the verb at i ("said Aminata Keita"), else one carried from before by a
 * pronoun or a document ("Il a ajouté", "le bilan fait état de"). Pushes its cue, if any.
 */
function forwardOrCarriedCue(
  text: string,
  tokens: Token[],
  s: Sentence,
  i: number,
  last: Cue | null,
  participle: boolean,
  cues: Cue[],
): void {
  const w = tokens[i].norm;
  // Forward: inverted subject ("a annoncé l'armée", "said Aminata Keita, a researcher at Amnesty International").
  // "…, told AFP": after "told" stands whom it was told to, never the speaker.
  // "2 postes avancés de l'armée": a word of saying used as an adjective, its complement no speaker.
  // "C'est ce qu'indiquent des sources locales": after a verb in the plural, "des" is the article.
  // "C'est ce qu'ont indiqué des habitants": so after a plural auxiliary, or after "ce qu'".
  const nextNorm = tokens[i + 1]?.norm ?? '';
  // Over an adverb: "qu'ont finalement confirmé des sources locales".
  let a = i - 1;
  while (a > s.first && isAdverb(tokens[a])) a--;
  const plural = /ent$/.test(w) || PLURAL_AUX.has(tokens[a]?.norm ?? '');
  const relative = [tokens[a]?.norm, tokens[a - 1]?.norm].some((x) => x === "qu'" || x === 'que');
  const complement = OF_WORDS.has(nextNorm) && !(nextNorm === 'des' && (plural || relative));
  const fwd = participle || w === 'told' || complement ? null : forward(text, tokens, s, i);
  if (fwd) {
    cues.push(fwd);
    return;
  }
  const carried = carriedBy(text, tokens, s, i, last);
  if (carried) cues.push({ pos: i, by: carried.by, source: carried.source });
}

/** What opens a relative on the attack: "l'attaque qui a fait", "ayant coûté", "the attack that killed". */
const ATTACK_RELATIVES = new Set(['qui', 'ayant', 'which', 'that']);
/** Words a relative may come after the attack's noun: "l'attaque terroriste de Boni qui…". */
const RELATIVE_WITHIN = 5;

/**
 * Is the verb of reacting at i ("a dénoncé", "denounced") said of the attack, its toll told in a
 * relative on it ("l'attaque qui a fait 12 morts") rather than as its own object ("le massacre de
 * 12 civils")?
 */
function reactionToAttack(tokens: Token[], s: Sentence, i: number): boolean {
  const j = attackObjectAfter(tokens, i, s.last);
  if (j < 0) return false;
  for (let k = j + 1; k < Math.min(s.last, j + 1 + RELATIVE_WITHIN); k++) {
    if (tokens[k].type === 'num') return false;
    if (ATTACK_RELATIVES.has(tokens[k].norm)) return true;
  }
  return false;
}

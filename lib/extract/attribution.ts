/**
 * Who makes a claim: cues like "according to", "X said", "selon", "a annoncé X",
 * "fait état de", classified into SCHEMA.md's claimant classes. A figure takes the
 * nearest cue before it in its sentence, else the nearest after it; pronoun
 * claimants ("They further reported", "Il a ajouté", "qui dit") carry the last one.
 *
 * The scan of a sentence's cues is here; the claimant after "selon", "according to" or "pour"
 * in according-to.ts, the speaker of a verb of saying in verb-speaker.ts (its subject before it in
 * speech-subject.ts), and the cues dropped after the scan (relays, denied tolls) in cue-filters.ts.
 */
import type { By } from '../types';
import {
  CLAIMANT_NEXT,
  CLAIMANT_PHRASES,
  LEARNED_FROM,
  FINDING_WORDS,
  SPEECH_WORDS,
  TOLL_SETTERS,
} from './lexicon';
import { ACCUSATION_STEMS, CLAIM_STEMS, hasStem, NEGATIONS, PASSIVE_AUX } from './lexicon-actors';
import { claimantIn } from './claimant-class';
import type { Sentence } from './sentences';
import { fold, type Token } from './tokens';
import { OF_WORDS } from './lexicon-np';
import { GROUP_WORDS, groupAntecedent, ownedDocument, ownerBefore } from './antecedents';
import { accordingTo, complementAt, forSpeaker } from './according-to';
import { withoutDenied, withoutRelays } from './cue-filters';
import { contrastBefore } from './cue-scope';
import { PRONOUNS } from './speech-subject';
import { speakerCue } from './verb-speaker';
import { killedItself } from './own-deed';

import {
  DOCUMENTS,
  faitEtat,
  insideQuotation,
  LEARNED_OF,
  learnedFrom,
  NOUN_DETERMINERS,
  REPORT_NOUNS,
  responsibilityAfter,
  speechWordAt,
  tollClaimant,
} from './speech-clauses';

export interface Cue {
  pos: number;
  /**
   * A speaker in a clause of its own after the figures, saying something else: "12 civilians were
   * killed, and a local official said the attackers burned homes". It claims only what follows.
   */
  forwardOnly?: boolean;
  /** A parenthesised attribution right after a figure: "10 killed (per JNIM)". */
  paren?: boolean;
  /** Carried from a speaker named before by a pronoun or a document ("le bilan fait état de"). */
  carried?: boolean;
  /**
   * A speaker inside a clause of contrast ("…, alors que le JNIM affirme en avoir tué 30", "while
   * the group said"): the clause's first token. It claims no figure before it.
   */
  from?: number;
  by: By;
  source: string;
}

/** A toll that names its own claimant: "le bilan officiel est de", "the official toll", "le bilan donné par l'armée". */
const TOLL_HEADS = new Set(['bilan', 'toll', 'balance', 'tally', 'decompte', 'count']);

/** "announced its responsibility", "أعلنت الجماعة مسؤوليتها": the noun within three words, its owner between. */
function responsibilityNounAfter(tokens: Token[], i: number, last: number): boolean {
  for (let k = i + 1; k < Math.min(last, i + 4); k++) {
    const w = tokens[k].norm;
    if (w === 'responsibility' || w === 'responsabilite') return true;
    if (tokens[k].type !== 'word' || PRONOUNS.has(w) || w === 'that' || w === 'que') return false;
  }
  return false;
}

/** Verbs of saying spelt like an adjective: "précise" (says more), "une frappe précise", "precise strikes". */
const ADJECTIVE_TWINS = new Set(['precise']);
const OPENING_QUOTES = new Set(['"', '\u201c', '\u00ab']);

/** "ne dit pas", "n'a pas précisé", "did not say", "has not said", "didn't confirm": the verb at i negated. */
function negated(tokens: Token[], s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= Math.max(s.first, i - 3); k--) {
    if (NEGATIONS.has(tokens[k].norm)) return true;
    if (tokens[k].type !== 'word') return false;
  }
  return false;
}

/** How far an inverted accuser's name may run to the end of its clause: ", accuse l'ANSIPRJ." */
const INVERTED_REACH = 6;
/** What opens the deed an accuser charges: "accuse l'armée d'avoir tué", "de", "of killing". */
const DEED_OPENERS = new Set(["d'", 'de', 'of', 'for']);

/**
 * "…ont massacré 30 villageois, accuse l'ANSIPRJ": the accusation after a comma, its subject after
 * it and no deed of its own ("d'avoir tué"): the accuser claims the clause before, as a verb of saying does.
 */
function invertedAccuser(tokens: Token[], s: Sentence, i: number): boolean {
  if (tokens[i - 1]?.text !== ',') return false;
  for (let k = i + 1; k < Math.min(s.last, i + INVERTED_REACH); k++) {
    if (DEED_OPENERS.has(tokens[k].norm)) return false;
    if (tokens[k].type === 'punct' && tokens[k].text !== "'") return true;
  }
  return i + INVERTED_REACH >= s.last;
}

/** How far the accuser's "par"/"by" may stand after the accusation: "accusée lundi par". */
const ACCUSER_REACH = 4;

/**
 * The accuser after a passive accusation at i ("est accusée par des habitants", "is accused by
 * HRW"), who claims what follows; unattributed when the text names none.
 */
function accuserCue(text: string, tokens: Token[], s: Sentence, i: number): Cue {
  for (let k = i + 1; k < Math.min(s.last, i + ACCUSER_REACH); k++) {
    if (!['par', 'by'].includes(tokens[k].norm)) continue;
    let end = k + 1;
    while (end < s.last && tokens[end].type === 'word' && tokens[end].norm !== "d'" && end < k + 8) end++;
    const accuser = claimantIn(text, tokens, k + 1, end);
    if (accuser) return { pos: i, ...accuser, forwardOnly: true };
  }
  return { pos: i, by: 'unattributed', source: '', forwardOnly: true };
}

/** The cues of one sentence; `last` is the claimant carried from before (for pronouns). */
export function sentenceCues(text: string, tokens: Token[], s: Sentence, last: Cue | null): Cue[] {
  return cuesOf(text, tokens, s, last).map((c) => {
    const source = fold(c.source ?? '');
    const owned = GROUP_WORDS.test(source) ? null : ownedDocument(tokens, s, source);
    if (owned !== null) {
      // "Côté rebelles, leur communiqué parle de 9 morts": the statement of the side named before.
      const owner = ownerBefore(tokens, owned);
      return owner ? { ...c, by: owner } : c;
    }
    if (!GROUP_WORDS.test(source)) return c;
    // "le groupe affirme avoir tué 50 soldats", "the group said it had killed": a monitor kills no one.
    const by = killedItself(tokens, c.pos + 1, s.last) ? 'armed_group' : groupAntecedent(tokens, c.pos);
    return by ? { ...c, by } : c;
  });
}

/**
 * Can the scan below find anything at a token with this word: a phrase before a claimant, "pour",
 * a toll's head, a verb of saying, of setting a toll or of accusing? By word, cached: the scan
 * asks at every token of the page, and most words are none of these.
 */
function mayOpenCue(w: string): boolean {
  let m = MAY_OPEN.get(w);
  if (m === undefined) {
    m =
      CLAIMANT_NEXT.starts(w) ||
      LEARNED_FROM.has(w) ||
      LEARNED_OF.has(w) ||
      w === 'pour' ||
      TOLL_HEADS.has(w) ||
      TOLL_SETTERS.has(w) ||
      SPEECH_WORDS.has(w) ||
      FINDING_WORDS.has(w) ||
      hasStem(w, ACCUSATION_STEMS);
    // Bounded: a page has a few thousand distinct words.
    if (MAY_OPEN.size > 50000) MAY_OPEN.clear();
    MAY_OPEN.set(w, m);
  }
  return m;
}
const MAY_OPEN = new Map<string, boolean>();

function cuesOf(text: string, tokens: Token[], s: Sentence, last: Cue | null): Cue[] {
  const cues: Cue[] = [];
  for (let i = s.first; i < s.last; i++) {
    if (!mayOpenCue(tokens[i].norm)) continue;
    const next = CLAIMANT_NEXT.matchAt(tokens, i, s.last) ?? learnedFrom(tokens, s, i);
    if (next) {
      i = accordingToCue(text, tokens, s, i, next.end, last, cues);
      continue;
    }
    const w = tokens[i].norm;
    // "Pour le maire de Boni, 12 civils ont été tués": a clause's opening "pour" + a speaker + a comma.
    const opening = w === 'pour' ? forSpeaker(text, tokens, s, i) : null;
    if (opening) {
      cues.push(opening);
      continue;
    }
    if (TOLL_HEADS.has(w)) {
      const c = tollClaimant(text, tokens, s, i);
      if (c) cues.push(c);
      continue;
    }
    // "HRW accuse l'armée d'avoir tué 20 civils": the accuser tells the figures after it — not
    // "three men they accused of being informants", a figure before.
    const accusing = !speechWordAt(tokens, s, i);
    if (accusing && !hasStem(w, ACCUSATION_STEMS)) continue;
    // "L'armée est accusée (par des habitants) d'avoir exécuté 12 civils": the accused is no speaker.
    if (accusing && PASSIVE_AUX.has(tokens[i - 1]?.norm ?? '')) {
      cues.push(accuserCue(text, tokens, s, i));
      continue;
    }
    // "L'armée ne dit pas si…", "it did not say how many…": a speaker saying nothing gives what follows no claimant.
    if (negated(tokens, s, i)) {
      cues.push({ pos: i, by: 'unattributed', source: '', forwardOnly: true });
      continue;
    }
    if (namesNoClaimant(tokens, s, i)) continue;
    const from = cues.length;
    speakerCue(text, tokens, s, i, last, cues);
    if (accusing && !invertedAccuser(tokens, s, i))
      for (let k = from; k < cues.length; k++) cues[k] = { ...cues[k], forwardOnly: true };
  }
  return keptCues(tokens, s, cues);
}

/**
 * "selon l'armée", "according to a local official", "learned from": the claimant after the
 * phrase [i, end). Pushes its cue; returns the index the scan goes on after.
 */
function accordingToCue(
  text: string,
  tokens: Token[],
  s: Sentence,
  i: number,
  end: number,
  last: Cue | null,
  cues: Cue[],
): number {
  // "selon nos informations", "according to our information": the outlet's own reporting.
  const own = CLAIMANT_PHRASES.matchAt(tokens, end, s.last);
  if (own?.value[0] === 'unattributed') {
    // "« Selon nos informations, il y a 20 morts »": inside a quotation, "our" is the speaker's,
    // whom quote-claimant.ts names — not the outlet's own reporting.
    if (!insideQuotation(tokens, s.first, i)) cues.push({ pos: i, by: 'unattributed', source: '' });
    return own.end - 1;
  }
  const cue = accordingTo(text, tokens, s, i, end, cues.at(-1) ?? last);
  if (cue) cues.push(cue);
  return end - 1;
}

/**
 * A word of saying at i that gives no figure a claimant: a document ("the report said"), "fait"
 * without "état de", a claim of the attack ("claimed responsibility for an ambush").
 */
function namesNoClaimant(tokens: Token[], s: Sentence, i: number): boolean {
  const w = tokens[i].norm;
  // "according to information received", "selon des informations": a noun after the phrase.
  // Not a document ("selon un communiqué de l'armée", "according to reports from Reuters"), which speaks for its issuer.
  let d = i;
  while (d > s.first && NOUN_DETERMINERS.has(tokens[d - 1].norm)) d--;
  if (!DOCUMENTS.has(w) && !REPORT_NOUNS.has(w))
    for (let k = Math.max(s.first, d - 3); k < d; k++)
      if (CLAIMANT_NEXT.matchAt(tokens, k, d)?.end === d) return true;
  // "la Direction de l'information", "of the statement": a noun in a complement, not a verb.
  if (i - 2 >= s.first && complementAt(tokens, i) && !OF_WORDS.has(tokens[i - 1].norm)) return true;
  // "the report said", "in a report": after a determiner "report" is a document, not a verb of saying.
  if (REPORT_NOUNS.has(w) && NOUN_DETERMINERS.has(tokens[i - 1]?.norm ?? '') && tokens[i - 1].text !== 'UN')
    return true;
  if (['fait', 'faisant', 'faisait', 'font', 'faisaient'].includes(w) && !faitEtat(tokens, i, s.last))
    return true;
  // "carried out “precise strikes”", "une frappe précise", "the precise toll": the adjective.
  const prev = tokens[i - 1];
  if (ADJECTIVE_TWINS.has(w) && prev && (NOUN_DETERMINERS.has(prev.norm) || OPENING_QUOTES.has(prev.text)))
    return true;
  // "claimed responsibility for an ambush that killed 33 soldiers": the attack's author, not the
  // toll's claimant (the group's own count says so: "…, saying it killed 40").
  // A verb of claiming, or of saying with the noun "responsibility" for object ("أعلنت الجماعة
  // مسؤوليتها", "announced its responsibility"; not "says they were responsible and that…").
  return (
    (hasStem(w, CLAIM_STEMS) && responsibilityAfter(tokens, i, s.last)) ||
    responsibilityNounAfter(tokens, i, s.last)
  );
}

/**
 * The cues a sentence keeps: those carried from before drop out when it names a speaker of its
 * own; then relays and denied tolls (cue-filters.ts).
 */
function keptCues(tokens: Token[], s: Sentence, cues: Cue[]): Cue[] {
  // "Le bilan provisoire fait état de 9 morts, selon un communiqué de l'état-major": a speaker
  // named in the sentence beats one carried from before.
  const carried = cues.some((c) => c.carried);
  const own =
    carried && cues.some((c) => !c.carried && c.by !== 'unattributed')
      ? cues.filter((c) => !c.carried)
      : cues;
  return withoutDenied(tokens, s, withoutRelays(tokens, own)).map((c) => {
    const from = contrastBefore(tokens, s, c.pos);
    return from < 0 ? c : { ...c, from };
  });
}

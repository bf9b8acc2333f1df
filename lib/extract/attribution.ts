/**
 * Who makes a claim: cues like "according to", "X said", "selon", "a annoncé X",
 * "fait état de", classified into SCHEMA.md's claimant classes. A figure takes the
 * nearest cue before it in its sentence, else the nearest after it; pronoun
 * claimants ("They further reported", "Il a ajouté", "qui dit") carry the last one.
 *
 * The scan of a sentence's cues is here; the claimant after "selon", "according to" or "pour"
 * in according-to.ts, the subject of a verb of saying before it in speech-subject.ts, and the
 * cues dropped after the scan (relays, denied tolls) in cue-filters.ts.
 */
import type { By } from '../types';
import { CLAIMANT_NEXT, CLAIMANT_PHRASES, SPEECH_WORDS, TOLL_NOUNS, TOLL_SETTERS } from './lexicon';
import { CLAIM_STEMS, hasStem, NEGATIONS } from './lexicon-actors';
import { ownClause } from './cue-scope';
import { agentAfter } from './speech-agent';
import type { Sentence } from './sentences';
import { OF_WORDS } from './lexicon-np';
import { fold, type Token } from './tokens';
import { GROUP_WORDS, groupAntecedent, ownedDocument, ownerBefore } from './antecedents';
import { accordingTo, forSpeaker } from './according-to';
import { withoutDenied, withoutRelays } from './cue-filters';
import { carriedBy, PRONOUNS, speakerBefore, subjectCue } from './speech-subject';

import {
  anaphoric,
  AUX,
  faitEtat,
  forward,
  learnedFrom,
  NOUN_DETERMINERS,
  passiveAt,
  REPORT_NOUNS,
  responsibilityAfter,
  sameWord,
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

/** A toll noun within a few words after the verb: "put its losses at", "revu à la hausse le bilan". */
function setsToll(tokens: Token[], i: number, last: number): boolean {
  for (let k = i + 1; k < Math.min(last, i + 6); k++) if (TOLL_NOUNS.has(tokens[k].norm)) return true;
  return false;
}

/** "ne dit pas", "n'a pas précisé", "did not say", "has not said", "didn't confirm": the verb at i negated. */
function negated(tokens: Token[], s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= Math.max(s.first, i - 3); k--) {
    if (NEGATIONS.has(tokens[k].norm)) return true;
    if (tokens[k].type !== 'word') return false;
  }
  return false;
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
    const by = groupAntecedent(tokens, c.pos);
    return by ? { ...c, by } : c;
  });
}

function cuesOf(text: string, tokens: Token[], s: Sentence, last: Cue | null): Cue[] {
  const cues: Cue[] = [];
  for (let i = s.first; i < s.last; i++) {
    const next = CLAIMANT_NEXT.matchAt(tokens, i, s.last) ?? learnedFrom(tokens, s, i);
    if (next) {
      // "selon nos informations", "according to our information": the outlet's own reporting.
      const own = CLAIMANT_PHRASES.matchAt(tokens, next.end, s.last);
      if (own?.value[0] === 'unattributed') {
        cues.push({ pos: i, by: 'unattributed', source: '' });
        i = own.end - 1;
        continue;
      }
      const cue = accordingTo(text, tokens, s, i, next.end, cues.at(-1) ?? last);
      if (cue) cues.push(cue);
      i = next.end - 1;
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
    // "the army put its losses at 11 dead", "a porté le bilan à 30 morts": a verb that sets a toll.
    const setter = TOLL_SETTERS.has(w) && !SPEECH_WORDS.has(w);
    if (setter && !setsToll(tokens, i, s.last)) continue;
    if (!setter && !SPEECH_WORDS.has(w)) continue;
    // "L'armée ne dit pas si…", "it did not say how many…": a speaker saying nothing gives what follows no claimant.
    if (negated(tokens, s, i)) {
      cues.push({ pos: i, by: 'unattributed', source: '', forwardOnly: true });
      continue;
    }
    // "the report said", "in a report": after a determiner "report" is a document, not a verb of saying.
    if (REPORT_NOUNS.has(w) && NOUN_DETERMINERS.has(tokens[i - 1]?.norm ?? '') && tokens[i - 1].text !== 'UN')
      continue;
    if (['fait', 'faisant', 'faisait', 'font', 'faisaient'].includes(w) && !faitEtat(tokens, i, s.last))
      continue;
    // "claimed responsibility for an ambush that killed 33 soldiers": the attack's author, not the
    // toll's claimant (the group's own count says so: "…, saying it killed 40").
    // A verb of claiming, or of saying with the noun "responsibility" for object ("أعلنت الجماعة
    // مسؤوليتها", "announced its responsibility"; not "says they were responsible and that…").
    if (
      (hasStem(w, CLAIM_STEMS) && responsibilityAfter(tokens, i, s.last)) ||
      responsibilityNounAfter(tokens, i, s.last)
    )
      continue;
    // "claimed by JNIM", "revendiquée par": responsibility for the attack, not a figure's claimant.
    // "announced by the government", "annoncé par l'armée": the agent is the claimant.
    // "communiqué mardi soir par l'armée", "announced late on Tuesday by the government": a time between.
    const by = agentAfter(tokens, i, s.last);
    if (by > 0) {
      if (hasStem(w, CLAIM_STEMS)) continue;
      const agent = forward(text, tokens, s, by);
      if (agent) cues.push({ ...agent, pos: i });
      continue;
    }
    // "clashes were also reported", "des tirs ont été signalés": a passive with no one speaking.
    if (passiveAt(tokens, s.first, i)) continue;
    // Inverted subject after a quote or comma: "…», a annoncé l'armée", "…,” said an official".
    let b = i - 1;
    while (b > s.first && AUX.has(tokens[b].norm)) b--;
    const inverted = b < s.first || (tokens[b].type === 'punct' && !['(', ')'].includes(tokens[b].text));
    const participle = /ing$|ant$/.test(w) && w !== 'claiming';
    if (inverted && w !== 'told' && !participle) {
      // "…, indiquent les mêmes sources": the claimant named before, not a class of its own.
      const named = cues.at(-1) ?? last;
      if (named && sameWord(tokens, i + 1, Math.min(s.last, i + 4), named.source)) {
        cues.push({ pos: i, by: named.by, source: named.source });
        continue;
      }
      const fwd = forward(text, tokens, s, i);
      if (fwd) {
        cues.push(fwd);
        continue;
      }
      // "…, indique le rapport": the document named before speaks again — unless the sentence opens
      // on a speaker, whose verb takes the words after as its object (speakerBefore).
      if (anaphoric(tokens, i + 1, Math.min(s.last, i + 4)) && !speakerBefore(text, tokens, s, i)) {
        if (last) cues.push({ pos: i, by: last.by, source: last.source });
        continue;
      }
    }
    // "قال مصدر أمني" (glossed "it said security source"): an Arabic verb stands before its
    // subject; its own pronoun carries the speaker before only when no speaker follows.
    if (tokens[i - 1]?.norm === 'it' && tokens[i - 1].start === tokens[i].start) {
      // "وأضافت المصادر" ("and the sources added"): the sources named before.
      const named = cues.at(-1) ?? last;
      if (named && sameWord(tokens, i + 1, Math.min(s.last, i + 4), named.source)) {
        cues.push({ pos: i, by: named.by, source: named.source });
        continue;
      }
      const fwd = forward(text, tokens, s, i);
      if (fwd) {
        cues.push(fwd);
        continue;
      }
    }
    // "…, said the statement, adding that…", "a déclaré l'armée, précisant que…": a participle
    // after a comma shares the subject of the verb of saying before it.
    const prior = cues.at(-1);
    if (participle && prior && tokens[i - 1]?.text === ',') {
      cues.push({ ...prior, pos: i });
      continue;
    }
    // Backward: the subject of the verb.
    const subject = subjectCue(text, tokens, s, i, last);
    if (subject) {
      if (subject.cue)
        cues.push(ownClause(tokens, s, i) ? { ...subject.cue, forwardOnly: true } : subject.cue);
      continue;
    }
    // Forward: inverted subject ("a annoncé l'armée", "said Aminata Keita, a researcher at Amnesty International").
    // "…, told AFP": after "told" stands whom it was told to, never the speaker.
    // "2 postes avancés de l'armée": a word of saying used as an adjective, its complement no speaker.
    // "C'est ce qu'indiquent des sources locales": after a verb in the plural, "des" is the article.
    const nextNorm = tokens[i + 1]?.norm ?? '';
    const complement = OF_WORDS.has(nextNorm) && !(nextNorm === 'des' && /ent$/.test(w));
    const fwd = participle || w === 'told' || complement ? null : forward(text, tokens, s, i);
    if (fwd) {
      cues.push(fwd);
      continue;
    }
    const carried = carriedBy(text, tokens, s, i, last);
    if (carried) cues.push({ pos: i, by: carried.by, source: carried.source });
  }
  // "Le bilan provisoire fait état de 9 morts, selon un communiqué de l'état-major": a speaker
  // named in the sentence beats one carried from before.
  const carried = cues.some((c) => c.carried);
  const own =
    carried && cues.some((c) => !c.carried && c.by !== 'unattributed')
      ? cues.filter((c) => !c.carried)
      : cues;
  return withoutDenied(tokens, s, withoutRelays(tokens, own));
}

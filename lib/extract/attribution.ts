/**
 * Who makes a claim: cues like "according to", "X said", "selon", "a annoncé X",
 * "fait état de", classified into SCHEMA.md's claimant classes. A figure takes the
 * nearest cue before it in its sentence, else the nearest after it; pronoun
 * claimants ("They further reported", "Il a ajouté", "qui dit") carry the last one.
 */
import type { By } from '../types';
import { CLAIMANT_NEXT, CLAIMANT_PHRASES, SPEECH_WORDS, TOLL_NOUNS, TOLL_SETTERS } from './lexicon';
import { classifyAt, claimantWords, span } from './claimant-class';
import { CLAIM_STEMS, hasStem, NEGATIONS } from './lexicon-actors';
import { ownClause } from './cue-scope';
import { agentAfter } from './speech-agent';
import type { Sentence } from './sentences';
import { OF_WORDS, SELON_RELATIVES } from './lexicon-np';
import { EN_UNITS, FR_UNITS } from './number-words';
import { fold, type Token } from './tokens';
import {
  GROUP_WORDS,
  INVERTED_PRONOUN,
  SUBJECT_PRONOUNS,
  groupAntecedent,
  ownedDocument,
  ownerBefore,
  subjectBefore,
} from './antecedents';

import {
  anaphoric,
  appositionAfterName,
  AUX,
  countedVictims,
  DENIAL_CLAUSE_BREAK,
  DOCUMENTS,
  ELIDED_SUBJECT,
  faitEtat,
  forward,
  learnedFrom,
  noToll,
  NOUN_DETERMINERS,
  openingQuote,
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
/** A toll noun within a few words after the verb: "put its losses at", "revu à la hausse le bilan". */
/** "announced its responsibility", "أعلنت الجماعة مسؤوليتها": the noun within three words, its owner between. */
function responsibilityNounAfter(tokens: Token[], i: number, last: number): boolean {
  for (let k = i + 1; k < Math.min(last, i + 4); k++) {
    const w = tokens[k].norm;
    if (w === 'responsibility' || w === 'responsabilite') return true;
    if (tokens[k].type !== 'word' || PRONOUNS.has(w) || w === 'that' || w === 'que') return false;
  }
  return false;
}

function setsToll(tokens: Token[], i: number, last: number): boolean {
  for (let k = i + 1; k < Math.min(last, i + 6); k++) if (TOLL_NOUNS.has(tokens[k].norm)) return true;
  return false;
}

const CLOSING_QUOTES = new Set(['\u00bb', '\u201d']);

const CUT = new Set([
  ',',
  ';',
  ':',
  '\u00ab',
  '\u00bb',
  '\u201c',
  '\u201d',
  '"',
  '(',
  ')',
  'that',
  'que',
  "qu'",
  'while',
  'tandis',
  'but',
  'mais',
  'despite',
  'malgre',
  'whereas',
  'alors',
  'as',
  'comme',
]);
const PRONOUNS = new Set([
  'il',
  'elle',
  'ils',
  'elles',
  'they',
  'he',
  'she',
  'it',
  'we',
  'nous',
  'on',
  'qui',
  'who',
  'which',
  'statement',
  'communique',
  'spokesman',
  'porte-parole',
  'celle-ci',
  'celui-ci',
  'ceux-ci',
  'celles-ci',
  'latter',
  'release',
  'note',
]);
const RELATIVE_REACH = 6;
/** Who "selon" or "according to" may point back at: "selon lui", "d'après eux", "according to her". */
const OBJECT_PRONOUNS = new Set(['lui', 'elle', 'eux', 'elles', 'him', 'her', 'them']);
const STOP_FORWARD = new Set([
  ',',
  ';',
  ':',
  '.',
  '(',
  ')',
  '\u00bb',
  '\u201d',
  'that',
  'que',
  "qu'",
  'who',
  'qui',
]);

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

/**
 * "selon l'armée", "according to Amadou Diallo, a local official", "selon la même source": the
 * claimant after a cue that names it next (ending at nextEnd); `before` is the claimant named last
 * (earlier in the sentence: "Le groupe a revendiqué…, selon son communiqué"; else before it).
 */
function accordingTo(
  text: string,
  tokens: Token[],
  s: Sentence,
  i: number,
  nextEnd: number,
  before: Cue | null,
): Cue | null {
  let e = nextEnd;
  while (
    e < s.last &&
    e < nextEnd + 10 &&
    !STOP_FORWARD.has(tokens[e].norm) &&
    tokens[e].type !== 'num' &&
    // "selon le communiqué": a document's noun, not the verb "a communiqué"; "le site d'information",
    // "le ministre de l'Information": a complement.
    (!SPEECH_WORDS.has(tokens[e].norm) || DOCUMENTS.has(tokens[e].norm) || OF_WORDS.has(tokens[e - 1].norm))
  )
    e++;
  // "de source sécuritaire": the cue's own word "source" is part of the claimant.
  const from = tokens[nextEnd - 1].norm.startsWith('source') ? nextEnd - 1 : nextEnd;
  // "selon la même source", "according to the same official": the claimant named before.
  const same = before && sameWord(tokens, from, e, before.source);
  let m = same ? null : classifyAt(tokens, from, e);
  // "according to Amadou Diallo, a local official": a person's name, then who the person is.
  let named = { from, e };
  if (!m && !same) {
    const who = appositionAfterName(tokens, from, e, s.last);
    if (who) {
      m = classifyAt(tokens, who.from, who.e);
      if (m) named = { from, e: who.e };
    }
  }
  // "selon le communiqué" after "Le JNIM a revendiqué…": the document of the claimant named before.
  if (
    m &&
    before &&
    m.end - m.start === 1 &&
    DOCUMENTS.has(tokens[m.start].norm) &&
    anaphoric(tokens, from, e)
  )
    m = null;
  const paren = tokens[i - 1]?.text === '(';
  if (m) {
    const source =
      named.e > e ? span(text, tokens, named.from, named.e) : claimantWords(text, tokens, m, from, e);
    return { pos: i, by: m.by, source, paren };
  }
  // "une source militaire selon laquelle…", "des habitants, selon lesquels…": the relative stands
  // for the noun just before "selon".
  if (e === from + 1 && SELON_RELATIVES.has(tokens[from].norm)) {
    let a = i;
    while (a > s.first && i - a < RELATIVE_REACH && tokens[a - 1].text !== '.') a--;
    const m = classifyAt(tokens, a, i);
    if (m) return { pos: i, by: m.by, source: claimantWords(text, tokens, m, a, i), paren };
  }
  // "Un élu local avance un autre bilan. Selon lui, …", "according to them": the person named
  // as the subject of the sentence before, else the claimant carried from before.
  if (e === from + 1 && OBJECT_PRONOUNS.has(tokens[from].norm)) {
    const who = subjectBefore(text, tokens, s) ?? before;
    return who ? { pos: i, by: who.by, source: who.source, paren } : null;
  }
  // "Selon le même communiqué", "according to the statement": the claimant named before.
  if (before && (same || anaphoric(tokens, from, e)))
    return { pos: i, by: before.by, source: before.source, paren };
  return null;
}

/** A pronoun or "the statement" before the verb at i carries the previous claimant (`last`). */
function carriedBy(
  text: string,
  tokens: Token[],
  s: Sentence,
  i: number,
  last: Cue | null,
): { by: By; source: string } | null {
  let pronoun = false;
  let personal = false;
  for (let k = Math.max(s.first, i - 4); k < i; k++) {
    if (PRONOUNS.has(tokens[k].norm)) pronoun = true;
    if (SUBJECT_PRONOUNS.has(tokens[k].norm) || INVERTED_PRONOUN.test(tokens[k].norm)) personal = true;
  }
  // "…, précise-t-il", "indiquent-elles", "« … », a-t-il dit": the pronoun inverted after its verb.
  if (INVERTED_PRONOUN.test(tokens[i].norm)) personal = true;
  // "Des habitants ont été joints par téléphone. Ils affirment que…": a personal pronoun opening
  // a sentence stands for the subject of the sentence before, when that names a claimant.
  const antecedent = personal ? subjectBefore(text, tokens, s) : null;
  return antecedent ?? (pronoun || personal ? last : null);
}

/** Words by which an outlet relays its own source: "citing", "citant", "qui cite", "quoting". */
const CITING = new Set(['citing', 'citant', 'qui', 'quoting']);
const RELAY_REACH = 8;

/**
 * "AFP reported, citing a security source", "Selon RFI, qui cite des sources locales": the outlet
 * relays the source it cites, which is the claimant.
 */
function withoutRelays(tokens: Token[], cues: Cue[]): Cue[] {
  return cues.filter((c, n) => {
    const next = cues[n + 1];
    return !(
      c.by === 'media' &&
      next &&
      next.by !== 'media' &&
      next.pos > c.pos &&
      next.pos - c.pos <= RELAY_REACH &&
      CITING.has(tokens[next.pos].norm)
    );
  });
}

/**
 * "L'armée n'a pas communiqué de bilan", "the army gave no toll": the claimant before the denied
 * toll gives no figure; one named after it ("…, according to local sources") still does.
 */
function withoutDenied(tokens: Token[], s: Sentence, cues: Cue[]): Cue[] {
  const denied = noToll(tokens, s);
  if (denied < 0) return cues;
  let clause = denied;
  while (clause > s.first && !DENIAL_CLAUSE_BREAK.has(tokens[clause - 1].norm)) clause--;
  // "The army confirmed the attack but gave no toll": the denial's subject is the claimant before it.
  const own =
    cues.some((c) => c.pos >= clause && c.pos <= denied) || !ELIDED_SUBJECT.has(tokens[clause]?.norm ?? '');
  const before = cues.filter((c) => c.pos < clause).at(-1);
  // "the army said 23 soldiers were killed, without giving figures for the enemy": a speaker who
  // gave figures before the denial gave them; the denial is of something else.
  if (before && numberBetween(tokens, before.pos, clause)) return cues;
  // The denial itself stays: what follows it has no claimant ("n'a pas précisé le nombre de disparus, mais…").
  return cues.filter(
    (c) => (c.pos < clause && (own || c !== before)) || c.pos > denied || c.by === 'unattributed',
  );
}

/** Is there a figure's number (in digits or words) between tokens a and b? */
function numberBetween(tokens: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const t = tokens[k];
    if (t.type === 'num' || EN_UNITS.has(t.norm) || FR_UNITS.has(t.norm)) return true;
  }
  return false;
}

/** "Pour le maire de Boni, …", opening its sentence or a clause: the speaker whose view follows. */
function forSpeaker(text: string, tokens: Token[], s: Sentence, i: number): Cue | null {
  if (i > s.first && !['.', ',', ';', ':'].includes(tokens[i - 1].text)) return null;
  let e = i + 1;
  while (e < s.last && e < i + FOR_REACH && tokens[e].type === 'word') e++;
  if (tokens[e]?.text !== ',') return null;
  const m = classifyAt(tokens, i + 1, e);
  return m ? { pos: i, by: m.by, source: claimantWords(text, tokens, m, i + 1, e) } : null;
}
const FOR_REACH = 8;

/** "ne dit pas", "n'a pas précisé", "did not say", "has not said", "didn't confirm": the verb at i negated. */
function negated(tokens: Token[], s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= Math.max(s.first, i - 3); k--) {
    if (NEGATIONS.has(tokens[k].norm)) return true;
    if (tokens[k].type !== 'word') return false;
  }
  return false;
}

/**
 * The subject of the verb of saying at i, before it: first up to the nearest cut, then the whole
 * clause over quotations. `{ cue: null }` when a document named before speaks again but no
 * claimant was named; null when the words before name no one.
 */
function subjectCue(
  text: string,
  tokens: Token[],
  s: Sentence,
  i: number,
  last: Cue | null,
): { cue: Cue | null } | null {
  // "Du côté des FAMa, on déplore 3 blessés": the impersonal "on" speaks; the side named before
  // the comma is whose losses, not who tells them.
  let p = i - 1;
  while (p > s.first && (AUX.has(tokens[p].norm) || ['ne', "n'"].includes(tokens[p].norm))) p--;
  if (tokens[p]?.norm === 'on' && p >= s.first) return { cue: null };
  let a = i;
  while (a > s.first && a > i - 12 && !CUT.has(tokens[a - 1].norm)) a--;
  // "…, the same sources said": the claimant named before.
  if (last && i - a <= 4 && sameWord(tokens, a, i, last.source))
    return { cue: { pos: i, by: last.by, source: last.source } };
  let m = classifyAt(tokens, a, i);
  // "JNIM, in a statement on its media, said": an aside between the claimant and its verb.
  if (m?.by === 'media') {
    let a2 = i;
    while (a2 > s.first && a2 > i - 25 && !['.', ';', ':'].includes(tokens[a2 - 1].norm)) a2--;
    const wide = classifyAt(tokens, a2, i);
    if (wide && wide.by !== 'media') {
      m = wide;
      a = a2;
    }
  }
  // "…, the report said", "…, a indiqué le rapport": a document named before speaks again;
  // the clause's nouns before the comma are what it said, not who said it.
  if (!m && i - a <= 4 && anaphoric(tokens, a, i))
    return { cue: last ? { pos: i, by: last.by, source: last.source, carried: true } : null };
  if (!m) {
    // The whole clause, stepping over quotations: their words are what was said, not who said it
    // ("L'armée a « réagi … » et eu « 42 morts » dans ses rangs, faisant état de …").
    let a2 = i;
    let end = i;
    while (a2 > s.first && a2 > i - 40 && !['.', ';', ':'].includes(tokens[a2 - 1].norm)) {
      if (CLOSING_QUOTES.has(tokens[a2 - 1].text)) {
        const open = openingQuote(tokens, s.first, a2 - 1);
        if (open < 0) break;
        if (!m) m = classifyAt(tokens, a2, end);
        end = open;
        a2 = open;
        continue;
      }
      a2--;
    }
    m ??= classifyAt(tokens, a2, end);
    // "Un soldat a été tué …, a annoncé Moussa Diarra": the toll's own persons are not its speaker.
    if (m && countedVictims(tokens, m.start, m.end)) m = null;
    a = a2;
  }
  return m ? { cue: { pos: i, by: m.by, source: claimantWords(text, tokens, m, a, i) } } : null;
}

/**
 * A speaker that opens the sentence and says no figure before its verb at i ("Un élu local, qui a
 * requis l'anonymat, a confirmé ce bilan"); not a clause that tells a toll ("Au moins 22 personnes
 * ont été tuées, dont trois membres de la Katiba Serma, affirme le rapport").
 */
function speakerBefore(text: string, tokens: Token[], s: Sentence, i: number): boolean {
  for (let k = s.first; k < i; k++) if (tokens[k].type === 'num') return false;
  return !!subjectCue(text, tokens, s, i, null)?.cue;
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

/**
 * The speaker of a verb of saying named before it: its subject in the clause, over asides and
 * quotations ("JNIM, in a statement on its media, said"), or a pronoun or "the statement" that
 * carries the speaker named before ("Ils affirment que…"). Used by attribution.ts.
 */
import type { By } from '../types';
import { INVERTED_PRONOUN, SUBJECT_PRONOUNS, subjectBefore } from './antecedents';
import type { Cue } from './attribution';
import { SPEAKER_RELATIVES } from './claimant-anaphora';
import { classifyAt } from './claimant-class';
import { mediumOnly } from './claimant-members';
import { MEDIUM_PREPOSITIONS } from './lexicon-actors';
import { pronounAgrees } from './pronoun-agreement';
import { POSSESSIVES } from './lexicon';
import { claimantWords, span } from './claimant-words';
import { classedBefore, namedAgain } from './named-before';
import type { Sentence } from './sentences';
import { anaphoric, AUX, countedVictims, insideQuotation, openingQuote, sameWord } from './speech-clauses';
import type { Token } from './tokens';

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

export const PRONOUNS = new Set([
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

/** "in a statement on its media", "dans un message sur ses canaux": words of a medium before the outlet's name. */
function mediumAside(tokens: Token[], a: number, outlet: number): boolean {
  for (let k = a; k < outlet; k++)
    if (MEDIUM_PREPOSITIONS.has(tokens[k].norm) || POSSESSIVES.has(tokens[k].norm)) return true;
  return false;
}

/**
 * The subject of the verb of saying at i, before it: first up to the nearest cut, then the whole
 * clause over quotations. `{ cue: null }` when a document named before speaks again but no
 * claimant was named; null when the words before name no one.
 */
export function subjectCue(
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
  // "…, a annoncé l'armée, qui a fait état de 12 morts", "…, the army said, which put the toll
  // at 12": the relative's antecedent, right before its comma, speaks.
  const antecedent = relativeAntecedent(text, tokens, s, p, i);
  if (antecedent) return { cue: antecedent };
  let a = i;
  while (a > s.first && a > i - 12 && !CUT.has(tokens[a - 1].norm)) a--;
  // "…, the same sources said": the claimant named before.
  if (last && i - a <= 4 && sameWord(tokens, a, i, last.source))
    return { cue: { pos: i, by: last.by, source: last.source } };
  // "The official, who asked not to be named, said": the same, before an aside about them.
  const aside = asideBefore(tokens, s, i);
  if (last && aside > s.first) {
    let a2 = aside;
    while (a2 > s.first && !CUT.has(tokens[a2 - 1].norm)) a2--;
    if (aside - a2 <= 4 && sameWord(tokens, a2, aside, last.source))
      return { cue: { pos: i, by: last.by, source: last.source } };
  }
  let m = classifyAt(tokens, a, i);
  // "JNIM, in a statement on its media, said": an aside between the claimant and its verb — not
  // an outlet that is the subject itself ("…, a blogger said", "…, Reuters reported").
  if (m?.by === 'media' && mediumAside(tokens, a, m.start)) {
    let a2 = i;
    while (a2 > s.first && a2 > i - 25 && !['.', ';', ':'].includes(tokens[a2 - 1].norm)) a2--;
    const wide = classifyAt(tokens, a2, i);
    // Not words inside a quotation: "RFI annonce « 51 villageois… », Jeune Afrique précise…".
    if (wide && wide.by !== 'media' && !insideQuotation(tokens, a2, wide.start)) {
      m = wide;
      a = a2;
    }
  }
  // "…, the report said", "…, a indiqué le rapport": a document named before speaks again;
  // the clause's nouns before the comma are what it said, not who said it.
  if (!m && i - a <= 4 && anaphoric(tokens, a, i))
    return { cue: last ? { pos: i, by: last.by, source: last.source, carried: true } : null };
  // "…, the experts said" after "UN human rights experts": named before with its class.
  const again = !m && i - a >= 2 ? classedBefore(tokens, i - 2, i) : null;
  if (again) return { cue: { pos: i, by: again.by, source: span(text, tokens, i - 2, i) } };
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
    // "Dans un communiqué, il affirme…", "وقالت في بيان إنها…": where the speaker said it, not who.
    if (m && mediumOnly(tokens, m.start, m.end, a2)) m = null;
    a = a2;
  }
  // "…, the official said" after "a local official": the one named before.
  if (m) m = namedAgain(tokens, m);
  return m ? { cue: { pos: i, by: m.by, source: claimantWords(text, tokens, m, a, i) } } : null;
}

/** The claimant named right before ", qui" at p (the verb at i), or null. */
function relativeAntecedent(text: string, tokens: Token[], s: Sentence, p: number, i: number): Cue | null {
  if (!SPEAKER_RELATIVES.has(tokens[p]?.norm ?? '') || tokens[p - 1]?.text !== ',') return null;
  const end = p - 1;
  let a = end;
  while (a > s.first && a > end - ANTECEDENT_REACH && !CUT.has(tokens[a - 1].norm)) a--;
  const found = classifyAt(tokens, a, end);
  // "according to the official, who spoke…" after "a local official": the one named before.
  const m = found && namedAgain(tokens, found);
  return m ? { pos: i, by: m.by, source: claimantWords(text, tokens, m, a, end) } : null;
}
const ANTECEDENT_REACH = 8;

const ASIDE_REACH = 20;

/** The comma that opens a relative aside ending right before the verb at i ("X, who …, said"), or -1. */
export function asideBefore(tokens: Token[], s: Sentence, i: number): number {
  if (tokens[i - 1]?.text !== ',') return -1;
  for (let j = i - 2; j > Math.max(s.first, i - ASIDE_REACH); j--) {
    if (tokens[j].text !== ',') continue;
    return SPEAKER_RELATIVES.has(tokens[j + 1]?.norm ?? '') ? j : -1;
  }
  return -1;
}

/**
 * A speaker that opens the sentence and says no figure before its verb at i ("Un élu local, qui a
 * requis l'anonymat, a confirmé ce bilan"); not a clause that tells a toll ("Au moins 22 personnes
 * ont été tuées, dont trois membres de la Katiba Serma, affirme le rapport").
 */
export function speakerBefore(text: string, tokens: Token[], s: Sentence, i: number): boolean {
  for (let k = s.first; k < i; k++) if (tokens[k].type === 'num') return false;
  return !!subjectCue(text, tokens, s, i, null)?.cue;
}

/** A pronoun or "the statement" before the verb at i carries the previous claimant (`last`). */
export function carriedBy(
  text: string,
  tokens: Token[],
  s: Sentence,
  i: number,
  last: Cue | null,
): { by: By; source: string } | null {
  let pronoun = false;
  let personal = '';
  for (let k = Math.max(s.first, i - 4); k < i; k++) {
    if (PRONOUNS.has(tokens[k].norm)) pronoun = true;
    if (SUBJECT_PRONOUNS.has(tokens[k].norm) || INVERTED_PRONOUN.test(tokens[k].norm))
      personal = tokens[k].norm;
  }
  // "…, précise-t-il", "indiquent-elles", "« … », a-t-il dit": the pronoun inverted after its verb.
  if (INVERTED_PRONOUN.test(tokens[i].norm)) personal = tokens[i].norm;
  // "Des habitants ont été joints par téléphone. Ils affirment que…": a personal pronoun opening
  // a sentence stands for the subject of the sentence before, when that names a claimant and
  // agrees with it ("Militants ambushed a convoy, the army said. …, it added": not the militants).
  const subject = personal ? subjectBefore(text, tokens, s) : null;
  const antecedent =
    subject &&
    (pronounAgrees(personal, subject.phrase ?? subject.source) ||
      (last && !pronounAgrees(personal, last.source)))
      ? subject
      : null;
  return antecedent ?? (pronoun || personal ? last : null);
}

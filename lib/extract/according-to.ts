/**
 * The claimant named after the words that introduce it: "selon l'armée", "according to Amadou
 * Diallo, a local official", "selon la même source", "selon lui", and "Pour le maire de Boni, …"
 * opening a clause. Used by attribution.ts.
 */
import { subjectBefore } from './antecedents';
import type { By } from '../types';
import type { Cue } from './attribution';
import { classifyAt } from './claimant-class';
import { sceneEnd } from './claimant-members';
import { claimantWords, span } from './claimant-words';
import { classedBefore, namedAgain } from './named-before';
import { SPEECH_WORDS } from './lexicon';
import { OF_WORDS, SELON_RELATIVES } from './lexicon-np';
import type { Sentence } from './sentences';
import { anaphoric, appositionAfterName, DOCUMENTS, NOUN_DETERMINERS, sameWord } from './speech-clauses';
import type { Token } from './tokens';

const RELATIVE_REACH = 6;
/** Who "selon" or "according to" may point back at: "selon lui", "d'après eux", "according to her". */
const OBJECT_PRONOUNS = new Set(['lui', 'elle', 'eux', 'elles', 'him', 'her', 'them']);
const RELATIVES = new Set(['qui', 'who']);
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

/**
 * "selon l'armée", "according to Amadou Diallo, a local official", "selon la même source": the
 * claimant after a cue that names it next (ending at nextEnd); `before` is the claimant named last
 * (earlier in the sentence: "Le groupe a revendiqué…, selon son communiqué"; else before it).
 */
/** A noun in a complement, after "de", "of" or "de l'", "of the": "le ministre de l'Information". */
export function complementAt(tokens: Token[], e: number): boolean {
  const w = tokens[e - 1].norm;
  return OF_WORDS.has(w) || (COMPLEMENT_ARTICLES.has(w) && OF_WORDS.has(tokens[e - 2]?.norm ?? ''));
}
const COMPLEMENT_ARTICLES = new Set(["l'", 'la', 'the']);

export function accordingTo(
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
    // "selon les données d'ACLED": a verb's form after a determiner is a noun.
    (!SPEECH_WORDS.has(tokens[e].norm) ||
      DOCUMENTS.has(tokens[e].norm) ||
      complementAt(tokens, e) ||
      NOUN_DETERMINERS.has(tokens[e - 1].norm))
  )
    e++;
  // "selon des sources qui étaient présentes sur place": a relative that puts the source at the scene.
  if (RELATIVES.has(tokens[e]?.norm ?? '')) e = Math.max(e, sceneEnd(tokens, e, s.last));
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
  // "according to the official" after "a local official": the one named before.
  if (m) m = namedAgain(tokens, m);
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
  // The subject opening its own sentence goes first ("Le gouvernement a condamné l'attaque, qui a
  // fait 25 morts selon lui"), then a speaker of the sentence before ("…, ont affirmé les
  // rebelles. Selon eux, …").
  if (e === from + 1 && OBJECT_PRONOUNS.has(tokens[from].norm)) {
    const spokeBefore = before && !before.carried && tokens[before.pos].sentence === s.index - 1;
    const who =
      openingSubject(text, tokens, s, i) ??
      (spokeBefore ? before : null) ??
      subjectBefore(text, tokens, s) ??
      before;
    return who ? { pos: i, by: who.by, source: who.source, paren } : null;
  }
  // "Selon le même communiqué", "according to the statement": the claimant named before.
  if (before && (same || anaphoric(tokens, from, e)))
    return { pos: i, by: before.by, source: before.source, paren };
  // "according to the experts" after "UN human rights experts": named before with its class.
  const again = classedBefore(tokens, from, e);
  return again ? { pos: i, by: again.by, source: span(text, tokens, from, e), paren } : null;
}

/** A claimant opening the sentence as its subject, before "selon lui" at i: "Le maire a dit…". */
function openingSubject(
  text: string,
  tokens: Token[],
  s: Sentence,
  i: number,
): { by: By; source: string } | null {
  if (i - s.first < 3) return null;
  const m = classifyAt(tokens, s.first, Math.min(i, s.first + OPENING_REACH));
  if (!m || m.start > s.first + 1) return null;
  // "Douze soldats ont été tués, selon lui": the counted dead are no speaker.
  for (let k = s.first; k < m.end; k++) if (tokens[k].type === 'num') return null;
  return { by: m.by, source: claimantWords(text, tokens, m, s.first, m.end) };
}
const OPENING_REACH = 6;

/** "Pour le maire de Boni, …", opening its sentence or a clause: the speaker whose view follows. */
export function forSpeaker(text: string, tokens: Token[], s: Sentence, i: number): Cue | null {
  if (i > s.first && !['.', ',', ';', ':'].includes(tokens[i - 1].text)) return null;
  // "Douze personnes, pour la plupart des bergers, ont été tuées": most of them, not a voice.
  if (tokens[i + 1]?.norm === 'la' && tokens[i + 2]?.norm === 'plupart') return null;
  let e = i + 1;
  while (e < s.last && e < i + FOR_REACH && tokens[e].type === 'word') e++;
  if (tokens[e]?.text !== ',') return null;
  const m = classifyAt(tokens, i + 1, e);
  return m ? { pos: i, by: m.by, source: claimantWords(text, tokens, m, i + 1, e) } : null;
}
const FOR_REACH = 8;

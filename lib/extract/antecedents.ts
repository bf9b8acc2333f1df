/**
 * Who a claimant's pronoun or common noun stands for, when the sentence of saying does not name
 * them: "Des habitants ont été joints. Ils affirment que…" (the subject of the sentence before),
 * "Human Rights Watch documented the attack. … the group said" (the organisation named last).
 */
import type { By } from '../types';
import { DATELINE_TAIL } from './attack-place-words';
import { classifyAt } from './claimant-class';
import { claimantWords, span } from './claimant-words';
import { findGroups } from './groups';
import { ACTIVE_AUXILIARIES, AUXILIARIES, CLAIMANT_PHRASES } from './lexicon';
import type { Sentence } from './sentences';
import { APOSTROPHES, type Token } from './tokens';

/** Personal subject pronouns, and one inverted after its verb ("précise-t-il", "a-t-elle"). */
export const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'he', 'she', 'they', 'it']);
export const INVERTED_PRONOUN = /-(?:t-)?(?:il|elle|ils|elles|on)$/;
/** Where the subject of a sentence ends: its verb's auxiliary, a comma. */
const SUBJECT_ENDS = new Set([
  ...AUXILIARIES,
  ...ACTIVE_AUXILIARIES,
  ...[',', ':', ';', 'etait', 'etaient', 'se', "s'", 'also', 'egalement'],
]);
const SUBJECT_REACH = 8;
/** How far a claimant that opens a sentence may reach, its verb unknown: "Un élu local de Boni". */
const OPENING_REACH = 5;
/** Articles before a claimant's adjective and noun: "The Malian army", "Les autorités locales". */
const OPENING_ARTICLES = new Set(['the', 'le', 'la', 'les', "l'", 'un', 'une', 'des', 'a', 'an']);
/** Prepositions that open a sentence's place or time, before its subject: "Au Mali,", "In Mali,". */
const ADVERBIAL_OPENERS = new Set([
  ...['au', 'aux', 'en', 'dans', 'a', 'lors', 'apres', 'pendant', 'depuis', 'vers'],
  ...['in', 'at', 'on', 'after', 'during', 'since', 'near'],
]);

/** The claimant the sentence before s names as its subject ("Des habitants de Boni ont été joints"), if any. */
export function subjectBefore(
  text: string,
  tokens: Token[],
  s: Sentence,
): { by: By; source: string; phrase?: string } | null {
  const prevLast = s.first - 1;
  if (prevLast < 0) return null;
  let first = prevLast;
  while (first > 0 && tokens[first - 1].sentence === tokens[prevLast].sentence) first--;
  // "BAMAKO, May 6 (Reuters) - Suspected jihadists killed…": a dateline's city is not the subject.
  first = pastDateline(text, tokens, first, prevLast);
  // "Au Mali, des habitants…", "On Monday, residents…": an opening adverbial is not the subject.
  // ("A local official…" opens with the English article, "À Boni," with the French preposition.)
  if (
    ADVERBIAL_OPENERS.has(tokens[first].norm) &&
    (tokens[first].norm !== 'a' || /^[àÀ]/.test(tokens[first].text))
  ) {
    let comma = first + 1;
    while (comma < prevLast && comma < first + SUBJECT_REACH && tokens[comma].text !== ',') comma++;
    if (tokens[comma]?.text !== ',') return null;
    first = comma + 1;
  }
  // From its second word: "A local official…" opens with the article, not the French "a".
  let end = first + 1;
  while (end < prevLast && end < first + SUBJECT_REACH && !SUBJECT_ENDS.has(tokens[end].norm)) end++;
  if (!SUBJECT_ENDS.has(tokens[end]?.norm ?? '')) return openingClaimant(text, tokens, first, prevLast);
  const m = classifyAt(tokens, first, end);
  // The whole subject ("Des hommes du JNIM") marks the number and gender a pronoun agrees with.
  return m
    ? {
        by: m.by,
        source: claimantWords(text, tokens, m, first, end),
        phrase: span(text, tokens, first, m.end),
      }
    : null;
}

/** The first token after a dateline opening at `first` ("BAMAKO, May 6 (Reuters) -"), else `first`. */
function pastDateline(text: string, tokens: Token[], first: number, last: number): number {
  const city = tokens[first];
  if (!/^\p{Lu}/u.test(city.text)) return first;
  const tail = DATELINE_TAIL.exec(text.slice(city.end, city.end + 60));
  if (!tail) return first;
  const end = city.end + tail[0].length;
  let k = first + 1;
  while (k < last && tokens[k].start < end) k++;
  return k < last ? k : first;
}

/**
 * A verb in the present, which no auxiliary announces ("Un élu local avance un autre bilan",
 * "Des habitants évoquent…"): a claimant that opens the sentence, at its first or second word.
 */
function openingClaimant(
  text: string,
  tokens: Token[],
  first: number,
  prevLast: number,
): { by: By; source: string } | null {
  // At its first or second word, or its third after an article: "The Malian army acknowledged…";
  // past a possessive: "Mali's army acknowledged…", "The country's military government said…".
  let head = OPENING_ARTICLES.has(tokens[first].norm) ? first + 1 : first;
  if (APOSTROPHES.has(tokens[head + 1]?.text ?? '') && tokens[head + 2]?.norm === 's') head += 3;
  const end = Math.min(prevLast, head + OPENING_REACH);
  const m = classifyAt(tokens, first, end);
  if (!m || m.start > head + 1) return null;
  return { by: m.by, source: claimantWords(text, tokens, m, first, end) };
}

/** A claimant named only as "the group", "le groupe", "l'organisation" (folded). */
export const GROUP_WORDS = /^(?:the|le|l'|this|ce|cette) ?(?:group|groupe|organisation|organization)$/;
const ANTECEDENT_REACH = 150;

/**
 * "Human Rights Watch documented the attack. … the group said": the organisation named last
 * before token pos, a monitor or an armed group; null when none is named.
 */
export function groupAntecedent(tokens: Token[], pos: number): By | null {
  for (let k = pos - 1; k >= Math.max(0, pos - ANTECEDENT_REACH); k--) {
    const m = CLAIMANT_PHRASES.matchAt(tokens, k);
    if (m?.value[0] === 'monitor' && tokens[k].text !== 'un') return 'monitor';
    if (findGroups(tokens, k, Math.min(tokens.length, k + 8)).some((g) => g.start === k))
      return 'armed_group';
  }
  return null;
}

/** Possessives before a document: "leur communiqué", "its statement". */
const POSSESSIVES = new Set(['son', 'sa', 'leur', 'its', 'their']);
const DOCUMENTS = new Set(['communique', 'statement', 'declaration', 'release', 'message']);
const OWNER_REACH = 60;

/** Where a possessed document named `source` ("leur communiqué") stands in s, its possessive's index; else null. */
export function ownedDocument(tokens: Token[], s: Sentence, source: string): number | null {
  const doc = source.split(' ').pop() ?? '';
  if (!DOCUMENTS.has(doc)) return null;
  for (let k = s.first + 1; k < s.last; k++)
    if (tokens[k].norm === doc && POSSESSIVES.has(tokens[k - 1].norm)) return k - 1;
  return null;
}

/** The claimant named last before pos ("Côté rebelles, leur communiqué…"), of any class; null when none. */
export function ownerBefore(tokens: Token[], pos: number): By | null {
  for (let k = pos - 1; k >= Math.max(0, pos - OWNER_REACH); k--) {
    if (DOCUMENTS.has(tokens[k].norm)) continue;
    // The name that starts at k, a claimant's words or a group's.
    const end =
      CLAIMANT_PHRASES.matchAt(tokens, k, pos)?.end ??
      findGroups(tokens, k, Math.min(pos, k + 8)).find((g) => g.start === k)?.end;
    const m = end === undefined ? null : classifyAt(tokens, k, end);
    if (m) return m.by;
  }
  return null;
}

/**
 * The claimant named after its verb of saying, an inverted subject ("a annoncé l'armée", "said a
 * local official"): not the content that follows ("said that…"), not a deed's victim ("claimed the
 * killing of a soldier"), and not the outlet that was told ("a déclaré à l'AFP une source
 * militaire": the speaker comes after it). Also the words that open a figure, where a claimant's
 * words end. Used by attribution.ts through speech-clauses.ts.
 */
import { KIND_PHRASES, KIND_WORDS } from './lexicon';
import { APPROX_NOUNS, EN_UNITS, FR_UNITS, MONTHS, PLURAL_AMOUNTS, SINGULAR, WEEKDAYS } from './number-words';
import { classifyAt } from './claimant-class';
import { CLAIMANT_HEADS, RESIDENT_NOUNS } from './lexicon-np';
import { mediumOnly } from './claimant-members';
import { claimantWords } from './claimant-words';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import type { Cue } from './attribution';

const NOT_SUBJECT = new Set([
  'it',
  'they',
  'that',
  'he',
  'she',
  'its',
  'their',
  'to',
  'il',
  'elle',
  'ils',
  'elles',
  'que',
  "qu'",
  'avoir',
  'having',
  'on',
  'we',
  'the',
  'les',
  'des',
  'de',
  "d'",
  'a',
  'an',
]);

/** Words that open a figure ("une trentaine de militaires", "dozens of soldiers"): content, not a claimant. */
export function quantityWord(t: Token): boolean {
  if (t.type === 'num') return true;
  if (SINGULAR.has(t.norm)) return false;
  return (
    EN_UNITS.has(t.norm) || FR_UNITS.has(t.norm) || APPROX_NOUNS.has(t.norm) || PLURAL_AMOUNTS.has(t.norm)
  );
}

/**
 * "deux sources sécuritaires", "two security sources" right after the verb or its addressee: the
 * quantity word at e counts the speakers named after it.
 */
function countedSpeakers(tokens: Token[], e: number): boolean {
  for (let k = e + 1; k < e + 3; k++) {
    const w = tokens[k]?.norm ?? '';
    if (CLAIMANT_HEADS.has(w) || RESIDENT_NOUNS.has(w)) return true;
  }
  return false;
}

/** A day of a date in an aside ("a fait savoir, mardi 18 juin, le maire"): not a figure. */
function dateNumber(tokens: Token[], e: number): boolean {
  return (
    tokens[e].type === 'num' &&
    (MONTHS.has(tokens[e + 1]?.norm ?? '') || WEEKDAYS.has(tokens[e - 1]?.norm ?? ''))
  );
}

export function forward(text: string, tokens: Token[], s: Sentence, i: number): Cue | null {
  // "asserts it has seized…", "said that…": what follows is the content, not the claimant.
  const nx = tokens[i + 1]?.norm ?? '';
  if (NOT_SUBJECT.has(nx) && !['the', 'les', 'des', 'de', "d'", 'a', 'an'].includes(nx)) return null;
  let e = i + 1;
  while (
    e < s.last &&
    e < i + 12 &&
    !['.', ';', '(', ')', ':'].includes(tokens[e].norm) &&
    (!quantityWord(tokens[e]) || dateNumber(tokens, e) || (e === i + 1 && countedSpeakers(tokens, e))) &&
    !(tokens[e].norm === 'que' || tokens[e].norm === 'that') &&
    // "said a local official, who requested anonymity for security reasons": the relative says
    // something of the speaker, it does not name another.
    !(tokens[e].text === ',' && SPEAKER_RELATIVES.has(tokens[e + 1]?.norm ?? ''))
  )
    e++;
  const m = classifyAt(tokens, i + 1, e);
  // "claimed the killing of a soldier", "a confirmé la mort d'un gendarme": the deed's victim.
  if (m && victimOfDeed(tokens, i + 1, m.start)) return null;
  // "وقالت في بيان إنها…", "said in a statement that": where the speaker said it, not who.
  if (m && mediumOnly(tokens, m.start, m.end, i + 1)) return null;
  // "said a FAMa drone strike killed ten civilians": the subject of what was said, its deed right
  // after (not an Arabic verb's subject, whose object follows it: "أكدت مصادر طبية مقتل").
  if (m && !ARABIC.test(tokens[i].text) && deedAfter(tokens, m.end, e)) return null;
  // "a déclaré à l'Agence France-Presse (AFP) une source militaire": the outlet is told, the one after speaks.
  if (m?.by === 'media' && ADDRESSEE.has(nx)) {
    const speaker = afterAddressee(text, tokens, s, m.end);
    // "Il a confié à RFI…", "« … », a-t-il déclaré à l'AFP": the outlet told never speaks; the
    // speaker is the verb's subject, before it.
    return speaker ? { ...speaker, pos: i } : null;
  }
  return m ? { pos: i, by: m.by, source: claimantWords(text, tokens, m, i + 1, e) } : null;
}

const ARABIC = /[\u0600-\u06ff]/;
/** How many words may stand between a subject and its deed: "a FAMa drone strike killed". */
const DEED_REACH = 3;
const RELATIVES = new Set(['who', 'which', 'that', 'qui', 'que', "qu'", 'dont']);
/** A deed's word (KIND_WORDS) within a few words after `end`, no relative between: the words before it are its subject. */
function deedAfter(tokens: Token[], end: number, e: number): boolean {
  for (let k = end; k < Math.min(e + 1, end + DEED_REACH); k++) {
    const t = tokens[k];
    if (!t || t.type === 'punct' || RELATIVES.has(t.norm)) return false;
    if (KIND_WORDS.has(t.norm)) return true;
  }
  return false;
}

const VICTIM_ARTICLES = new Set([...SINGULAR, 'the', 'le', 'la', "l'", 'les', 'des']);
/** The words [from, start) end on a deed and its "of" ("the killing of a", "la mort d'un"): what follows is its victim. */
function victimOfDeed(tokens: Token[], from: number, start: number): boolean {
  let k = start - 1;
  while (k >= from && VICTIM_ARTICLES.has(tokens[k].norm)) k--;
  if (k <= from || !['of', 'de', "d'", 'du', 'des'].includes(tokens[k].norm)) return false;
  if (KIND_WORDS.has(tokens[k - 1].norm)) return true;
  // "l'assassinat d'un", "the murder of a": a kind phrase ending on its "of".
  for (let a = Math.max(from, k - 3); a < k; a++)
    if (KIND_PHRASES.matchAt(tokens, a, k + 1)?.end === k + 1) return true;
  return false;
}

const SPEAKER_RELATIVES = new Set(['who', 'which', 'qui', 'lequel', 'laquelle']);

/** "à", "au", "aux", "to": the words after a verb of saying name whom it was told to. */
const ADDRESSEE = new Set(['a', 'au', 'aux', 'to']);

/** The claimant named after an outlet that was told ("… (AFP) une source militaire"), if any. */
function afterAddressee(text: string, tokens: Token[], s: Sentence, from: number): Omit<Cue, 'pos'> | null {
  let k = from;
  // The rest of the outlet's name ("Agence France-Presse"), then its acronym in brackets.
  while (k < s.last && k < from + 3 && /^\p{Lu}/u.test(tokens[k].text)) k++;
  if (tokens[k]?.text === '(') {
    while (k < s.last && tokens[k].text !== ')') k++;
    k++;
  }
  let e = k;
  while (
    e < s.last &&
    e < k + 10 &&
    !['.', ';', '(', ')', ':'].includes(tokens[e].norm) &&
    (!quantityWord(tokens[e]) || (e === k && countedSpeakers(tokens, e)))
  )
    e++;
  const m = classifyAt(tokens, k, e);
  return m && m.by !== 'media' ? { by: m.by, source: claimantWords(text, tokens, m, k, e) } : null;
}

/**
 * An Arabic page's date, read by the same date rules as an English one: the glossed
 * tokens ("الخميس" → "thursday", "نوفمبر" → "november") are written out as an English
 * text, one sentence for each of the page's sentences, and that text goes through
 * findEventDate. "الخميس 14 نوفمبر 2019" reads as "thursday 14 november 2019".
 */
import { findEventDate, type EventDate } from './dates';
import { splitSentences, type Sentence } from './sentences';
import { tokenize, type Token } from './tokens';

const MONTH_NAMES = new Set(['march', 'may']);

/** The gloss of each sentence as English words, and where each glossed sentence starts. */
export function glossText(tokens: Token[], sentences: Sentence[]): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  for (const s of sentences) {
    starts.push(text.length);
    const words: string[] = [];
    for (let k = s.first; k < s.last; k++) {
      const t = tokens[k];
      // Zero-width glosses (a qualifier moved before its figure) and repeated spans are kept once.
      if (t.start === t.end && t.type !== 'num') continue;
      // "May" and "March" are read as months only when capitalised, as English writes them.
      words.push(MONTH_NAMES.has(t.norm) ? t.norm[0].toUpperCase() + t.norm.slice(1) : t.norm);
    }
    const line = words.join(' ');
    text += line + (/[.!?]$/.test(line) ? ' ' : '. ');
  }
  return { text, starts };
}

/** The event date of an Arabic page (glossed tokens and their sentences). */
export function findArabicEventDate(
  tokens: Token[],
  sentences: Sentence[],
  published: string | null | undefined,
  background: (i: number) => boolean,
): EventDate {
  const { text, starts } = glossText(tokens, sentences);
  const glossTokens = tokenize(text);
  const glossSentences = splitSentences(text, glossTokens);
  const original = (i: number) => {
    const at = glossSentences[i].start;
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1] <= at) k++;
    return k;
  };
  const date = findEventDate(text, glossTokens, glossSentences, 'en', published, (i) =>
    background(original(i)),
  );
  // The date's words are English glosses: nothing on the Arabic page to point at.
  const { dateText: _gloss, ...rest } = date;
  return rest;
}

import type { Token } from './tokens';

export interface Sentence {
  index: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Paragraph index (paragraphs are separated by blank lines). */
  paragraph: number;
  /** A short line without final punctuation: a headline, menu item or caption. */
  headline: boolean;
}

const ABBREVIATIONS = new Set([
  'm',
  'mr',
  'mrs',
  'dr',
  'gen',
  'col',
  'lt',
  'sgt',
  'st',
  'u.s',
  'no',
  'vs',
  'etc',
  'mm',
  'cf',
]);
const MONTH_ABBREVIATIONS = new Set([
  'jan',
  'janv',
  'feb',
  'fevr',
  'mar',
  'apr',
  'avr',
  'jun',
  'jul',
  'juil',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
const CLOSERS = new Set(['"', '»', '”', '’', ')', "'"]);

/** The line breaks in text [a, b). */
function lineBreaks(text: string, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (text.charCodeAt(k) === 10) n++;
  return n;
}

/** Splits tokens into sentences at . ! ? and line breaks; marks each token with its sentence. */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  const close = (last: number) => {
    if (last <= first) return;
    const start = tokens[first].start;
    const end = tokens[last - 1].end;
    const lastTok = tokens[last - 1];
    const words = last - first;
    const headline = !/[.!?:»"”)]/.test(lastTok.text) && words <= 25;
    const s: Sentence = { index: out.length, first, last, start, end, paragraph, headline };
    for (let k = first; k < last; k++) tokens[k].sentence = s.index;
    out.push(s);
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (next) {
      const breaks = lineBreaks(text, t.end, next.start);
      if (breaks > 0) {
        close(i + 1);
        if (breaks > 1) paragraph++;
        continue;
      }
    }
    if (t.type === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…')) {
      const prev = tokens[i - 1];
      if (
        t.text === '.' &&
        prev &&
        prev.type === 'word' &&
        (ABBREVIATIONS.has(prev.norm) || prev.text.length === 1)
      )
        continue;
      if (t.text === '.' && prev?.type === 'num' && next?.type === 'num') continue;
      // "on Aug. 3", "le 3 janv. 2024": a month's abbreviation before a number.
      if (
        t.text === '.' &&
        prev?.type === 'word' &&
        MONTH_ABBREVIATIONS.has(prev.norm) &&
        next?.type === 'num'
      )
        continue;
      let j = i + 1;
      while (
        j < tokens.length &&
        tokens[j].type === 'punct' &&
        CLOSERS.has(tokens[j].text) &&
        // "Un. »": French sets its closing guillemet after a space.
        (tokens[j].start === tokens[j - 1].end ||
          (tokens[j].text === '»' && lineBreaks(text, tokens[j - 1].end, tokens[j].start) === 0))
      )
        j++;
      if (next && next.start === t.end && next.type === 'word' && /^\p{Ll}/u.test(next.text)) continue; // "a.m."
      close(j);
      // The closing quote or bracket ends a paragraph too: '… wounded.”' then a blank line.
      if (j > i + 1 && tokens[j] && lineBreaks(text, tokens[j - 1].end, tokens[j].start) > 1) paragraph++;
      i = j - 1;
    }
  }
  close(tokens.length);
  return out;
}

/** The index of the last item starting at or before `offset` (items sorted by start; 0 when none). */
export function indexAt(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

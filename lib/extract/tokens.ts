/**
 * The text cut once into tokens with offsets; every rule scans tokens, never the raw
 * text with backtracking regexes (a 1 MB page must read in well under a second).
 */
export type TokenType = 'word' | 'num' | 'punct';

export interface Token {
  /** As in the text. */
  text: string;
  /** Lower case, accents and typographic apostrophes folded: "Tués" → "tues". */
  norm: string;
  type: TokenType;
  start: number;
  end: number;
  /** Index of the sentence the token belongs to (set by the sentence splitter). */
  sentence: number;
}

/** French elisions keep their apostrophe as part of the word: "l'", "d'", "qu'". */
const ELISIONS = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'presqu',
  'quelqu',
]);

const FOLDED = new Map<string, string>();

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

export function fold(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  let f = FOLDED.get(s);
  if (f === undefined) {
    f = s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[’‘`´]/g, "'");
    // Bounded: a page has a few thousand distinct words.
    if (FOLDED.size > 50000) FOLDED.clear();
    FOLDED.set(s, f);
  }
  return f;
}

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{M}\d]/u;
function isLetter(c: string): boolean {
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return LETTER.test(c);
}
const isDigit = (c: string) => c >= '0' && c <= '9';
function isWordChar(c: string): boolean {
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || (k >= 48 && k <= 57);
  return WORD_CHAR.test(c);
}
const APOS = new Set(["'", '’', '‘']);
const SPACE_IN_NUMBER = new Set(['\u00a0', '\u202f', '\u2009', ' ']);

/** Cuts text into word, number and punctuation tokens (whitespace is dropped). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  const push = (start: number, end: number, type: TokenType) => {
    const t = text.slice(start, end);
    out.push({ text: t, norm: fold(t), type, start, end, sentence: 0 });
  };
  while (i < n) {
    const c = text[i];
    if (
      c === ' ' ||
      c === '\n' ||
      c === '\t' ||
      c === '\r' ||
      c === '\u00a0' ||
      c === '\u202f' ||
      c === '\u2009'
    ) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      let j = i;
      while (j < n && isDigit(text[j])) j++;
      // Thousands groups: "1,200", "1.200", "1 200" (a group is exactly three digits).
      if (j - i <= 3) {
        for (;;) {
          const sep = text[j];
          if ((sep === ',' || sep === '.' || SPACE_IN_NUMBER.has(sep)) && isDigit(text[j + 1] ?? '')) {
            let k = j + 1;
            while (k < n && isDigit(text[k])) k++;
            if (k - j - 1 === 3 && !isWordChar(text[k] ?? ' ')) {
              j = k;
              continue;
            }
          }
          break;
        }
      }
      push(i, j, 'num');
      i = j;
      continue;
    }
    if (isLetter(c)) {
      let j = i;
      for (;;) {
        while (j < n && isWordChar(text[j])) j++;
        // Hyphenated words stay whole: "Biriki-Were", "quatre-vingts", "twenty-one".
        if (text[j] === '-' && isLetter(text[j + 1] ?? '')) {
          j++;
          continue;
        }
        break;
      }
      if (APOS.has(text[j]) && isLetter(text[j + 1] ?? '') && ELISIONS.has(fold(text.slice(i, j)))) {
        push(i, j + 1, 'word');
        i = j + 1;
        continue;
      }
      push(i, j, 'word');
      i = j;
      continue;
    }
    push(i, i + 1, 'punct');
    i++;
  }
  return out;
}

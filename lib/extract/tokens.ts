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
      .replace(/[’‘`´]/g, "'")
      .replace(/[\u2010\u2011]/g, '-');
    // Bounded: a page has a few thousand distinct words.
    if (FOLDED.size > 50000) FOLDED.clear();
    FOLDED.set(s, f);
  }
  return f;
}

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{M}\d]/u;
/** Per UTF-16 code unit, computed on first sight: 1 letter, 2 word character (letter, mark, digit). */
const CLASS = new Uint8Array(65536);
const KNOWN = new Uint8Array(65536);
function charClass(k: number): number {
  if (k < 128) {
    if ((k >= 65 && k <= 90) || (k >= 97 && k <= 122)) return 3;
    return k >= 48 && k <= 57 ? 2 : 0;
  }
  if (!KNOWN[k]) {
    const c = String.fromCharCode(k);
    CLASS[k] = (LETTER.test(c) ? 1 : 0) | (WORD_CHAR.test(c) ? 2 : 0);
    KNOWN[k] = 1;
  }
  return CLASS[k];
}
const isLetterCode = (k: number) => (charClass(k) & 1) !== 0;
const isWordCode = (k: number) => (charClass(k) & 2) !== 0;
const isDigitCode = (k: number) => k >= 48 && k <= 57;
/** Apostrophes, straight and typographic: "l'armée", "Mali’s". */
export const APOSTROPHES = new Set(["'", '’', '‘']);
/** APOSTROPHES by character code: no one-character string made for each word's end. */
const isApostropheCode = (k: number) => k === 39 || k === 0x2019 || k === 0x2018;
const isHyphenCode = (k: number) => k === 45 || k === 0x2010 || k === 0x2011;
/** Spaces inside a number ("1 200"), and whitespace between tokens. */
const isNumberSpace = (k: number) => k === 0xa0 || k === 0x202f || k === 0x2009 || k === 32;
const isSpace = (k: number) =>
  k === 32 || k === 10 || k === 9 || k === 13 || k === 0xa0 || k === 0x202f || k === 0x2009;

/** The preposition "à", which folds like the verb "a" ("sept à Dirga", "dans un communiqué lu à la télévision"). */
export function isAccentedA(t: Token | undefined): boolean {
  return t?.text.toLowerCase() === '\u00e0';
}

/**
 * A token as tokenize makes it: a class, whose objects V8 allocates faster than literals of the
 * same shape (a megabyte of text is some 200,000 tokens). Fields in Token's order.
 */
class TextToken implements Token {
  text: string;
  norm: string;
  type: TokenType;
  start: number;
  end: number;
  sentence = 0;

  constructor(text: string, norm: string, type: TokenType, start: number, end: number) {
    this.text = text;
    this.norm = norm;
    this.type = type;
    this.start = start;
    this.end = end;
  }
}

/** A site's domain after its name's dot: ".com", ".net", ".ml" (lower case, then no letter). */
const DOMAIN = /\.(?:com|net|org|info|ml|fr)(?![\p{L}\d])/uy;

/** Cuts text into word, number and punctuation tokens (whitespace is dropped). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  // A word's text and folded form once per distinct word: a page repeats its words, and a
  // megabyte of text in fresh strings is work for the garbage collector.
  const seen = new Map<string, { text: string; norm: string }>();
  const push = (start: number, end: number, type: TokenType) => {
    const t = text.slice(start, end);
    let w = seen.get(t);
    if (w === undefined) {
      w = { text: t, norm: type === 'num' ? t : fold(t) };
      seen.set(t, w);
    }
    out.push(new TextToken(w.text, w.norm, type, start, end));
  };
  const code = (k: number) => (k < n ? text.charCodeAt(k) : 32);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isDigitCode(c)) {
      let j = i;
      while (j < n && isDigitCode(text.charCodeAt(j))) j++;
      // Thousands groups: "1,200", "1.200", "1 200" (a group is exactly three digits).
      if (j - i <= 3) {
        for (;;) {
          const sep = code(j);
          if ((sep === 44 || sep === 46 || isNumberSpace(sep)) && isDigitCode(code(j + 1))) {
            let k = j + 1;
            while (k < n && isDigitCode(text.charCodeAt(k))) k++;
            if (k - j - 1 === 3 && !isWordCode(code(k))) {
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
    if (isLetterCode(c)) {
      let j = i;
      for (;;) {
        while (j < n && isWordCode(text.charCodeAt(j))) j++;
        // Hyphenated words stay whole: "Biriki-Were", "quatre-vingts", "twenty-one".
        // The typographic hyphens (U+2010, U+2011) join words as "-" does: "vingt‑deux".
        if (isHyphenCode(code(j)) && isLetterCode(code(j + 1))) {
          j++;
          continue;
        }
        break;
      }
      // "Sahelien.com", "maliweb.net": a site's name is one word, its dot no sentence's end.
      if (code(j) === 46) {
        DOMAIN.lastIndex = j;
        if (DOMAIN.test(text)) j = DOMAIN.lastIndex;
      }
      if (isApostropheCode(code(j)) && isLetterCode(code(j + 1)) && ELISIONS.has(fold(text.slice(i, j)))) {
        push(i, j + 1, 'word');
        i = j + 1;
        continue;
      }
      push(i, j, 'word');
      i = j;
      continue;
    }
    push(i, i + 1, 'punct');
    if (c === 34) out[out.length - 1].text = straightQuote(i > 0 ? code(i - 1) : 32, code(i + 1));
    i++;
  }
  return out;
}

/** Characters a quotation opens after: a space, a bracket, a dash. */
const BEFORE_OPENING = new Set([40, 91, 123, 8211, 8212, 45]);
/** Characters a quotation closes before: a space or punctuation. */
const AFTER_CLOSING = new Set([44, 46, 59, 58, 33, 63, 41, 93, 8230]);

/**
 * A straight quotation mark as the curly one its spacing makes it (`before` and `after` are the
 * character codes around it): '"Ils ont tué' opens (“), 'morts", a dit' closes (”). Spaced on
 * both sides or on neither, it stays '"' (paired in order by the rules that read quotations).
 */
function straightQuote(before: number, after: number): string {
  // 'brûlé ", raconte-t-elle': punctuation right after it closes, whatever the space before.
  if (AFTER_CLOSING.has(after)) return '\u201d';
  const openSide = isSpace(before) || BEFORE_OPENING.has(before);
  const closeSide = isSpace(after);
  if (openSide && !closeSide) return '\u201c';
  if (closeSide && !openSide) return '\u201d';
  return '"';
}

/**
 * One pass over the text: word tokens with offsets, sentence numbers, folded forms on demand.
 * Typed arrays and a per-character class table keep a megabyte of text in the tens of ms.
 */
import { foldName } from './fold';

const ASCII_WORD = /^[A-Za-z0-9]+$/;
/** Between two words of one name: a space, a hyphen or an apostrophe ("Nioro du Sahel", "Tin-Essako", "N'Djamena"). */
const NAME_GAP = /^(?:[ \u00a0]|[ \u00a0]?[-‐‑–'’ʼ][ \u00a0]?)$/;
const NAME_GAP_CHAR = new Set([..." \u00a0-‐‑–'’ʼ"].map((c) => c.charCodeAt(0)));

/**
 * Per UTF-16 code unit: 1 word character, 2 may start a word, 4 capital (or a caseless non-Latin
 * letter), 8 lower-case letter, 16 upper-case letter.
 */
const CHAR_CLASS = new Uint8Array(65536);
const CLASSIFIED = new Uint8Array(65536);

function charClass(code: number): number {
  if (CLASSIFIED[code]) return CHAR_CLASS[code];
  const c = String.fromCharCode(code);
  let k = 0;
  if (/[\p{L}\p{N}]/u.test(c)) k = 3;
  else if (/\p{M}/u.test(c)) k = 1;
  if (k && /\p{L}/u.test(c)) {
    const lo = c.toLowerCase();
    const up = c.toUpperCase();
    if (c !== lo || (lo === up && !/\p{Script=Latin}/u.test(c))) k |= 4;
    if (c !== up) k |= 8;
    if (c !== lo) k |= 16;
  }
  CHAR_CLASS[code] = k;
  CLASSIFIED[code] = 1;
  return k;
}

const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => charClass(c));

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Folded forms of words already seen: news text repeats its words. */
const FOLD_CACHE = new Map<string, string>();

export class Tokens {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly sentence: Int32Array;
  readonly length: number;
  /** Filled with null up front: a packed array, not a sparse (dictionary-mode) one. */
  private readonly folded: Array<string | null>;
  private readonly raws: Array<string | null>;

  /**
   * `french`: a capital "A" opening a sentence before a capitalised word is "À", as French
   * often writes it without its accent ("A Boni, des hommes armés…"): a verb cannot open one.
   */
  constructor(
    readonly text: string,
    private readonly french = false,
  ) {
    let s = 0;
    let boundary = false;
    const n = text.length;
    // Room for a word every 6 characters, grown when a text is denser.
    let start = new Int32Array((n >> 3) + 16);
    let end = new Int32Array(start.length);
    let sentence = new Int32Array(start.length);
    let count = 0;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!((c < 128 ? ASCII_CLASS[c] : charClass(c)) & 2)) {
        // . ! ? or a line break between two words ends a sentence
        if (c === 46 || c === 33 || c === 63 || c === 10) boundary = true;
        i++;
        continue;
      }
      const st = i;
      i++;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (!((d < 128 ? ASCII_CLASS[d] : charClass(d)) & 1)) break;
      }
      if (boundary && count) s++;
      boundary = false;
      if (count === start.length) {
        start = grow(start);
        end = grow(end);
        sentence = grow(sentence);
      }
      start[count] = st;
      end[count] = i;
      sentence[count] = s;
      count++;
    }
    this.start = start;
    this.end = end;
    this.sentence = sentence;
    this.length = count;
    this.folded = new Array<string | null>(count).fill(null);
    this.raws = new Array<string | null>(count).fill(null);
  }

  tok(i: number): string {
    let r = this.raws[i];
    if (r === null) {
      r = this.text.slice(this.start[i], this.end[i]);
      if (r === 'A' && this.french && this.opensSentence(i) && this.cap(i + 1) && this.same(i, i + 1))
        r = '\u00c0';
      this.raws[i] = r;
    }
    return r;
  }

  /** Starts with a capital (or is in a script without case, like Arabic). */
  cap(i: number): boolean {
    return i >= 0 && i < this.length && (charClass(this.text.charCodeAt(this.start[i])) & 4) !== 0;
  }

  fold(i: number): string {
    let f = this.folded[i];
    if (f === null) {
      const r = this.tok(i);
      const cachedFold = FOLD_CACHE.get(r);
      if (cachedFold === undefined) {
        f = ASCII_WORD.test(r) ? r.toLowerCase() : foldName(r);
        if (FOLD_CACHE.size < 100000) FOLD_CACHE.set(r, f);
      } else f = cachedFold;
      this.folded[i] = f;
    }
    return f;
  }

  gap(i: number): string {
    return this.text.slice(this.end[i], this.start[i + 1]);
  }

  /** Token i and i+1 are words of one name: one space, hyphen or apostrophe between them (spaces around it). */
  joined(i: number): boolean {
    if (i + 1 >= this.length) return false;
    const a = this.end[i];
    const b = this.start[i + 1];
    if (b - a === 1) return NAME_GAP_CHAR.has(this.text.charCodeAt(a));
    return b - a <= 3 && NAME_GAP.test(this.gap(i));
  }

  /** Written in capitals: a cased letter and no lower-case one ("MALI", not "Mali" nor "باماكو"). */
  allCaps(i: number): boolean {
    const a = this.start[i];
    const b = this.end[i];
    if (b - a < 2) return false;
    let cased = false;
    for (let k = a; k < b; k++) {
      const c = charClass(this.text.charCodeAt(k));
      if (c & 8) return false;
      if (c & 16) cased = true;
    }
    return cased;
  }

  /** Token i is the first of its sentence. */
  opensSentence(i: number): boolean {
    return i === 0 || this.sentence[i - 1] !== this.sentence[i];
  }

  /** Token j is in token i's sentence. */
  same(i: number, j: number): boolean {
    return j >= 0 && j < this.length && this.sentence[i] === this.sentence[j];
  }
}

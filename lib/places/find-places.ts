/**
 * findPlaces: every place named in a text. The text is tokenised once; capitalised tokens start
 * n-gram look-ups in the gazetteer's Map of folded names (longest first), then grammar cues
 * ("the village of X", "à X") pick up the capitalised names the gazetteer lacks.
 */
import type { Place } from '../types';
import {
  APPOSITION_NOUN,
  BLOCKED_PHRASES,
  CUES_BY_LAST,
  EVENT_NOUN_AFTER,
  LOCATIVE,
  PLACE_NOUN_AFTER,
} from './cues';
import { foldName } from './fold';
import type { GazEntry } from './gazetteer';
import { gazetteer, entriesFor, toPlace } from './gazetteer';
import { NOT_PLACE, ORG_WORDS, PERSON_BEFORE } from './lexicon';

/** A place named in a text. */
export interface PlaceMention {
  /** As spelled in the text. */
  name: string;
  start: number;
  end: number;
  /** What the gazetteer knows (id null when only the grammar says it is a place). */
  place: Place;
  /** gazetteer: a known name; grammar: "the town of X", "à X", "near X". */
  cue: 'gazetteer' | 'grammar';
}

const MAX_NGRAM = 5;
const ASCII_WORD = /^[A-Za-z0-9]+$/;
/** Between two words of one name: a space, a hyphen or an apostrophe ("Nioro du Sahel", "Tin-Essako", "N'Djamena"). */
const NAME_GAP = /^(?:[ \u00a0]|[ \u00a0]?[-‐‑–'’ʼ][ \u00a0]?)$/;
const MALI_WORDS = new Set(['mali', 'malian', 'malians', 'malien', 'malienne', 'maliens', 'maliennes']);
const ADMIN_OF = new Set(['de', 'du', 'of', 'd']);
const PARTICLES = new Set(['du', 'de', 'des', 'el', 'al', 'ag', 'ould', 'd', 'n', 'la', 'le']);
/** Arabic proclitics: و (and), ب (in), ل (to), ف (so), then the article ال. */
const ARABIC_PREFIX = /^(?:[وبلف])?(?:ال)?/;

/** Blocked phrases by each of their words: [the phrase's words, the word's position]. */
const BLOCKED = (() => {
  const m = new Map<string, Array<[string[], number]>>();
  for (const p of BLOCKED_PHRASES) {
    const words = p.split(' ');
    words.forEach((w, k) => m.set(w, [...(m.get(w) ?? []), [words, k]]));
  }
  for (const list of m.values()) list.sort((a, b) => b[0].length - a[0].length);
  return m;
})();

/** Per UTF-16 code unit: 1 word character, 2 may start a word, 4 capital (or a caseless non-Latin letter). */
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
    if (c !== lo || (lo === c.toUpperCase() && !/\p{Script=Latin}/u.test(c))) k |= 4;
  }
  CHAR_CLASS[code] = k;
  CLASSIFIED[code] = 1;
  return k;
}

/** Folded forms of words already seen: news text repeats its words. */
const FOLD_CACHE = new Map<string, string>();

class Tokens {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly sentence: Int32Array;
  readonly length: number;
  private readonly folded: string[] = [];
  private readonly raws: string[] = [];

  constructor(readonly text: string) {
    let s = 0;
    let boundary = false;
    const n = text.length;
    const max = (n >> 1) + 1;
    this.start = new Int32Array(max);
    this.end = new Int32Array(max);
    this.sentence = new Int32Array(max);
    let count = 0;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!(charClass(c) & 2)) {
        // . ! ? or a line break between two words ends a sentence
        if (c === 46 || c === 33 || c === 63 || c === 10) boundary = true;
        i++;
        continue;
      }
      const st = i;
      i++;
      while (i < n && charClass(text.charCodeAt(i)) & 1) i++;
      if (boundary && count) s++;
      boundary = false;
      this.start[count] = st;
      this.end[count] = i;
      this.sentence[count] = s;
      count++;
    }
    this.length = count;
  }

  tok(i: number): string {
    let r = this.raws[i];
    if (r === undefined) {
      r = this.text.slice(this.start[i], this.end[i]);
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
    if (f === undefined) {
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

  /** Token i and i+1 are words of one name. */
  joined(i: number): boolean {
    return i + 1 < this.length && this.start[i + 1] - this.end[i] <= 3 && NAME_GAP.test(this.gap(i));
  }

  /** Token j is in token i's sentence. */
  same(i: number, j: number): boolean {
    return j >= 0 && j < this.length && this.sentence[i] === this.sentence[j];
  }
}

function isAllCaps(tok: string): boolean {
  return tok.length >= 2 && tok === tok.toUpperCase() && tok !== tok.toLowerCase();
}

interface Hit {
  i: number;
  j: number;
  entry: GazEntry;
  /** Offset into token i where the name starts (after an Arabic proclitic). */
  skip: number;
}

/** The blocked phrase (organisation, river, namesake) that token i is part of: its last token, or -1. */
function blockedPhraseEnd(t: Tokens, i: number): number {
  const list = BLOCKED.get(t.fold(i));
  if (!list) return -1;
  for (const [words, k] of list) {
    const first = i - k;
    const last = first + words.length - 1;
    if (first < 0 || last >= t.length || !t.same(i, first) || !t.same(i, last)) continue;
    let ok = true;
    for (let m = 0; m < words.length && ok; m++) ok = t.fold(first + m) === words[m];
    if (ok) return last;
  }
  return -1;
}

function gazetteerHit(t: Tokens, i: number, used: Uint8Array): Hit | null {
  let maxN = 1;
  while (maxN < MAX_NGRAM && t.joined(i + maxN - 1) && !used[i + maxN]) maxN++;
  for (let n = maxN; n >= 1; n--) {
    if (n > 1 && !t.cap(i + n - 1) && !/^\d/.test(t.tok(i + n - 1))) continue;
    let key = t.fold(i);
    for (let k = 1; k < n; k++) key += ' ' + t.fold(i + k);
    const entries = n === 1 ? entriesFor(key) : gazetteer().byName.get(key);
    if (entries?.length) return { i, j: i + n - 1, entry: entries[0], skip: 0 };
  }
  const raw = t.tok(i);
  const pre = ARABIC_PREFIX.exec(raw)?.[0] ?? '';
  if (pre && pre.length < raw.length) {
    const entries = entriesFor(foldName(raw.slice(pre.length)));
    if (entries?.length) return { i, j: i, entry: entries[0], skip: pre.length };
  }
  return null;
}

/** "Amadou Koufa", "President Tiani", "M. Goïta": the capitalised word is part of a person's name. */
function afterPersonWord(t: Tokens, i: number): boolean {
  const p = i - 1;
  if (!t.same(i, p) && !(p >= 0 && /^\.\s+$/.test(t.gap(p)))) return false;
  if (p < 0 || !t.cap(p)) return false;
  if (!/^\.?\s+$/.test(t.gap(p))) return false;
  return PERSON_BEFORE.has(t.fold(p)) || (t.tok(p) === 'M' && t.gap(p).startsWith('.'));
}

function lowerAt(t: Tokens, i: number): string {
  return t.tok(i).toLowerCase();
}

/** The cue that ends right before token i, if any. */
function cueBefore(t: Tokens, i: number): { type: string; words: number } | null {
  if (i === 0 || !t.same(i, i - 1)) return null;
  const last = lowerAt(t, i - 1) === 'à' ? 'à' : t.fold(i - 1);
  const cues = CUES_BY_LAST.get(last);
  if (!cues) return null;
  for (const c of cues) {
    const n = c.words.length;
    let ok = true;
    for (let k = 0; k < n - 1 && ok; k++) {
      const idx = i - n + k;
      ok = t.same(i, idx) && t.fold(idx) === c.words[k];
    }
    if (ok) return { type: c.type, words: n };
  }
  return null;
}

function isLocativeBefore(t: Tokens, i: number): boolean {
  if (!t.same(i, i - 1)) return false;
  const w = lowerAt(t, i - 1);
  return LOCATIVE.has(w === 'à' ? 'à' : t.fold(i - 1)) && (w !== 'a' || t.tok(i - 1) === 'à');
}

/** Region or cercle of a Malian chief town when the text says so ("région de Mopti", "Bankass cercle"). */
function adminUnit(t: Tokens, h: Hit): GazEntry | null {
  const of = h.i >= 2 && t.same(h.i, h.i - 2) && ADMIN_OF.has(t.fold(h.i - 1));
  const before = of ? t.fold(h.i - 2) : '';
  const after = t.same(h.j, h.j + 1) ? t.fold(h.j + 1) : '';
  const region = before === 'region' || after === 'region';
  const cercle = before === 'cercle' || after === 'cercle';
  if (!region && !cercle) return null;
  let key = t.fold(h.i);
  for (let k = h.i + 1; k <= h.j; k++) key += ' ' + t.fold(k);
  const g = gazetteer();
  return (region ? g.regions.get(key) : g.cercles.get(key)) ?? null;
}

function listSeparated(text: string): boolean {
  return /^\s*(?:,|and|et|or|ou|&|\/)\s*$|^\s*,\s*(?:and|et)\s*$/.test(text);
}

/** Every place named in the text, in Mali and elsewhere (Place.country tells). */
export function findPlaces(text: string, _lang: 'en' | 'fr'): PlaceMention[] {
  const t = new Tokens(text);
  const used = new Uint8Array(t.length);
  const g = gazetteer();

  // 1. Gazetteer names.
  const hits: Array<Hit & { ok: boolean }> = [];
  for (let i = 0; i < t.length; i++) {
    if (used[i] || !t.cap(i)) continue;
    const h = gazetteerHit(t, i, used);
    if (!h) continue;
    const blockedEnd = blockedPhraseEnd(t, i);
    if (blockedEnd >= 0) {
      for (let k = i; k <= blockedEnd; k++) used[k] = 1;
      i = blockedEnd;
      continue;
    }
    const raw = t.tok(i);
    if (h.i === h.j && isAllCaps(raw) && !g.capsAliases.has(raw) && (h.entry.weak || raw.length < 4)) continue;
    if (afterPersonWord(t, i)) continue;
    hits.push({ ...h, ok: !h.entry.weak });
    i = h.j;
  }
  // Weak names ("San", "Koro") need a locative word, a place noun, or a list of places around them.
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k];
      if (h.ok) continue;
      const next = t.same(h.j, h.j + 1) ? t.fold(h.j + 1) : '';
      const prevHit = hits[k - 1];
      const nextHit = hits[k + 1];
      const inList =
        (prevHit?.ok && t.same(h.i, prevHit.j) && listSeparated(text.slice(t.end[prevHit.j], t.start[h.i]))) ||
        (nextHit?.ok && t.same(h.j, nextHit.i) && listSeparated(text.slice(t.end[h.j], t.start[nextHit.i])));
      if (isLocativeBefore(t, h.i) || PLACE_NOUN_AFTER.has(next) || EVENT_NOUN_AFTER.has(next) || inList) {
        h.ok = true;
        changed = true;
      }
    }
  }
  const out: PlaceMention[] = [];
  const outTokens: number[] = [];
  const covered = new Uint8Array(t.length);
  for (const h of hits) {
    if (!h.ok) continue;
    const start = t.start[h.i] + h.skip;
    const end = t.end[h.j];
    const name = text.slice(start, end);
    const entry = (h.entry.country === 'ML' && adminUnit(t, h)) || h.entry;
    out.push({ name, start, end, place: toPlace(entry, name), cue: 'gazetteer' });
    outTokens.push(h.i);
    for (let k = h.i; k <= h.j; k++) covered[k] = 1;
  }

  // 2. Grammar: capitalised names after a place cue.
  const grammar: PlaceMention[] = [];
  const grammarTokens: number[] = [];
  for (let i = 0; i < t.length; i++) {
    if (used[i] || covered[i]) continue;
    if (!t.cap(i)) continue;
    const raw = t.tok(i);
    if (isAllCaps(raw) || !/^\p{Script=Latin}/u.test(raw)) continue;
    // The name: up to three capitalised words, with particles between them ("Nioro du Sahel").
    let j = i;
    let words = 1;
    while (words < 3 && t.joined(j) && !covered[j + 1] && !used[j + 1]) {
      if (t.cap(j + 1) && !isAllCaps(t.tok(j + 1))) {
        j++;
        words++;
      } else if (PARTICLES.has(t.tok(j + 1)) && t.joined(j + 1) && t.cap(j + 2) && !covered[j + 2]) {
        j += 2;
        words++;
      } else break;
    }
    let type: string | null = null;
    const cue = cueBefore(t, i);
    // "Gunmen Kill 20 In Village Near Border": a capitalised cue mid-sentence is a Title Case headline.
    const cueStart = cue ? i - cue.words : -1;
    if (cue && t.cap(cueStart) && t.same(cueStart, cueStart - 1)) type = null;
    else if (cue) type = cue.type;
    else {
      const after = t.same(j, j + 1) ? t.fold(j + 1) : '';
      if (EVENT_NOUN_AFTER.has(after) && t.same(i, i - 1) && t.fold(i - 1) === 'the') type = '';
      else if (t.gap(j).trim() === ',' && t.same(j, j + 2)) {
        // "X, a small town" / "X, une localité"
        let k = j + 1;
        if (['a', 'an', 'un', 'une'].includes(t.fold(k))) {
          k++;
          for (let adj = 0; adj < 2 && t.same(j, k) && !APPOSITION_NOUN[t.fold(k)] && !t.cap(k); adj++) k++;
          if (t.same(j, k) && APPOSITION_NOUN[t.fold(k)]) type = APPOSITION_NOUN[t.fold(k)];
        }
      }
    }
    if (type === null) continue;
    let reject = false;
    for (let k = i; k <= j && !reject; k++) {
      const f = t.fold(k);
      if (PARTICLES.has(t.tok(k))) continue;
      reject = NOT_PLACE.has(f) || ORG_WORDS.has(f) || PERSON_BEFORE.has(f) || f.length < 2;
    }
    if (reject) {
      i = j;
      continue;
    }
    const start = t.start[i];
    const end = t.end[j];
    const name = text.slice(start, end);
    const place: Place = { name, id: null };
    if (type) place.type = type;
    if (type === 'cercle') place.country = 'ML';
    grammar.push({ name, start, end, place, cue: 'grammar' });
    grammarTokens.push(i);
    i = j;
  }

  // A grammar place is in Mali when its sentence says so: the nearest known place is Malian,
  // or "Mali"/"malien" is there and no place elsewhere is.
  if (grammar.length) {
    const bySentence = new Map<number, PlaceMention[]>();
    for (let k = 0; k < out.length; k++) {
      const s = t.sentence[outTokens[k]];
      const list = bySentence.get(s);
      if (list) list.push(out[k]);
      else bySentence.set(s, [out[k]]);
    }
    const saysMali = new Map<number, boolean>();
    for (let k = 0; k < grammar.length; k++) {
      const m = grammar[k];
      if (m.place.country) continue;
      const s = t.sentence[grammarTokens[k]];
      const known = bySentence.get(s) ?? [];
      let nearest: PlaceMention | null = null;
      for (const o of known) {
        if (!nearest || Math.abs(o.start - m.start) < Math.abs(nearest.start - m.start)) nearest = o;
      }
      const foreign = known.some((o) => o.place.country && o.place.country !== 'ML');
      if (!saysMali.has(s)) saysMali.set(s, sentenceSaysMali(t, grammarTokens[k]));
      if (nearest?.place.country === 'ML' || (!foreign && saysMali.get(s))) m.place.country = 'ML';
    }
  }
  return out.concat(grammar).sort((a, b) => a.start - b.start);
}

function sentenceSaysMali(t: Tokens, token: number): boolean {
  const s = t.sentence[token];
  let i = token;
  while (i > 0 && t.sentence[i - 1] === s) i--;
  for (; i < t.length && t.sentence[i] === s; i++) if (MALI_WORDS.has(t.fold(i))) return true;
  return false;
}

/**
 * findPlaces: every place named in a text. The text is tokenised once; capitalised tokens start
 * n-gram look-ups in the gazetteer's Map of folded names (longest first), then grammar cues
 * ("the village of X", "à X") pick up the capitalised names the gazetteer lacks.
 */
import {
  ATTACKED_AFTER,
  BLOCKED_PHRASES,
  EVENT_NOUN_AFTER,
  LOCATIVE,
  PASSIVE_BEFORE_ATTACKED,
  PLACE_NOUN_AFTER,
} from './cues';
import { foldName } from './fold';
import type { GazEntry } from './gazetteer';
import { gazetteer, entriesFor, toPlace } from './gazetteer';
import type { Known } from './grammar-places';
import { grammarPlaces, listSeparated } from './grammar-places';
import { PERSON_BEFORE } from './lexicon';
import { isGlossedWord } from '../extract/arabic';
import { ARABIC_PLACE_CUES, ARABIC_PLACE_NOUNS, arabicSkeleton, malianBySkeleton } from './arabic-names';
import type { PlaceMention } from './place-mention';
import { Tokens } from './tokens';

export type { PlaceMention };

const ADMIN_OF = new Set(['de', 'du', 'of', 'd']);
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

interface Hit {
  i: number;
  j: number;
  entry: GazEntry;
  /** Offset into token i where the name starts (after an Arabic proclitic). */
  skip: number;
  /** Accepted: strong names at once, weak ones when a cue or a list of places backs them. */
  ok: boolean;
}

/** The blocked phrase (organisation, river, namesake) that token i is part of: [first, last] token, or null. */
function blockedPhrase(t: Tokens, i: number): [number, number] | null {
  const list = BLOCKED.get(t.fold(i));
  if (!list) return null;
  for (const [words, k] of list) {
    const first = i - k;
    const last = first + words.length - 1;
    if (first < 0 || last >= t.length || !t.same(i, first) || !t.same(i, last)) continue;
    let ok = true;
    for (let m = 0; m < words.length && ok; m++) ok = t.fold(first + m) === words[m];
    if (ok) return [first, last];
  }
  return null;
}

function gazetteerHit(t: Tokens, i: number, used: Uint8Array): Hit | null {
  const g = gazetteer();
  const longest = g.firstWords.get(t.fold(i));
  if (longest === undefined) return arabicHit(t, i);
  let maxN = 1;
  while (maxN < longest && t.joined(i + maxN - 1) && !used[i + maxN]) maxN++;
  for (let n = maxN; n >= 1; n--) {
    if (n > 1 && !t.cap(i + n - 1) && !/^\d/.test(t.tok(i + n - 1))) continue;
    let key = t.fold(i);
    for (let k = 1; k < n; k++) key += ' ' + t.fold(i + k);
    const entries = n === 1 ? entriesFor(key) : g.byName.get(key);
    if (entries?.length) return { i, j: i + n - 1, entry: entries[0], skip: 0, ok: !g.weakKeys.has(key) };
  }
  return arabicHit(t, i);
}

/** An Arabic name behind a proclitic: "بكيدال" (in Kidal). */
function arabicHit(t: Tokens, i: number): Hit | null {
  if (t.text.charCodeAt(t.start[i]) < 0x600) return null;
  const raw = t.tok(i);
  const pre = ARABIC_PREFIX.exec(raw)?.[0] ?? '';
  if (pre && pre.length < raw.length) {
    const key = foldName(raw.slice(pre.length));
    const entries = entriesFor(key);
    if (entries?.length)
      return { i, j: i, entry: entries[0], skip: pre.length, ok: !gazetteer().weakKeys.has(key) };
  }
  return transcribedHit(t, i, raw);
}

/** A Malian place the gazetteer knows only in Latin script, after a place word: "في تاركينت" (in Tarkint). */
function transcribedHit(t: Tokens, i: number, raw: string): Hit | null {
  // "بتاركينت": the proclitic "in" is the cue; else the word before must be one. After a cue,
  // a name's own first letter may be that "b" ("في بانديجارا", Bandiagara).
  const cued = t.same(i, i - 1) && ARABIC_PLACE_CUES.has(t.tok(i - 1));
  if (cued && raw.startsWith('ب')) {
    const whole = malianBySkeleton(
      arabicSkeleton(raw),
      gazetteer().entries,
      ARABIC_PLACE_NOUNS.has(t.tok(i - 1)),
    );
    if (whole && !isGlossedWord(raw)) return { i, j: i, entry: whole, skip: 0, ok: true };
  }
  // "مدينتي بانديجارا وبانكاس": the second of a pair of places, after "و" (and).
  if (raw.length > 3 && raw.startsWith('و') && t.same(i, i - 1) && transcribedPlace(t, i - 1)) {
    const second = malianBySkeleton(arabicSkeleton(raw.slice(1)), gazetteer().entries);
    if (second && !isGlossedWord(raw)) return { i, j: i, entry: second, skip: 1, ok: true };
  }
  const inPrefix = raw.length > 4 && raw.startsWith('ب');
  if (!inPrefix && !cued) return null;
  const bare = inPrefix ? raw.slice(1) : raw;
  // A word of the vocabulary ("بنيران" by fire, "في ثلاث" in three) is not a name.
  if (isGlossedWord(raw)) return null;
  const afterNoun = !inPrefix && ARABIC_PLACE_NOUNS.has(t.tok(i - 1));
  const skeleton = arabicSkeleton(bare.replace(/^ال/, ''));
  const entry = malianBySkeleton(skeleton, gazetteer().entries, afterNoun);
  if (entry) return { i, j: i, entry, skip: raw.length - bare.length, ok: true };
  // "تين زاواتين" (Tinzaouaten), "إن خليل": a name in two words, as its Latin form is in one.
  if (!t.same(i + 1, i) || !/^\s+$/.test(t.gap(i)) || isGlossedWord(t.tok(i + 1))) return null;
  const two = skeleton && arabicSkeleton(t.tok(i + 1));
  const both = two ? malianBySkeleton(skeleton + two, gazetteer().entries, afterNoun) : null;
  return both ? { i, j: i + 1, entry: both, skip: raw.length - bare.length, ok: true } : null;
}

/** Is token i a Malian place the gazetteer knows in Latin script, after a place word? */
function transcribedPlace(t: Tokens, i: number): boolean {
  if (i < 1 || !ARABIC_PLACE_CUES.has(t.tok(i - 1))) return false;
  return !!malianBySkeleton(
    arabicSkeleton(t.tok(i)),
    gazetteer().entries,
    ARABIC_PLACE_NOUNS.has(t.tok(i - 1)),
  );
}

/** A dateline: the name opens its line and a comma or a parenthesis follows. */
function dateline(t: Tokens, i: number): boolean {
  const before = t.text.lastIndexOf('\n', t.start[i] - 1);
  if (t.text.slice(before + 1, t.start[i]).trim()) return false;
  return /^\s*[,(]/.test(t.text.slice(t.end[i], t.end[i] + 3));
}

/** "Boni : douze soldats tués": the name opens its line and a colon follows, a headline's place. */
function lineLabel(t: Tokens, i: number, j: number): boolean {
  const before = t.text.lastIndexOf('\n', t.start[i] - 1);
  if (t.text.slice(before + 1, t.start[i]).trim()) return false;
  return /^\s?:\s/.test(t.text.slice(t.end[j], t.end[j] + 3));
}

/** "Amadou Koufa", "President Tiani", "M. Goïta": the capitalised word is part of a person's name. */
function afterPersonWord(t: Tokens, i: number): boolean {
  const p = i - 1;
  if (!t.same(i, p) && !(p >= 0 && /^\.\s+$/.test(t.gap(p)))) return false;
  if (p < 0 || !t.cap(p)) return false;
  if (!/^\.?\s+$/.test(t.gap(p))) return false;
  return PERSON_BEFORE.has(t.fold(p)) || (t.tok(p) === 'M' && t.gap(p).startsWith('.'));
}

function isLocativeBefore(t: Tokens, i: number): boolean {
  if (!t.same(i, i - 1)) return false;
  const w = t.tok(i - 1);
  return w === 'à' || w === 'À' || (LOCATIVE.has(t.fold(i - 1)) && w.toLowerCase() !== 'a');
}

/** "Boni was attacked", "Boni a été attaquée": the subject of a passive attack is a place attacked. */
function attackedAfter(t: Tokens, j: number): boolean {
  let k = j + 1;
  while (k < j + 4 && t.same(j, k) && PASSIVE_BEFORE_ATTACKED.has(t.fold(k))) k++;
  return k > j + 1 && t.same(j, k) && ATTACKED_AFTER.has(t.fold(k));
}

const ROMAN = new Set(['I', 'II', 'III', 'IV']);

/**
 * A known name with a word of its own after it: "Gangafani 2", "Dioura II" (villages split in
 * two, numbered), "Inekar Tadriante" after a locative (a place the gazetteer knows by its first
 * word only). The word joins the name: not a capitalised word the gazetteer knows, nor one in
 * capitals, nor a number that a noun follows ("à Boni 2 soldats").
 */
function nameSuffixEnd(t: Tokens, h: Hit, used: Uint8Array): number {
  const n = h.j + 1;
  if (!t.joined(h.j) || used[n] || !t.same(h.j, n)) return h.j;
  const w = t.tok(n);
  const ends = !t.same(n, n + 1) || /^\s*[,.;:)]/.test(t.gap(n));
  if (/^[1-9]$/.test(w) || ROMAN.has(w)) return ends ? n : h.j;
  const g = gazetteer();
  const plain = t.cap(n) && !t.allCaps(n) && !g.firstWords.has(t.fold(n)) && !PERSON_BEFORE.has(t.fold(n));
  return plain && ends && isLocativeBefore(t, h.i) ? n : h.j;
}

/** Region or cercle of a Malian chief town when the text says so ("région de Mopti", "Bankass cercle"). */
function adminUnit(t: Tokens, h: Hit): GazEntry | null {
  const of = h.i >= 2 && t.same(h.i, h.i - 2) && ADMIN_OF.has(t.fold(h.i - 1));
  const before = of ? t.fold(h.i - 2) : '';
  // "Tessit, cercle d'Ansongo": a comma puts the unit word with the next name.
  const after = t.same(h.j, h.j + 1) && /^\s+$/.test(t.gap(h.j)) ? t.fold(h.j + 1) : '';
  const region = before === 'region' || after === 'region' || after === 'regions';
  const cercle = before === 'cercle' || after === 'cercle';
  if (!region && !cercle) return null;
  let key = t.fold(h.i);
  for (let k = h.i + 1; k <= h.j; k++) key += ' ' + t.fold(k);
  const g = gazetteer();
  return (region ? g.regions.get(key) : g.cercles.get(key)) ?? null;
}

/** Every place named in the text, in Mali and elsewhere (Place.country tells). */
export function findPlaces(text: string, lang: 'en' | 'fr'): PlaceMention[] {
  const t = new Tokens(text, lang === 'fr');
  const used = new Uint8Array(t.length);
  const g = gazetteer();

  // 1. Gazetteer names.
  const hits: Hit[] = [];
  for (let i = 0; i < t.length; i++) {
    if (used[i] || !t.cap(i)) continue;
    const h = gazetteerHit(t, i, used);
    if (!h) continue;
    const blocked = blockedPhrase(t, i);
    // A gazetteer name that is the whole blocked phrase wins ("Inner Niger Delta", not "inner Niger delta").
    if (blocked && !(h.j > h.i && blocked[0] === h.i && blocked[1] === h.j)) {
      for (let k = blocked[0]; k <= blocked[1]; k++) used[k] = 1;
      i = blocked[1];
      continue;
    }
    const raw = t.tok(i);
    // Capitals: "MALI", "TESSIT"; a short name only as a dateline ("GAO, Mali (Reuters)"), not "the GAO report".
    if (
      h.i === h.j &&
      t.allCaps(i) &&
      !g.capsAliases.has(raw) &&
      (!h.ok || (raw.length < 4 && !dateline(t, i)))
    )
      continue;
    if (afterPersonWord(t, i)) continue;
    h.j = nameSuffixEnd(t, h, used);
    hits.push(h);
    i = h.j;
  }
  // Weak names ("San", "Koro") need a locative word, a place noun, or a list of places around them.
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k];
      if (h.ok) continue;
      const next = t.same(h.j, h.j + 1) ? t.fold(h.j + 1) : '';
      const prevHit = hits[k - 1];
      const nextHit = hits[k + 1];
      const inList =
        (prevHit?.ok &&
          t.same(h.i, prevHit.j) &&
          listSeparated(text.slice(t.end[prevHit.j], t.start[h.i]))) ||
        (nextHit?.ok && t.same(h.j, nextHit.i) && listSeparated(text.slice(t.end[h.j], t.start[nextHit.i])));
      if (
        isLocativeBefore(t, h.i) ||
        PLACE_NOUN_AFTER.has(next) ||
        EVENT_NOUN_AFTER.has(next) ||
        inList ||
        attackedAfter(t, h.j) ||
        lineLabel(t, h.i, h.j)
      ) {
        h.ok = true;
        changed = true;
      }
    }
  }
  const known: Known = { mentions: [], coveredBy: new Int32Array(t.length), first: [], last: [] };
  for (const h of hits) {
    if (!h.ok) continue;
    const start = t.start[h.i] + h.skip;
    const end = t.end[h.j];
    const name = text.slice(start, end);
    const entry = (h.entry.country === 'ML' && adminUnit(t, h)) || h.entry;
    known.mentions.push({ name, start, end, place: toPlace(entry, name), cue: 'gazetteer' });
    known.first.push(h.i);
    known.last.push(h.j);
    for (let k = h.i; k <= h.j; k++) known.coveredBy[k] = known.mentions.length;
  }

  // 2. Grammar: capitalised names after a place cue.
  const grammar = grammarPlaces(t, used, known);
  return grammar.length ? known.mentions.concat(grammar).sort((a, b) => a.start - b.start) : known.mentions;
}

/**
 * Places the gazetteer lacks, read from the grammar around a capitalised name: a cue before it
 * ("the village of X", "près de X", "à X"), "the X attack", "X, a small town", or a list of known
 * places it stands in ("Dounkala, Nioro and Kayes"). Their id is null; their country is 'ML' only
 * when the sentence says Mali.
 */
import type { Place } from '../types';
import { APPOSITION_NOUN, CUES_BY_LAST, EVENT_NOUN_AFTER } from './cues';
import { NOT_PLACE, ORG_WORDS, PERSON_BEFORE, SURNAMES } from './lexicon';
import type { PlaceMention } from './place-mention';
import type { Tokens } from './tokens';

const PARTICLES = new Set(['du', 'de', 'des', 'el', 'al', 'ag', 'ould', 'd', 'n', 'la', 'le']);
const MALI_WORDS = new Set(['mali', 'malian', 'malians', 'malien', 'malienne', 'maliens', 'maliennes']);
const ARTICLES = new Set(['a', 'an', 'un', 'une']);
/** How far (in characters) a known place may stand from an unknown one to tell its country. */
const NEAR_CHARS = 80;

/** Gazetteer mentions already found, with the tokens they cover. */
export interface Known {
  mentions: PlaceMention[];
  /** Per token: 1 + index of the mention covering it, 0 for none. */
  coveredBy: Int32Array;
  /** Per mention: its first and last token. */
  first: number[];
  last: number[];
}

/** Separators of a list of places: ", ", " and ", ", et ", " / ". */
export function listSeparated(gap: string): boolean {
  return /^\s*(?:,|and|et|or|ou|&|\/)\s*$|^\s*,\s*(?:and|et|or|ou)\s*$/.test(gap);
}

/** The cue that ends right before token i, if any. */
function cueBefore(t: Tokens, i: number): { type: string; words: number } | null {
  if (i === 0 || !t.same(i, i - 1)) return null;
  // "à Kalumba", and "À Kalumba, …" opening a sentence.
  const last = t.tok(i - 1) === 'à' || t.tok(i - 1) === 'À' ? 'à' : t.fold(i - 1);
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

/**
 * Title Case headlines ("Gunmen Kill 12 Gendarmes in Night Raid") have no lower-case
 * word of three letters or more: grammar cues there would take every word for a place.
 */
function headlineSentences(t: Tokens): Uint8Array {
  const sentences = t.length ? t.sentence[t.length - 1] + 1 : 0;
  const headline = new Uint8Array(sentences).fill(1);
  for (let i = 0; i < t.length; i++) {
    if (headline[t.sentence[i]] && t.end[i] - t.start[i] >= 3 && !t.cap(i)) {
      const c = t.text.charCodeAt(t.start[i]);
      if (c < 48 || c > 57) headline[t.sentence[i]] = 0;
    }
  }
  return headline;
}

/** The last known mention before token i (-1 for none). */
function mentionBefore(known: Known, i: number): number {
  let lo = 0;
  let hi = known.last.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (known.last[mid] < i) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** How many known places stand in one list with tokens i..j ("Dounkala, Nioro, and Kayes"). */
function knownInList(t: Tokens, known: Known, i: number, j: number): number {
  const sep = (a: number, b: number) => t.same(a, b) && listSeparated(t.text.slice(t.end[a], t.start[b]));
  let count = 0;
  let edge = i;
  for (let k = mentionBefore(known, i); k >= 0 && sep(known.last[k], edge); k--) {
    count++;
    edge = known.first[k];
  }
  edge = j;
  for (let k = mentionBefore(known, j) + 1; k < known.first.length && sep(edge, known.first[k]); k++) {
    count++;
    edge = known.last[k];
  }
  return count;
}

/** The type a cue gives the name at tokens i..j: '' for a place of no known type, null for no place. */
function placeType(t: Tokens, known: Known, i: number, j: number): string | null {
  const cue = cueBefore(t, i);
  if (cue) {
    // "Gunmen Kill 20 In Village Near Border": a capitalised cue mid-sentence is a Title Case headline.
    const cueStart = i - cue.words;
    return t.cap(cueStart) && t.same(cueStart, cueStart - 1) ? null : cue.type;
  }
  const after = t.same(j, j + 1) ? t.fold(j + 1) : '';
  if (EVENT_NOUN_AFTER.has(after) && t.same(i, i - 1) && t.fold(i - 1) === 'the') return '';
  if (t.same(j, j + 2) && t.gap(j).trim() === ',' && ARTICLES.has(t.fold(j + 1))) {
    // "X, a small town" / "X, une localité"
    let k = j + 2;
    for (let adj = 0; adj < 2 && t.same(j, k) && !APPOSITION_NOUN[t.fold(k)] && !t.cap(k); adj++) k++;
    if (t.same(j, k) && APPOSITION_NOUN[t.fold(k)]) return APPOSITION_NOUN[t.fold(k)];
  }
  // "leur village, Djiguibombo, dans le cercle…", "the town, Boni, was…": the name in commas after its noun.
  if (
    i > 0 &&
    t.same(i, i - 1) &&
    t.gap(i - 1).trim() === ',' &&
    APPOSITION_NOUN[t.fold(i - 1)] &&
    t.same(j, j + 1) &&
    t.gap(j).trim() === ','
  )
    return APPOSITION_NOUN[t.fold(i - 1)];
  if (knownInList(t, known, i, j) >= 2) return '';
  return null;
}

/** The last token of a run of words in capitals, three letters or more each, from token i (i if one). */
function capsName(t: Tokens, known: Known, used: Uint8Array, i: number): number {
  let j = i;
  while (
    j - i < 2 &&
    t.joined(j) &&
    !known.coveredBy[j + 1] &&
    !used[j + 1] &&
    t.allCaps(j + 1) &&
    t.tok(j + 1).length >= 3
  )
    j++;
  return t.tok(i).length >= 3 ? j : i;
}

function rejected(t: Tokens, i: number, j: number): boolean {
  for (let k = i; k <= j; k++) {
    if (PARTICLES.has(t.tok(k))) continue;
    const f = t.fold(k);
    if (NOT_PLACE.has(f) || ORG_WORDS.has(f) || PERSON_BEFORE.has(f) || SURNAMES.has(f) || f.length < 2)
      return true;
  }
  return false;
}

/** Places named with a grammar cue in the tokens that no gazetteer name or blocked phrase holds. */
export function grammarPlaces(t: Tokens, used: Uint8Array, known: Known): PlaceMention[] {
  const headlines = headlineSentences(t);
  const found: PlaceMention[] = [];
  const foundTokens: number[] = [];
  let lastEnd = -1; // last token of the last grammar place, for lists ("the villages of A, B and C")
  let lastType = '';
  for (let i = 0; i < t.length; i++) {
    if (used[i] || known.coveredBy[i] || !t.cap(i) || headlines[t.sentence[i]]) continue;
    if (t.text.charCodeAt(t.start[i]) >= 0x250) continue; // Latin names only
    if (t.tok(i) === 'À') continue; // the cue opening a sentence, not a name's first word
    if (t.allCaps(i)) {
      // "l'embuscade de BOUKA WERE": a name of two words or more in capitals after a cue; one
      // word in capitals is an acronym ("l'attaque du JNIM").
      const caps = capsName(t, known, used, i);
      if (caps > i && cueBefore(t, i) && !rejected(t, i, caps)) {
        const name = t.text.slice(t.start[i], t.end[caps]);
        found.push({ name, start: t.start[i], end: t.end[caps], place: { name, id: null }, cue: 'grammar' });
        foundTokens.push(i);
        lastEnd = caps;
        lastType = '';
      }
      i = Math.max(i, caps);
      continue;
    }
    // The name: a run of capitalised words, with particles between them ("Nioro du Sahel").
    let j = i;
    let words = 1;
    while (t.joined(j) && !known.coveredBy[j + 1] && !used[j + 1]) {
      if (t.cap(j + 1) && !t.allCaps(j + 1)) {
        j++;
        words++;
      } else if (PARTICLES.has(t.tok(j + 1)) && t.joined(j + 1) && t.cap(j + 2) && !known.coveredBy[j + 2]) {
        j += 2;
        words++;
      } else break;
    }
    // Four capitalised words or more make a title or an organisation ("Modibo Keita International Airport").
    if (words > 3) {
      i = j;
      continue;
    }
    let type = placeType(t, known, i, j);
    if (
      type === null &&
      lastEnd >= 0 &&
      lastEnd < i &&
      t.same(lastEnd, i) &&
      listSeparated(t.text.slice(t.end[lastEnd], t.start[i]))
    ) {
      type = lastType;
    }
    // "at Mugabe's compound", "in Mozilla's team": after a bare preposition, a name the gazetteer
    // lacks that owns something is a person or a firm ("the village of X's market" stays a place).
    const possessive = type === '' && /^['\u2019]s\b/.test(t.text.slice(t.end[j], t.end[j] + 3));
    if (type !== null && !possessive && !rejected(t, i, j)) {
      const start = t.start[i];
      const end = t.end[j];
      const name = t.text.slice(start, end);
      const place: Place = { name, id: null };
      if (type) place.type = type;
      if (type === 'cercle') place.country = 'ML';
      found.push({ name, start, end, place, cue: 'grammar' });
      foundTokens.push(i);
      lastEnd = j;
      lastType = type;
    }
    i = j;
  }
  placeInMali(t, known, found, foundTokens);
  return found;
}

/**
 * A grammar place is in Mali when its sentence says so: the nearest known place is Malian, or
 * "Mali"/"malien" is there and no place elsewhere is.
 */
function placeInMali(t: Tokens, known: Known, found: PlaceMention[], foundTokens: number[]): void {
  if (!found.length) return;
  const bySentence = new Map<number, PlaceMention[]>();
  known.mentions.forEach((m, k) => {
    const s = t.sentence[known.first[k]];
    const list = bySentence.get(s);
    if (list) list.push(m);
    else bySentence.set(s, [m]);
  });
  const saysMali = new Map<number, boolean>();
  found.forEach((m, k) => {
    if (m.place.country) return;
    const s = t.sentence[foundTokens[k]];
    const others = bySentence.get(s) ?? [];
    let nearest: PlaceMention | null = null;
    for (const o of others) {
      if (!nearest || Math.abs(o.start - m.start) < Math.abs(nearest.start - m.start)) nearest = o;
    }
    const foreign = others.some((o) => o.place.country && o.place.country !== 'ML');
    if (!saysMali.has(s)) saysMali.set(s, sentenceSaysMali(t, foundTokens[k]));
    // The nearest known place speaks for it only when close by ("Kassakoro, near Ménaka").
    const near = nearest && Math.abs(nearest.start - m.start) <= NEAR_CHARS ? nearest : null;
    if (near?.place.country === 'ML' || (!foreign && saysMali.get(s))) m.place.country = 'ML';
  });
}

function sentenceSaysMali(t: Tokens, token: number): boolean {
  const s = t.sentence[token];
  let i = token;
  while (i > 0 && t.sentence[i - 1] === s) i--;
  for (; i < t.length && t.sentence[i] === s; i++) if (MALI_WORDS.has(t.fold(i))) return true;
  return false;
}

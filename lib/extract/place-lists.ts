/**
 * Lists of localities keep every item: "trois villages : Alpha, Beta et Gamma", "the towns of
 * Alpha, Beta and Gamma", "Alpha (7), Beta (14) et Gamma", "de Alpha : 10 morts, de Beta : 14
 * morts". A list counts when one of its items is an attacked place already found, or when a
 * noun of localities opens it; its other items are then places too, even unknown to the gazetteer.
 */
import { lookupExact } from '../places';
import type { Place } from '../types';
import { GROUP_NAMES } from './lexicon-actors';
import { stemMatcher } from './lexicon-actors';
import { LIST_BULLETS, SPEECH_WORDS } from './lexicon';
import { AUX } from './speech-clauses';
import { ATTACK_STEMS, ITEM_LEAD, LIST_NOUNS, LIST_SEPARATORS } from './lexicon-places';
import { NOT_PLACE } from '../places/lexicon';
import { WEEKDAYS } from './number-words';
import { MONTHS } from './numbers';
import type { Sentence } from './sentences';
import { fold, type Token } from './tokens';

const attackStem = stemMatcher(ATTACK_STEMS);
const GROUP_WORDS = new Set(GROUP_NAMES.map(([n]) => n));
const NOT_ITEM = new Set([
  'mali',
  'niger',
  'burkina',
  'faso',
  'mauritanie',
  'mauritania',
  'algerie',
  'algeria',
]);

interface Item {
  name: string;
  start: number;
  end: number;
  first: number;
}

/** Upper-case first letter: the text and its folded form differ in case there. */
const capitalised = (t: Token | undefined) => {
  if (!t || t.type !== 'word') return false;
  const c = t.text[0];
  return c !== c.toLowerCase();
};

/** The item starting at token k: lead words, then capitalised words; its end token index. */
function itemAt(text: string, tokens: Token[], k: number, last: number): { item: Item; next: number } | null {
  let j = k;
  while (j < last && ITEM_LEAD.has(tokens[j].norm) && !capitalised(tokens[j])) j++;
  if (!capitalised(tokens[j]) || j >= last) return null;
  const first = j;
  while (j < last && capitalised(tokens[j]) && j - first < 3) j++;
  const name = text.slice(tokens[first].start, tokens[j - 1].end);
  const item = { name, start: tokens[first].start, end: tokens[j - 1].end, first };
  // "(7)", ": 14 morts", "17 morts": a toll after the item.
  if (tokens[j]?.text === '(') {
    while (j < last && tokens[j].text !== ')') j++;
    j++;
  }
  if (tokens[j]?.text === ':') j++;
  if (tokens[j]?.type === 'num') {
    j++;
    for (let n = 0; n < 2 && j < last && tokens[j].type === 'word' && !capitalised(tokens[j]); n++) {
      if (LIST_SEPARATORS.has(tokens[j].norm)) break;
      j++;
    }
  }
  return { item, next: j };
}

/** The items of the list run starting at token k (at least two), and where it ends. */
function runAt(text: string, tokens: Token[], k: number, last: number): Item[] {
  const items: Item[] = [];
  let j = k;
  for (;;) {
    const r = itemAt(text, tokens, j, last);
    if (!r) break;
    items.push(r.item);
    j = r.next;
    let sep = 0;
    while (j < last && LIST_SEPARATORS.has(tokens[j].norm) && sep < 2) {
      j++;
      sep++;
    }
    if (!sep) break;
  }
  return items;
}

/**
 * "Le maire de Boni, Moussa Traoré, a affirmé…", "the mayor of Boni, Moussa Traore, said": two
 * names set apart by commas alone, the second closed by a comma, are a place and the person it
 * names, not a list (a list of two says "et"/"and").
 */
function apposition(tokens: Token[], items: Item[]): boolean {
  if (items.length !== 2) return false;
  const [a, b] = items;
  let k = a.first;
  while (tokens[k].end <= a.end) k++;
  if (tokens[k]?.text !== ',' || k + 1 !== b.first) return false;
  let j = b.first;
  while (tokens[j] && tokens[j].end <= b.end) j++;
  return tokens[j]?.text === ',';
}

/**
 * "in Boni, Human Rights Watch said", "à Boni, Moussa Traoré a déclaré": the last name, right
 * before a verb of saying, is the one who speaks, not a place of the list.
 */
function speaker(tokens: Token[], item: Item): boolean {
  let k = item.first;
  while (tokens[k] && tokens[k].end <= item.end) k++;
  while (tokens[k] && AUX.has(tokens[k].norm)) k++;
  return !!tokens[k] && SPEECH_WORDS.has(tokens[k].norm);
}

function plausible(item: Item, tokens: Token[], s: Sentence): boolean {
  const w = tokens[item.first].norm;
  if (item.first === s.first || MONTHS.has(w) || WEEKDAYS.has(w) || NOT_ITEM.has(w) || GROUP_WORDS.has(w))
    return false;
  // "backed by Africa Corps, in Kobe": a group's name of several words is no place either.
  if (GROUP_WORDS.has(fold(item.name))) return false;
  // "In the raid on Boni, Russian mercenaries…", "Maliens et Burkinabè": a people, no place.
  if (NOT_PLACE.has(w)) return false;
  if (item.name.length < 3) return false;
  const known = lookupExact(item.name);
  return !known || known.country === 'ML';
}

/** Places listed beside attacked places (or after a noun of localities) in the attack's sentences. */
export function listedPlaces(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  mentioned: Array<{ place: Place; sentence: number }>,
  skip: (i: number) => boolean,
): Array<{ place: Place; sentence: number }> {
  const out: Array<{ place: Place; sentence: number }> = [];
  const bySentence = new Map<number, Set<string>>();
  for (const m of mentioned) {
    const set = bySentence.get(m.sentence) ?? new Set<string>();
    set.add(m.place.name);
    bySentence.set(m.sentence, set);
  }
  for (const s of sentences) {
    if (skip(s.index)) continue;
    const known = bySentence.get(s.index);
    if (!known) {
      let listNoun = false;
      for (let k = s.first; k < s.last && !listNoun; k++) listNoun = LIST_NOUNS.has(tokens[k].norm);
      if (!listNoun) continue;
    }
    let opened = -1;
    for (let k = s.first; k < s.last; k++) {
      if (LIST_NOUNS.has(tokens[k].norm)) opened = k;
      if (!capitalised(tokens[k]) || (k > s.first && capitalised(tokens[k - 1]))) continue;
      // The run may start on a lead word ("de Karou"): step back over them.
      let k0 = k;
      while (k0 > s.first && ITEM_LEAD.has(tokens[k0 - 1].norm)) k0--;
      const items = runAt(text, tokens, k0, s.last);
      if (items.length && speaker(tokens, items[items.length - 1])) items.pop();
      if (items.length < 2 || apposition(tokens, items)) continue;
      const anchored = items.some((i) => known?.has(i.name)) || (opened >= 0 && k - opened <= 4);
      if (anchored) {
        for (const i of items) {
          if (known?.has(i.name) || !plausible(i, tokens, s)) continue;
          out.push({ place: { name: i.name, id: null, country: 'ML', type: 'locality' }, sentence: s.index });
        }
      }
      const end = items[items.length - 1].end;
      while (k + 1 < s.last && tokens[k + 1].start < end) k++;
    }
  }
  out.push(...bulletedPlaces(text, tokens, sentences, skip));
  return out;
}

/**
 * "Les localités suivantes ont été attaquées :" then one bullet per town ("- Alpha", "• Beta"):
 * each bullet's name is a place when the line before the list names localities or the attack.
 */
function bulletedPlaces(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  skip: (i: number) => boolean,
): Array<{ place: Place; sentence: number }> {
  const out: Array<{ place: Place; sentence: number }> = [];
  for (const s of sentences) {
    if (skip(s.index) || tokens[s.last - 1]?.text !== ':') continue;
    let opens = false;
    for (let k = s.first; k < s.last; k++)
      if (LIST_NOUNS.has(tokens[k].norm) || attackStem(tokens[k].norm)) opens = true;
    if (!opens) continue;
    for (let i = s.index + 1; i < sentences.length; i++) {
      const b = sentences[i];
      if (!LIST_BULLETS.has(tokens[b.first]?.text ?? '')) break;
      const r = itemAt(text, tokens, b.first + 1, b.last);
      if (r && plausible(r.item, tokens, b))
        out.push({ place: { name: r.item.name, id: null, country: 'ML', type: 'locality' }, sentence: i });
    }
  }
  return out;
}

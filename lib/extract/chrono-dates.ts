/**
 * The dates chrono-node reads in a text: in the sentences that hold date words, with the English
 * parser, the French one or both, and past a time of day ("matin de ce vendredi 4 mars 2022").
 */
import * as chrono from 'chrono-node';
import { frenchDates } from './chrono-fr';
import { EN_MONTHS, EN_WEEKDAYS, FR_MONTHS, FR_WEEKDAYS } from './number-words';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/** A date chrono read, at its offset in the whole text. */
export type ChronoDate = Pick<chrono.ParsedResult, 'index' | 'text' | 'start' | 'end'>;

const MAX_DATE_OFFSET = 20000;
const MAX_DATED_SENTENCES = 60;
const EN_DATE_WORDS = new Set<string>([
  'morning',
  'evening',
  'tonight',
  ...EN_WEEKDAYS,
  'yesterday',
  'today',
  'tonight',
  // 'may' is left out (mostly the verb): a capitalised May comes through CAPITAL_MONTHS.
  ...EN_MONTHS.filter((w) => w !== 'may'),
]);
const FR_DATE_WORDS = new Set<string>([
  'matin',
  'soir',
  ...FR_WEEKDAYS,
  'hier',
  "aujourd'hui",
  'aujourd',
  'veille',
  'avant-hier',
  'lendemain',
  'courant',
  ...FR_MONTHS,
]);
const CAPITAL_MONTHS = new Map([
  ['may', 'May'],
  ['sept', 'Sept'],
  ['mar', 'Mar'],
]);
const NUMERIC_SEP = new Set(['/', '.', '-']);
/** Characters read each side of a date word: the longest date phrase around it fits. */
const WINDOW = 50;

/** Which languages' date words token k is: 1 English, 2 French, 0 none. */
function dateWordAt(tokens: Token[], k: number): number {
  const w = tokens[k].norm;
  let m = 0;
  // "May", "Sept. 3", "Mar. 5": capitalised, as these words also mean other things ("sept" is seven).
  if (EN_DATE_WORDS.has(w) || (CAPITAL_MONTHS.has(w) && tokens[k].text === CAPITAL_MONTHS.get(w))) m |= 1;
  if (FR_DATE_WORDS.has(w)) m |= 2;
  // "10/05/2024", "10.05.2024": a numeric date, day first as the region writes it (the French parser).
  if (tokens[k].type === 'num' && NUMERIC_SEP.has(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.type === 'num')
    m |= 2;
  return m;
}

/** A stretch of a sentence around its date words, and which languages' words it holds. */
type DateWindow = { start: number; end: number; langs: number };

/**
 * The stretches of sentence s around its date words, WINDOW characters each side (whole tokens),
 * merged when they meet: chrono's regexes scan each stretch, not the whole sentence.
 */
function dateWindows(tokens: Token[], s: Sentence): DateWindow[] {
  const out: DateWindow[] = [];
  for (let k = s.first; k < s.last; k++) {
    const langs = dateWordAt(tokens, k);
    if (!langs) continue;
    let a = k;
    while (a > s.first && tokens[k].start - tokens[a - 1].start <= WINDOW) a--;
    let b = k;
    while (b + 1 < s.last && tokens[b + 1].end - tokens[k].end <= WINDOW) b++;
    const start = Math.max(s.start, tokens[a].start);
    const end = Math.min(s.end, tokens[b].end);
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.langs |= langs;
    } else out.push({ start, end, langs });
  }
  return out;
}

/** chrono's dates in text `t`, at their offsets in it, against the day `ref`. */
function parse(p: { parse: typeof chrono.parse }, t: string, ref: Date): ChronoDate[] {
  return p.parse(t, ref).flatMap((r) => {
    // chrono reads "matin de ce vendredi 4 mars 2022" as a vague time of day: read the date after the time word again.
    const m =
      /^(.*?\b(?:morning|evening|night|afternoon|matin|matinée|soir|soirée|nuit|après-midi)\b\s*(?:of|de ce|de la|du|de)?\s*)/i.exec(
        r.text,
      );
    if (m && !(r.start.isCertain('day') && r.start.isCertain('month')) && m[1].length < r.text.length) {
      return p.parse(r.text.slice(m[1].length), ref).map((x) => ({
        ...x,
        index: x.index + r.index + m[1].length,
        text: x.text,
        start: x.start,
        end: x.end,
      }));
    }
    return [{ index: r.index, text: r.text, start: r.start, end: r.end }];
  });
}

/** Between two stretches read in one call: no date phrase of chrono's runs across it. */
const STRETCH_BREAK = '\n\n¶\n\n';

/**
 * chrono's dates in the stretches, read in one call: each call builds chrono's patterns anew,
 * which costs more than reading the stretches. Offsets are mapped back to the whole text.
 */
function readStretches(p: { parse: typeof chrono.parse }, text: string, stretches: DateWindow[], ref: Date) {
  if (!stretches.length) return [];
  const at: number[] = [];
  let joined = '';
  for (const w of stretches) {
    if (joined) joined += STRETCH_BREAK;
    at.push(joined.length);
    joined += text.slice(w.start, w.end);
  }
  return parse(p, joined, ref).map((r) => {
    let k = at.length - 1;
    while (at[k] > r.index) k--;
    return { ...r, index: r.index - at[k] + stretches[k].start };
  });
}

/** The dates chrono reads in the text's dated sentences, in text order (the longer first at one offset). */
export function chronoDates(text: string, tokens: Token[], sentences: Sentence[], ref: Date): ChronoDate[] {
  // chrono reads only around the words that name a month, a weekday or a relative day, and only
  // in the first part of a long page: its regexes are the slow part of extraction.
  const dated = sentences
    .filter((s) => s.start < MAX_DATE_OFFSET)
    .map((s) => dateWindows(tokens, s))
    .filter((w) => w.length)
    .slice(0, MAX_DATED_SENTENCES)
    .flat();
  return [
    ...readStretches(
      chrono.en,
      text,
      dated.filter((w) => w.langs & 1),
      ref,
    ),
    ...readStretches(
      frenchDates(),
      text,
      dated.filter((w) => w.langs & 2),
      ref,
    ),
  ].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
}

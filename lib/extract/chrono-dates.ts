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

/** Which languages' date words sentence s holds: 1 English, 2 French. */
function dateWords(tokens: Token[], s: Sentence): number {
  let m = 0;
  for (let k = s.first; k < s.last; k++) {
    const w = tokens[k].norm;
    // "May", "Sept. 3", "Mar. 5": capitalised, as these words also mean other things ("sept" is seven).
    if (EN_DATE_WORDS.has(w) || (CAPITAL_MONTHS.has(w) && tokens[k].text === CAPITAL_MONTHS.get(w))) m |= 1;
    if (FR_DATE_WORDS.has(w)) m |= 2;
    // "10/05/2024", "10.05.2024": a numeric date, day first as the region writes it (the French parser).
    if (
      tokens[k].type === 'num' &&
      NUMERIC_SEP.has(tokens[k + 1]?.text ?? '') &&
      tokens[k + 2]?.type === 'num'
    )
      m |= 2;
  }
  return m;
}

/** chrono's dates in text `t` (at `offset` in the whole text), against the day `ref`. */
function parse(p: { parse: typeof chrono.parse }, t: string, offset: number, ref: Date): ChronoDate[] {
  return p.parse(t, ref).flatMap((r) => {
    // chrono reads "matin de ce vendredi 4 mars 2022" as a vague time of day: read the date after the time word again.
    const m =
      /^(.*?\b(?:morning|evening|night|afternoon|matin|matinée|soir|soirée|nuit|après-midi)\b\s*(?:of|de ce|de la|du|de)?\s*)/i.exec(
        r.text,
      );
    if (m && !(r.start.isCertain('day') && r.start.isCertain('month')) && m[1].length < r.text.length) {
      return p.parse(r.text.slice(m[1].length), ref).map((x) => ({
        ...x,
        index: x.index + r.index + m[1].length + offset,
        text: x.text,
        start: x.start,
        end: x.end,
      }));
    }
    return [{ index: r.index + offset, text: r.text, start: r.start, end: r.end }];
  });
}

/** The dates chrono reads in the text's dated sentences, in text order (the longer first at one offset). */
export function chronoDates(text: string, tokens: Token[], sentences: Sentence[], ref: Date): ChronoDate[] {
  // chrono reads only the sentences that name a month, a weekday or a relative day, and only
  // in the first part of a long page: its regexes are the slow part of extraction.
  const dated = sentences
    .filter((s) => s.start < MAX_DATE_OFFSET)
    .map((s) => [s, dateWords(tokens, s)] as const)
    .filter(([, m]) => m !== 0)
    .slice(0, MAX_DATED_SENTENCES);
  return dated
    .flatMap(([s, m]) => {
      const t = text.slice(s.start, s.end);
      return [
        ...(m & 1 ? parse(chrono.en, t, s.start, ref) : []),
        ...(m & 2 ? parse(frenchDates(), t, s.start, ref) : []),
      ];
    })
    .sort((a, b) => a.index - b.index || b.text.length - a.text.length);
}

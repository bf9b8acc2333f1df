/**
 * One number at a token, as its value and where it ends: digits that are a figure, number words
 * (EN/FR: "vingt et un", "one hundred and five"), and a number restated in digits in brackets
 * ("quatre (04) terroristes"). Used by numbers.ts.
 */
import { isFigureDigits } from './figure-digits';
import { EN_UNITS, FR_UNITS, HUNDREDS, NOT_ALONE, THOUSANDS, UNIT_AFTER } from './number-words';

/** One, spelled in brackets after "01": "(un)", "(une)", "(one)". */
const ONE_WORDS = new Set(['un', 'une', 'one']);
import type { Token } from './tokens';

function wordValue(parts: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (p === 'et' || p === 'and') continue;
    if ((p === 'vingt' || p === 'vingts') && k > 0 && parts[k - 1] === 'quatre') {
      current = current - 4 + 80;
      seen = true;
      continue;
    }
    const v = EN_UNITS.get(p) ?? FR_UNITS.get(p);
    if (v !== undefined) {
      current += v;
      seen = true;
    } else if (HUNDREDS.has(p)) {
      current = Math.max(current, 1) * 100;
      seen = true;
    } else if (THOUSANDS.has(p)) {
      total += Math.max(current, 1) * 1000;
      current = 0;
      seen = true;
    } else return null;
  }
  return seen ? total + current : null;
}

const isNumWord = (norm: string) =>
  EN_UNITS.has(norm) || FR_UNITS.has(norm) || HUNDREDS.has(norm) || THOUSANDS.has(norm);

/** A number-word token like "vingt-et-un" or "twenty-one", or a run of them ("vingt et un"). Returns [value, lastExclusive]. */
function readWords(tokens: Token[], i: number): [number, number] | null {
  const n0 = tokens[i].norm;
  const dash = n0.indexOf('-');
  if (!isNumWord(dash < 0 ? n0 : n0.slice(0, dash))) return null;
  const parts: string[] = [];
  let j = i;
  while (j < tokens.length && tokens[j].type === 'word') {
    // "two UN peacekeepers": "un" joins a number only after "et" ("vingt et un").
    if (j > i && (tokens[j].norm === 'un' || tokens[j].norm === 'une') && parts[parts.length - 1] !== 'et')
      break;
    // "et"/"and" joins number words only between two of them: "vingt et un", "one hundred and
    // five" — not "entre vingt et trente", "between twenty and thirty", a range.
    if (tokens[j].norm === 'et' || tokens[j].norm === 'and') {
      if (!joins(tokens, j, parts)) break;
      parts.push(tokens[j].norm);
      j++;
      continue;
    }
    const split = tokens[j].norm.split('-');
    if (!split.every((p) => isNumWord(p) || p === 'et')) break;
    parts.push(...split);
    j++;
  }
  if (!parts.length) return null;
  if (parts.length === 1 && NOT_ALONE.has(parts[0])) return null;
  const v = wordValue(parts);
  return v === null ? null : [v, j];
}

/** Does "et"/"and" at j join the number words before it to the next ("vingt et un", "one hundred and five")? */
function joins(tokens: Token[], j: number, parts: string[]): boolean {
  const next = tokens[j + 1];
  if (!parts.length || next?.type !== 'word' || !next.norm.split('-').every(isNumWord)) return false;
  if (tokens[j].norm === 'et') return ['un', 'une', 'onze'].includes(next.norm.split('-')[0]);
  return HUNDREDS.has(parts[parts.length - 1]) || THOUSANDS.has(parts[parts.length - 1]);
}

/** One number (digits or words) at i: [value, lastExclusive]. */
export function readNumber(tokens: Token[], text: string, i: number): [number, number] | null {
  const t = tokens[i];
  if (t.type === 'num') {
    if (!isFigureDigits(tokens, text, i)) return null;
    const v = Number(t.text.replace(/[^\d]/g, ''));
    return Number.isFinite(v) ? [v, i + 1] : null;
  }
  if (t.type === 'word') {
    const w = readWords(tokens, i);
    // "three days of mourning", "deux ans": durations and ages.
    if (w && UNIT_AFTER.has(tokens[w[1]]?.norm ?? '') && tokens[w[1]].norm.length > 2) return null;
    return w;
  }
  return null;
}

/**
 * "quatre (04) terroristes", "vingt-six (26) morts", "cinq (5) blessés", "01 (un) PKM": a number
 * restated in brackets is one figure; the index after the brackets, else `end`.
 */
export function restated(tokens: Token[], text: string, end: number, value: number): number {
  if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')') return end;
  if (value === 1 && ONE_WORDS.has(tokens[end + 1].norm)) return end + 3;
  const n = readNumber(tokens, text, end + 1);
  return n && n[0] === value && n[1] === end + 2 ? end + 3 : end;
}

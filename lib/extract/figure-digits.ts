/**
 * Digits that are a figure, and those that are not: years, times, dates, durations, decimals,
 * phone numbers, a numbered list's ordinal ("1. 06 AK-47") and the digits of a model's name
 * ("Mi-24"). Used by numbers.ts.
 */
import { SUBJECT_WORDS } from './lexicon';
import { MONTHS, UNIT_AFTER, UNIT_BEFORE } from './number-words';
import { THING_SUBJECTS } from './noun-phrase';
import type { Token } from './tokens';

/** A thing the lexicon knows, right after a number: "2000 munitions". */
export function countedThing(t: Token | undefined): boolean {
  const s = t?.type === 'word' ? SUBJECT_WORDS.get(t.norm) : undefined;
  return !!s && THING_SUBJECTS.has(s);
}

function isYear(t: Token): boolean {
  return t.type === 'num' && /^(19|20)\d\d$/.test(t.text);
}

/** Words before a year: "en 2019", "since 2012 jihadists have…" (the year, then the sentence's subject). */
const YEAR_BEFORE = new Set([
  ...['en', 'depuis', 'avant', 'apres', 'pendant', 'durant', 'fin', 'debut', "jusqu'en", 'mi'],
  ...['in', 'since', 'until', 'before', 'after', 'during', 'early', 'late', 'mid', 'by'],
]);

/** Persons of a side the lexicon knows, right after a number that is not after a year's preposition: "plus de 2000 civils". */
function countedPersons(tokens: Token[], i: number): boolean {
  const t = tokens[i + 1];
  const s = t?.type === 'word' ? SUBJECT_WORDS.get(t.norm) : undefined;
  return !!s && !THING_SUBJECTS.has(s) && !YEAR_BEFORE.has(tokens[i - 1]?.norm ?? '');
}

/** A year, not a count: "en 2019", not "2000 munitions" nor "plus de 2000 civils" (counted after it). */
export function isYearAt(tokens: Token[], i: number): boolean {
  return isYear(tokens[i]) && !countedThing(tokens[i + 1]) && !countedPersons(tokens, i);
}

/**
 * A number that measures rather than counts: an age, a duration, a distance ("un enfant de 10 ans",
 * "a 10-year-old boy", "aged 10", "à 30 km").
 */
export function measureAt(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next && UNIT_AFTER.has(next.norm) && !inventoryArm(tokens, i)) return true;
  // "10-year-old", "12-hour": the unit is the hyphenated word's first part.
  const unit = tokens[i + 2]?.norm.split('-')[0] ?? '';
  if (next && (next.text === '-' || next.text === '‑') && UNIT_AFTER.has(unit)) return true;
  return !!tokens[i - 1] && UNIT_BEFORE.has(tokens[i - 1].norm);
}

/**
 * "02 PM", "04 PM AK": an inventory's zero-padded count of pistolets mitrailleurs, not a time —
 * nor "4 PM", "04 pm".
 */
function inventoryArm(tokens: Token[], i: number): boolean {
  return /^0\d$/.test(tokens[i].text) && tokens[i + 1]?.text === 'PM';
}

/** Months as the press shortens them before a dot: "Jan.", "Sept.", "janv.", "févr.". */
const MONTH_ABBREVIATIONS = new Set([
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  ...['janv', 'fev', 'fevr', 'avr', 'juil'],
]);

/** Is the digit token at i a figure (not a year, time, date, duration, ordinal)? */
export function isFigureDigits(tokens: Token[], text: string, i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (/[.,]\d/.test(t.text) && !/^\d{1,3}([.,\s\u00a0\u202f]\d{3})+$/.test(t.text)) return false;
  if (isYearAt(tokens, i)) return false;
  if (next && next.start === t.end && next.type === 'word') return false; // 15h00, 1er, 3e, 25km
  if (measureAt(tokens, i)) return false;
  if (next && MONTHS.has(next.norm)) return false;
  if (
    next &&
    (next.norm === 'a' || next.norm === 'p') &&
    tokens[i + 2]?.text === '.' &&
    tokens[i + 3]?.norm === 'm'
  )
    return false; // 5 a.m.
  if (prev && MONTHS.has(prev.norm)) return false;
  // "Jan. 3", "Sept. 14": a month's abbreviation and its dot — not a full name ending its
  // sentence ("…le 3 mai. 6 fusils ont été saisis").
  if (
    prev?.text === '.' &&
    MONTH_ABBREVIATIONS.has(tokens[i - 2]?.norm ?? '') &&
    tokens[i - 2].end === prev.start
  )
    return false;
  // "12:30", "12 h 30"; not a list line's label and count, "AK-47 : 08".
  const clock = (a: Token, colon: Token, b: Token) => colon.start === a.end && b.start === colon.end;
  if (next?.text === 'h' && tokens[i + 2]?.type === 'num') return false;
  if (next?.text === ':' && tokens[i + 2]?.type === 'num' && clock(t, next, tokens[i + 2])) return false;
  if (prev?.text === ':' && tokens[i - 2]?.type === 'num' && clock(tokens[i - 2], prev, t)) return false;
  if (prev && prev.norm === 'h' && tokens[i - 2]?.type === 'num') return false; // 05 h 30
  if (
    next &&
    (next.text === '/' || next.text === '.') &&
    tokens[i + 2]?.type === 'num' &&
    tokens[i + 2].start === next.end
  )
    return false; // 17/09, 17.09
  if (
    prev &&
    (prev.text === '/' || prev.text === '#' || prev.text === '°' || prev.text === '$' || prev.text === '€')
  )
    return false;
  if (next && next.text === ',' && tokens[i + 2] && isYear(tokens[i + 2])) return false; // "September 17, 2024" handled by month; "17, 2024"
  // Decimals ("1.5", "2,5") are not head counts: neither the integer part nor the fraction.
  if ((text[t.end] === '.' || text[t.end] === ',') && /\d/.test(text[t.end + 1] ?? '')) return false;
  if ((text[t.start - 1] === '.' || text[t.start - 1] === ',') && /\d/.test(text[t.start - 2] ?? ''))
    return false;
  // Phone numbers, identifiers: no casualty count has eight digits.
  if (t.text.replace(/\D/g, '').length > 7) return false;
  return true;
}

/** A line's ordinal: a short number opening its line, a "." or ")" right after it, an item after that. */
export function listOrdinal(tokens: Token[], text: string, i: number): boolean {
  const t = tokens[i];
  const mark = tokens[i + 1];
  if (t.text.length > 2 || !mark || !['.', ')'].includes(mark.text) || mark.start !== t.end) return false;
  const before = i === 0 ? '\n' : text.slice(tokens[i - 1].end, t.start);
  if (!before.includes('\n')) return false;
  const item = tokens[i + 2];
  return (
    !!item && text.slice(mark.end, item.start).length > 0 && !text.slice(mark.end, item.start).includes('\n')
  );
}

/** "Mi-24", "BM-21", "T-55": digits hyphenated to the word before them. */
export function hyphenated(tokens: Token[], i: number): boolean {
  return (
    i >= 2 &&
    tokens[i - 1].text === '-' &&
    tokens[i - 1].end === tokens[i].start &&
    tokens[i - 2].type === 'word' &&
    tokens[i - 2].end === tokens[i - 1].start
  );
}

/**
 * The names of things seized that hold digits: weapon models ("AK-47", "AK 47",
 * "PK-M", "RPG-7", "Mi-24", "Mirage 2000") and calibres ("14,5 mm", "12,7"). Their digits are
 * part of a name, never a count.
 */
import { SUBJECT_WORDS } from './lexicon';
import { THING_SUBJECTS } from './np-subject';
import { MODEL_PREFIXES } from './lexicon-np';
import type { Token } from './tokens';

/** How many tokens a model name takes at j (0: none). */
export function modelLength(tokens: Token[], j: number): number {
  const t = tokens[j];
  if (t?.type !== 'word') return 0;
  if (/^[A-Z]{2,5}-[A-Z0-9]{1,4}$/.test(t.text)) return 1;
  const d = tokens[j + 1];
  const n = tokens[j + 2];
  // "AK 47", "RPG 7": a known model prefix, in capitals, then its number (on its line: "02 PKM"
  // ending a line of a list is no model "PKM 03").
  if (
    d?.type === 'num' &&
    d.sentence === t.sentence &&
    /^[A-Z][A-Za-z]{1,6}$/.test(t.text) &&
    MODEL_PREFIXES.has(t.norm)
  )
    return 2;
  if (d?.text !== '-' || !n || d.start !== t.end || n.start !== d.end) return 0;
  return n.type === 'num' || (/^[A-Z]{2,5}$/.test(t.text) && /^[A-Z0-9]{1,4}$/.test(n.text)) ? 3 : 0;
}

/**
 * How many tokens a number naming the thing before it takes at i (0: none): a calibre after a
 * weapon or a round ("1 mortier de 60", "a mortar 81,", "12 obus de 82"), a vehicle's size or
 * drive ("1 véhicule 4x4", "4 x 4", "2 motos 125") — not "1 mortier et 60 obus", whose number has
 * its own noun.
 */
export function thingNumberLength(tokens: Token[], i: number): number {
  let k = i - 1;
  if (['de', 'of'].includes(tokens[k]?.norm ?? '')) k--;
  const thing = SUBJECT_WORDS.get(tokens[k]?.norm ?? '');
  if (tokens[k]?.type !== 'word' || !thing || !THING_SUBJECTS.has(thing)) return 0;
  const t = tokens[i];
  const next = tokens[i + 1];
  const drive = driveLength(tokens, i);
  if (drive) return drive;
  // "1 mitrailleuse 12,7 mm", "2 mitrailleuses de 14,5": the whole calibre, decimals and unit.
  const calibre = calibreLength(tokens, i);
  if (calibre) return calibre;
  return !next || next.sentence !== t.sentence || next.type === 'punct' || CALIBRE_ENDS.has(next.norm)
    ? 1
    : 0;
}
const CALIBRE_ENDS = new Set(['mm', 'et', 'and', 'ainsi']);

/** How many tokens a vehicle's drive takes at i: "4x4" (two), "4 x 4" (three); 0: none. */
export function driveLength(tokens: Token[], i: number): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t?.type !== 'num') return 0;
  if (next?.type === 'word' && next.start === t.end && /^x\d+$/i.test(next.text)) return 2;
  return next?.norm === 'x' && tokens[i + 2]?.type === 'num' ? 3 : 0;
}

/** Whether the number at i is the digits of a model name ("AK-47", "AK 47"). */
export function inModelName(tokens: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 2); k < i; k++) {
    const n = modelLength(tokens, k);
    if (n && k + n > i) return true;
  }
  return false;
}

/** How many tokens a calibre takes at j: "14,5 mm", "12,7", "7.62 mm", "120 mm" (0: none). */
export function calibreLength(tokens: Token[], j: number): number {
  const attached = (a: number) => tokens[a] && tokens[a].start === tokens[a - 1].end;
  let n = 1;
  if (
    [',', '.'].includes(tokens[j + 1]?.text ?? '') &&
    attached(j + 1) &&
    tokens[j + 2]?.type === 'num' &&
    attached(j + 2)
  )
    n = 3;
  if (tokens[j + n]?.norm === 'mm') return n + 1;
  return n === 3 ? 3 : 0;
}

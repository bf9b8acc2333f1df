/**
 * The names of things seized that hold digits: weapon models ("AK-47", "AK 47",
 * "PK-M", "RPG-7", "Mi-24", "Mirage 2000") and calibres ("14,5 mm", "12,7"). Their digits are
 * part of a name, never a count.
 */
import { SUBJECT_WORDS } from './lexicon';
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
 * Whether the number at i is a weapon's or a round's calibre written after its noun: "1 mortier de
 * 60", "a mortar 81,", "12 obus de 82", "2 canons de 23 et 3 motos" — not "1 mortier et 60 obus",
 * whose number has its own noun.
 */
export function calibreAfterWeapon(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (['de', 'of'].includes(tokens[k]?.norm ?? '')) k--;
  const armed = SUBJECT_WORDS.get(tokens[k]?.norm ?? '');
  if (tokens[k]?.type !== 'word' || (armed !== 'weapons' && armed !== 'ammunition')) return false;
  const next = tokens[i + 1];
  return (
    !next || next.sentence !== tokens[i].sentence || next.type === 'punct' || CALIBRE_ENDS.has(next.norm)
  );
}
const CALIBRE_ENDS = new Set(['mm', 'et', 'and', 'ainsi']);

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

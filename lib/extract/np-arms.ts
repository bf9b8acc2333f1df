/**
 * The steps of scanNounPhrase that read weapons and arms: a weapon's model or calibre ("fusils
 * AK-47", "mitrailleuses 14,5 mm"), armed men and unarmed persons ("hommes lourdement armés", "civils
 * non armés"), and bombs ("engins explosifs improvisés"). Each reads the word at `scan.j`.
 */
import { calibreLength, driveLength, modelLength, thingNumberLength } from './item-names';
import { isAdverb, SUBJECT_WORDS } from './lexicon';
import type { Scan } from './np-steps';
import { THING_SUBJECTS } from './np-subject';
import { ARMED, ENGINE_WORDS, EXPLOSIVE } from './np-words';
import type { Token } from './tokens';

/** "fusils AK-47", "3 mitrailleuses 14,5 mm": a weapon's model or calibre, stepped over; true when read. */
export function weaponName(tokens: Token[], i: number, scan: Scan): boolean {
  const j = scan.j;
  // "fusils AK-47", "8 AK-47 rifles": a model name inside the phrase.
  const model = modelLength(tokens, j);
  if (model) {
    // "04 PK-M": a model name alone is the weapon counted.
    if (!scan.subjects.length && j === i) scan.subjects.push('weapons');
    scan.j += model - 1;
    scan.end = Math.max(scan.end, scan.j + 1);
    return true;
  }
  // "3 mitrailleuses 14,5 mm", "armes de 12,7": a calibre is part of the name, not a count.
  // "1 mortier de 60", "1 véhicule 4x4", "2 motos 125": a calibre or a size after the thing's noun.
  // "a 4x4 vehicle": a drive before it.
  const calibre =
    tokens[j].type !== 'num'
      ? 0
      : thingNumberLength(tokens, j) || driveLength(tokens, j) || calibreLength(tokens, j);
  if (calibre) {
    scan.j += calibre - 1;
    scan.end = Math.max(scan.end, scan.j + 1);
    return true;
  }
  return false;
}

/** Degree words before an adverb of "armed": "très lourdement armés", "very heavily armed". */
const DEGREE = new Set(['tres', 'very', 'si', 'so', 'fort']);
/** An adverb (or a degree word and its adverb) right before "armed"/"armés" at j. */
function armedAdverb(tokens: Token[], j: number): boolean {
  const next = DEGREE.has(tokens[j].norm) && isAdverb(tokens[j + 1] ?? tokens[j]) ? j + 2 : j + 1;
  return (isAdverb(tokens[j]) || next === j + 2) && ARMED.has(tokens[next]?.norm ?? '');
}

/**
 * "12 civils non armés", "trois hommes armés", "3 engins explosifs improvisés": unarmed persons,
 * armed men and bombs; true when the word is read.
 */
export function armedOrBombs(tokens: Token[], i: number, scan: Scan): boolean {
  const j = scan.j;
  const t = tokens[j];
  const subjects = scan.subjects;
  // "12 civils non armés", "12 personnes non armées": unarmed persons are civilians.
  if (t.norm === 'non' && /^arm(e|es|ee|ees|ed)$/.test(tokens[j + 1]?.norm ?? '') && j > i) {
    if (!subjects.some((x) => x !== 'people')) subjects.push('civilians');
    scan.j++;
    scan.end = scan.j + 1;
    return true;
  }
  // "20 hommes lourdement armés", "20 heavily armed men": an adverb of "armed" is stepped over.
  if (j > i && armedAdverb(tokens, j)) return true;
  // "trois hommes armés", "5 individus armés", "three armed men": men under arms are fighters.
  // "12 motards armés": the participle, accented, is "armed" after any noun, never "armes" (weapons).
  const participle = /^arm[ée]e?s?$/i.test(t.text) && /é/i.test(t.text) && j > i;
  if (
    ARMED.has(t.norm) &&
    (participle || (subjects.length && !THING_SUBJECTS.has(subjects[subjects.length - 1])))
  ) {
    scan.armed = true;
    scan.end = j + 1;
    return true;
  }
  if (ARMED.has(t.norm) && tokens[j + 1] && SUBJECT_WORDS.get(tokens[j + 1].norm) === 'people')
    scan.armed = true;
  // "3 engins explosifs improvisés", "2 explosive devices": bombs are weapons, not vehicles.
  if (
    (ENGINE_WORDS.has(t.norm) && EXPLOSIVE.has(tokens[j + 1]?.norm ?? '')) ||
    (EXPLOSIVE.has(t.norm) && ENGINE_WORDS.has(tokens[j + 1]?.norm ?? ''))
  ) {
    subjects.push('weapons');
    scan.end = j + 2;
    scan.j++;
    return true;
  }
  return false;
}

/**
 * What a place is in its sentence, besides where the attack was: a reference point for a distance
 * ("à 29 km de X", "Boni, près de Hombori"), a place near a word of a measure or movement, the
 * object of an attack noun ("l'attaque de Boni"), the name of an armed unit ("la Katiba Macina")
 * or part of another name ("Agence France-Presse"). Used by places.ts.
 */
import { NOT_ATTACK_CONTEXT, attackStem } from './attack-place-words';
import { UNIT_WORDS } from './lexicon-actors';
import { DAY_PARTS } from './lexicon-dates';
import { WEEKDAYS } from './number-words';
import { DISTANCE_UNITS, NAME_AFTER_COUNTRY, NAME_BEFORE_COUNTRY } from './lexicon-places';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/** "à 29 km au sud-ouest de X", "40 kilometres from X": X is a reference point, not the attacked place. */
export function reference(tokens: Token[], s: Sentence, ti: number): boolean {
  // "le poste de Boni, près de Hombori", "Boni, near Hombori": after a comma, a landmark for the place before.
  let n = ti - 1;
  if (['de', "d'", 'du'].includes(tokens[n]?.norm ?? '')) n--;
  if (tokens[n]?.norm === 'loin' && tokens[n - 1]?.norm === 'non') n--;
  // "face aux jihadistes, dimanche, près de Boni": after a time between commas, the place of the deed.
  const landmarkFor = tokens[n - 2]?.norm ?? '';
  if (
    NEAR_WORDS.has(tokens[n]?.norm ?? '') &&
    tokens[n - 1]?.text === ',' &&
    n - 1 > s.first &&
    !WEEKDAYS.has(landmarkFor) &&
    !DAY_PARTS.has(landmarkFor) &&
    // "tués au passage de leur véhicule, près de Douentza": no name before the comma to be near.
    /^\p{Lu}/u.test(tokens[n - 2]?.text ?? '')
  )
    return true;
  for (let k = ti - 1; k >= Math.max(s.first, ti - 6); k--) {
    if ([',', ';', ':', '.'].includes(tokens[k].text)) return false;
    if (DISTANCE_UNITS.has(tokens[k].norm)) return true;
  }
  return false;
}

/**
 * A word of a measure or movement near the place (within its clause's reach): "des renforts ont
 * été dépêchés à Boni", "residents of Boni fled" — not one told clauses later ("The attack
 * targeted the post at Boni, the army said, adding that reinforcements had been sent").
 */
export function contextNear(tokens: Token[], s: Sentence, ti: number): boolean {
  for (let k = Math.max(s.first, ti - CONTEXT_REACH); k < Math.min(s.last, ti + CONTEXT_REACH); k++)
    if (NOT_ATTACK_CONTEXT.has(tokens[k].norm)) return true;
  return false;
}
const CONTEXT_REACH = 10;

/** Is the place at ti the object of an attack noun: "l'attaque de Boni", "the attack on Boni", "le raid sur Boni"? */
export function attackOf(tokens: Token[], ti: number): boolean {
  const link = tokens[ti - 1]?.norm ?? '';
  if (!['de', "d'", 'du', 'contre', 'sur', 'on', 'against', 'of', 'in', 'a'].includes(link)) return false;
  return attackStem(tokens[ti - 2]?.norm ?? '');
}

const NEAR_WORDS = new Set(['pres', 'near', 'non', 'outside', 'proche']);

/** Is the place the name of an armed group's unit: "la Katiba Macina", "la katiba d'Ançar Dine du Macina"? */
export function unitName(tokens: Token[], s: Sentence, ti: number): boolean {
  for (let k = ti - 1; k >= Math.max(s.first, ti - 6); k--) {
    if (UNIT_WORDS.has(tokens[k].norm)) return true;
    if (tokens[k].type !== 'word') return false;
  }
  return false;
}

/** Is the country named in tokens [a, b] part of another name ("Agence France-Presse")? */
export function partOfName(tokens: Token[], a: number, b: number): boolean {
  const after = tokens[b + 1]?.text === '-' ? tokens[b + 2] : tokens[b + 1];
  return (
    NAME_BEFORE_COUNTRY.has(tokens[a - 1]?.norm ?? '') ||
    NAME_AFTER_COUNTRY.has(tokens[b].norm.split('-').pop() ?? '') ||
    NAME_AFTER_COUNTRY.has(after?.norm ?? '')
  );
}

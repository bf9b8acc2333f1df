/**
 * Dates of the page's furniture, not of its story: a caption's, an embedded post's sign-off,
 * a name's ("la Plateforme du 3 mai").
 */
import type { Found } from './date-mentions';
import { CAPTION_OPENERS, STAMP_OPENERS } from './lexicon-dates';
import { MONTHS } from './numbers';
import type { Sentence } from './sentences';
import { fold } from './tokens';

/** Stems of an attack word before a place's name: "l'attaque de Boni du 10 mai" dates the attack. */
const ATTACK_NAME_STEMS = [
  'attaqu',
  'attack',
  'embusc',
  'ambush',
  'assaut',
  'assault',
  'massacr',
  "l'attaqu",
];

/**
 * A date that is not the story's: in a caption line ("File photo taken Feb. 28"), the page's time
 * stamp ("Publié le 10/05/2024", "Updated May 10"), an embedded
 * post's sign-off ("(@army_news) June 15, 2020") or a name ("la Plateforme du 3 mai").
 */
export function furnitureDate(text: string, s: Sentence, index: number): Found['furniture'] {
  const line = fold(text.slice(s.start, Math.min(s.end, s.start + 40))).replace(/^[^a-z]+/, '');
  if (CAPTION_OPENERS.some((w) => line.startsWith(w + ' ') || line.startsWith(w + ':'))) return 'caption';
  // "Publié le 10/05/2024 à 14h32 | Mis à jour le 11/05": the page's time, not the story's.
  if (STAMP_OPENERS.some((w) => line.startsWith(w + ' ') || line.startsWith(w + ':'))) return 'stamp';
  if (text.slice(s.start, s.end).includes('\u00a9')) return 'caption';
  const before = text.slice(Math.max(s.start, index - 60), index);
  if (/\(@\w+\)\s*$/.test(before)) return 'post';
  const name = /(\p{Lu}[\p{L}-]+)\s+(du|of the|of)\s+$/u.exec(before);
  if (!name || index - name[0].length <= s.start + 1 || MONTHS.has(fold(name[1]))) return null;
  // "l'attaque de Boni du 10 mai": a place after an attack word is the attack's, and so is its date.
  const words = fold(before.slice(0, name.index))
    .split(/[^a-z']+/)
    .filter(Boolean)
    .slice(-2);
  return words.some((w) => ATTACK_NAME_STEMS.some((st) => w.startsWith(st))) ? null : 'name';
}

/**
 * Malian place names written in Arabic script that the gazetteer lists only in Latin script:
 * "تاركينت" is Tarkint, "بوني" Boni. Arabic writes consonants and long vowels, French and English
 * transcriptions write every vowel: both are reduced to a consonant skeleton ("trknt"), and a
 * name counts only after a word that says a place follows ("في" in, "قرية" village, "معسكر" camp)
 * and when one Malian place alone has that skeleton.
 */
import type { GazEntry } from './gazetteer';
import { foldName } from './fold';

/** Arabic letters → the Latin consonant they are transcribed with ('' for vowels, hamza, ʿayn, h). */
const ARABIC_CONSONANTS: Record<string, string> = {
  ب: 'b',
  ت: 't',
  ث: 't',
  // "بانديجارا" (Bandiagara), "جني" (Djenné): ج writes both g and j; they share a letter here.
  ج: 'g',
  ح: '',
  خ: 'k',
  د: 'd',
  ذ: 'd',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 's',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'g',
  ف: 'f',
  ق: 'k',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: '',
  و: '',
  ي: '',
  ى: '',
  ا: '',
  أ: '',
  إ: '',
  آ: '',
  ء: '',
  ئ: '',
  ؤ: '',
  ة: '',
};

/** Nouns that name a kind of place (area, village, town, city, camp, base, commune): a shorter name may follow. */
export const ARABIC_PLACE_NOUNS = new Set([
  'منطقة',
  'قرية',
  'بلدة',
  'مدينة',
  'معسكر',
  'معسكرا',
  'قاعدة',
  'بلدية',
  // "بين مدينتي بانديجارا وبانكاس": the dual, before a pair of names.
  'مدينتي',
  'بلدتي',
  'قريتي',
]);

/** Words before a place name in Arabic news: in, a place noun, near, north of… */
export const ARABIC_PLACE_CUES = new Set([
  ...ARABIC_PLACE_NOUNS,
  'في',
  'ولاية',
  'إقليم',
  'محافظة',
  'دائرة',
  'قرب',
  'شمال',
  'جنوب',
  'شرق',
  'غرب',
  'وسط',
]);

/** The consonant skeleton of an Arabic word ("تاركينت" → "trknt"). */
export function arabicSkeleton(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = ARABIC_CONSONANTS[ch];
    if (c === undefined) return '';
    out += c;
  }
  return out.replace(/(.)\1+/g, '$1');
}

/** The consonant skeleton of a Latin transcription ("Tarkint" → "trknt", "Boulkessi" → "blks"). */
export function latinSkeleton(name: string): string {
  return foldName(name)
    .replace(/ /g, '')
    .replace(/[cs]h/g, 's')
    .replace(/dj/g, 'j')
    .replace(/j/g, 'g')
    .replace(/([gkt])h/g, '$1')
    .replace(/ph/g, 'f')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/p/g, 'b')
    .replace(/v/g, 'f')
    .replace(/[aeiouywh]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** Skeletons shorter than this match too many words (two consonants do after a place noun). */
export const MIN_SKELETON = 3;
const MIN_AFTER_NOUN = 2;

let bySkeleton: Map<string, GazEntry[]> | null = null;

/** The one Malian place whose name has this skeleton, or null (none, or several with other names). */
export function malianBySkeleton(skeleton: string, entries: GazEntry[], afterNoun = false): GazEntry | null {
  if (skeleton.length < (afterNoun ? MIN_AFTER_NOUN : MIN_SKELETON)) return null;
  if (!bySkeleton) {
    bySkeleton = new Map();
    for (const e of entries) {
      if (e.country !== 'ML' || e.type === 'country') continue;
      for (const n of e.names) {
        if (/[\u0600-\u06ff]/.test(n)) continue;
        const k = latinSkeleton(n);
        if (k.length < MIN_AFTER_NOUN) continue;
        const list = bySkeleton.get(k) ?? [];
        if (!list.includes(e)) list.push(e);
        bySkeleton.set(k, list);
      }
    }
  }
  const found = bySkeleton.get(skeleton);
  // One place may have two entries (the town and its cercle, GeoNames and the project's list).
  if (!found || new Set(found.map((e) => foldName(e.name))).size !== 1) return null;
  return [...found].sort((a, b) => a.rank - b.rank)[0];
}

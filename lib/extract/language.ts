/**
 * Which language an article is in: the page's own tag when it is en/fr, else the
 * `eld` language detector (byte n-grams, 60 languages, its smallest database).
 * Only English and French are read; Spanish, Portuguese, Arabic… are 'other'.
 */
import { eld } from 'eld/extrasmall';
import type { Token } from './tokens';

export type Lang = 'en' | 'fr' | 'other';

/** The detector reads this many words at most: a page's opening tells its language. */
const SAMPLE_WORDS = 1500;
/** Under this many words a text is a headline: its best-scored language is a near guess. */
const SHORT_WORDS = 12;
/** In a headline, English or French scoring this close to the best language wins. */
const SHORT_MARGIN = 0.95;

/** en / fr / other from the detector's scores (best first). */
function fromScores(scores: Record<string, number>, words: number): Lang {
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return 'other';
  const [best, top] = ranked[0];
  if (best === 'en' || best === 'fr') return best;
  if (words >= SHORT_WORDS) return 'other';
  // "Gunmen kill 12 villagers in central Mali": a few words score Tagalog, English and Dutch alike.
  const near = ranked.find(
    ([code, score]) => (code === 'en' || code === 'fr') && score >= top * SHORT_MARGIN,
  );
  return near ? (near[0] as Lang) : 'other';
}

/** The text's language: a page tag en/fr is trusted unless the text is mostly in another script. */
export function detectLanguage(tokens: Token[], given?: string | null): Lang {
  const tag = (given ?? '').toLowerCase().slice(0, 2);
  const words: string[] = [];
  let nonLatin = 0;
  for (let i = 0; i < tokens.length && words.length < SAMPLE_WORDS; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    words.push(t.text);
    if (!/[a-z]/.test(t.norm)) nonLatin++;
  }
  if (!words.length) return 'other';
  if (tag === 'en' || tag === 'fr') {
    // A tag copied from a template onto a page in another script is not believed.
    return words.length > 20 && nonLatin / words.length > 0.5 ? 'other' : tag;
  }
  return fromScores(eld.detect(words.join(' ')).getScores(), words.length);
}

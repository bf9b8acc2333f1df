/**
 * Main event or background: figures about earlier attacks ("earlier this month",
 * "en mars dernier", "le 19 février 2022" when the attack was in March), totals over
 * a period ("since May", "depuis décembre") go to `background`.
 */
import { BACKGROUND_CUES } from './lexicon';
import { MONTHS } from './numbers';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

const SUPERLATIVE = new Set([
  'deadliest',
  'worst',
  'meurtriere',
  'meurtrier',
  'lourd',
  'sanglante',
  'first',
  'premiere',
  'premier',
  'largest',
  'biggest',
  'most',
  'plus',
  'bloodiest',
  'deadly',
]);
const MONTH_NUM_TABLE: Record<string, number> = {
  january: 1,
  jan: 1,
  janvier: 1,
  february: 2,
  feb: 2,
  fevrier: 2,
  march: 3,
  mar: 3,
  mars: 3,
  april: 4,
  apr: 4,
  avril: 4,
  may: 5,
  mai: 5,
  june: 6,
  jun: 6,
  juin: 6,
  july: 7,
  jul: 7,
  juillet: 7,
  august: 8,
  aug: 8,
  aout: 8,
  september: 9,
  sep: 9,
  septembre: 9,
  october: 10,
  oct: 10,
  octobre: 10,
  november: 11,
  nov: 11,
  novembre: 11,
  december: 12,
  dec: 12,
  decembre: 12,
};

const MONTH_NUM = new Map(Object.entries(MONTH_NUM_TABLE));
const isYearText = (s: string) => s.length === 4 && (s.startsWith('19') || s.startsWith('20'));

export interface MainTime {
  year: number | null;
  month: number | null;
}

/** Does sentence s speak of another time than the main event (or of a total over a period)? */
export function isBackgroundSentence(tokens: Token[], s: Sentence, main: MainTime): boolean {
  for (const m of BACKGROUND_CUES.findAll(tokens, s.first, s.last)) {
    if (m.value === 'since' || m.value === 'depuis') {
      // "the deadliest attack since 2019" describes the main event.
      let sup = false;
      for (let k = Math.max(s.first, m.start - 8); k < m.start; k++)
        if (SUPERLATIVE.has(tokens[k].norm)) sup = true;
      if (sup) continue;
      // "depuis l'aube", "since dawn": a time of day, not a period.
      const nx = tokens[m.end]?.norm ?? '';
      if (
        ["l'aube", 'dawn', 'hier', 'yesterday', 'ce', 'this', 'le', 'the'].includes(nx) &&
        !MONTHS.has(tokens[m.end + 1]?.norm ?? '')
      ) {
        if (nx !== 'le' && nx !== 'the') continue;
      }
    }
    return true;
  }
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k];
    const month = t.type === 'word' ? MONTH_NUM.get(t.norm) : undefined;
    if (
      month !== undefined &&
      (t.norm !== 'may' || /^M/.test(t.text)) &&
      (t.norm !== 'mar' || /^M/.test(t.text))
    ) {
      if (
        ['dernier', 'derniere', 'passe', 'last'].includes(tokens[k + 1]?.norm ?? '') ||
        tokens[k - 1]?.norm === 'last'
      )
        return true;
      if (main.month !== null && month !== main.month && Math.abs(month - main.month) !== 11) {
        // A date in another month than the attack's: another event.
        const yearNext =
          tokens[k + 1]?.type === 'num' && isYearText(tokens[k + 1].text) ? Number(tokens[k + 1].text) : null;
        if (yearNext === null || main.year === null || yearNext <= main.year) return true;
      }
    }
    if (t.type === 'num' && isYearText(t.text) && main.year !== null && Number(t.text) < main.year) {
      let sup = false;
      for (let j = Math.max(s.first, k - 8); j < k; j++) if (SUPERLATIVE.has(tokens[j].norm)) sup = true;
      if (!sup) return true;
    }
  }
  return false;
}

const ANAPHORA = new Set([
  'cette',
  'ce',
  'cet',
  'ces',
  'celle-ci',
  'celui-ci',
  'this',
  'that',
  'these',
  'those',
  'it',
  'elle',
  'celle',
]);

/** Background flags for every sentence; a sentence opening on "Cette dernière…" continues a background one. */
export function backgroundSentences(tokens: Token[], sentences: Sentence[], main: MainTime): boolean[] {
  const out = sentences.map((s) => isBackgroundSentence(tokens, s, main));
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    if (
      !out[i] &&
      out[i - 1] &&
      sentences[i - 1].paragraph === s.paragraph &&
      ANAPHORA.has(tokens[s.first]?.norm ?? '')
    )
      out[i] = true;
  }
  return out;
}

/**
 * Arabic pages read by the same rules as English ones: each Arabic token is glossed
 * (lexicon-ar.ts) into the English words the rules know, keeping its place in the
 * text, so a claim's words and highlight stay the Arabic ones. "قتل 16 شخصا" reads
 * as "killed 16 people", "بحسب البيان" as "according to the statement".
 *
 * Words carry clitics: a conjunction ("و", "ف"), a preposition with or without the
 * article ("ب", "ل", "ال", "بال"), and endings (accusative "ا", pronouns "ه", "هم",
 * sound plurals "ين", "ون", "ات", the past's "ت" and "وا"). A word is looked up whole, then with the fewest
 * clitics peeled off that leave a lexicon entry; never stemmed blindly.
 */
import {
  AR_BEFALLS,
  AR_GLOSS,
  AR_NATIONALITIES,
  AR_POSSESSED,
  AR_POSSESSIVE_ENDINGS,
  AR_SINGULAR_PERSONS,
  AR_SINGULAR_THINGS,
  AR_THING_BEFALLS,
} from './lexicon-ar';
import { SUBJECT_WORDS } from './lexicon';
import { amountWord } from './number-words';
import type { Token } from './tokens';
import { PERSON_SUBJECTS } from '../types';

const ARABIC_LETTER = /[\u0621-\u064a]/;
const ARABIC_DIGIT = /^[\u0660-\u0669\u06f0-\u06f9]$/;

/** Hamza seats, alef maqsura and ta marbuta unified; vowel marks and tatweel dropped. */
export function foldArabic(word: string): string {
  return word
    .replace(/[\u064b-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي');
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ال', 'بال', 'لل', 'كال', 'ب', 'ل', 'ك'];
// The past tense's feminine "ت" and plural "وا" too: "حيدت", "أعلنت", "قتلوا" are "حيد", "أعلن", "قتل".
const ENDINGS = ['', 'ا', 'ه', 'هم', 'ها', 'ين', 'ون', 'ات', 'ت', 'وا'];

interface Form {
  word: string;
  /** "و" peeled off: the word is joined by "and" to the one before. */
  and: boolean;
}

/** The word with each way of peeling its clitics, fewest letters peeled first. */
export function arabicForms(word: string): Form[] {
  const w = foldArabic(word);
  const out: Array<[Form, number]> = [];
  for (const c of CONJUNCTIONS)
    for (const p of PREPOSITIONS)
      for (const e of ENDINGS) {
        const cut = c.length + p.length + e.length;
        if (w.length - cut < 2 || !w.startsWith(c + p) || !w.endsWith(e)) continue;
        out.push([{ word: w.slice(c.length + p.length, w.length - e.length), and: c === 'و' }, cut]);
      }
  return out.sort((a, b) => a[1] - b[1]).map(([f]) => f);
}

/** Is the word, with its clitics peeled, one the gloss knows ("بنيران" by fire, "ثلاث" three)? Such a word is not a name. */
export function isGlossedWord(word: string): boolean {
  return arabicForms(word).some((f) => f.word.length >= 3 && PHRASES.has(f.word));
}

const PHRASES = new Map<string, Array<{ words: string[]; gloss: string }>>();
for (const [key, gloss] of Object.entries(AR_GLOSS)) {
  // Keys are matched folded, as the text's words are: "مسؤولون" is looked up as "مسوولون".
  const words = key.split(' ').map(foldArabic);
  const list = PHRASES.get(words[0]) ?? [];
  list.push({ words, gloss });
  list.sort((a, b) => b.words.length - a.words.length);
  PHRASES.set(words[0], list);
}

/** "أنه", "إنها", "أنهم" (that it, that they): "that" with its subject's pronoun attached. */
export function pronounThat(t: Token | undefined): boolean {
  return !!t && t.norm === 'that' && /(?:ه|ها|هم)$/.test(t.text);
}

/** Is most of the text's words Arabic? */
export function isArabicText(tokens: Token[]): boolean {
  let words = 0;
  let arabic = 0;
  for (let i = 0; i < tokens.length && words < 2000; i++) {
    if (tokens[i].type !== 'word') continue;
    words++;
    if (ARABIC_LETTER.test(tokens[i].text)) arabic++;
  }
  return words > 0 && arabic / words > 0.5;
}

const PUNCT: Record<string, string> = { '\u060c': ',', '\u061b': ';', '\u061f': '?' };

/** The longest lexicon phrase starting at token i, matched on any peeled form of each word. */
function phraseAt(
  forms: Form[][],
  i: number,
): { gloss: string; end: number; and: boolean; word: string } | null {
  for (const f of forms[i]) {
    for (const { words, gloss } of PHRASES.get(f.word) ?? []) {
      if (i + words.length > forms.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++)
        ok = forms[i + k].some((g) => g.word === words[k] && !g.and);
      if (ok) return { gloss, end: i + words.length, and: f.and, word: f.word };
    }
  }
  return null;
}

const POSTPOSED = 'at least';

const PERSONS = new Set<string>(PERSON_SUBJECTS);

/** "فقد", "فقدت" (and with "و"): lost, or the particles "so… has". */
const LOST = new Set(['فقد', 'وفقد', 'فقدت', 'وفقدت']);

/** "فقد" read by token i after it: "missing" before a number (digits or "خمسة"), "lost" before a force, else null. */
function lostAs(tokens: Token[], forms: Form[][], i: number): string | null {
  if (tokens[i]?.type === 'num') return 'missing';
  const gloss = forms[i]?.length ? phraseAt(forms, i)?.gloss : undefined;
  if (!gloss) return null;
  if (amountWord({ type: 'word', norm: gloss })) return 'missing';
  // "القوات المالية" (Malian forces), "المسلحون": a side's men, by the head of the gloss.
  const side = SUBJECT_WORDS.get(gloss.split(' ').pop() ?? '');
  return side && side !== 'people' && PERSONS.has(side) ? 'lost' : null;
}

/** The tokens of an Arabic text, glossed into English words the rules read. */
export function glossArabic(tokens: Token[]): Token[] {
  const merged = mergeDigits(tokens);
  const forms = merged.map((t) =>
    t.type === 'word' && ARABIC_LETTER.test(t.text) ? arabicForms(t.text) : [],
  );
  const out: Token[] = [];
  for (let i = 0; i < merged.length;) {
    const t = merged[i];
    if (t.type === 'punct') {
      out.push(PUNCT[t.text] ? { ...t, text: PUNCT[t.text], norm: PUNCT[t.text] } : t);
      i++;
      continue;
    }
    // "و23 آخرين": the conjunction written onto a number.
    const joined = /^[وف](\d+)$/.exec(t.text);
    if (joined) {
      out.push({ ...t, norm: 'and', end: t.start + 1 });
      out.push({ ...t, type: 'num', text: joined[1], norm: joined[1], start: t.start + 1 });
      i++;
      continue;
    }
    // "وفقد خمسة آخرون" (and five others went missing): "فقد" before a figure is the passive
    // "was lost", not the particles "so… has" ("فقد قتل", so there were killed).
    // "فقد الجيش 12 جنديا" (the army lost 12 soldiers): before a force, the active "lost".
    const lost = LOST.has(foldArabic(t.text)) ? lostAs(merged, forms, i + 1) : null;
    if (lost) {
      if (t.text.startsWith('و')) out.push({ ...t, norm: 'and', end: t.start });
      out.push({ ...t, norm: lost });
      i++;
      continue;
    }
    const m = forms[i].length ? phraseAt(forms, i) : null;
    if (!m) {
      out.push(forms[i].length ? { ...t, norm: foldArabic(t.text) } : t);
      i++;
      continue;
    }
    const text = merged
      .slice(i, m.end)
      .map((x) => x.text)
      .join(' ');
    const start = t.start;
    const end = merged[m.end - 1].end;
    if (m.and) out.push({ ...t, text, norm: 'and', start, end: start });
    // "16 شخصا على الأقل": the qualifier follows its figure; the rules read it before (zero-width).
    const num =
      m.gloss === POSTPOSED ? out.findLastIndex((x, k) => x.type === 'num' && k >= out.length - 3) : -1;
    if (num >= 0) {
      const at = out[num].start;
      out.splice(num, 0, ...POSTPOSED.split(' ').map((g) => ({ ...t, text, norm: g, start: at, end: at })));
      i = m.end;
      continue;
    }
    // "جنديا ماليا" ("soldier mali"), "جندي فرنسي": the nationality follows its noun; the rules
    // read it before ("malian soldier"), so the noun stays next to its verb.
    const prev = out[out.length - 1];
    const nationality = AR_NATIONALITIES.get(m.gloss);
    if (nationality && prev && SUBJECT_WORDS.has(prev.norm) && !m.and) {
      out.splice(out.length - 1, 0, { ...t, text, norm: nationality, start: prev.start, end: prev.start });
      prev.end = end;
      i = m.end;
      continue;
    }
    // "مقتل جندي" (the killing of a soldier): a singular noun after what befell it counts one.
    const single = singularAt(forms[i], t, merged[i + 1], prev, m.end > i + 1 ? m.gloss : null);
    if (single) {
      out.push({ ...t, text, norm: 'a', start, end: start }, { ...t, text, norm: single, start, end });
      i = m.end;
      continue;
    }
    // "من عناصرها" (of its elements): the possessor's suffix read "its" before the noun.
    if (m.end === i + 1 && AR_POSSESSED.has(m.gloss) && possessed(t.text, m.word))
      out.push({ ...t, text, norm: 'its', start, end: start });
    // A phrase glossed in several words: each takes the span of the Arabic words it stands for.
    for (const g of m.gloss.split(' ')) out.push({ ...t, text, norm: g, start, end });
    i = m.end;
  }
  return out;
}

/** Does the word end in a possessor's pronoun after its stem ("عناصرها", "جنوده"; not a "ة")? */
function possessed(text: string, stem: string): boolean {
  const folded = foldArabic(text);
  const ending = folded.slice(folded.lastIndexOf(stem) + stem.length);
  return AR_POSSESSIVE_ENDINGS.includes(ending) && !text.endsWith('ة');
}

/**
 * The English singular of a person's noun at token t ("جندي" soldier), when it stands bare (no
 * article, no plural ending, no number after it) right after what befell it; else null.
 */
function singularAt(
  forms: Form[],
  t: Token,
  next: Token | undefined,
  prev: Token | undefined,
  phrase: string | null,
): string | null {
  if (!prev || next?.type === 'num') return null;
  const folded = foldArabic(t.text);
  const bare = forms.find((f) => folded === f.word || folded === `و${f.word}`);
  if (!bare) return null;
  if (AR_BEFALLS.has(prev.norm)) return AR_SINGULAR_PERSONS[bare.word] ?? null;
  // "أسقطت طائرة مسيرة": the thing, by its phrase's gloss when it has one ("drone").
  if (AR_THING_BEFALLS.has(prev.norm) && AR_SINGULAR_THINGS[bare.word])
    return phrase ?? AR_SINGULAR_THINGS[bare.word];
  return null;
}

/** Arabic-Indic digits ("٣٣") as one number token read as "33". */
function mergeDigits(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!ARABIC_DIGIT.test(t.text)) {
      out.push(t);
      continue;
    }
    let j = i;
    let digits = '';
    while (
      j < tokens.length &&
      ARABIC_DIGIT.test(tokens[j].text) &&
      (j === i || tokens[j].start === tokens[j - 1].end)
    ) {
      const c = tokens[j].text.charCodeAt(0);
      digits += String(c >= 0x6f0 ? c - 0x6f0 : c - 0x660);
      j++;
    }
    out.push({ ...t, type: 'num', text: digits, norm: digits, end: tokens[j - 1].end });
    i = j - 1;
  }
  return out;
}

/**
 * Word forms: one lexicon entry covers every inflection of its word. A lookup tries
 * the folded word itself, then its Snowball stem (@orama/stemmers, French and
 * English) against the stems of the entries of the same language, so "tués" in the
 * lexicon also finds "tuée", "tuées", "tuent"; "neutralisés" finds "neutralisent" and
 * "neutralisation"; "killed" finds "kills".
 *
 * Snowball's French stemmer expects accented words; on folded ones it misses two
 * forms, which are mapped first: a folded feminine "-ee(s)" ("tuees") and a verb's
 * "-ent" plural ("neutralisent", "tuent").
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { LEXICON_STEMS_JSON } from './lexicon-stems';

const FR_CACHE = new Map<string, string>();
const EN_CACHE = new Map<string, string>();
const CACHE_LIMIT = 50000;

/** Stems shorter than this are too ambiguous to match on. */
const MIN_STEM = 2;
/** Words shorter than this match only as written ("tu" must not find "tués"). */
const MIN_WORD = 4;

export function frenchStem(word: string): string {
  let s = FR_CACHE.get(word);
  if (s !== undefined) return s;
  const w = word.replace(/ee(s?)$/, 'e$1');
  s = frenchStemmer(w);
  if (s === w && w.length > 5 && /[^e]ent$/.test(w)) s = frenchStemmer(w.slice(0, -2));
  if (FR_CACHE.size > CACHE_LIMIT) FR_CACHE.clear();
  FR_CACHE.set(word, s);
  return s;
}

export function englishStem(word: string): string {
  let s = EN_CACHE.get(word);
  if (s !== undefined) return s;
  s = englishStemmer(word);
  if (EN_CACHE.size > CACHE_LIMIT) EN_CACHE.clear();
  EN_CACHE.set(word, s);
  return s;
}

/** Words shorter than MIN_WORD, and phrases, are not stemmed: they match only as written. */
const stemmed = (word: string) => !(word.includes(' ') || word.includes('-') || word.length < MIN_WORD);

/** Each WordForms' entries as given, French then English (for the prebuilt table of their stems). */
const ALL_ENTRIES: Array<[Array<[string, unknown]>, Array<[string, unknown]>]> = [];

/** The stems of every word the WordForms made so far stem: what lexicon-stems.ts holds for the lexicons. */
export function lexiconStemTable(): StemTable {
  const words = (i: 0 | 1) =>
    [...new Set(ALL_ENTRIES.flatMap((e) => e[i].map(([w]) => w)).filter(stemmed))].sort();
  return {
    fr: words(0).map((w) => [w, frenchStem(w)]),
    en: words(1).map((w) => [w, englishStem(w)]),
  };
}

/** Word → stem, per language (lexicon-stems.ts, written by `npm run lexicon:stems`). */
export interface StemTable {
  fr: Array<[string, string]>;
  en: Array<[string, string]>;
}

let prebuilt: { fr: Map<string, string>; en: Map<string, string> } | null = null;
/** The lexicons' stems, made at build time: a fresh popup does not run the stemmer on every entry. */
function prebuiltStems() {
  if (!prebuilt) {
    const table = JSON.parse(LEXICON_STEMS_JSON) as StemTable;
    prebuilt = { fr: new Map(table.fr), en: new Map(table.en) };
  }
  return prebuilt;
}

/**
 * A map from folded words to values that also answers for the other forms of its
 * words. Entries of each language are stemmed with that language's stemmer; a stem
 * that two entries with different values share is dropped (ambiguous). The stems are
 * made on the first look-up, not when the lexicons load, from the table made at build
 * time (lexicon-stems.ts; a word missing from it is stemmed then): the popup loads the
 * extractor while the page is read and pays for the rest in its warm-up
 * (entrypoints/popup/start-up.ts).
 */
/**
 * The masculine of a French feminine noun of agent: "chauffeuses" → "chauffeurs", "conductrices" →
 * "conducteurs", "infirmières" → "infirmiers", "gardiennes" → "gardiens".
 */
function masculineOf(word: string): string | null {
  const euse = /^(\p{L}{3,})euse(s?)$/u.exec(word);
  if (euse) return `${euse[1]}eur${euse[2]}`;
  const trice = /^(\p{L}{2,})trice(s?)$/u.exec(word);
  if (trice) return `${trice[1]}teur${trice[2]}`;
  // "infirmières" → "infirmiers", "gardiennes" → "gardiens".
  const iere = /^(\p{L}{3,})iere(s?)$/u.exec(word);
  if (iere) return `${iere[1]}ier${iere[2]}`;
  const ienne = /^(\p{L}{3,})ienne(s?)$/u.exec(word);
  return ienne ? `${ienne[1]}ien${ienne[2]}` : null;
}

/** A French verb with its inverted subject pronoun: "précise-t-il", "indique-t-on", "disent-ils". */
const INVERTED = /^(\p{L}{2,})(?:-t)?-(?:il|elle|on|ils|elles)$/u;

export class WordForms<T> {
  private entries: [Array<[string, T]>, Array<[string, T]>] | null;
  private exactMap: Map<string, T> | null = null;
  private fr = new Map<string, T | null>();
  private en = new Map<string, T | null>();
  private memo = new Map<string, T | null>();
  /** French entries in the plural, for their singular: "bergers" answers for "berger". */
  private frPlurals = new Map<string, T>();

  /**
   * `other` names words that belong to another class and must not match by their stem: "attack"
   * shares its stem with "attackers" but is no subject.
   */
  constructor(
    fr: Iterable<[string, T]>,
    en: Iterable<[string, T]>,
    private other: (word: string) => boolean = () => false,
  ) {
    this.entries = [[...fr], [...en]];
    ALL_ENTRIES.push(this.entries);
  }

  private get exact(): Map<string, T> {
    if (this.exactMap) return this.exactMap;
    const exact = (this.exactMap = new Map<string, T>());
    const [fr, en] = this.entries!;
    this.entries = null;
    const table = prebuiltStems();
    for (const [entries, stems, stem, known] of [
      [fr, this.fr, frenchStem, table.fr],
      [en, this.en, englishStem, table.en],
    ] as const) {
      for (const [word, value] of entries) {
        if (!exact.has(word)) exact.set(word, value);
        if (stems === this.fr && word.endsWith('s')) this.frPlurals.set(word, value);
        if (!stemmed(word)) continue;
        const s = known.get(word) ?? stem(word);
        if (s.length < MIN_STEM) continue;
        const had = stems.get(s);
        stems.set(s, had === undefined || had === value ? value : null);
      }
    }
    return exact;
  }

  /** One look-up for any word asked before: rules ask of every token, most often no entry. */
  get(word: string): T | undefined {
    let m = this.memo.get(word);
    if (m === undefined) {
      m = this.read(word);
      if (this.memo.size > CACHE_LIMIT) this.memo.clear();
      this.memo.set(word, m);
    }
    return m ?? undefined;
  }

  /** The entry's value for word, by its exact form, else by its stem; null for none. */
  private read(word: string): T | null {
    const e = this.exact.get(word);
    if (e !== undefined) return e;
    if (word.length < MIN_WORD) return null;
    // "précise-t-il", "apprend-on", "a-t-on": the verb before its inverted subject.
    const verb = INVERTED.exec(word);
    let m: T | null;
    if (verb) m = this.get(verb[1]) ?? null;
    else
      m = this.other(word) ? null : (this.fr.get(frenchStem(word)) ?? this.en.get(englishStem(word)) ?? null);
    // "conductrices", "chauffeuses": a French feminine noun of agent, by its masculine.
    const masculine = m === null && !verb ? masculineOf(word) : null;
    if (masculine) m = this.get(masculine) ?? null;
    // "un berger": a French singular whose stem is not its plural's ("berger" → "berg", "bergers" →
    // "berger"); only among French entries ("state" is no English "states").
    if (m === null && !verb && !/[sxz]$/.test(word)) m = this.frPlurals.get(`${word}s`) ?? null;
    return m;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  /** The entries as written (for rules that list them). */
  keys(): IterableIterator<string> {
    return this.exact.keys();
  }
}

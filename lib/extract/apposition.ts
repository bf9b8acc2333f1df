/**
 * "les assaillants, estimés à une trentaine, ont été neutralisés", "the attackers,
 * estimated at about 30, were killed": a number in an apposition counts the noun it
 * follows, and takes the kind of that noun's verb — the predicate after the apposition
 * or the verb just before the noun ("a neutralisé les assaillants, estimés à…").
 */
import type { Kind } from '../types';
import type { Figure } from './claims';
import { ESTIMATE_WORDS, GENERIC_PERSONS, KIND_WORDS, PREDICATE_FILLERS, SUBJECT_WORDS } from './lexicon';
import { NUMBERING } from './lexicon-np';
import { THING_SUBJECTS, scanNounPhrase } from './noun-phrase';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

const AT = new Set(['a', 'at', 'to']);
const ARTICLES = new Set(['une', 'un', 'about', 'some', 'around', 'environ', 'quelque', 'quelques']);
const DETERMINERS = new Set(['les', 'des', 'ces', 'leurs', 'the', 'their', 'these', 'ses', 'its']);

/** The token before the number, past "estimés à (une)": the comma's index, or -1. */
function appositionStart(tokens: Token[], s: Sentence, first: number): number {
  let k = first - 1;
  while (k > s.first && ARTICLES.has(tokens[k].norm)) k--;
  if (!AT.has(tokens[k]?.norm ?? '')) return -1;
  k--;
  if (!ESTIMATE_WORDS.has(tokens[k]?.norm ?? '')) return -1;
  k--;
  if (tokens[k]?.text === ',' && k > s.first) return k;
  // "les assaillants estimés à une trentaine ont été neutralisés": no comma, the noun right before.
  return k >= s.first && SUBJECT_WORDS.has(tokens[k].norm) ? k + 1 : -1;
}

/** "Les victimes, au nombre de douze,", "the victims, numbering twelve,": the comma's index, or -1. */
function numberingStart(tokens: Token[], s: Sentence, first: number): number {
  for (const words of NUMBERING) {
    const k = first - words.length;
    if (k - 1 > s.first && tokens[k - 1].text === ',' && words.every((w, i) => tokens[k + i]?.norm === w))
      return k - 1;
  }
  return -1;
}

/** The predicate after the apposition's closing comma: ", ont été neutralisés", ", were buried". */
function predicateAfterAside(tokens: Token[], s: Sentence, f: Figure): Kind | null {
  let k = f.last;
  while (k < s.last && tokens[k].text !== ',') k++;
  for (k++; k < Math.min(s.last, f.last + 12); k++) {
    const kind = KIND_WORDS.get(tokens[k].norm);
    // "The attackers, estimated at 200, killed 27 villagers": the noun did the deed to others.
    if (kind) return tokens[k + 1]?.type === 'num' ? null : kind;
    if (!PREDICATE_FILLERS.has(tokens[k].norm)) return null;
  }
  return null;
}

export function appositions(tokens: Token[], s: Sentence, figs: Figure[]): void {
  for (const f of figs) {
    if (f.kind || f.subject) continue;
    const numbering = numberingStart(tokens, s, f.q.first);
    if (numbering >= 0 && numberedNoun(tokens, s, f, numbering)) continue;
    const comma = appositionStart(tokens, s, f.q.first);
    if (comma < 0) continue;
    const subject = SUBJECT_WORDS.get(tokens[comma - 1].norm);
    if (!subject) continue;
    let kind = predicateAfterAside(tokens, s, f);
    // Or the verb before the noun: "a neutralisé les assaillants, estimés à…".
    for (let j = comma - 2; j >= Math.max(s.first, comma - 4) && !kind; j--) {
      kind = KIND_WORDS.get(tokens[j].norm) ?? null;
      if (!kind && !DETERMINERS.has(tokens[j].norm)) break;
    }
    if (!kind) continue;
    f.kind = kind;
    f.kindFrom = 'back';
    // "des occupants, estimés à une trentaine": a generic noun leaves the side to the sentence's markers.
    if (GENERIC_PERSONS.has(tokens[comma - 1].norm)) continue;
    f.subject = subject;
    f.explicit = true;
  }
}

const ALL = new Set(['tous', 'toutes', 'all']);
const ALL_LINKS = new Set([
  'des',
  'de',
  "d'",
  'les',
  'of',
  'them',
  'whom',
  'the',
  'were',
  'etaient',
  'sont',
  'are',
]);

/** "12 morts, tous des civils", "12 dead, all of them civilians": the apposition names the side of the whole toll. */
export function allOfThem(tokens: Token[], s: Sentence, figs: Figure[]): void {
  for (const f of figs) {
    // A side lent by the figure before ("20 were civilians and seven were…") yields to its own.
    if (!f.kind || (f.explicit && f.subject && f.subject !== 'people')) continue;
    let k = f.last;
    // "26 morts lundi, tous des civils", "killed 26 people on Monday, all of them civilians": a
    // few words of time or place may stand between the toll and its apposition.
    while (k < Math.min(s.last, f.last + 6) && tokens[k].type === 'word' && !KIND_WORDS.has(tokens[k].norm))
      k++;
    // "20 people, all soldiers, were killed": the apposition inside, before the predicate.
    for (let j = f.q.last; j < f.last; j++)
      if (tokens[j].text === ',' && ALL.has(tokens[j + 1]?.norm ?? '')) {
        k = j;
        break;
      }
    if (tokens[k]?.text !== ',' && tokens[k]?.text !== '\u2014') continue;
    k++;
    if (!ALL.has(tokens[k]?.norm ?? '')) continue;
    const reach = k + 5;
    for (k++; k < Math.min(s.last, reach) && ALL_LINKS.has(tokens[k].norm); k++);
    // "were militiamen", "étaient des bergers"; "were members of a local militia": the predicate's noun phrase.
    const subject = k < s.last ? scanNounPhrase(tokens, k, s.last, false).subject : null;
    if (!subject || subject === 'people') continue;
    f.subject = subject;
    f.explicit = true;
    // "12 morts et 20 blessés, tous civils", "12 dead and 20 wounded, all civilians": the tolls
    // coordinated before it share the apposition.
    for (
      let i = figs.indexOf(f) - 1, next = f;
      i >= 0 && joinedTolls(tokens, figs[i], next);
      next = figs[i--]
    )
      if (!figs[i].subject || figs[i].subject === 'people') {
        figs[i].subject = subject;
        figs[i].explicit = true;
      }
  }
}

const TOLL_JOINS = new Set(['et', 'and', ',', 'en', 'a', 'ont', 'has', 'have']);
/**
 * Is toll a joined to toll b after it by "et", "and" or a comma, and b's own verb ("12 morts et
 * 20 blessés", "killed 12 and wounded 20", "en a blessé 20")?
 */
function joinedTolls(tokens: Token[], a: Figure, b: Figure): boolean {
  if (!a.kind || a.kind === 'seized' || a.kind === 'destroyed' || a.last > b.q.first) return false;
  let joined = false;
  for (let k = a.last; k < b.q.first; k++) {
    const w = tokens[k].norm;
    if (w === 'et' || w === 'and' || w === ',') joined = true;
    else if (!TOLL_JOINS.has(w) && !KIND_WORDS.has(w)) return false;
  }
  return joined;
}

/**
 * The noun before "au nombre de": its kind ("les victimes", "les soldats tués") or its verb after
 * the apposition ("…, ont été inhumés", "sont portées disparues"). Whether the figure was read.
 */
function numberedNoun(tokens: Token[], s: Sentence, f: Figure, comma: number): boolean {
  // The head before its complement: "les victimes de l'attaque de Boni, au nombre de douze".
  let at = comma - 1;
  while (
    at > Math.max(s.first, comma - 8) &&
    tokens[at].type === 'word' &&
    !KIND_WORDS.has(tokens[at].norm) &&
    !SUBJECT_WORDS.has(tokens[at].norm)
  )
    at--;
  const noun = tokens[at].norm;
  let kind = KIND_WORDS.get(noun) ?? null;
  let subject =
    SUBJECT_WORDS.get(noun) ?? (kind ? (SUBJECT_WORDS.get(tokens[at - 1]?.norm ?? '') ?? null) : null);
  if (kind && !subject) subject = 'people';
  if (!subject) return false;
  kind ??= predicateAfterAside(tokens, s, f);
  if (!kind) return false;
  f.kind = kind;
  f.kindFrom = 'back';
  f.subject = subject;
  f.explicit = subject !== 'people';
  return true;
}

const COPULAS = new Set(['were', 'was', 'are', 'is', 'etaient', 'etait', 'sont', 'est', 'furent']);
const PREDICATE_ARTICLES = new Set(['des', 'de', "d'", 'les', 'all', 'tous', 'toutes', 'mostly', 'surtout']);

/**
 * "eight of those killed were herders", "huit des personnes tuées étaient des bergers": a copula
 * after the toll names its side.
 */
export function predicateNouns(tokens: Token[], s: Sentence, figs: Figure[]): void {
  for (const f of figs) {
    // A side lent by the figure before ("20 were civilians and seven were…") yields to its own.
    if (!f.kind || (f.explicit && f.subject && f.subject !== 'people')) continue;
    // "huit des personnes tuées à Boni étaient…": over a few words of place or time.
    // "seven were members of…": the copula may fall inside the figure's words, from its number on.
    let k = f.q.last;
    while (k < Math.min(s.last, f.last + 5) && tokens[k].type === 'word' && !COPULAS.has(tokens[k].norm)) k++;
    if (!COPULAS.has(tokens[k]?.norm ?? '')) continue;
    const copula = k;
    for (k++; k < Math.min(s.last, copula + 3) && PREDICATE_ARTICLES.has(tokens[k].norm); k++);
    // "were militiamen", "étaient des bergers"; "were members of a local militia": the predicate's noun phrase.
    const subject = k < s.last ? scanNounPhrase(tokens, k, s.last, false).subject : null;
    if (!subject || subject === 'people' || THING_SUBJECTS.has(subject)) continue;
    f.subject = subject;
    f.explicit = true;
  }
}

/** Copulas of a count of persons: "les soldats ont été 12 à…", "the civilians were 10 to…". */
const COUNT_COPULAS = new Set(['sont', 'etaient', 'ete', 'furent', 'seraient', 'auraient']);

/**
 * "Les soldats ont été 12 à perdre la vie", "les civils étaient une dizaine à être blessés": the
 * persons counted are the subject of the copula before the number.
 */
export function countedSubjects(tokens: Token[], s: Sentence, figs: Figure[]): void {
  for (const f of figs) {
    if (!f.kind || f.explicit || tokens[f.q.last]?.norm !== 'a') continue;
    let k = f.q.first - 1;
    while (k > s.first && ['au', 'moins', 'plus', 'de', 'pres', 'environ'].includes(tokens[k].norm)) k--;
    if (!COUNT_COPULAS.has(tokens[k]?.norm ?? '')) continue;
    if (tokens[k].norm === 'ete' && ['ont', 'avaient'].includes(tokens[k - 1]?.norm ?? '')) k--;
    const subject = SUBJECT_WORDS.get(tokens[k - 1]?.norm ?? '');
    if (!subject || THING_SUBJECTS.has(subject) || !DETERMINERS.has(tokens[k - 2]?.norm ?? '')) continue;
    f.subject = subject;
    f.explicit = true;
  }
}

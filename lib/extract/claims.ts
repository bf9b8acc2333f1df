/**
 * Links each quantity to what happened (kind) and to whom (subject) through the
 * sentence's grammar: the number's noun phrase, its predicate ("ont été tués"),
 * the verb before it ("killed dozens of"), lists sharing one predicate ("17 soldats,
 * 4 civils et 7 terroristes ont été tués"), breakdowns ("dont 21 graves") and side
 * markers ("bilan ami", "dans ses rangs").
 */
import type { Kind, Subject } from '../types';
import {
  ACTIVE_AUXILIARIES,
  CLAIMANT_NEXT,
  KIND_PHRASES,
  KIND_WORDS,
  PERSON_KINDS,
  PREDICATE_FILLERS,
  BEFORE_FILLERS,
  SUBJECT_WORDS,
  THING_KINDS,
} from './lexicon';
import { allOfThem, appositions } from './apposition';
import { describedTolls } from './described-tolls';
import { earlier, gapping, linkLists, listHeader, listThings, revisions, sides, tolls } from './claim-links';
import { ARMY_WORDS, isAdverb } from './lexicon';
import { BODIES, BREAKDOWN, DETERMINERS, kindAt, scanNounPhrase, THING_SUBJECTS } from './noun-phrase';
import { MANNER_PHRASES } from './lexicon-np';
import { atLeastAt, findQuantities, type QuantityMention } from './numbers';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

export interface Figure {
  q: QuantityMention;
  kind: Kind | null;
  kindFrom: 'head' | 'before' | 'after' | 'list' | 'inherit' | 'back' | null;
  subject: Subject | null;
  /** The subject comes from the figure's own noun phrase. */
  explicit: boolean;
  /** The subject comes from a side marker ("côté ami") or an infobox line. */
  sided?: boolean;
  /** Named by the noun of a loss ("la perte de", "les pertes"). */
  lost?: boolean;
  /** Told with "neutralised" or "shot down": said of things, they were destroyed ("neutralisé 3 pick-up", "abattu un drone"). */
  disabled?: boolean;
  /** A count of claimants or documents: never a claim. */
  notFigure?: boolean;
  others: boolean;
  /** A breakdown of the figure before it: "(dont 21 graves)", "including 12 soldiers". */
  breakdown: boolean;
  /** The last item of a list, after "et"/"and". */
  lastItem?: boolean;
  earlier: boolean;
  sentence: number;
  /** Token range [first, last) of the claim's words. */
  first: number;
  last: number;
}

const COMPLEMENT = new Set(['of', 'from', 'de', 'du', 'des', "d'"]);
/** Participles that open a modifier between a figure's noun and its verb ("belonging to", "utilisées par"). */
const MODIFIERS = new Set([
  ...['belonging', 'used', 'owned', 'carrying', 'transporting'],
  ...['appartenant', 'utilises', 'utilisees', 'transportant'],
]);
const PREPOSITIONS = new Set(['to', 'by', 'a', 'au', 'aux', 'par', 'de', 'des', 'du']);
const PERTE = new Set(['perte', 'pertes']);
/** Adverbial phrases between a figure's auxiliary and its participle. */
const HEDGE_PHRASES = [
  ['in', 'fact'],
  ['en', 'effet'],
  ['bel', 'et', 'bien'],
  ['au', 'total'],
  ['in', 'total'],
  ['so', 'far'],
  ['a', 'priori'],
];
/** Verbs of leaving the dead behind: the bodies are of the side that left them. */
/** Sides whose noun may stand as the subject between a verb and its figure (Arabic word order). */
const AGENT_SIDES = new Set<Subject>(['militants', 'soldiers', 'foreign_forces', 'militia']);
/** "killed gunmen 12 civilians", "seized gunmen on 4 vehicles" (the gloss of "استولى المسلحون على"). */
function agentBetween(tokens: Token[], k: number, figure: number): boolean {
  const agent = (j: number) =>
    AGENT_SIDES.has(SUBJECT_WORDS.get(tokens[j]?.norm ?? '') ?? 'people') &&
    KIND_WORDS.has(tokens[j - 1]?.norm ?? '');
  if (k === figure - 1 && tokens[k].norm === 'on')
    return agent(k - 1) || KIND_WORDS.has(tokens[k - 1]?.norm ?? '');
  return (k === figure - 1 || (k === figure - 2 && tokens[k + 1].norm === 'on')) && agent(k);
}
/** Nouns of fighters that say nothing of their side: "Wagner lost 20 fighters", "perdu 20 combattants". */
const GENERIC_FIGHTERS = new Set(['fighters', 'combattants', 'hommes', 'men', 'elements']);
const OF = new Set(['of', 'de', 'des', "d'"]);
const LEFT_VERBS = new Set(['laisse', 'laisses', 'abandonne', 'abandonnes', 'left', 'abandoned']);
const LOST = new Set(['lost', 'perdu', 'loses', 'perd', 'perte', 'pertes']);

/** Does the army stand just before the verb at k ("L'armée a perdu", "the army lost")? */
function armyBefore(tokens: Token[], k: number, from: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 5); j--) if (ARMY_WORDS.has(tokens[j].norm)) return true;
  return false;
}

/** The side that lost its own: "les chasseurs dozos affirment avoir perdu 07 des leurs". */
function loserBefore(tokens: Token[], k: number, from: number): Subject | null {
  for (let j = k - 1; j >= Math.max(from, k - 5); j--) {
    const s = SUBJECT_WORDS.get(tokens[j].norm);
    if (s && !THING_SUBJECTS.has(s) && s !== 'people') return s;
  }
  return null;
}

/** The verb just before a figure: "killed dozens of", "la mort dimanche de", "seizing 15". */
function kindBefore(
  tokens: Token[],
  first: number,
  from: number,
): {
  kind: Kind;
  start: number;
  neutralised?: boolean;
  lost?: boolean;
  armyLost?: boolean;
  loser?: Subject | null;
} | null {
  const figure = first;
  for (let k = first - 1, steps = 0; k >= from && steps < 6; k--, steps++) {
    for (let s = Math.max(from, k - 4); s <= k; s++) {
      const p = KIND_PHRASES.matchAt(tokens, s, k + 1);
      if (p && p.end === k + 1) {
        // "a perdu", "la perte de": a verb or noun of losing anywhere in the phrase.
        const lost = tokens.slice(s, k + 1).some((t) => LOST.has(t.norm));
        return {
          kind: p.value,
          start: s,
          lost,
          armyLost: lost && armyBefore(tokens, s, from),
          loser: lost ? loserBefore(tokens, s, from) : null,
        };
      }
    }
    let w = KIND_WORDS.get(tokens[k].norm);
    let start = k;
    // "avoir tué et blessé des dizaines de soldats", "killed and wounded dozens": the first verb leads.
    const first =
      ['et', 'and'].includes(tokens[k - 1]?.norm ?? '') && k - 2 >= from
        ? KIND_WORDS.get(tokens[k - 2].norm)
        : undefined;
    if (w && first && PERSON_KINDS.has(first) && PERSON_KINDS.has(w)) {
      w = first;
      start = k - 2;
    }
    if (w && tokens[k].norm !== 'dead')
      return {
        kind: w,
        start,
        neutralised: tokens[k].norm.startsWith('neutrali'),
        lost: LOST.has(tokens[k].norm),
        armyLost: LOST.has(tokens[k].norm) && armyBefore(tokens, k, from),
        loser: LOST.has(tokens[k].norm) ? loserBefore(tokens, k, from) : null,
      };
    // "tué par balles 12 civils": step back over a phrase of manner.
    const manner = mannerEndingAt(tokens, k, from);
    if (manner) {
      k -= manner - 1;
      continue;
    }
    if (BEFORE_FILLERS.has(tokens[k].norm) || isAdverb(tokens[k])) continue;
    // Arabic's verb-subject-object, read through its gloss: "قتل المسلحون 12 مدنيا" is "killed
    // gunmen 12 civilians". A fighters' noun between a verb and its figure is the verb's subject.
    if (agentBetween(tokens, k, figure)) continue;
    // "ont saisi, entre autres, 12 motos": step back over a short aside in commas.
    const open = asideStart(tokens, k, from);
    if (open === null) return null;
    k = open;
  }
  return null;
}

/** The opening comma of a short aside in commas that closes at token k (a comma), if any. */
function asideStart(tokens: Token[], k: number, from: number): number | null {
  if (tokens[k].text !== ',') return null;
  for (let j = k - 1; j >= Math.max(from, k - 6); j--) {
    const t = tokens[j];
    if (t.type === 'num' || KIND_WORDS.has(t.norm)) return null;
    if (t.text === ',') return j;
  }
  return null;
}

/** The length of a phrase of manner ("par balles", "à bout portant") ending at token k, or 0. */
function mannerEndingAt(tokens: Token[], k: number, from: number): number {
  for (const words of MANNER_PHRASES) {
    const start = k - words.length + 1;
    if (start < from) continue;
    if (words.every((w, i) => tokens[start + i].norm === w)) return words.length;
  }
  return 0;
}

/** The participle after the noun phrase: "were “neutralised”", "ont été tués", "sont portés disparus". */
function kindAfter(
  tokens: Token[],
  from: number,
  limit: number,
  aside = false,
): { kind: Kind; end: number } | null {
  for (let j = from, steps = 0; j < limit && steps < 8; j++, steps++) {
    const k = kindAt(tokens, j, limit);
    if (k) return k;
    // "17 soldiers were in fact killed", "ont bel et bien été tués": an adverbial phrase.
    const phrase = HEDGE_PHRASES.find((p) => p.every((w, i) => tokens[j + i]?.norm === w));
    if (phrase) {
      j += phrase.length - 1;
      continue;
    }
    // "13 civilians, including five children, were killed": the comma closing the breakdown.
    if (aside && j === from && tokens[j].text === ',') continue;
    // "20 Russian paramilitaries of the Africa Corps were killed": step over a short complement.
    // "12 motos appartenant aux terroristes ont été détruites", "used by the attackers were": a participle's phrase.
    const modifier = j === from && MODIFIERS.has(tokens[j].norm);
    if (j === from && (COMPLEMENT.has(tokens[j].norm) || modifier)) {
      const start = modifier && PREPOSITIONS.has(tokens[j + 1]?.norm ?? '') ? j + 2 : j + 1;
      let e = start;
      while (
        e < limit &&
        e < j + 8 &&
        tokens[e].type === 'word' &&
        (!PREDICATE_FILLERS.has(tokens[e].norm) || DETERMINERS.has(tokens[e].norm)) &&
        !kindAt(tokens, e, limit)
      )
        e++;
      if (e < limit && e > start && PREDICATE_FILLERS.has(tokens[e].norm)) {
        j = e - 1;
        continue;
      }
    }
    // "…, ainsi qu'une quarantaine de terroristes, ont été tués": the comma that closes the aside.
    if (tokens[j].text === ',' && j === from && j + 1 < limit && PREDICATE_FILLERS.has(tokens[j + 1].norm))
      if (!DETERMINERS.has(tokens[j + 1].norm) && alongWithBefore(tokens, j)) continue;
    // "At least 26 people, mostly women and children, were killed": step over a short aside.
    if (tokens[j].text === ',' && j === from) {
      let e = j + 1;
      while (e < limit && e < j + 9 && tokens[e].text !== ',' && tokens[e].type !== 'num') e++;
      if (e < limit && tokens[e].text === ',') {
        j = e;
        continue;
      }
    }
    // "récupéré 4 motos et 1 véhicule et ont détruit 3 bases": a second verb of the sentence's subject.
    if (j === from && AND_WORDS.has(tokens[j].norm) && ACTIVE_AUXILIARIES.has(tokens[j + 1]?.norm ?? ''))
      return null;
    // "12 motos et un important lot d'armes ont été saisis": step over a last list item without a number.
    const lastItem =
      AND_WORDS.has(tokens[j].norm) ||
      (ONE.has(tokens[j - 1]?.norm ?? '') && AND_WORDS.has(tokens[j - 2]?.norm ?? ''));
    if (j === from && lastItem) {
      const e = wordsWithoutNumber(tokens, j, limit, 7, (t) => t.type === 'word' || ONE.has(t.norm));
      if (e > j + 1 && !DETERMINERS.has(tokens[e - 1].norm)) {
        j = e - 1;
        continue;
      }
    }
    // "18 forains dont des femmes et des enfants ont été tués": step over a breakdown without a number.
    if (j === from && BREAKDOWN_OPENERS.has(tokens[j].norm)) {
      const e = wordsWithoutNumber(tokens, j, limit, 9, (t) => t.type === 'word');
      if (e > j + 1) {
        j = e - 1;
        continue;
      }
    }
    if (!PREDICATE_FILLERS.has(tokens[j].norm) && !isAdverb(tokens[j])) return null;
  }
  return null;
}
/**
 * The end of a run of words after token j — no number, no word of what happened — that stops
 * before a verb ("dont des femmes et des enfants | ont été tués"); j + 1 if there is none.
 */
function wordsWithoutNumber(
  tokens: Token[],
  j: number,
  limit: number,
  reach: number,
  item: (t: Token) => boolean,
): number {
  let e = j + 1;
  while (e < limit && e < j + reach && item(tokens[e]) && !kindAt(tokens, e, limit)) {
    if (PREDICATE_FILLERS.has(tokens[e].norm) && !DETERMINERS.has(tokens[e].norm)) break;
    e++;
  }
  return e < limit && tokens[e].type === 'word' ? e : j + 1;
}

/** An aside opened by "ainsi que", "along with" in the few words before token j. */
function alongWithBefore(tokens: Token[], j: number): boolean {
  for (let k = Math.max(0, j - 12); k < j; k++) if (ALONG_WITH.has(tokens[k].norm)) return true;
  return false;
}
const AND_WORDS = new Set(['et', 'and']);
/** Words that open an aside adding another figure to the subject: "ainsi que", "along with". */
const ALONG_WITH = new Set(['ainsi', 'together', 'along', 'meme', 'well', 'cotes']);
/** An article before a last list item: "et un lot d'armes", "and a pick-up". */
const ONE = new Set(['un', 'une', 'a', 'an']);
/** Words before a list of things whose verb came before: "notamment 12 motos", "il s'agit de 12 motos". */
const THING_OPENERS = new Set([
  'notamment',
  'namely',
  'notably',
  'soit',
  'savoir',
  'comprenant',
  'comprising',
]);
/** "du matériel composé de 02 fusils", "equipment consisting of 8 rifles": the list names the lot. */
const COMPOSED = new Set([
  'compose',
  'composes',
  'composee',
  'composees',
  'consisting',
  'constitue',
  'constitues',
]);
const thingOpener = (tokens: Token[], q: number) =>
  THING_OPENERS.has(tokens[q - 1]?.norm ?? '') ||
  (['de', "d'", 'of'].includes(tokens[q - 1]?.norm ?? '') && COMPOSED.has(tokens[q - 2]?.norm ?? ''));
/** "Il s'agit de 12 motos" opening its sentence: the list names what the sentence before said. */
function namelyAt(tokens: Token[], q: number, first: number): boolean {
  return ['de', "d'"].includes(tokens[q - 1]?.norm ?? '') && tokens[q - 2]?.norm === 'agit' && q - 4 <= first;
}
/** Words that open a breakdown inside a noun phrase: "dont des femmes", "including children". */
const BREAKDOWN_OPENERS = new Set(['dont', 'including', 'notamment', 'mostly', 'majoritairement']);

/** Where a label's words stop: the item before it, a bullet, a list separator. */
const LABEL_STOPS = new Set([';', ':', '-', '\u2022', ',', '.', '(', ')']);

/**
 * A label before a colon and the number after it, as communiqués list their tallies: "Motos
 * récupérées : 12", "terroristes neutralisés : 15", "- PKM : 02". Its subject, and its kind if it says one.
 */
function labelBefore(
  tokens: Token[],
  q: number,
  from: number,
): { subject: Subject; kind: Kind | null; start: number } | null {
  if (tokens[q - 1]?.text !== ':') return null;
  let start = q - 1;
  while (
    start - 1 >= from &&
    start > q - 7 &&
    tokens[start - 1].type === 'word' &&
    !LABEL_STOPS.has(tokens[start - 1].text)
  )
    start--;
  let subject: Subject | null = null;
  let kind: Kind | null = null;
  for (let k = start; k < q - 1; k++) {
    subject ??= SUBJECT_WORDS.get(tokens[k].norm) ?? null;
    kind ??= KIND_WORDS.get(tokens[k].norm) ?? null;
  }
  return subject ? { subject, kind, start } : null;
}

/** Reads the figures of one sentence. */
export function sentenceFigures(tokens: Token[], text: string, s: Sentence): Figure[] {
  const qs = findQuantities(tokens, text, s.first, s.last);
  const figs: Figure[] = [];
  const ends: number[] = [];
  for (let n = 0; n < qs.length; n++) {
    let q = qs[n];
    const limit = n + 1 < qs.length ? qs[n + 1].first : s.last;
    const afterDont = ['dont', 'including'].includes(tokens[q.first - 1]?.norm ?? '');
    const np = scanNounPhrase(tokens, q.last, limit, afterDont);
    // "20 soldats au moins ont été tués": the qualifier after the noun opens the range.
    const atLeast = np.end > q.last && !q.indefinite ? atLeastAt(tokens, np.end, limit) : 0;
    if (atLeast) {
      q = { ...q, max: null, approx: undefined };
      np.end += atLeast;
    }
    // "selon deux élues locales", "according to three residents": a count of claimants.
    if (
      CLAIMANT_NEXT.matchAt(tokens, q.first - 1, q.first) ||
      CLAIMANT_NEXT.matchAt(tokens, q.first - 2, q.first)
    )
      np.notFigure = true;
    if (np.notFigure) {
      ends.push(q.last);
      figs.push({
        q,
        kind: null,
        kindFrom: null,
        subject: null,
        explicit: false,
        others: false,
        breakdown: false,
        earlier: false,
        sentence: s.index,
        first: q.first,
        last: q.last,
        notFigure: true,
      });
      continue;
    }
    // "Motos récupérées : 12", "- Armes AK 47 : 05": the label before a colon names the figure.
    const label = np.subject || np.head ? null : labelBefore(tokens, q.first, n > 0 ? ends[n - 1] : s.first);
    if (label) np.subject = label.subject;
    let kind: Kind | null = null;
    let kindFrom: Figure['kindFrom'] = null;
    let lost = false;
    let disabled = false;
    let first = label ? label.start : q.first;
    let last = Math.max(np.end, q.last);
    // "les terroristes ont laissé 12 corps", "the attackers left 12 bodies behind": the side that left them.
    if (np.head?.kind === 'killed' && !np.subject && BODIES.has(tokens[q.last]?.norm ?? '')) {
      const v = q.first - 1;
      if (LEFT_VERBS.has(tokens[v]?.norm ?? '')) np.subject = loserBefore(tokens, v, s.first);
    }
    if (np.head) {
      kind = np.head.kind;
      kindFrom = np.head.participle ? 'after' : 'head';
      last = np.head.end;
      disabled = disabling(tokens[np.head.end - 1]?.norm ?? '');
    } else {
      const after = kindAfter(tokens, np.end, limit, afterDont);
      const before = kindBefore(tokens, q.first, n > 0 ? ends[n - 1] : s.first);
      if (before) {
        kind = before.kind;
        kindFrom = 'before';
        first = before.start;
        // "la perte de 3 véhicules": the noun of a loss (not "lost 4 vehicles", a convoy's plight).
        lost = tokens.slice(before.start, q.first).some((t) => PERTE.has(t.norm));
        // "neutraliser 47": the army's enemies.
        if (before.neutralised && !np.subject) np.subject = 'militants';
        disabled = tokens.slice(before.start, q.first).some((t) => disabling(t.norm));
        // "L'armée a perdu 9 hommes": the army's men.
        if (before.armyLost && (!np.subject || np.subject === 'people')) np.subject = 'soldiers';
        // "Les chasseurs ont perdu 07 des leurs": the side named before the verb.
        // "Wagner lost dozens of fighters": the loser's own fighters.
        const generic =
          np.subject === 'militants' &&
          GENERIC_FIGHTERS.has(tokens[q.last + (OF.has(tokens[q.last]?.norm ?? '') ? 1 : 0)]?.norm ?? '');
        if (
          before.lost &&
          !before.armyLost &&
          (np.subject === null || np.subject === 'people' || generic) &&
          before.loser
        ) {
          np.subject = before.loser;
        }
        // "lost 9 vehicles" is not a toll of things destroyed: leave it.
        if (before.lost && !before.armyLost && np.subject === null && !PERTE.has(tokens[before.start].norm))
          kind = null;
      } else if (label?.kind) {
        kind = label.kind;
        kindFrom = 'before';
      } else if (after) {
        kind = after.kind;
        kindFrom = 'after';
        last = after.end;
        disabled = disabling(tokens[after.end - 1].norm);
      } else if (
        (afterDont || thingOpener(tokens, q.first) || namelyAt(tokens, q.first, s.first)) &&
        np.subject &&
        THING_SUBJECTS.has(np.subject)
      ) {
        // "récupéré un important lot de matériel dont 08 fusils", "seized equipment including 8 rifles",
        // "du matériel a été saisi. Il s'agit de 12 motos": the thing's verb before it, or in the sentence before.
        const namely = namelyAt(tokens, q.first, s.first);
        const from = namely ? Math.max(0, s.first - 25) : n > 0 ? ends[n - 1] : s.first;
        const start = q.first - (COMPOSED.has(tokens[q.first - 2]?.norm ?? '') ? 3 : 2);
        for (let k = start; k >= Math.max(from, q.first - (namely ? 30 : 12)); k--) {
          if (namely && k < s.first && tokens[k].text === '.') continue;
          if (tokens[k].type === 'punct' && !(k === q.first - 2 && tokens[k].text === ',')) break;
          const w = KIND_WORDS.get(tokens[k].norm);
          if (w && THING_KINDS.has(w)) {
            kind = w;
            kindFrom = 'before';
            break;
          }
        }
      }
    }
    ends.push(last);
    const sepStart = n > 0 ? ends[n - 1] : q.first;
    let breakdown = false;
    // "dont 21 graves", "including 12 soldiers", "among them 5": the word just before the figure.
    for (let k = Math.max(sepStart, q.first - 3); k < q.first; k++)
      if (BREAKDOWN.has(tokens[k].norm)) breakdown = true;
    // Inside parentheses: "(une dizaine de gendarmes, une quinzaine de civils)".
    let depth = 0;
    for (let k = s.first; k < q.first; k++) {
      if (tokens[k].text === '(') depth++;
      else if (tokens[k].text === ')') depth = Math.max(0, depth - 1);
    }
    if (depth > 0) breakdown = true;
    figs.push({
      q,
      kind,
      kindFrom,
      subject: np.subject,
      explicit: np.subject !== null,
      others: np.others,
      breakdown,
      lastItem: AND_WORDS.has(tokens[q.first - 1]?.norm ?? ''),
      earlier: false,
      sentence: s.index,
      first,
      last,
      lost,
      disabled,
    });
  }
  // "13 civilians, including five children, were killed": the total takes its breakdown's predicate.
  for (let n = 0; n + 1 < figs.length; n++) {
    const f = figs[n];
    const g = figs[n + 1];
    if (f.kind || f.notFigure || !g.kind || g.kindFrom !== 'after' || !g.breakdown) continue;
    if (!['dont', 'including'].includes(tokens[g.q.first - 1]?.norm ?? '')) continue;
    if (tokens[f.last]?.text !== ',' || f.last + 2 !== g.q.first) continue;
    f.kind = g.kind;
    f.kindFrom = 'after';
  }
  listHeader(tokens, s, figs);
  appositions(tokens, s, figs);
  linkLists(tokens, figs);
  gapping(tokens, figs);
  describedTolls(tokens, s, figs);
  tolls(tokens, s, figs);
  revisions(tokens, s, figs);
  sides(tokens, s, figs);
  allOfThem(tokens, s, figs);
  // Breakdowns got their kind in sides(): "including 49 civilians and 15 soldiers".
  linkLists(tokens, figs);
  listThings(tokens, figs);
  earlier(tokens, s, figs);
  return figs;
}

/** Words that put things out of action: "neutralisé", "abattu" (shot down), "shot down", "downed". */
const disabling = (w: string) =>
  w.startsWith('neutrali') || w.startsWith('abatt') || w === 'shot' || w === 'downed';

/** A single item named in a list under its verb: a thing, or a person after "et"/"and" (not "13 bodies, a resident said"). */
const listItem = (f: Figure) =>
  f.kindFrom === 'list' && ((f.subject !== null && THING_SUBJECTS.has(f.subject)) || f.lastItem === true);

/** Makes kind and subject agree: persons are captured, things seized; drops what cannot be a claim. */
export function normaliseFigure(f: Figure): Figure | null {
  if (!f.kind || f.notFigure) return null;
  const thing = f.subject !== null && THING_SUBJECTS.has(f.subject);
  if (thing) {
    if (f.kind === 'captured' || f.kind === 'arrested') f.kind = 'seized';
    // "la perte de 3 véhicules", "lost 4 vehicles": things lost are destroyed.
    if (f.kind === 'killed' && f.lost) f.kind = 'destroyed';
    // "neutralisé 3 pick-up", "2 véhicules ont été neutralisés", "abattu un drone": put out of action.
    if (f.kind === 'killed' && f.disabled) f.kind = 'destroyed';
    if (!THING_KINDS.has(f.kind)) return null;
  } else {
    if (f.kind === 'seized') f.kind = 'captured';
    if (f.kind === 'destroyed') return null;
  }
  if (f.q.indefinite && !f.explicit && f.kindFrom !== 'head') return null;
  // "a resident said": an article counts one person only with its own verb ("a soldier was killed"),
  // or as a named item of a list under one ("tué deux soldats et un civil", "saisi 2 motos et un fusil").
  const own = ['head', 'after', 'before'].includes(f.kindFrom ?? '');
  if (f.q.singular && !own && !((f.breakdown || listItem(f)) && f.explicit)) return null;
  return f;
}

/**
 * Tolls whose words come before their number, as a noun phrase and a verb of amount:
 * "le nombre de Casques bleus tués s'élève à 10", "the number of peacekeepers killed rose
 * to 10", "les soldats tués sont au nombre de 12", "the death toll among peacekeepers rose
 * to 10"; and a figure named among a kind's victims: "parmi les morts figurent 10 Casques
 * bleus", "among the dead were 10 peacekeepers".
 */
import type { Kind, Subject } from '../types';
import type { Figure } from './claims';
import {
  ARMED_SIDES,
  FOREIGN_WORDS,
  KIND_WORDS,
  PERSON_KINDS,
  SIDE_MARKERS,
  SUBJECT_WORDS,
  isAdverb,
} from './lexicon';
import { OF_WORDS } from './lexicon-np';
import { AMOUNT_VERBS, REVISION } from './number-words';
import { THING_SUBJECTS } from './noun-phrase';
import { isThing } from './np-subject';
import { BREAKDOWN_OPENERS, GENERIC_FIGHTERS } from './predicates';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/** Words before the number that end a verb of amount: "s'élève à", "rose to", "au nombre de", "stands at". */
const AMOUNT_LINKS = new Set(['a', 'to', 'at', 'de']);
/** How far back the toll's noun phrase may start. */
const REACH = 20;
const CLAUSE_STOPS = new Set([',', ';', '.', ':', '(', ')']);
const AMONG = new Set(['among', 'parmi']);
const AMONG_VERBS = new Set([
  'were',
  'are',
  'was',
  'figurent',
  'figuraient',
  'figure',
  'sont',
  'etaient',
  'on',
  'compte',
  'comptait',
]);
const OPENING_QUOTES = new Set(['"', '\u201c', '\u00ab', '\u201e']);
const COPULAS = new Set(['est', 'etait', 'sont', 'is', 'was', 'stands', 'stood']);
const TIME_ADVERBS = new Set(['desormais', 'maintenant', 'deja', 'now', 'already', 'since']);
const THE = new Set(['the', 'les', 'des', 'ces', 'those', 'these']);

/** The start of a verb of amount ending right before the number at q, or -1. */
function amountBefore(tokens: Token[], q: number, copula = false): number {
  let k = q - 1;
  // 'include "six dead in Sokolo"': a quotation opening on the figure.
  if (OPENING_QUOTES.has(tokens[k]?.text ?? '')) k--;
  // "au nombre de 12", "s'élève à 12", "rose to 12"; "atteint 12", "numbered 12" take no preposition.
  if (AMOUNT_LINKS.has(tokens[k]?.norm ?? '')) {
    if (tokens[k].norm === 'de') {
      if (tokens[k - 1]?.norm === 'nombre' && tokens[k - 2]?.norm === 'au') return k - 2;
      // "le bilan est (désormais) de 18 morts": a copula, when the figure names its kind.
      let c = k - 1;
      if (tokens[c] && (isAdverb(tokens[c]) || TIME_ADVERBS.has(tokens[c].norm))) c--;
      return copula && COPULAS.has(tokens[c]?.norm ?? '') ? c : -1;
    }
    k--;
  }
  if (copula && COPULAS.has(tokens[k]?.norm ?? '')) return k;
  // "s'élève désormais à", "now stands at": an adverb between.
  if (tokens[k] && (isAdverb(tokens[k]) || TIME_ADVERBS.has(tokens[k].norm))) k--;
  const w = tokens[k]?.norm ?? '';
  return AMOUNT_VERBS.has(w) || (REVISION.has(w) && k < q - 1) ? k : -1;
}

/** The kind and side the words [from, to) give a toll: the first kind word, the most specific side. */
function describe(tokens: Token[], from: number, to: number): { kind: Kind | null; subject: Subject | null } {
  let kind: Kind | null = null;
  let subject: Subject | null = null;
  const sides = new Set<Subject>();
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    kind ??= KIND_WORDS.get(t.norm) ?? null;
    const marker = SIDE_MARKERS.matchAt(tokens, k, to);
    const side = marker?.value ?? SUBJECT_WORDS.get(t.norm) ?? null;
    if (side && side !== 'people' && !THING_SUBJECTS.has(side)) sides.add(side);
    // "Casques bleus", "peacekeepers", "UN": foreign forces over the plain soldier noun.
    if (t.text === 'UN' || FOREIGN_WORDS.has(t.norm) || side === 'foreign_forces') subject = 'foreign_forces';
    else if (side && side !== 'people' && (!subject || subject === 'people')) subject = side;
    else if (side && !subject) subject = side;
  }
  // "the death toll from attacks on a passenger boat and an army base": two sides, one total.
  if (sides.size > 1 && !sides.has('foreign_forces')) subject = 'people';
  return { kind, subject };
}

function take(f: Figure, kind: Kind, subject: Subject | null): void {
  f.kind = kind;
  f.kindFrom = 'back';
  if (subject && (!f.subject || f.subject === 'people')) {
    f.subject = subject;
    f.explicit = true;
  }
}

/** Words that open a sentence's topic: "quant aux", "s'agissant des". */
const TOPIC_OPENERS = new Set(['quant', 'agissant']);
const TOPIC_LINKS = new Set(['aux', 'au', 'a', 'les', 'des', 'du']);

/** The kind a sentence's opening topic names ("Quant aux blessés, …"), when the clause at a resumes it. */
function topicKind(tokens: Token[], s: Sentence, a: number): Kind | null {
  // "s'agissant" is two tokens, "s'" and "agissant".
  const open = tokens[s.first].norm === "s'" ? s.first + 1 : s.first;
  if (a <= open || !TOPIC_OPENERS.has(tokens[open].norm)) return null;
  let k = open + 1;
  while (k < a && TOPIC_LINKS.has(tokens[k].norm)) k++;
  if (k === open + 1) return null;
  const kind = KIND_WORDS.get(tokens[k]?.norm ?? '') ?? null;
  return kind && PERSON_KINDS.has(kind) ? kind : null;
}

/** The noun phrase before a verb of amount ending at the figure, from its clause's start. */
function describedBefore(
  tokens: Token[],
  s: Sentence,
  q: number,
  verb = amountBefore(tokens, q),
  afterFigure = false,
): { kind: Kind | null; subject: Subject | null; from: number } | null {
  if (verb <= s.first) return null;
  let a = verb;
  while (a > s.first && verb - a < REACH && !CLAUSE_STOPS.has(tokens[a - 1].text)) a--;
  // "18 morts et le nombre de blessés s'élève à 4": the phrase starts after another figure.
  for (let k = verb - 1; afterFigure && k >= a; k--) {
    if (tokens[k].type !== 'num') continue;
    let b = k + 1;
    while (b < verb && KIND_WORDS.has(tokens[b].norm)) b++;
    return { ...describe(tokens, b, verb), from: b };
  }
  return { ...describe(tokens, a, verb), from: a };
}

/**
 * "Le bilan des villageois tués s'élève à 18 morts", "the number of soldiers killed rose to 12
 * dead": a toll that names its kind but no side takes the side its noun phrase gives.
 */
function sideOfDescribed(tokens: Token[], s: Sentence, f: Figure): void {
  if (!f.kind || !PERSON_KINDS.has(f.kind)) return;
  // "Russian losses stood at 80 fighters": the fighters' noun says no side of its own.
  const noun = tokens[f.q.last + (OF_WORDS.has(tokens[f.q.last]?.norm ?? '') ? 1 : 0)]?.norm ?? '';
  const generic = f.subject === 'militants' && GENERIC_FIGHTERS.has(noun);
  if (f.subject && f.subject !== 'people' && !generic) return;
  const described = describedBefore(tokens, s, f.q.first, amountBefore(tokens, f.q.first, true), true);
  const subject = described?.subject;
  if (!subject || subject === 'people' || THING_SUBJECTS.has(subject)) return;
  if (generic && !ARMED_SIDES.has(subject)) return;
  // "les pertes russes", "Russian losses": a noun of the dead, whose kind the figure has.
  const losses =
    f.kind === 'killed' &&
    described.kind === null &&
    tokens.slice(described.from, f.q.first).some((t) => LOSS_NOUNS.has(t.norm));
  if (described.kind !== f.kind && !losses) return;
  if (otherSideInBreakdown(tokens, s, f.last, subject)) return;
  f.subject = subject;
  f.explicit = true;
}

/** A side's losses ("les pertes russes"), not a toll someone gives ("le bilan des habitants"). */
const LOSS_NOUNS = new Set(['losses', 'pertes']);

/** "12 dead, including 3 civilians": a breakdown after the figure names another side than `subject`. */
function otherSideInBreakdown(tokens: Token[], s: Sentence, from: number, subject: Subject): boolean {
  let k = from;
  if (tokens[k]?.text === ',') k++;
  if (!BREAKDOWN_OPENERS.has(tokens[k]?.norm ?? '')) return false;
  for (let j = k + 1; j < Math.min(s.last, k + 5); j++) {
    const side = SUBJECT_WORDS.get(tokens[j].norm);
    if (side && side !== subject) return true;
  }
  return false;
}

export function describedTolls(tokens: Token[], s: Sentence, figs: Figure[]): void {
  const lot = countedLot(tokens, s);
  for (const f of figs) {
    if (f.kind) {
      sideOfDescribed(tokens, s, f);
      continue;
    }
    // "Of the 27 killed in Boni, 20 were civilians and seven were militiamen": the lot's parts.
    if (lot && f.q.first > lot.end && PART_STARTS.has(tokens[f.q.first - 1].norm) && !isThing(f)) {
      take(f, lot.kind, null);
      f.breakdown = true;
      continue;
    }
    const described = describedBefore(tokens, s, f.q.first);
    if (described) {
      const subject = described.subject;
      // "Quant aux blessés, ils sont au nombre de 3": the kind the sentence's topic names.
      const kind = described.kind ?? topicKind(tokens, s, described.from);
      const things = !!subject && THING_SUBJECTS.has(subject);
      if (kind && (PERSON_KINDS.has(kind) ? !things : things)) take(f, kind, subject);
      continue;
    }
    const among = amongBefore(tokens, s.first, f.q.first);
    if (!among) continue;
    const things = isThing(f);
    if (PERSON_KINDS.has(among) ? !things : things || !f.subject) take(f, among, null);
    // "Of the 20 dead, 14 were civilians": a part of the counted lot, which stays the total.
    if (f.kind && partOfCounted(tokens, s.first, s.first + 2, f.kind)) f.breakdown = true;
  }
}

/**
 * The kind of the lot a figure is named among: "parmi les morts figurent 10 Casques bleus",
 * "among the dead were 10 peacekeepers"; of things, their noun between ("among the items seized
 * were 8 rifles", "parmi les armes récupérées, on compte 8 fusils").
 */
function amongBefore(tokens: Token[], from: number, q: number): Kind | null {
  return amongNear(tokens, from, q) ?? amongOpening(tokens, from, q);
}

/**
 * "Parmi les 12 morts de l'attaque de Boni, figurent 8 soldats", "Among the dead in the attack
 * were 8 soldiers": a sentence that opens on the lot, counted or not, and names the figure after its verb.
 */
function amongOpening(tokens: Token[], from: number, q: number): Kind | null {
  if (!AMONG_VERBS.has(tokens[q - 1]?.norm ?? '') || !AMONG.has(tokens[from]?.norm ?? '')) return null;
  if (!THE.has(tokens[from + 1]?.norm ?? '')) return null;
  const head = tokens[from + 2]?.type === 'num' ? from + 3 : from + 2;
  return KIND_WORDS.get(tokens[head]?.norm ?? '') ?? null;
}

/** What comes before each part of a counted lot: its comma, or "et" / "and" (not "membres d'une milice"). */
const PART_STARTS = new Set([',', 'et', 'and']);
/** How many words the counted lot's phrase may run before its comma: "Of the 27 people killed in Boni last week,". */
const LOT_REACH = 10;

/**
 * "Of the 27 killed in Boni, 20 were civilians and seven were militiamen", "Sur les 27 victimes
 * de l'attaque, 20 étaient des civils": a sentence opening on a counted lot of persons, whose
 * figures after the comma are its parts. The lot's kind (its noun or participle, right after the
 * number or its noun) and the comma's index; or null.
 */
function countedLot(tokens: Token[], s: Sentence): { kind: Kind; end: number } | null {
  // "Après l'attaque de Boni, sur les 27 morts, …": or after a phrase of time or place in commas.
  let from = s.first;
  while (from < Math.min(s.last, s.first + LOT_REACH) && tokens[from].text !== ',') from++;
  if (!PART_OF.has(tokens[s.first]?.norm ?? '') && tokens[from]?.text === ',') from++;
  else from = s.first;
  if (!PART_OF.has(tokens[from]?.norm ?? '') || !THE.has(tokens[from + 1]?.norm ?? '')) return null;
  if (tokens[from + 2]?.type !== 'num') return null;
  let kind: Kind | null = null;
  for (let k = from + 3; k < Math.min(s.last, from + 3 + LOT_REACH); k++) {
    if (tokens[k].text === ',') return kind && PERSON_KINDS.has(kind) ? { kind, end: k } : null;
    if (CLAUSE_STOPS.has(tokens[k].text) || tokens[k].type === 'num') return null;
    if (k <= from + 4) kind ??= KIND_WORDS.get(tokens[k].norm) ?? null;
  }
  return null;
}

/** Words that open a sentence on a counted lot: "Sur les 20 morts,", "Of the 20 dead,", "Parmi les 20 morts,". */
const PART_OF = new Set([...AMONG, 'sur', 'of']);

/**
 * "Sur les 20 morts, 14 étaient des civils", "Of the 20 dead, 14 were civilians": a figure named
 * as a part of a counted lot that opens its sentence takes the lot's kind (the number at n).
 */
function partOfCounted(tokens: Token[], from: number, n: number, kind: Kind): Kind | null {
  if (tokens[n].type !== 'num' || !PERSON_KINDS.has(kind)) return null;
  const the = n - 1;
  return THE.has(tokens[the]?.norm ?? '') && the - 1 === from && PART_OF.has(tokens[from].norm) ? kind : null;
}

function amongNear(tokens: Token[], from: number, q: number): Kind | null {
  let k = q - 1;
  if (AMONG_VERBS.has(tokens[k]?.norm ?? '') || tokens[k]?.text === ',') k--;
  if (tokens[k]?.norm === 'on') k--;
  if (tokens[k]?.text === ',') k--;
  const kind = KIND_WORDS.get(tokens[k]?.norm ?? '');
  if (!kind) return null;
  // "among the dead": persons right after the article; things by their noun ("items", "armes").
  for (let a = k - 1, words = 0; a >= from && words <= (PERSON_KINDS.has(kind) ? 0 : 2); a--, words++) {
    if (THE.has(tokens[a].norm)) return AMONG.has(tokens[a - 1]?.norm ?? '') ? kind : null;
    if (tokens[a].type !== 'word') return partOfCounted(tokens, from, a, kind);
  }
  return null;
}

/**
 * Links each quantity to what happened (kind) and to whom (subject) through the
 * sentence's grammar: the number's noun phrase, its predicate ("ont été tués"),
 * the verb before it ("killed dozens of"), lists sharing one predicate ("17 soldats,
 * 4 civils et 7 terroristes ont été tués"), breakdowns ("dont 21 graves") and side
 * markers ("bilan ami", "dans ses rangs"). The kind of a figure without a kind word is read in
 * figure-kind.ts, a tally's label in tally-labels.ts, a count of speakers in speaker-counts.ts.
 */
import type { Kind, Subject } from '../types';
import { THING_KINDS } from './lexicon';
import { countsSpeakers } from './speaker-counts';
import { differenceAt } from './number-qualifiers';
import { allOfThem, appositions, countedSubjects, predicateNouns } from './apposition';
import { describedTolls } from './described-tolls';
import { counterClaims, gapping, tolls } from './claim-links';
import { sides } from './toll-sides';
import { earlier, revisions } from './claim-revisions';
import { captivesKilled, type FigureAt, headKind, type KindReading, kindWithoutHead } from './figure-kind';
import { labelBefore } from './tally-labels';
import { breakdownTotals, joinedItems, linkLists, listThings } from './list-links';
import { listHeader } from './list-headers';
import { FREED_VERBS, PRONOUN_VERBS, SAVED_VERBS } from './lexicon-np';
import { BREAKDOWN, type NounPhrase, scanNounPhrase, THING_SUBJECTS } from './noun-phrase';
import { bodiesOwner, leftOnFieldDead, ownDeadSide } from './left-dead';
import { findQuantities, openAfterNoun, type QuantityMention } from './numbers';
import { AND_WORDS } from './predicates';
import type { Sentence } from './sentences';
import { breakdownOpener, partitiveAside } from './coordination';
import { apposedParts } from './summed-apposition';
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
  /** The subject comes from an infobox's combatant line ("Combatant1: Mali, Wagner Group"). */
  infobox?: boolean;
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
  /** The item right before "et"/"and" and the list's last item: "un soldat et deux civils ont été tués". */
  firstItem?: boolean;
  earlier: boolean;
  sentence: number;
  /** Token range [first, last) of the claim's words. */
  first: number;
  last: number;
}

/** A verb of freeing within the three words before a figure ("a libéré lundi 12 otages"). */
function freedBefore(tokens: Token[], first: number, from: number): boolean {
  for (let k = first - 1; k >= Math.max(from, first - 3); k--)
    if (FREED_VERBS.has(tokens[k].norm)) return true;
  return false;
}

/** The figures read so far in a sentence. */
interface FigureRun {
  figs: Figure[];
  /** Index after each figure's words. */
  ends: number[];
  /** Inside a breakdown in commas: "12 civils, dont 5 femmes et 3 enfants, ont été tués". */
  inBreakdown: boolean;
  /** Quantities that are parts of a total in commas (summed-apposition.ts). */
  apposed?: Set<number>;
}

/** Reads the figures of one sentence. */
export function sentenceFigures(tokens: Token[], text: string, s: Sentence): Figure[] {
  const qs = findQuantities(tokens, text, s.first, s.last);
  // No quantity, no figure: the steps below only refine the figures read (most sentences have none).
  if (!qs.length) return [];
  let run: FigureRun = { figs: [], ends: [], inBreakdown: false };
  for (let n = 0; n < qs.length; n++) readFigure(tokens, s, qs, n, run);
  // "64 personnes, 49 civils et 15 militaires, ont été tuées": read again, the parts as a breakdown.
  const apposed = apposedParts(tokens, run.figs);
  if (apposed.size) {
    run = { figs: [], ends: [], inBreakdown: false, apposed };
    for (let n = 0; n < qs.length; n++) readFigure(tokens, s, qs, n, run);
  }
  const figs = run.figs;
  breakdownTotals(tokens, figs);
  listHeader(tokens, s, figs);
  appositions(tokens, s, figs);
  linkLists(tokens, figs);
  gapping(tokens, figs);
  counterClaims(tokens, figs);
  describedTolls(tokens, s, figs);
  tolls(tokens, s, figs);
  revisions(tokens, s, figs);
  sides(tokens, s, figs);
  allOfThem(tokens, s, figs);
  predicateNouns(tokens, s, figs);
  countedSubjects(tokens, s, figs);
  // Breakdowns got their kind in sides(): "including 49 civilians and 15 soldiers".
  linkLists(tokens, figs);
  listThings(tokens, figs);
  earlier(tokens, s, figs);
  return figs;
}

/**
 * The figure of the quantity qs[n], pushed on the run: its noun phrase ("20 soldats au moins"), or
 * none when it counts claimants; its subject, its kind and the range of its words.
 */
function readFigure(tokens: Token[], s: Sentence, qs: QuantityMention[], n: number, run: FigureRun): void {
  const { figs, ends } = run;
  let q = qs[n];
  const limit = n + 1 < qs.length ? qs[n + 1].first : s.last;
  const afterDont = breakdownOpener(tokens, q.first) > 0 || (n > 0 && partitiveAside(tokens, q.first));
  const apposed = run.apposed?.has(n) ?? false;
  run.inBreakdown =
    afterDont || apposed || (run.inBreakdown && n > 0 && joinedItems(tokens, ends[n - 1], q.first));
  const np = scanNounPhrase(tokens, q.last, limit, afterDont);
  // "20 soldats au moins ont été tués", "thirty soldiers or more", "une trentaine de terroristes,
  // voire plus,": the qualifier after the noun opens the range.
  const open = np.end > q.last && !q.indefinite ? openAfterNoun(tokens, np.end, limit) : 0;
  if (open) {
    q = { ...q, max: null, approx: undefined };
    np.end += open;
  }
  // "5 witnesses said", "four more than the initial toll": no count of a toll.
  if (countsSpeakers(tokens, q.first, q.last) || differenceAt(tokens, q.last)) np.notFigure = true;
  if (np.notFigure) {
    ends.push(q.last);
    figs.push(notAFigure(q, s));
    return;
  }
  // "At least 25 were wounded", "12 ont été tués": a number standing for persons named before.
  if (!np.subject && PRONOUN_VERBS.has(tokens[q.last]?.norm ?? '')) np.others = true;
  // "a vehicle was destroyed and another seized": "another" is one more of what was named before.
  if (!np.subject && tokens[q.first]?.norm === 'another') np.others = true;
  // "ont tué, selon un élu, 20 civils": a count of speakers in an aside does not bound the figure's verb.
  let prev = n - 1;
  while (prev >= 0 && figs[prev].notFigure) prev--;
  const from = prev >= 0 ? ends[prev] : s.first;
  const at: FigureAt = { q, s, from, limit, afterDont, inBreakdown: run.inBreakdown };
  // "Motos récupérées : 12", "- Armes AK 47 : 05": the label before a colon names the figure.
  const label = np.subject || np.head ? null : labelBefore(tokens, q.first, q.last, from);
  if (label) np.subject = label.subject;
  const r: KindReading = {
    kind: null,
    kindFrom: null,
    lost: false,
    disabled: false,
    first: label ? label.start : q.first,
    last: Math.max(np.end, q.last),
  };
  if (label && tokens[q.first - 1]?.text === '(' && tokens[q.last]?.text === ')') r.last = q.last + 1;
  // "les terroristes ont laissé 12 corps", "the attackers left 12 bodies behind": the side that left them.
  if (np.head?.kind === 'killed' && !np.subject) np.subject = bodiesOwner(tokens, q, s.first, np.end);
  if (np.head) headKind(tokens, np.head, limit, r);
  else kindWithoutHead(tokens, at, np, label?.kind ?? null, r);
  captivesKilled(tokens, at, r);
  // "l'ennemi a laissé sur le carreau une vingtaine de ses combattants": the fighters a side left on
  // the field are its dead, not persons seized.
  if (leftOnFieldDead(tokens, q, s.first, np.end, { subject: np.subject, kind: r.kind })) {
    r.kind = 'killed';
    r.kindFrom = 'before';
    np.subject ??= ownDeadSide(tokens, q, s.first);
  }
  // "soldiers saved 12 lives": lives kept are not the dead.
  if (r.kind === 'killed' && SAVED_VERBS.has(tokens[q.first - 1]?.norm ?? '')) r.kind = r.kindFrom = null;
  // "the army freed 12 hostages", "a libéré 12 otages": persons set free are no capture of this attack.
  if (r.kind === 'captured' && freedBefore(tokens, q.first, from)) r.kind = r.kindFrom = null;
  ends.push(r.last);
  // "dont 16 hommes, 6 femmes et 4 enfants": the items after the breakdown's first are in it too
  // (not past ", and", which closes it: "23 dead, including nine soldiers, and dozens wounded").
  const inList = run.inBreakdown && !afterDont && n > 0 && q.first - ends[n - 1] === 1;
  pushFigure(
    tokens,
    at,
    np,
    r,
    inList || apposed || breakdownAt(tokens, s, q, n > 0 ? ends[n - 1] : q.first),
    figs,
  );
}

/** A count of claimants or documents, kept as a figure that is never a claim. */
function notAFigure(q: QuantityMention, s: Sentence): Figure {
  return {
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
  };
}

/**
 * "dont 21 graves", "including 12 soldiers", "(une dizaine de gendarmes, …)": the figure at q is a
 * breakdown, by a word just before it (after sepStart) or inside parentheses.
 */
function breakdownAt(tokens: Token[], s: Sentence, q: QuantityMention, sepStart: number): boolean {
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
  // "12 people, two of them women,": a part named by its partitive, in commas after its whole.
  return breakdown || (q.first > s.first + 1 && partitiveAside(tokens, q.first));
}

/** Pushes the figure read; "un soldat et deux civils": the item before "et" is a list's first item. */
function pushFigure(
  tokens: Token[],
  at: FigureAt,
  np: NounPhrase,
  r: KindReading,
  breakdown: boolean,
  figs: Figure[],
) {
  const q = at.q;
  figs.push({
    q,
    kind: r.kind,
    kindFrom: r.kindFrom,
    subject: np.subject,
    explicit: np.subject !== null,
    others: np.others,
    breakdown,
    lastItem: AND_WORDS.has(tokens[q.first - 1]?.norm ?? ''),
    earlier: false,
    sentence: at.s.index,
    first: r.first,
    last: r.last,
    lost: r.lost,
    disabled: r.disabled,
  });
  const prev = figs.at(-2);
  if (prev && AND_WORDS.has(tokens[q.first - 1]?.norm ?? '') && prev.last === q.first - 1)
    prev.firstItem = true;
}

/** A single item named in a list under its verb: a thing, or a person after "et"/"and" (not "13 bodies, a resident said"). */
const listItem = (f: Figure) =>
  f.kindFrom === 'list' &&
  ((f.subject !== null && THING_SUBJECTS.has(f.subject)) || f.lastItem === true || f.firstItem === true);

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
    // "looted 3 shops", "pillé 3 boutiques": taken things of no kind, not persons captured.
    if (f.kind === 'seized' && !f.subject && !f.others) return null;
    if (f.kind === 'seized') f.kind = 'captured';
    if (f.kind === 'destroyed') return null;
  }
  // "plusieurs autres ont été blessés", "several others": "others" names the persons of a toll before.
  if (f.q.indefinite && !f.explicit && !f.others && f.kindFrom !== 'head') return null;
  // "a resident said": an article counts one person only with its own verb ("a soldier was killed"),
  // or as a named item of a list under one ("tué deux soldats et un civil", "saisi 2 motos et un fusil").
  const own = ['head', 'after', 'before'].includes(f.kindFrom ?? '');
  if (f.q.singular && !own && !((f.breakdown || listItem(f)) && f.explicit)) return null;
  return f;
}

/**
 * Links each quantity to what happened (kind) and to whom (subject) through the
 * sentence's grammar: the number's noun phrase, its predicate ("ont été tués"),
 * the verb before it ("killed dozens of"), lists sharing one predicate ("17 soldats,
 * 4 civils et 7 terroristes ont été tués"), breakdowns ("dont 21 graves") and side
 * markers ("bilan ami", "dans ses rangs").
 */
import type { Kind, Subject } from '../types';
import { CLAIMANT_NEXT, FIRST_PERSON, KIND_WORDS, POSSESSIVES, SUBJECT_WORDS, THING_KINDS } from './lexicon';
import { allOfThem, appositions } from './apposition';
import { describedTolls } from './described-tolls';
import { counterClaims, gapping, sides, tolls } from './claim-links';
import { earlier, revisions } from './claim-revisions';
import { breakdownTotals, joinedItems, linkLists, listHeader, listThings } from './list-links';
import { FREED_VERBS, KIN_NOUNS, OF_WORDS, PRONOUN_VERBS, SAVED_VERBS, SELON_RELATIVES } from './lexicon-np';
import { BODIES, BREAKDOWN, scanNounPhrase, THING_SUBJECTS } from './noun-phrase';
import { modelLength } from './item-names';
import { atLeastAt, findQuantities, type QuantityMention } from './numbers';
import {
  AND_WORDS,
  GENERIC_FIGHTERS,
  kindAfter,
  kindBefore,
  leftVerbBefore,
  loserBefore,
  OF,
  PERTE,
  tollBefore,
  woundedDied,
} from './predicates';
import type { Sentence } from './sentences';
import { kindPhraseEndingAt } from './verb-gaps';
import { breakdownOpener } from './coordination';
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

/** Where a label's words stop: the item before it, a bullet, a list separator. */
const LABEL_STOPS = new Set([';', ':', '-', '\u2022', ',', '.', '(', ')']);

/**
 * A label before a colon and the number after it, as communiqués list their tallies: "Motos
 * récupérées : 12", "terroristes neutralisés : 15", "- PKM : 02", or before the number in
 * brackets: "motos (07)". Its subject, and its kind if it says one.
 */
function labelBefore(
  tokens: Token[],
  q: number,
  qEnd: number,
  from: number,
): { subject: Subject; kind: Kind | null; start: number } | null {
  // "motos (12)", "AK-47 (08)": the count in brackets after its label.
  const bracketed = tokens[q - 1]?.text === '(' && tokens[qEnd]?.text === ')';
  if (tokens[q - 1]?.text !== ':' && !bracketed) return null;
  // "AK-47 : 08", "RPG 7 : 02": a model's name as the label is a weapon.
  for (let m = 1; m <= 3; m++)
    if (q - 1 - m >= from && modelLength(tokens, q - 1 - m) === m)
      return { subject: 'weapons', kind: null, start: q - 1 - m };
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
  // The label is the noun nearest the count: "les FAMa ont récupéré des motos (04)" counts motos.
  let at = -1;
  for (let k = q - 2; k >= start && at < 0; k--) {
    subject = SUBJECT_WORDS.get(tokens[k].norm) ?? null;
    if (subject) at = k;
  }
  for (let k = start; k < q - 1; k++) kind ??= KIND_WORDS.get(tokens[k].norm) ?? null;
  // In brackets, the claim's words begin at the label's noun, not at the sentence's subject.
  return subject ? { subject, kind, start: bracketed ? at : start } : null;
}

/** Reads the figures of one sentence. */
/** A verb of freeing within the three words before a figure ("a libéré lundi 12 otages"). */
function freedBefore(tokens: Token[], first: number, from: number): boolean {
  for (let k = first - 1; k >= Math.max(from, first - 3); k--)
    if (FREED_VERBS.has(tokens[k].norm)) return true;
  return false;
}

export function sentenceFigures(tokens: Token[], text: string, s: Sentence): Figure[] {
  const qs = findQuantities(tokens, text, s.first, s.last);
  const figs: Figure[] = [];
  const ends: number[] = [];
  // Inside a breakdown in commas: "12 civils, dont 5 femmes et 3 enfants, ont été tués".
  let inBreakdown = false;
  for (let n = 0; n < qs.length; n++) {
    let q = qs[n];
    const limit = n + 1 < qs.length ? qs[n + 1].first : s.last;
    const afterDont = breakdownOpener(tokens, q.first) > 0;
    inBreakdown = afterDont || (inBreakdown && n > 0 && joinedItems(tokens, ends[n - 1], q.first));
    const np = scanNounPhrase(tokens, q.last, limit, afterDont);
    // "20 soldats au moins ont été tués": the qualifier after the noun opens the range.
    const atLeast = np.end > q.last && !q.indefinite ? atLeastAt(tokens, np.end, limit) : 0;
    if (atLeast) {
      q = { ...q, max: null, approx: undefined };
      np.end += atLeast;
    }
    // "selon deux élues locales", "according to three residents": a count of claimants — not
    // "une source selon laquelle 12 soldats…", whose relative pronoun stands for the source.
    if (
      CLAIMANT_NEXT.matchAt(tokens, q.first - 1, q.first) ||
      (CLAIMANT_NEXT.matchAt(tokens, q.first - 2, q.first) &&
        !SELON_RELATIVES.has(tokens[q.first - 1].norm) &&
        tokens[q.first - 1].norm !== 'qui')
    )
      np.notFigure = true;
    // "a relative of one of the victims told AFP", "la mère d'une des victimes": the kin of a victim speaks.
    if (OF_WORDS.has(tokens[q.first - 1]?.norm ?? '') && KIN_NOUNS.has(tokens[q.first - 2]?.norm ?? ''))
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
    // "At least 25 were wounded", "12 ont été tués": a number standing for persons named before.
    if (!np.subject && PRONOUN_VERBS.has(tokens[q.last]?.norm ?? '')) np.others = true;
    // "Motos récupérées : 12", "- Armes AK 47 : 05": the label before a colon names the figure.
    const label =
      np.subject || np.head ? null : labelBefore(tokens, q.first, q.last, n > 0 ? ends[n - 1] : s.first);
    if (label) np.subject = label.subject;
    let kind: Kind | null = null;
    let kindFrom: Figure['kindFrom'] = null;
    let lost = false;
    let disabled = false;
    let first = label ? label.start : q.first;
    let last = Math.max(np.end, q.last);
    if (label && tokens[q.first - 1]?.text === '(' && tokens[q.last]?.text === ')') last = q.last + 1;
    // "les terroristes ont laissé 12 corps", "the attackers left 12 bodies behind": the side that left them.
    // "une dizaine de cadavres": the noun after the amount's "de".
    const noun = OF_WORDS.has(tokens[q.last]?.norm ?? '') ? q.last + 1 : q.last;
    if (np.head?.kind === 'killed' && !np.subject && BODIES.has(tokens[noun]?.norm ?? '')) {
      const v = leftVerbBefore(tokens, q.first, s.first);
      if (v >= 0) np.subject = loserBefore(tokens, v, s.first);
    }
    if (np.head) {
      // "5 blessés ont succombé": the wounded who died are counted dead.
      kind = np.head.kind === 'wounded' && woundedDied(tokens, np.head.end, limit) ? 'killed' : np.head.kind;
      kindFrom = np.head.participle ? 'after' : 'head';
      last = np.head.end;
      disabled = disabling(tokens[np.head.end - 1]?.norm ?? '');
    } else {
      const after = kindAfter(tokens, np.end, limit, inBreakdown);
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
        // "07 des leurs", "12 de leurs combattants": over "of" and the possessive.
        let noun = q.last + (OF.has(tokens[q.last]?.norm ?? '') ? 1 : 0);
        if (POSSESSIVES.has(tokens[noun]?.norm ?? '')) noun++;
        const generic = np.subject === 'militants' && GENERIC_FIGHTERS.has(tokens[noun]?.norm ?? '');
        // "Nous avons perdu quatre éléments": the speaker's own men (first-person-losses says whose).
        const weLost =
          before.lost &&
          tokens
            .slice(Math.max(s.first, before.start - 4), before.start)
            .some((t) => FIRST_PERSON.has(t.norm));
        if (weLost && (generic || np.subject === 'people')) np.subject = null;
        else if (
          before.lost &&
          !before.armyLost &&
          (np.subject === null || np.subject === 'people' || generic) &&
          before.loser
        ) {
          np.subject = before.loser;
        }
        // "Barkhane a perdu deux soldats", "the UN mission lost three peacekeepers": the force's own.
        if (before.loser === 'foreign_forces' && np.subject === 'soldiers') np.subject = 'foreign_forces';
        // "lost 9 vehicles" is not a toll of things destroyed: leave it.
        if (
          before.lost &&
          !before.armyLost &&
          !weLost &&
          np.subject === null &&
          !PERTE.has(tokens[before.start].norm)
        )
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
        (np.subject ? !THING_SUBJECTS.has(np.subject) : !np.head && np.end <= q.last) &&
        tollBefore(tokens, q.first, n > 0 ? ends[n - 1] : s.first, !!np.subject)
      ) {
        kind = 'killed';
        kindFrom = 'before';
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
          const w = KIND_WORDS.get(tokens[k].norm) ?? kindPhraseEndingAt(tokens, k, from);
          if (w && THING_KINDS.has(w)) {
            kind = w;
            kindFrom = 'before';
            break;
          }
        }
      }
    }
    // "soldiers saved 12 lives": lives kept are not the dead.
    if (kind === 'killed' && SAVED_VERBS.has(tokens[q.first - 1]?.norm ?? '')) kind = kindFrom = null;
    // "the army freed 12 hostages", "a libéré 12 otages": persons set free are no capture of this attack.
    if (kind === 'captured' && freedBefore(tokens, q.first, n > 0 ? ends[n - 1] : s.first))
      kind = kindFrom = null;
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
    const prev = figs.at(-2);
    if (prev && AND_WORDS.has(tokens[q.first - 1]?.norm ?? '') && prev.last === q.first - 1)
      prev.firstItem = true;
  }
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

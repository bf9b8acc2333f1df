/**
 * What a figure tells happened when its noun phrase has no kind word: the verb before it (and
 * whose loss it is: "L'armée a perdu 9 hommes"), a label's kind, the predicate after it, a toll
 * word before it, or a thing's verb before a list ("dont 08 fusils", "Il s'agit de 12 motos").
 */
import type { Kind } from '../types';
import type { Figure } from './claims';
import { FIRST_PERSON, KIND_WORDS, POSSESSIVES, SUBJECT_WORDS, THING_KINDS } from './lexicon';
import type { NounPhrase } from './noun-phrase';
import { THING_SUBJECTS } from './noun-phrase';
import type { QuantityMention } from './numbers';
import { GENERIC_FIGHTERS, kindAfter, kindBefore, OF, PERTE, tollBefore, woundedDied } from './predicates';
import { objectAt } from './kind-after';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { kindPhraseEndingAt } from './verb-gaps';
import { amountWord } from './number-words';
import { AND_WORDS } from './uncounted-runs';

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
/**
 * "Il s'agit de 12 motos", "They include 12 rifles", "Ce sont 12 motos" opening its sentence: the
 * list names what the sentence before said.
 */
function namelyAt(tokens: Token[], q: number, first: number): boolean {
  if (q - first > NAMELY_REACH || q <= first) return false;
  const words = tokens
    .slice(first, q)
    .map((t) => t.norm)
    .filter((w) => !NAMELY_FILLERS.has(w));
  return NAMELY_OPENINGS.has(words.join(' '));
}
const NAMELY_OPENINGS = new Set([
  ...["il s' agit de", "il s' agit d'", 'ce sont', 'on y trouve', 'on compte'],
  ...['they include', 'these include', 'they included', 'these included', 'these are', 'these were'],
  ...['they consist of', 'it includes', 'it included', 'this includes'],
]);
/** Words a list's opening may hold besides its own: "Il s'agit notamment de", "They include notably". */
const NAMELY_FILLERS = new Set([
  'notamment',
  'essentiellement',
  'principalement',
  'mainly',
  'notably',
  'among',
  'others',
  ',',
]);
const NAMELY_REACH = 7;

/** Words that put things out of action: "neutralisé", "abattu" (shot down), "shot down", "downed". */
const disabling = (w: string) =>
  w.startsWith('neutrali') || w.startsWith('abatt') || w === 'shot' || w === 'downed';

/** The figure being read: its quantity in sentence s, between the figure before and the next one. */
export interface FigureAt {
  q: QuantityMention;
  s: Sentence;
  /** Index after the figure before, or the sentence's start. */
  from: number;
  /** The next figure's start, or the sentence's end. */
  limit: number;
  /** After "dont", "including": a breakdown. */
  afterDont: boolean;
  /** Inside a breakdown in commas: "12 civils, dont 5 femmes et 3 enfants, ont été tués". */
  inBreakdown: boolean;
}

/** What the figure tells happened, and the range [first, last) of its words. */
export interface KindReading {
  kind: Kind | null;
  kindFrom: Figure['kindFrom'];
  lost: boolean;
  disabled: boolean;
  first: number;
  last: number;
}

/** "27 morts", "soldats tués", "5 blessés ont succombé": the kind word inside the noun phrase. */
export function headKind(
  tokens: Token[],
  head: NonNullable<NounPhrase['head']>,
  limit: number,
  r: KindReading,
) {
  // "Three soldiers killed 12 civilians": a participle with an object is the phrase's own verb
  // (Arabic's glossed word order is another grammar).
  const verb = tokens[head.end - 1];
  if (
    head.participle &&
    verb &&
    KIND_WORDS.has(verb.norm) &&
    LATIN.test(verb.text) &&
    objectAt(tokens, head.end)
  )
    return;
  // "5 blessés ont succombé": the wounded who died are counted dead.
  r.kind = head.kind === 'wounded' && woundedDied(tokens, head.end, limit) ? 'killed' : head.kind;
  r.kindFrom = head.participle ? 'after' : 'head';
  r.last = head.end;
  r.disabled = disabling(tokens[head.end - 1]?.norm ?? '');
}

const LATIN = /^\p{Script=Latin}/u;

/**
 * "ont exécuté six de leurs otages", "killed two of the hostages": captives put to death by the
 * verb before them are counted dead, not captured.
 */
export function captivesKilled(tokens: Token[], at: FigureAt, r: KindReading): void {
  if (r.kind !== 'captured' || r.kindFrom !== 'head') return;
  const before = kindBefore(tokens, at.q.first, at.from);
  if (before?.kind !== 'killed') return;
  r.kind = 'killed';
  r.kindFrom = 'before';
  r.first = before.start;
}

/**
 * A noun phrase without a kind word: the verb before it ("ont tué 12"), a label's kind ("Motos
 * récupérées : 12"), the predicate after it ("12 soldats ont été tués"), a toll word before it, or
 * a thing's verb before a list ("dont 08 fusils").
 */
export function kindWithoutHead(
  tokens: Token[],
  at: FigureAt,
  np: NounPhrase,
  labelKind: Kind | null,
  r: KindReading,
): void {
  const { q, s } = at;
  const after = kindAfter(tokens, np.end, at.limit, at.inBreakdown) ?? bracketedPredicate(tokens, at, np);
  const before = kindBefore(tokens, q.first, at.from);
  if (before) {
    verbBefore(tokens, at, np, before, r);
  } else if (labelKind) {
    r.kind = labelKind;
    r.kindFrom = 'before';
  } else if (after) {
    r.kind = after.kind;
    r.kindFrom = 'after';
    r.last = after.end;
    r.disabled = disabling(tokens[after.end - 1].norm);
  } else if (
    (np.subject ? !THING_SUBJECTS.has(np.subject) : !np.head && np.end <= q.last) &&
    tollBefore(tokens, q.first, at.from, !!np.subject)
  ) {
    r.kind = 'killed';
    r.kindFrom = 'before';
  } else if (
    (at.afterDont || thingOpener(tokens, q.first) || namelyAt(tokens, q.first, s.first)) &&
    np.subject &&
    THING_SUBJECTS.has(np.subject)
  ) {
    const w = thingVerbBefore(tokens, at);
    if (w) {
      r.kind = w;
      r.kindFrom = 'before';
    }
  }
}

/**
 * "Des armes (06 AK47, 02 PKM et 01 RPG7) ont été saisies", "Weapons (six AK-47s and two PKMs)
 * were seized": the items in brackets after a noun take the predicate after the bracket.
 */
function bracketedPredicate(tokens: Token[], at: FigureAt, np: NounPhrase): ReturnType<typeof kindAfter> {
  const { q, s } = at;
  let open = q.first - 1;
  while (open > s.first && tokens[open].text !== '(' && tokens[open].text !== ')') open--;
  // Not a figure restated in digits: "plus d'une trentaine (30) de morts".
  const head = tokens[open - 1];
  if (tokens[open]?.text !== '(' || head?.type !== 'word' || amountWord(head)) return null;
  // "Dix-sept soldats (et 4 civils)": a bracket that adds to the noun counts something of its own.
  if (AND_WORDS.has(tokens[open + 1]?.norm ?? '')) return null;
  let close = q.last;
  while (close < s.last && tokens[close].text !== ')') close++;
  // The predicate right after the bracket: not "(…) et une quinzaine de blessés", another figure's.
  const next = tokens[close + 1];
  if (!next || next.type !== 'word' || AND_WORDS.has(next.norm)) return null;
  const after = kindAfter(tokens, close + 1, s.last);
  if (!after) return null;
  // "Des civils (huit hommes et quatre femmes)": the noun before the bracket gives the side.
  const side = SUBJECT_WORDS.get(head.norm);
  if (side && (!np.subject || np.subject === 'people')) np.subject = side;
  // The claim's words stay the item's own, not the bracket's rest.
  return { kind: after.kind, end: np.end };
}

/**
 * "ont tué 12", "la perte de 3 véhicules", "L'armée a perdu 9 hommes", "Wagner lost dozens of
 * fighters": the verb before the figure gives its kind, and a loss names whose men they were.
 */
function verbBefore(
  tokens: Token[],
  at: FigureAt,
  np: NounPhrase,
  before: NonNullable<ReturnType<typeof kindBefore>>,
  r: KindReading,
): void {
  const { q, s } = at;
  r.kind = before.kind;
  r.kindFrom = 'before';
  r.first = before.start;
  // "la perte de 3 véhicules": the noun of a loss (not "lost 4 vehicles", a convoy's plight).
  r.lost = tokens.slice(before.start, q.first).some((t) => PERTE.has(t.norm));
  // "neutraliser 47": the army's enemies.
  if (before.neutralised && !np.subject) np.subject = 'militants';
  r.disabled = tokens.slice(before.start, q.first).some((t) => disabling(t.norm));
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
    tokens.slice(Math.max(s.first, before.start - 4), before.start).some((t) => FIRST_PERSON.has(t.norm));
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
    r.kind = null;
}

/**
 * "récupéré un important lot de matériel dont 08 fusils", "seized equipment including 8 rifles",
 * "du matériel a été saisi. Il s'agit de 12 motos": the thing's verb before it, or in the sentence before.
 */
function thingVerbBefore(tokens: Token[], at: FigureAt): Kind | null {
  const { q, s } = at;
  const namely = namelyAt(tokens, q.first, s.first);
  const from = namely ? Math.max(0, s.first - 25) : at.from;
  const start = q.first - (COMPOSED.has(tokens[q.first - 2]?.norm ?? '') ? 3 : 2);
  for (let k = start; k >= Math.max(from, q.first - (namely ? 30 : 12)); k--) {
    if (namely && k < s.first && tokens[k].text === '.') continue;
    if (tokens[k].type === 'punct' && !(k === q.first - 2 && tokens[k].text === ',')) break;
    const w = KIND_WORDS.get(tokens[k].norm) ?? kindPhraseEndingAt(tokens, k, from);
    if (w && THING_KINDS.has(w)) return w;
  }
  return null;
}

/**
 * Figures of one sentence in a list: items separated by commas and "et" share a predicate
 * ("17 soldats, 4 civils et 7 terroristes ont été tués") or a verb ("récupéré 04 PK-M,
 * 31 fusils d'assaut AK-47 et 09 motos"); an item the lexicon does not know among things is a
 * thing. (A list's header: list-headers.ts.)
 */
import type { Subject } from '../types';
import type { Figure } from './claims';
import { KIND_WORDS, SPEECH_WORDS, SUBJECT_WORDS, THING_KINDS } from './lexicon';
import { modelLength } from './item-names';
import { NP_STOP, OF_WORDS } from './lexicon-np';
import { THING_SUBJECTS } from './noun-phrase';
import { isThing } from './np-subject';
import { kindBefore, ownPredicate } from './predicates';
import { breakdownOpener } from './coordination';
import { isAccentedA, type Token } from './tokens';
import { joinerBefore } from './uncounted-runs';

const QUOTES = new Set(['\u00ab', '\u00bb', '"', '\u201c', '\u201d', "'", '\u2019', '-']);
const LIST_SEPARATORS = new Set([
  ',',
  'et',
  'and',
  'de',
  "d'",
  'of',
  'ainsi',
  'que',
  "qu'",
  'together',
  'along',
  'as',
  'well',
  'plus',
  '(',
  ')',
  'dont',
  'including',
  'among',
  'them',
  'parmi',
  'lesquels',
  'lesquelles',
  'eux',
  'outre',
  'also',
  'egalement',
  'but',
  'mais',
  'with',
  'avec',
  'or',
  'ou',
  // "tués, de même que 3 civils".
  'meme',
]);

/** Words finishing an item's name ("fusils d'assaut AK-47"), or its clause before a joiner ("lors de l'attaque du marché"). */
const NAME_REACH = 3;
const CLAUSE_REACH = 6;

/** Auxiliaries after "as" that repeat the predicate for the next item: "as were", "as did". */
const AS_REPEATS = new Set(['were', 'was', 'did', 'had', 'have']);

/** What may end a list item before the next one: a comma or "and". */
const LIST_CLOSERS = new Set([',', 'et', 'and']);

/** A word that may finish an item's name ("d'assaut", "RPG-7", "de type AK"): no verb, number or claim word. */
function nameTail(t: Token, before: Token | undefined): boolean {
  if (t.type === 'num') return false;
  if (t.type === 'punct') return t.text === '-';
  // "de précision" is no "précise" (states): after "de", a noun.
  if (OF_WORDS.has(before?.norm ?? '')) return !KIND_WORDS.has(t.norm);
  return !KIND_WORDS.has(t.norm) && !SPEECH_WORDS.has(t.norm);
}

/**
 * Whether figure b follows a in one list: commas, "et", and a few words finishing a's name
 * between. `semicolons`: items under a verb or a header may also be set apart by ";"
 * ("récupéré : 04 PKM ; 12 AK-47 ; 09 motos").
 */
function listed(tokens: Token[], a: Figure, b: Figure, semicolons = false): boolean {
  let loose = 0;
  // "tués dans l'embuscade, ainsi que 8 soldats", "killed in the attack, along with 3 civilians":
  // after a few words finishing a's clause, a joiner that adds an item.
  const joiner = joinerBefore(tokens, b.q.first);
  const reach = joiner < 0 ? NAME_REACH : CLAUSE_REACH;
  // "motos : 04 ; armes : 06": up to the next item's label, when it has one.
  for (let k = a.last; k < (joiner < 0 ? b.first : joiner); k++) {
    if (LIST_SEPARATORS.has(tokens[k].norm) || QUOTES.has(tokens[k].text)) continue;
    if (semicolons && tokens[k].text === ';') continue;
    // "Twelve soldiers were killed, as were nine of the attackers": the verb "as" repeats.
    if (AS_REPEATS.has(tokens[k].norm) && tokens[k - 1]?.norm === 'as') continue;
    // "se compose de 12 armes de type AK-47, de 3 lance-roquettes et de…": the verb's "de" repeated.
    if (k === b.q.first - 1 && ['de', "d'"].includes(tokens[k].norm) && tokens[k - 1]?.text === ',') continue;
    // "a coûté la vie à cinq soldats et à deux de leurs alliés": the verb's "à" repeated.
    if (k === b.q.first - 1 && isAccentedA(tokens[k]) && ['et', ','].includes(tokens[k - 1]?.norm ?? ''))
      continue;
    // "31 fusils d'assaut AK-47, …": a model name is one word of the item's name.
    const model = modelLength(tokens, k);
    if (model) {
      k += model - 1;
      if (++loose > reach) return false;
      continue;
    }
    // "31 fusils d'assaut, 02 lanceurs RPG-7 et 09 motos": a few words finishing the item's name.
    if (!nameTail(tokens[k], tokens[k - 1]) || ++loose > reach) return false;
  }
  // "12 morts côté FAMa et de 30 côté terroristes": "et de" closes an item as "et" does.
  // "…, de 3 lance-roquettes": so does a comma and the verb's "de" repeated.
  const de =
    (['de', "d'"].includes(tokens[b.q.first - 1]?.norm ?? '') || isAccentedA(tokens[b.q.first - 1])) &&
    ['et', ','].includes(tokens[b.q.first - 2]?.norm ?? '');
  const closer = tokens[b.q.first - (de ? 2 : 1)];
  return (
    !loose ||
    joiner >= 0 ||
    LIST_CLOSERS.has(closer?.norm ?? '') ||
    // "…; 8 fusils d'assaut ; - 2 lance-roquettes": a bullet after the semicolon.
    (semicolons && (closer?.text === ';' || (closer?.text === '-' && tokens[b.q.first - 2]?.text === ';'))) ||
    gappedSubject(tokens, b) !== null
  );
}

/** Militants killed or taken: their things listed after them fell into the other side's hands. */
export const enemyLoss = (f: Figure) =>
  f.subject === 'militants' && ['killed', 'captured', 'arrested'].includes(f.kind ?? '');

/** How a figure got a kind from a verb or a header before it, not a predicate after it. */
const VERB_BEFORE = new Set<Figure['kindFrom']>(['before', 'list']);

const GAP_DETERMINERS = new Set(['the', 'les', 'des', 'their', 'leurs', 'ses', 'its']);
/**
 * "L'armée a perdu 12 soldats et les assaillants 30", "the army lost 12 soldiers and the
 * attackers 30": the verb left out, the side named before the bare number is the figure's.
 */
function gappedSide(tokens: Token[], f: Figure): void {
  if (f.subject) return;
  const side = gappedSubject(tokens, f);
  if (!side) return;
  f.subject = side;
  f.explicit = true;
}
/** The side named by "et les assaillants" right before the figure's bare number, or null. */
function gappedSubject(tokens: Token[], f: Figure): Subject | null {
  const noun = tokens[f.q.first - 1];
  const det = tokens[f.q.first - 2];
  if (!noun || noun.type !== 'word' || !GAP_DETERMINERS.has(det?.norm ?? '')) return null;
  if (!['and', 'et'].includes(tokens[f.q.first - 3]?.norm ?? '')) return null;
  const side = SUBJECT_WORDS.get(noun.norm);
  return !side || side === 'people' || THING_SUBJECTS.has(side) ? null : side;
}

const VERB_REACH = 8;

/** Figures separated only by commas/"et"/"dont" share a predicate or a verb. */
export function linkLists(tokens: Token[], figs: Figure[]): void {
  for (let n = 0; n < figs.length; n++) {
    const f = figs[n];
    if (f.kind) continue;
    // A later member's predicate ("…, 4 civils et 7 terroristes ont été tués"); things may be
    // set apart by ";" ("06 armes ; 02 PKM ; 03 motos récupérés").
    const things = (m: number) => isThing(figs[m - 1]) && isThing(figs[m]);
    for (let m = n + 1; m < figs.length && listed(tokens, figs[m - 1], figs[m], things(m)); m++) {
      if (figs[m].kind && figs[m].kindFrom === 'after') {
        if (partWithOwnVerb(tokens, figs[m])) break;
        f.kind = figs[m].kind;
        f.kindFrom = 'list';
        f.disabled = figs[m].disabled;
        break;
      }
      if (figs[m].kind) break;
    }
    if (f.kind) continue;
    // An earlier member's verb or head ("seizing 15 vehicles and more than 50 firearms", "(plus d'une vingtaine de soldats…)").
    const prev = figs[n - 1];
    // "12 soldats ont été tués et 5 ont réussi à s'échapper": a predicate of its own, no kind.
    // "…, and 3 civilians escaped": after the item's noun too (not "et 5 civils à Boni").
    // "tué 8 soldats et 3 civils qui passaient": the object of the verb before, its relative clause no verb of its own.
    const object = prev?.kindFrom === 'before';
    const after = !isAccentedA(tokens[f.last]) && ownPredicate(tokens, f.last, object);
    if (n > 0 && prev.kind && (ownPredicate(tokens, f.q.last, object) || after)) continue;
    // "laissé sur le terrain 17 corps et 5 motos": after a toll told by its noun, a thing takes the verb's kind.
    if (n > 0 && prev.kindFrom === 'head' && isThing(f) && !isThing(prev) && listed(tokens, prev, f)) {
      const verb = kindBefore(tokens, prev.q.first, Math.max(0, prev.q.first - VERB_REACH));
      if (verb && THING_KINDS.has(verb.kind)) {
        f.kind = verb.kind;
        f.kindFrom = 'list';
      }
      continue;
    }
    if (n > 0 && prev.kind && listed(tokens, prev, f, VERB_BEFORE.has(prev.kindFrom))) {
      f.kind = figs[n - 1].kind;
      // "3 motos ont été saisies et un hélicoptère": after a predicate, the kind is only carried on.
      f.kindFrom = figs[n - 1].kindFrom === 'after' ? 'inherit' : 'list';
      f.disabled = figs[n - 1].disabled;
      gappedSide(tokens, f);
      // "12 terroristes neutralisés, 8 fusils d'assaut et 5 motos": the enemy's things, recovered
      // ("ont neutralisé 12 terroristes et 3 véhicules" shares its verb: destroyed).
      if (isThing(f) && prev.kindFrom === 'after' && enemyLoss(prev)) {
        f.kind = 'seized';
        f.disabled = false;
      }
    } else if (isThing(f) && afterEnemyLoss(tokens, figs, n)) {
      // "Bilan : - 12 terroristes neutralisés ; - 8 fusils d'assaut ; - 5 motos": items apart.
      f.kind = 'seized';
      f.kindFrom = 'list';
    }
  }
}

/** Figure n ends a list of things set apart by ";" after the enemy's dead told by their own verb. */
function afterEnemyLoss(tokens: Token[], figs: Figure[], n: number): boolean {
  for (let m = n - 1; m >= 0 && listed(tokens, figs[m], figs[m + 1], true); m--) {
    if (figs[m].kindFrom === 'after' && enemyLoss(figs[m])) return true;
    if (!isThing(figs[m])) return false;
  }
  return false;
}

/**
 * "récupéré 02 fusils, 05 AK, 01 RPK et 12 chargeurs": an item of a list of things seized or
 * destroyed whose noun the lexicon does not know is a thing too, when the thing before it shares
 * its verb (or it has the verb and a thing follows): a name in capitals is a weapon's model,
 * another noun equipment. "24 morts, huit rescapés et 4 véhicules détruits" is no such list.
 */
export function listThings(tokens: Token[], figs: Figure[]): void {
  figs.forEach((f, n) => {
    if (f.subject || !f.kind || !THING_KINDS.has(f.kind) || !VERB_BEFORE.has(f.kindFrom)) return;
    const word = tokens[f.q.last];
    if (word?.type !== 'word' || LIST_SEPARATORS.has(word.norm) || NP_STOP.has(word.norm)) return;
    // "03 motos ont été saisies et un hélicoptère…": a predicate after an item closes the list.
    const thing = (g: Figure | undefined) =>
      !!g?.subject && THING_SUBJECTS.has(g.subject) && VERB_BEFORE.has(g.kindFrom);
    const beside =
      (thing(figs[n - 1]) && listed(tokens, figs[n - 1], f)) ||
      (f.kindFrom === 'before' && thing(figs[n + 1]) && listed(tokens, f, figs[n + 1]));
    if (!beside) return;
    f.subject = /^[A-Z]{2,5}[0-9]*$/.test(word.text) ? 'weapons' : 'equipment';
    f.explicit = true;
  });
}

/** Only separators of a list between tokens a and b: ", ", " et ", " and ". */
export function joinedItems(tokens: Token[], a: number, b: number): boolean {
  if (b <= a) return false;
  for (let k = a; k < b; k++) if (![',', 'et', 'and'].includes(tokens[k].norm)) return false;
  return true;
}

/**
 * "40 passagers, dont une dizaine ont été tués", "40 passengers, including about ten who were
 * killed": a bare part of a total with its verb right after it. The verb is the part's, not the
 * total's (a total's predicate comes after the breakdown's closing comma).
 */
function partWithOwnVerb(tokens: Token[], h: Figure): boolean {
  return h.breakdown && !h.explicit && !tokens.slice(h.q.last, h.last).some((t) => t.text === ',');
}

/**
 * "13 civilians, including five children, were killed", "12 civils, dont 5 femmes et 3 enfants,
 * ont été tués": the total takes the predicate of its breakdown's last item.
 */
export function breakdownTotals(tokens: Token[], figs: Figure[]): void {
  for (let n = 0; n + 1 < figs.length; n++) {
    const f = figs[n];
    const g = figs[n + 1];
    if (f.kind || f.notFigure || !g.breakdown) continue;
    const opener = breakdownOpener(tokens, g.q.first);
    // Or the parts in commas that add up to it (summed-apposition.ts): "64 personnes, 49 civils et…".
    if (!opener && !(g.breakdown && !f.breakdown)) continue;
    // Opened by a comma or a dash: "12 militaires, dont…", "12 soldiers — among them…".
    if (![',', '\u2014', '\u2013'].includes(tokens[f.last]?.text ?? '') || f.last + 1 + opener !== g.q.first)
      continue;
    let m = n + 1;
    while (!figs[m].kind && m + 1 < figs.length && joinedItems(tokens, figs[m].last, figs[m + 1].q.first))
      m++;
    const h = figs[m];
    if (!h.kind || h.kindFrom !== 'after') continue;
    if (partWithOwnVerb(tokens, h)) continue;
    f.kind = h.kind;
    f.kindFrom = 'after';
  }
}

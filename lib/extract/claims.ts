/**
 * Links each quantity to what happened (kind) and to whom (subject) through the
 * sentence's grammar: the number's noun phrase, its predicate ("ont été tués"),
 * the verb before it ("killed dozens of"), lists sharing one predicate ("17 soldats,
 * 4 civils et 7 terroristes ont été tués"), breakdowns ("dont 21 graves") and side
 * markers ("bilan ami", "dans ses rangs").
 */
import { THING_SUBJECTS as THINGS, type Kind, type Subject } from '../types';
import {
  CLAIMANT_NEXT,
  FOREIGN_FORCE_NAMES,
  FOREIGN_WORDS,
  KIND_PHRASES,
  KIND_WORDS,
  NP_FILLERS,
  PERSON_KINDS,
  PREDICATE_FILLERS,
  BEFORE_FILLERS,
  SUBJECT_WORDS,
  THING_KINDS,
} from './lexicon';
import { earlier, gapping, linkLists, listHeader, revisions, sides, tolls } from './claim-links';
import { isAdverb } from './lexicon';
import { findGroups } from './actors';
import { GROUP_SIDES, UNIT_WORDS } from './lexicon-actors';
import { findQuantities, type QuantityMention } from './numbers';
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
  /** A count of claimants or documents: never a claim. */
  notFigure?: boolean;
  others: boolean;
  /** A breakdown of the figure before it: "(dont 21 graves)", "including 12 soldiers". */
  breakdown: boolean;
  earlier: boolean;
  sentence: number;
  /** Token range [first, last) of the claim's words. */
  first: number;
  last: number;
}

const THING_SUBJECTS = new Set<Subject>(THINGS);
const QUOTES = new Set(['\u00ab', '\u00bb', '"', '\u201c', '\u201d', "'", '\u2019', '-']);
const BREAKDOWN = new Set(['(', 'dont', 'including', 'lesquels', 'lesquelles', 'among']);
const SEVERE = new Set(['graves', 'grave', 'grievement', 'gravement', 'seriously', 'critically', 'severely']);
const NP_STOP = new Set([
  'in',
  'dans',
  'a',
  'at',
  'during',
  'lors',
  'after',
  'apres',
  'pres',
  'near',
  'on',
  'sur',
  'from',
  'par',
  'by',
  'with',
  'avec',
  'contre',
  'against',
  'for',
  'pour',
  'since',
  'depuis',
  'when',
  'while',
  'who',
  'qui',
  'que',
  'that',
  'which',
  'dont',
  'including',
  'among',
  'parmi',
  'entre',
  'between',
  'to',
  'au',
  'aux',
  'en',
]);

/** Nouns that make a number a count of claimants: "two security sources", "deux témoins". */
const CLAIMANT_HEADS = new Set([
  'sources',
  'source',
  'officials',
  'witnesses',
  'temoins',
  'responsables',
  'diplomats',
  'diplomates',
  'analysts',
  'analystes',
  'observers',
  'observateurs',
  'journalists',
  'journalistes',
  'medecins',
  'doctors',
  'elus',
  'notables',
  'statements',
  'communiques',
  'videos',
  'photos',
  'articles',
  'reports',
  'rapports',
  // Livestock is not a toll of persons: "une soixantaine de boeufs emportés", "200 head of cattle".
  'boeufs',
  'bovins',
  'betail',
  'tetes',
  'moutons',
  'chevres',
  'chameaux',
  'animaux',
  'anes',
  'cattle',
  'livestock',
  'cows',
  'goats',
  'sheep',
  'camels',
  'animals',
  'head',
  'donkeys',
]);

interface NounPhrase {
  /** The number counts something that is not a victim or a thing ("two security sources"). */
  notFigure?: boolean;
  subject: Subject | null;
  others: boolean;
  /** Index after the phrase. */
  end: number;
  /** The kind word inside the phrase: a noun head ("27 morts") or a participle after the noun ("soldats tués"). */
  head?: { kind: Kind; end: number; participle: boolean };
}

const LINKERS = new Set(['of', 'de', "d'", 'des', 'du', 'and', 'et', 'the', 'les', 'la', 'le', "l'"]);

function kindAt(tokens: Token[], j: number, limit: number): { kind: Kind; end: number } | null {
  const p = KIND_PHRASES.matchAt(tokens, j, limit);
  if (p) return { kind: p.value, end: p.end };
  const k = KIND_WORDS.get(tokens[j].norm);
  return k ? { kind: k, end: j + 1 } : null;
}

function scanNounPhrase(tokens: Token[], i: number, limit: number, afterDont: boolean): NounPhrase {
  const subjects: Subject[] = [];
  let others = false;
  let foreign = false;
  let force = false;
  let armed = false;
  let securityish = false;
  let unknown = 0;
  let j = i;
  let end = i;
  for (; j < limit && j < i + 8; j++) {
    const t = tokens[j];
    // "fusils AK-47", "8 AK-47 rifles": a model name inside the phrase.
    const model = t.type === 'word' ? modelLength(tokens, j) : 0;
    if (model) {
      // "04 PK-M": a model name alone is the weapon counted.
      if (!subjects.length && j === i) subjects.push('weapons');
      j += model - 1;
      end = Math.max(end, j + 1);
      continue;
    }
    // "3 mitrailleuses 14,5 mm", "armes de 12,7": a calibre is part of the name, not a count.
    const calibre = t.type === 'num' ? calibreLength(tokens, j) : 0;
    if (calibre) {
      j += calibre - 1;
      end = Math.max(end, j + 1);
      continue;
    }
    if (t.type === 'num') break;
    if (t.type === 'punct') {
      if (QUOTES.has(t.text)) continue;
      break;
    }
    if (afterDont && SEVERE.has(t.norm))
      return { subject: null, others, end: j + 1, head: { kind: 'wounded', end: j + 1, participle: false } };
    if (t.norm === 's' && tokens[j - 1]?.text === '\u2019') continue;
    const k = kindAt(tokens, j, limit);
    // "three posts and burned 5 trucks", "40 soldats et la capture de": a kind after "and"
    // (and its determiner) starts a new predicate.
    if (k && subjects.length && afterAnd(tokens, j)) break;
    // "9 corps ramassés", "23 bodies": bodies are the dead.
    if (j === i && BODIES.has(t.norm) && tokens[j - 1]?.norm !== 'africa') {
      return { subject: null, others, end: j + 1, head: { kind: 'killed', end: j + 1, participle: false } };
    }
    if (k && !(t.norm === 'bodies' && subjects.length)) {
      let subject = pickSubject(subjects, foreign, securityish);
      // "Three members of the Wagner group were killed": persons of a foreign force are its men.
      if (force && (!subject || subject === 'people')) subject = 'foreign_forces';
      let hend = k.end;
      // "saisies d'engins", "deaths of soldiers": the noun head's complement names the subject.
      if (!subject && LINKERS.has(tokens[k.end]?.norm ?? '') && k.end + 1 < limit) {
        const c = SUBJECT_WORDS.get(tokens[k.end + 1].norm);
        if (c && tokens[k.end].norm !== 'and' && tokens[k.end].norm !== 'et') {
          subject = c;
          hend = k.end + 2;
        }
      }
      // "15 wounded soldiers", "three dead civilians": an English participle before its noun.
      if (
        !subject &&
        k.end < limit &&
        ['wounded', 'injured', 'dead', 'missing', 'kidnapped', 'abducted'].includes(t.norm)
      ) {
        const c = SUBJECT_WORDS.get(tokens[k.end].norm);
        if (c) {
          subject = c;
          hend = k.end + 1;
        }
      }
      // "une quinzaine de victimes civiles", "12 morts militaires": a side adjective after the noun head.
      if (!subject && k.end < limit && SIDE_ADJECTIVE.test(tokens[k.end].norm)) {
        subject = SUBJECT_WORDS.get(tokens[k.end].norm) ?? null;
        if (subject) hend = k.end + 1;
      }
      // "neutralisés", "neutralized": the armies' word for the enemy they killed.
      if (!subject && t.norm.startsWith('neutrali')) subject = 'militants';
      return { subject, others, end: j, head: { kind: k.kind, end: hend, participle: subjects.length > 0 } };
    }
    if (t.norm === 'autres' || t.norm === 'others' || t.norm === 'other') others = true;
    // "trois d'entre eux", "deux d'entre elles", "two of them": a part of persons named before.
    if (
      (t.norm === "d'" &&
        tokens[j + 1]?.norm === 'entre' &&
        /^(eux|elles)$/.test(tokens[j + 2]?.norm ?? '')) ||
      (t.norm === 'of' && tokens[j + 1]?.norm === 'them')
    ) {
      others = true;
      end = j + (t.norm === 'of' ? 2 : 3);
      j = end - 1;
      continue;
    }
    if (t.text === 'UN' || t.text === 'ONU' || FOREIGN_WORDS.has(t.norm)) {
      // "25 autres soldats tchadiens", "French soldiers": a foreign name inside the phrase.
      foreign = true;
      if (FOREIGN_FORCE_NAMES.has(t.norm) || t.text === 'UN' || t.text === 'ONU') force = true;
      if (FOREIGN_WORDS.has(t.norm)) {
        // "Africa Corps": its "corps" is the force's name, not bodies.
        if (t.norm === 'africa' && tokens[j + 1]?.norm === 'corps') j++;
        // "the Wagner group", "la mission onusienne": the force's own noun is part of its name.
        else if (FORCE_NOUNS.has(tokens[j + 1]?.norm ?? '')) j++;
        end = Math.max(end, j + 1);
        continue;
      }
    }
    if (['security', 'defence', 'defense', 'force', 'forces', 'gendarmerie'].includes(t.norm))
      securityish = true;
    // "trois hommes armés", "5 individus armés", "three armed men": men under arms are fighters.
    if (ARMED.has(t.norm) && subjects.length && !THING_SUBJECTS.has(subjects[subjects.length - 1])) {
      armed = true;
      end = j + 1;
      continue;
    }
    if (ARMED.has(t.norm) && tokens[j + 1] && SUBJECT_WORDS.get(tokens[j + 1].norm) === 'people')
      armed = true;
    const s = SUBJECT_WORDS.get(t.norm);
    if (s) {
      subjects.push(s);
      end = j + 1;
      continue;
    }
    if (NP_STOP.has(t.norm) && t.norm !== 'a') break;
    if (NP_FILLERS.has(t.norm)) {
      if (!LINKERS.has(t.norm)) end = j + 1;
      continue;
    }
    // "two security sources said": the number counts claimants, not victims.
    if (CLAIMANT_HEADS.has(t.norm)) return { subject: null, others, end: i, notFigure: true };
    if (subjects.length || ++unknown > 1) break;
  }
  // "deux soldats de la Minusma", "soldiers of the UN mission", "éléments d'Africa Corps".
  if (subjects.length && foreignComplement(tokens, Math.max(end, i), limit)) foreign = force = true;
  // "deux éléments de la Minusma": persons of a foreign force are its men.
  if (force && !subjects.some((x) => x !== 'people')) subjects.push('foreign_forces');
  if (armed && subjects.length && !subjects.some((x) => x !== 'people')) subjects.push('militants');
  // "trois membres de la katiba Serma", "des éléments du JNIM": persons of a group are its side.
  if (!subjects.some((x) => x !== 'people')) {
    const side = groupComplement(tokens, Math.max(end, i), limit);
    if (side) subjects.push(side);
  }
  return { subject: pickSubject(subjects, foreign, securityish), others, end: Math.max(end, i) };
}

/** Nouns that are part of a foreign force's name: "the Wagner group", "la force Barkhane". */
const FORCE_NOUNS = new Set(['group', 'groupe', 'mission', 'force', 'operation', 'contingent']);
const FOREIGN_LINKS = new Set(['de', 'du', 'des', "d'", 'of', 'la', 'le', "l'", 'les', 'the', 'from']);
/** A complement right after the head that names a foreign force ("de l'opération Barkhane"). */
function foreignComplement(tokens: Token[], from: number, limit: number): boolean {
  if (!['de', 'du', 'des', "d'", 'of', 'from'].includes(tokens[from]?.norm ?? '')) return false;
  for (let k = from + 1; k < Math.min(limit, from + 5); k++) {
    const t = tokens[k];
    if (t.type !== 'word') return false;
    if (t.text === 'UN' || t.text === 'ONU' || FOREIGN_WORDS.has(t.norm)) return true;
    if (!FOREIGN_LINKS.has(t.norm) && !FORCE_NOUNS.has(t.norm)) return false;
  }
  return false;
}

/** The side of a group named in a complement right after the head ("de la katiba X", "of the JNIM"). */
function groupComplement(tokens: Token[], from: number, limit: number): Subject | null {
  if (!['de', 'du', 'des', "d'", 'of'].includes(tokens[from]?.norm ?? '')) return null;
  const to = Math.min(limit, from + 6);
  const found = findGroups(tokens, from + 1, to)[0];
  if (found && tokens.slice(from + 1, found.start).every((t) => FOREIGN_LINKS.has(t.norm)))
    return GROUP_SIDES.get(found.name) ?? 'militants';
  for (let k = from + 1; k < to && FOREIGN_LINKS.has(tokens[k].norm); k++)
    if (UNIT_WORDS.has(tokens[k + 1]?.norm ?? '')) return 'militants';
  return null;
}

/** How many tokens a model name such as "AK-47", "Mi-24", "PK-M", "RPG-7" takes at j (0: none). */
function modelLength(tokens: Token[], j: number): number {
  if (/^[A-Z]{2,5}-[A-Z0-9]{1,4}$/.test(tokens[j].text)) return 1;
  const d = tokens[j + 1];
  const n = tokens[j + 2];
  if (d?.text !== '-' || !n || d.start !== tokens[j].end || n.start !== d.end) return 0;
  return n.type === 'num' || (/^[A-Z]{2,5}$/.test(tokens[j].text) && /^[A-Z0-9]{1,4}$/.test(n.text)) ? 3 : 0;
}

/** How many tokens a calibre takes at j: "14,5 mm", "12,7", "7.62 mm", "120 mm" (0: none). */
function calibreLength(tokens: Token[], j: number): number {
  const attached = (a: number) => tokens[a] && tokens[a].start === tokens[a - 1].end;
  let n = 1;
  if (
    [',', '.'].includes(tokens[j + 1]?.text ?? '') &&
    attached(j + 1) &&
    tokens[j + 2]?.type === 'num' &&
    attached(j + 2)
  )
    n = 3;
  if (tokens[j + n]?.norm === 'mm') return n + 1;
  return n === 3 ? 3 : 0;
}

const DETERMINERS = new Set([
  'la',
  'le',
  "l'",
  'les',
  'the',
  'a',
  'an',
  'un',
  'une',
  'leur',
  'leurs',
  'their',
  'its',
  'sa',
  'son',
  'ses',
]);
/** "… et la capture", "… and the burning": token j follows "and"/"et" and at most one determiner. */
function afterAnd(tokens: Token[], j: number): boolean {
  let k = j - 1;
  if (DETERMINERS.has(tokens[k]?.norm ?? '')) k--;
  return ['and', 'et'].includes(tokens[k]?.norm ?? '');
}
/** Adjectives of a side that may follow a toll's noun: "victimes civiles", "morts militaires". */
const SIDE_ADJECTIVE = /^(civil|civils|civile|civiles|militaire|militaires)$/;
/** "armés", "armed" after or before a person noun: fighters, not weapons. */
const ARMED = new Set(['armes', 'arme', 'armed']);
const BODIES = new Set(['corps', 'cadavres', 'bodies', 'corpses']);

function pickSubject(subjects: Subject[], foreign: boolean, securityish: boolean): Subject | null {
  if (!subjects.length) return securityish ? 'soldiers' : null;
  const thing = subjects.find((s) => THING_SUBJECTS.has(s));
  if (thing) return thing;
  let persons = [...new Set(subjects)];
  // "seven Wagner fighters", "Russian paramilitaries": a foreign name on a fighter noun.
  if (foreign && persons.includes('foreign_forces') && persons.every((p) => FOREIGNABLE.has(p)))
    persons = ['foreign_forces'];
  let s: Subject =
    persons.length > 1
      ? persons.includes('people') && persons.length === 2
        ? persons.find((p) => p !== 'people')!
        : 'people'
      : persons[0];
  if (foreign && (s === 'soldiers' || s === 'militants')) s = 'foreign_forces';
  return s;
}

const COMPLEMENT = new Set(['of', 'from', 'de', 'du', 'des', "d'"]);
const FOREIGNABLE = new Set<Subject>(['foreign_forces', 'soldiers', 'militants']);
const PERTE = new Set(['perte', 'pertes']);
const LOST = new Set(['lost', 'perdu', 'loses', 'perd', 'perte', 'pertes']);
const ARMY_WORDS = new Set([
  'army',
  'armee',
  'fama',
  'military',
  'forces',
  'troops',
  'militaire',
  'gendarmerie',
]);

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
    if (!BEFORE_FILLERS.has(tokens[k].norm) && !isAdverb(tokens[k])) return null;
  }
  return null;
}

/** The participle after the noun phrase: "were “neutralised”", "ont été tués", "sont portés disparus". */
function kindAfter(
  tokens: Token[],
  from: number,
  limit: number,
  aside = false,
): { kind: Kind; end: number } | null {
  for (let j = from, steps = 0; j < limit && steps < 6; j++, steps++) {
    const k = kindAt(tokens, j, limit);
    if (k) return k;
    // "13 civilians, including five children, were killed": the comma closing the breakdown.
    if (aside && j === from && tokens[j].text === ',') continue;
    // "20 Russian paramilitaries of the Africa Corps were killed": step over a short complement.
    if (j === from && COMPLEMENT.has(tokens[j].norm)) {
      let e = j + 1;
      while (
        e < limit &&
        e < j + 8 &&
        tokens[e].type === 'word' &&
        (!PREDICATE_FILLERS.has(tokens[e].norm) || DETERMINERS.has(tokens[e].norm)) &&
        !kindAt(tokens, e, limit)
      )
        e++;
      if (e < limit && e > j + 1 && PREDICATE_FILLERS.has(tokens[e].norm)) {
        j = e - 1;
        continue;
      }
    }
    // "At least 26 people, mostly women and children, were killed": step over a short aside.
    if (tokens[j].text === ',' && j === from) {
      let e = j + 1;
      while (e < limit && e < j + 9 && tokens[e].text !== ',' && tokens[e].type !== 'num') e++;
      if (e < limit && tokens[e].text === ',') {
        j = e;
        continue;
      }
    }
    if (!PREDICATE_FILLERS.has(tokens[j].norm) && !isAdverb(tokens[j])) return null;
  }
  return null;
}

/** Reads the figures of one sentence. */
export function sentenceFigures(tokens: Token[], text: string, s: Sentence): Figure[] {
  const qs = findQuantities(tokens, text, s.first, s.last);
  const figs: Figure[] = [];
  const ends: number[] = [];
  for (let n = 0; n < qs.length; n++) {
    const q = qs[n];
    const limit = n + 1 < qs.length ? qs[n + 1].first : s.last;
    const afterDont = ['dont', 'including'].includes(tokens[q.first - 1]?.norm ?? '');
    const np = scanNounPhrase(tokens, q.last, limit, afterDont);
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
    let kind: Kind | null = null;
    let kindFrom: Figure['kindFrom'] = null;
    let lost = false;
    let first = q.first;
    let last = Math.max(np.end, q.last);
    if (np.head) {
      kind = np.head.kind;
      kindFrom = np.head.participle ? 'after' : 'head';
      last = np.head.end;
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
        // "L'armée a perdu 9 hommes": the army's men.
        if (before.armyLost && (!np.subject || np.subject === 'people')) np.subject = 'soldiers';
        // "Les chasseurs ont perdu 07 des leurs": the side named before the verb.
        if (
          before.lost &&
          !before.armyLost &&
          (np.subject === null || np.subject === 'people') &&
          before.loser
        ) {
          np.subject = before.loser;
        }
        // "lost 9 vehicles" is not a toll of things destroyed: leave it.
        if (before.lost && !before.armyLost && np.subject === null && !PERTE.has(tokens[before.start].norm))
          kind = null;
      } else if (after) {
        kind = after.kind;
        kindFrom = 'after';
        last = after.end;
      } else if (afterDont && np.subject && THING_SUBJECTS.has(np.subject)) {
        // "récupéré un important lot de matériel dont 08 fusils", "seized equipment including 8 rifles".
        const from = n > 0 ? ends[n - 1] : s.first;
        for (let k = q.first - 2; k >= Math.max(from, q.first - 12); k--) {
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
      earlier: false,
      sentence: s.index,
      first,
      last,
      lost,
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
  linkLists(tokens, figs);
  gapping(tokens, figs);
  tolls(tokens, s, figs);
  revisions(tokens, s, figs);
  sides(tokens, s, figs);
  // Breakdowns got their kind in sides(): "including 49 civilians and 15 soldiers".
  linkLists(tokens, figs);
  earlier(tokens, s, figs);
  return figs;
}

/** Makes kind and subject agree: persons are captured, things seized; drops what cannot be a claim. */
export function normaliseFigure(f: Figure): Figure | null {
  if (!f.kind || f.notFigure) return null;
  const thing = f.subject !== null && THING_SUBJECTS.has(f.subject);
  if (thing) {
    if (f.kind === 'captured' || f.kind === 'arrested') f.kind = 'seized';
    // "la perte de 3 véhicules", "lost 4 vehicles": things lost are destroyed.
    if (f.kind === 'killed' && f.lost) f.kind = 'destroyed';
    if (!THING_KINDS.has(f.kind)) return null;
  } else {
    if (f.kind === 'seized') f.kind = 'captured';
    if (f.kind === 'destroyed') return null;
  }
  if (f.q.indefinite && !f.explicit && f.kindFrom !== 'head') return null;
  // "a resident said": an article counts one person only with its own verb ("a soldier was killed").
  if (f.q.singular && !['head', 'after', 'before'].includes(f.kindFrom ?? '') && !(f.breakdown && f.explicit))
    return null;
  return f;
}

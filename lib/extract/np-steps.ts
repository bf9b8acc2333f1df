/**
 * The steps of scanNounPhrase over the words before the phrase's kind word: "autres" and "d'entre
 * eux", a foreign name, a subject word, a community, a side marker, and the modifiers the lexicon
 * does not know (weapons and arms: np-arms.ts). Each reads the word at `scan.j` and updates the scan.
 */
import type { Subject } from '../types';
import { modelLength } from './item-names';
import {
  ENGLISH_PERSON_NOUNS,
  FOREIGN_FORCE_NAMES,
  FOREIGN_WORDS,
  SIDE_MARKERS,
  SUBJECT_COMPOUNDS,
  SUBJECT_WORDS,
} from './lexicon';
import { COMMUNITY_NOUNS, EN_ORDINALS, FR_ORDINALS, NP_STOP, OTHER_WORDS } from './lexicon-np';
import { FORCE_NOUNS } from './np-complements';
import { isAccentedA, type Token } from './tokens';
import { SINGULAR } from './number-words';
import { findGroups } from './groups';
import { amountAt, complementBefore, predicateAt } from './np-boundaries';
import { THING_SUBJECTS } from './np-subject';

/** The longest group name read as one modifier before a noun ("Dan Na Ambassagou"). */
const NAME_WORDS = 6;

/** What the scan of a noun phrase has read so far. */
export interface Scan {
  /** The subjects the phrase's nouns name, in order. */
  subjects: Subject[];
  others: boolean;
  foreign: boolean;
  /** A foreign force is named ("the Wagner group", "ONU"). */
  force: boolean;
  armed: boolean;
  securityish: boolean;
  /** An "et"/"and" was read after a noun: the words after it name another lot of persons. */
  joined: boolean;
  /** Words read as modifiers the lexicon does not know. */
  unknown: number;
  /** The word read. */
  j: number;
  /** Index after the phrase read so far. */
  end: number;
}

/** The scan of a noun phrase at i, with nothing read yet. */
export function startScan(i: number): Scan {
  return {
    subjects: [],
    others: false,
    foreign: false,
    force: false,
    armed: false,
    securityish: false,
    joined: false,
    unknown: 0,
    j: i,
    end: i,
  };
}

/** A step's outcome: the scan goes on at the next word, stops, or (undefined) tries the next step. */
export type Step = 'next' | 'stop' | undefined;

/** "deux autres soldats", "two of them": a part of persons named before; true when read. */
export function partOfOthers(tokens: Token[], scan: Scan): boolean {
  const j = scan.j;
  const t = tokens[j];
  // "deux autres soldats", "un autre a été blessé": a part of persons named before; so is one
  // more by its rank ("un quatrième est porté disparu", "a fourth is missing").
  const rank =
    (FR_ORDINALS.has(t.norm) || EN_ORDINALS.has(t.norm)) && SINGULAR.has(tokens[j - 1]?.norm ?? '');
  if (OTHER_WORDS.has(t.norm) || rank) {
    scan.others = true;
    scan.end = Math.max(scan.end, j + 1);
    return true;
  }
  // "trois d'entre eux", "deux d'entre elles", "two of them": a part of persons named before.
  if (
    (t.norm === "d'" && tokens[j + 1]?.norm === 'entre' && /^(eux|elles)$/.test(tokens[j + 2]?.norm ?? '')) ||
    (t.norm === 'of' && tokens[j + 1]?.norm === 'them')
  ) {
    scan.others = true;
    scan.end = j + (t.norm === 'of' ? 2 : 3);
    scan.j = scan.end - 1;
    return true;
  }
  return false;
}

/**
 * "25 autres soldats tchadiens", "the Wagner group", "20 Russes": a foreign name inside the phrase,
 * marked on the scan; true when the word is read ("UN", "ONU" go on to the next steps).
 */
export function foreignName(tokens: Token[], scan: Scan): boolean {
  const t = tokens[scan.j];
  if (t.text !== 'UN' && t.text !== 'ONU' && !FOREIGN_WORDS.has(t.norm)) return false;
  // "dizaines de militaires maliens et de mercenaires russes": the second lot's name is not the
  // first one's; the phrase names two sides.
  if (scan.joined) {
    if (!FOREIGN_WORDS.has(t.norm)) return false;
    scan.end = Math.max(scan.end, scan.j + 1);
    return true;
  }
  // "25 autres soldats tchadiens", "French soldiers": a foreign name inside the phrase.
  scan.foreign = true;
  if (FOREIGN_FORCE_NAMES.has(t.norm) || t.text === 'UN' || t.text === 'ONU') scan.force = true;
  if (!FOREIGN_WORDS.has(t.norm)) return false;
  // "Africa Corps": its "corps" is the force's name, not bodies.
  if (t.norm === 'africa' && tokens[scan.j + 1]?.norm === 'corps') scan.j++;
  // "the Wagner group", "la mission onusienne": the force's own noun is part of its name.
  else if (FORCE_NOUNS.has(tokens[scan.j + 1]?.norm ?? '')) scan.j++;
  // "20 Russes", "20 Russians": the people noun is the head itself.
  const own = SUBJECT_WORDS.get(t.norm);
  if (own === 'foreign_forces' && !scan.subjects.length) scan.subjects.push(own);
  scan.end = Math.max(scan.end, scan.j + 1);
  return true;
}

/**
 * "12 soldats", "02 postes radio": a subject word or a head of two words, unless it opens a second
 * phrase after "et" ("15 combattants et leurs équipements") or is a thing in a complement of persons
 * ("3 chauffeurs de camions").
 */
export function subjectWord(tokens: Token[], limit: number, scan: Scan): Step {
  const t = tokens[scan.j];
  // "02 postes radio", "4 machine guns": a head of two words.
  const compound = SUBJECT_COMPOUNDS.matchAt(tokens, scan.j, limit);
  if (compound) scan.j = compound.end - 1;
  const s = compound?.value ?? SUBJECT_WORDS.get(t.norm);
  if (!s) return undefined;
  const j = scan.j;
  const subjects = scan.subjects;
  let and = false;
  for (let k = scan.end; k < j; k++) if (['et', 'and'].includes(tokens[k].norm)) and = true;
  // "15 combattants et leurs équipements": persons and things joined by "et" are two phrases;
  // "12 soldats et les assaillants 30": so is a noun with its own number after it.
  if (and && subjects.length && THING_SUBJECTS.has(s) !== THING_SUBJECTS.has(subjects[subjects.length - 1]))
    return 'stop';
  // "l'armée a perdu 2 hommes et les terroristes une douzaine": so is one with its amount.
  if (and && (tokens[j + 1]?.type === 'num' || amountAt(tokens, j + 1))) return 'stop';
  // "3 chauffeurs de camions", "12 terroristes à moto", "armés de fusils": a thing in a
  // complement of persons is none of the phrase's heads ("three army barracks" are bases).
  const prev = subjects[subjects.length - 1];
  if (prev && !THING_SUBJECTS.has(prev) && THING_SUBJECTS.has(s) && complementBefore(tokens, scan.end, j)) {
    scan.end = j + 1;
    return 'next';
  }
  // "six truck drivers", "bus passengers": a thing in the singular right before an English person's
  // noun is its modifier; the person is the head ("véhicules militaires", "pick-up terroristes" are vehicles).
  const modifies =
    scan.end === j && !/[sx]$/.test(tokens[j - 1]?.norm ?? '') && ENGLISH_PERSON_NOUNS.has(t.norm);
  if (prev && THING_SUBJECTS.has(prev) && !THING_SUBJECTS.has(s) && modifies) subjects.pop();
  subjects.push(s);
  scan.end = j + 1;
  return 'next';
}

/** "20 Peuls ont été tués": a community as the head is civilians, as a modifier only qualifies; true when read. */
export function communityNoun(tokens: Token[], i: number, scan: Scan): boolean {
  const j = scan.j;
  // "20 Peuls ont été tués": a community as the head is civilians; "jihadistes peuls" only qualifies.
  if (!COMMUNITY_NOUNS.has(tokens[j].norm)) return false;
  if (j === i && !SUBJECT_WORDS.has(tokens[j + 1]?.norm ?? '')) scan.subjects.push('civilians');
  scan.end = j + 1;
  return true;
}

/** "12 personnes côté amis", "7 morts du côté des assaillants": a side marker after the noun; true when read. */
export function sideMarker(tokens: Token[], limit: number, scan: Scan): boolean {
  // "12 personnes côté amis ont été tuées", "7 morts du côté des assaillants": a side marker
  // after the noun names its side, and the predicate follows it.
  const marker = scan.subjects.length ? SIDE_MARKERS.matchAt(tokens, scan.j, limit) : null;
  if (!marker || scan.subjects.some((x) => x !== 'people')) return false;
  scan.subjects.length = 0;
  scan.subjects.push(marker.value);
  scan.end = marker.end;
  scan.j = marker.end - 1;
  return true;
}

/**
 * A word the lexicon does not know: an adjective after a thing's head ("3 plots logistiques ont été
 * détruits"), a group's name ("Twelve Dan Na Ambassagou militiamen"), a complement opening ("12
 * terroristes à moto") or a modifier before the head ("12 unarmed Fulani herders"); 'stop' when the
 * phrase ends at it.
 */
export function modifier(tokens: Token[], i: number, limit: number, scan: Scan): Step {
  const j = scan.j;
  const t = tokens[j];
  const subjects = scan.subjects;
  // "3 plots logistiques ont été détruits", "12 armes lourdes saisies": one adjective after the
  // head, when the predicate follows it — or a second one does ("2 bases logistiques terroristes").
  const next = tokens[j + 1];
  const afterThing =
    subjects.length && THING_SUBJECTS.has(subjects[subjects.length - 1]) && scan.unknown === 0;
  if (
    afterThing &&
    (predicateAt(tokens, j + 1, limit) ||
      (next?.type === 'word' && !NP_STOP.has(next.norm) && predicateAt(tokens, j + 2, limit)) ||
      // "armes de type AK-47 saisies": a model's name after the adjective.
      (modelLength(tokens, j + 1) > 0 && predicateAt(tokens, j + 1 + modelLength(tokens, j + 1), limit)))
  ) {
    scan.unknown++;
    scan.end = j + 1;
    return 'next';
  }
  // "armes individuelles et collectives récupérées", "light and heavy weapons": two adjectives
  // joined by "et"/"ou" after the head, when the predicate follows them.
  const second = tokens[j + 2];
  if (
    afterThing &&
    ['et', 'ou'].includes(next?.norm ?? '') &&
    second?.type === 'word' &&
    !NP_STOP.has(second.norm) &&
    !SUBJECT_WORDS.has(second.norm) &&
    predicateAt(tokens, j + 3, limit)
  ) {
    scan.unknown++;
    scan.j = j + 2;
    scan.end = j + 3;
    return 'next';
  }
  // "Twelve Dan Na Ambassagou militiamen": a group's name of several words is one modifier.
  const group =
    !subjects.length && /^\p{Lu}/u.test(t.text)
      ? findGroups(tokens, j, Math.min(limit, j + NAME_WORDS))[0]
      : undefined;
  if (group && group.start === j && group.end > j + 1) {
    scan.j = group.end - 1;
    scan.unknown++;
    return 'next';
  }
  // "12 terroristes à moto", "12 hommes armés à bord de motos": a complement opens; its thing
  // is skipped above.
  const lastSubject = subjects[subjects.length - 1];
  if (lastSubject && !THING_SUBJECTS.has(lastSubject) && (isAccentedA(t) || t.norm === 'bord')) return 'next';
  // "12 unarmed Fulani herders", "12 paisibles citoyens": up to two modifiers before the head.
  if (subjects.length || ++scan.unknown > 2) return 'stop';
  if (scan.unknown === 2 && !SUBJECT_WORDS.has(tokens[j + 1]?.norm ?? '')) return 'stop';
  return 'next';
}

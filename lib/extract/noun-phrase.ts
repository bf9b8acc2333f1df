/**
 * The noun phrase after a number: what it counts ("12 soldats", "04 PK-M", "trois
 * membres de la katiba"), whether it refers back ("deux autres", "two of them"), and
 * a kind word inside it ("27 morts", "soldats tués"). The words it is read with are in
 * np-words.ts, the tests at each word in np-boundaries.ts, the subject it names in np-subject.ts,
 * the steps over its words in np-steps.ts.
 */
import type { Kind, Subject } from '../types';
import { NP_FILLERS, SPEECH_WORDS, SUBJECT_WORDS } from './lexicon';
import { CLAIMANT_HEADS, LIKENING, NP_STOP, SEVERE } from './lexicon-np';
import { AND_WORDS } from './predicates';
import { bracketSide, foreignComplement, groupComplementAt } from './np-complements';
import type { Token } from './tokens';
import { BODIES, DETERMINERS, LINKERS, QUOTES, SIDE_ADJECTIVE } from './np-words';
import { andBefore, kindAt } from './np-boundaries';
import { modifierSide, pickSubject, THING_SUBJECTS } from './np-subject';
import { armedOrBombs, weaponName } from './np-arms';
import {
  communityNoun,
  foreignName,
  modifier,
  partOfOthers,
  type Scan,
  sideMarker,
  startScan,
  subjectWord,
} from './np-steps';

export { BODIES, BREAKDOWN, DEAD_NOUNS, DETERMINERS, FIELD_WORDS } from './np-words';
export { kindAt } from './np-boundaries';
export { THING_SUBJECTS } from './np-subject';

export interface NounPhrase {
  /** The number counts something that is not a victim or a thing ("two security sources"). */
  notFigure?: boolean;
  subject: Subject | null;
  others: boolean;
  /** Index after the phrase. */
  end: number;
  /** The kind word inside the phrase: a noun head ("27 morts") or a participle after the noun ("soldats tués"). */
  head?: { kind: Kind; end: number; participle: boolean };
}

/**
 * The noun phrase from i, up to eight words: its subject words and modifiers (np-steps.ts), then a
 * kind word that ends it (headPhrase, bodiesPhrase), or the subject its words name (phraseSubject).
 */
export function scanNounPhrase(tokens: Token[], i: number, limit: number, afterDont: boolean): NounPhrase {
  const scan = startScan(i);
  for (; scan.j < limit && scan.j < i + 8; scan.j++) {
    if (weaponName(tokens, i, scan)) continue;
    const j = scan.j;
    const t = tokens[j];
    if (t.type === 'num') break;
    if (t.type === 'punct') {
      if (QUOTES.has(t.text)) continue;
      break;
    }
    if (afterDont && SEVERE.has(t.norm))
      return {
        subject: null,
        others: scan.others,
        end: j + 1,
        head: { kind: 'wounded', end: j + 1, participle: false },
      };
    if (t.norm === 's' && tokens[j - 1]?.text === '\u2019') continue;
    // "deux massacres", "two sources": a count of events or claimants, even when the noun is a kind's.
    // "several such massacres", "two other attacks": over a word that likens them to one told.
    if ((j === i || (j === i + 1 && LIKENING.has(tokens[i].norm))) && CLAIMANT_HEADS.has(t.norm))
      return { subject: null, others: scan.others, end: i, notFigure: true };
    const k = kindAt(tokens, j, limit);
    // "three posts and burned 5 trucks", "40 soldats et la capture de": a kind after "and"
    // (and its determiner) starts a new predicate.
    // "killed 12 and injured 20": after a bare number too.
    const and = k && (scan.subjects.length || j > i) ? andBefore(tokens, j) : -1;
    if (and >= 0) {
      scan.end = Math.min(scan.end, Math.max(and, i));
      break;
    }
    // "9 corps ramassés", "23 bodies", "une vingtaine de corps", "dozens of bodies": bodies are the dead.
    const first = j === i || (j === i + 1 && ['de', "d'", 'of'].includes(tokens[i].norm));
    if (first && BODIES.has(t.norm) && tokens[j - 1]?.norm !== 'africa')
      return bodiesPhrase(tokens, j, limit, scan.others);
    if (k && !(t.norm === 'bodies' && scan.subjects.length)) return headPhrase(tokens, limit, k, scan);
    if (partOfOthers(tokens, scan) || foreignName(tokens, scan)) continue;
    if (['security', 'defence', 'defense', 'force', 'forces', 'gendarmerie'].includes(t.norm))
      scan.securityish = true;
    if (armedOrBombs(tokens, i, scan)) continue;
    const subject = subjectWord(tokens, limit, scan);
    if (subject === 'stop') break;
    if (subject === 'next' || communityNoun(tokens, i, scan) || sideMarker(tokens, limit, scan)) continue;
    if (NP_STOP.has(t.norm) && t.norm !== 'a') break;
    if (NP_FILLERS.has(t.norm)) {
      if (AND_WORDS.has(t.norm) && scan.subjects.length) scan.joined = true;
      // "20 passagers d'un car ont été tués": a determiner ends no phrase; the complement's noun would.
      if (!LINKERS.has(t.norm) && !DETERMINERS.has(t.norm)) scan.end = j + 1;
      continue;
    }
    // "two security sources said": the number counts claimants, not victims.
    if (CLAIMANT_HEADS.has(t.norm)) return { subject: null, others: scan.others, end: i, notFigure: true };
    // "Two of them said the attackers…": a verb of saying ends the phrase (kind-after.ts reads it).
    if (j > i && SPEECH_WORDS.has(t.norm)) break;
    if (modifier(tokens, i, limit, scan) === 'stop') break;
  }
  return phraseSubject(tokens, i, limit, scan);
}

/** "12 corps de terroristes", "12 bodies of soldiers": bodies at j are the dead, of whose side. */
function bodiesPhrase(tokens: Token[], j: number, limit: number, others: boolean): NounPhrase {
  // "12 corps de terroristes", "12 bodies of soldiers": whose bodies.
  let c = j + 1;
  if (LINKERS.has(tokens[c]?.norm ?? '') && !['and', 'et'].includes(tokens[c].norm)) c++;
  while (c < limit && c < j + 4 && DETERMINERS.has(tokens[c].norm)) c++;
  const whose = c > j + 1 && c < limit ? (SUBJECT_WORDS.get(tokens[c].norm) ?? null) : null;
  const person = whose && !THING_SUBJECTS.has(whose) ? whose : null;
  const end = person ? c + 1 : j + 1;
  return { subject: person, others, end, head: { kind: 'killed', end, participle: false } };
}

/**
 * "27 morts", "soldats tués", "deaths of soldiers", "15 wounded soldiers", "12 morts (FAMa)": the kind
 * word k at scan.j ends the phrase; the subject is the words before it, else its complement, the noun
 * after an English participle, a side adjective or the side in brackets.
 */
function headPhrase(tokens: Token[], limit: number, k: { kind: Kind; end: number }, scan: Scan): NounPhrase {
  const t = tokens[scan.j];
  let subject = pickSubject(scan.subjects, scan.foreign, scan.securityish);
  // "Three members of the Wagner group were killed": persons of a foreign force are its men.
  if (scan.force && (!subject || subject === 'people')) subject = 'foreign_forces';
  let hend = k.end;
  // "saisies d'engins", "deaths of soldiers": the noun head's complement names the subject.
  if (!subject && LINKERS.has(tokens[k.end]?.norm ?? '') && k.end + 1 < limit) {
    const c = SUBJECT_WORDS.get(tokens[k.end + 1].norm);
    if (c && tokens[k.end].norm !== 'and' && tokens[k.end].norm !== 'et') {
      subject = c;
      hend = k.end + 2;
    }
  }
  // "15 wounded soldiers", "three dead civilians", "6 abandoned motorcycles": an English
  // participle or adjective before its noun.
  if (!subject && k.end < limit && (['dead', 'missing'].includes(t.norm) || /(ed|en)$/.test(t.norm))) {
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
  // "Bilan : 12 morts (FAMa), 30 morts (JNIM)", "12 killed (Malian army)": the side in brackets.
  const bracket = !subject ? bracketSide(tokens, k.end, limit) : null;
  if (bracket) {
    subject = bracket.side;
    hend = bracket.end;
  }
  // "neutralisés", "neutralized": the armies' word for the enemy they killed.
  if (!subject && t.norm.startsWith('neutrali')) subject = 'militants';
  return {
    subject,
    others: scan.others,
    end: scan.j,
    head: { kind: k.kind, end: hend, participle: scan.subjects.length > 0 },
  };
}

/**
 * "12 members of the Malian military", "un haut responsable de l'EIGS": the group named in the
 * complement after one or two words the lexicon does not know (a qualifier and a noun).
 */
function unknownHeadComplement(tokens: Token[], i: number, limit: number) {
  for (let k = i + 1; k <= i + 2 && k < limit; k++) {
    const t = tokens[k - 1];
    if (t?.type !== 'word' || SUBJECT_WORDS.has(t.norm)) return null;
    const c = groupComplementAt(tokens, k, limit);
    if (c) return c;
  }
  return null;
}

/**
 * The phrase without a kind word: the subject its words name, with a foreign force, armed men, or a
 * group in a complement or before the noun ("deux soldats de la Minusma", "12 GATIA fighters").
 */
function phraseSubject(tokens: Token[], i: number, limit: number, scan: Scan): NounPhrase {
  const { subjects, end } = scan;
  // "deux soldats de la Minusma", "soldiers of the UN mission", "éléments d'Africa Corps".
  if (subjects.length && foreignComplement(tokens, Math.max(end, i), limit)) scan.foreign = scan.force = true;
  // "deux éléments de la Minusma": persons of a foreign force are its men.
  if (scan.force && !subjects.some((x) => x !== 'people')) subjects.push('foreign_forces');
  if (scan.armed && !subjects.some((x) => x !== 'people')) subjects.push('militants');
  // "trois membres de la katiba Serma", "des éléments du JNIM": persons of a group are its side.
  // "douze combattants du GATIA": a group's side over the fighters' noun that says only "militants".
  if (!subjects.some((x) => x !== 'people' && x !== 'militants')) {
    // "12 members of the Malian military": the complement right after a noun the lexicon does not know.
    const complement =
      groupComplementAt(tokens, Math.max(end, i), limit) ?? unknownHeadComplement(tokens, i, limit);
    // "12 GATIA fighters", "12 Dan Na Ambassagou militiamen": the group's name before the noun.
    const named = complement?.side ?? modifierSide(tokens, i, Math.max(end, i));
    if (named && named !== 'militants') subjects.splice(0, subjects.length, named);
    else if (named && !subjects.includes('militants')) subjects.push(named);
    // "un haut responsable de l'EIGS et 12 de ses combattants": the phrase spans the group's name.
    if (complement && subjects.length) scan.end = Math.max(scan.end, complement.end);
  }
  return {
    subject: pickSubject(subjects, scan.foreign, scan.securityish),
    others: scan.others,
    end: Math.max(scan.end, i),
  };
}

/**
 * The noun phrase after a number: what it counts ("12 soldats", "04 PK-M", "trois
 * membres de la katiba"), whether it refers back ("deux autres", "two of them"), and
 * a kind word inside it ("27 morts", "soldats tués"). The words it is read with are in
 * np-words.ts, the tests at each word in np-boundaries.ts, the subject it names in np-subject.ts.
 */
import type { Kind, Subject } from '../types';
import { calibreLength, modelLength } from './item-names';
import {
  FOREIGN_FORCE_NAMES,
  FOREIGN_WORDS,
  NP_FILLERS,
  SIDE_MARKERS,
  SUBJECT_COMPOUNDS,
  SUBJECT_WORDS,
} from './lexicon';
import { CLAIMANT_HEADS, COMMUNITY_NOUNS, NP_STOP, SEVERE } from './lexicon-np';
import { bracketSide, FORCE_NOUNS, foreignComplement, groupComplement } from './np-complements';
import { isAccentedA, type Token } from './tokens';
import { findGroups } from './groups';
import {
  ARMED,
  BODIES,
  DETERMINERS,
  ENGINE_WORDS,
  EXPLOSIVE,
  LINKERS,
  QUOTES,
  SIDE_ADJECTIVE,
} from './np-words';
import { amountAt, andBefore, complementBefore, kindAt, predicateAt } from './np-boundaries';
import { modifierSide, pickSubject, THING_SUBJECTS } from './np-subject';

export { BODIES, BREAKDOWN, DETERMINERS } from './np-words';
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

/** The longest group name read as one modifier before a noun ("Dan Na Ambassagou"). */
const NAME_WORDS = 6;

export function scanNounPhrase(tokens: Token[], i: number, limit: number, afterDont: boolean): NounPhrase {
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
    const model = modelLength(tokens, j);
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
    // "deux massacres", "two sources": a count of events or claimants, even when the noun is a kind's.
    if (j === i && CLAIMANT_HEADS.has(t.norm)) return { subject: null, others, end: i, notFigure: true };
    const k = kindAt(tokens, j, limit);
    // "three posts and burned 5 trucks", "40 soldats et la capture de": a kind after "and"
    // (and its determiner) starts a new predicate.
    // "killed 12 and injured 20": after a bare number too.
    const and = k && (subjects.length || j > i) ? andBefore(tokens, j) : -1;
    if (and >= 0) {
      end = Math.min(end, Math.max(and, i));
      break;
    }
    // "9 corps ramassés", "23 bodies", "une vingtaine de corps", "dozens of bodies": bodies are the dead.
    const first = j === i || (j === i + 1 && ['de', "d'", 'of'].includes(tokens[i].norm));
    if (first && BODIES.has(t.norm) && tokens[j - 1]?.norm !== 'africa') {
      // "12 corps de terroristes", "12 bodies of soldiers": whose bodies.
      let c = j + 1;
      if (LINKERS.has(tokens[c]?.norm ?? '') && !['and', 'et'].includes(tokens[c].norm)) c++;
      while (c < limit && c < j + 4 && DETERMINERS.has(tokens[c].norm)) c++;
      const whose = c > j + 1 && c < limit ? (SUBJECT_WORDS.get(tokens[c].norm) ?? null) : null;
      const person = whose && !THING_SUBJECTS.has(whose) ? whose : null;
      const end = person ? c + 1 : j + 1;
      return { subject: person, others, end, head: { kind: 'killed', end, participle: false } };
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
      return { subject, others, end: j, head: { kind: k.kind, end: hend, participle: subjects.length > 0 } };
    }
    // "deux autres soldats", "un autre a été blessé": a part of persons named before.
    if (['autres', 'others', 'other', 'autre'].includes(t.norm)) {
      others = true;
      end = Math.max(end, j + 1);
      continue;
    }
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
        // "20 Russes", "20 Russians": the people noun is the head itself.
        const own = SUBJECT_WORDS.get(t.norm);
        if (own === 'foreign_forces' && !subjects.length) subjects.push(own);
        end = Math.max(end, j + 1);
        continue;
      }
    }
    if (['security', 'defence', 'defense', 'force', 'forces', 'gendarmerie'].includes(t.norm))
      securityish = true;
    // "12 civils non armés", "12 personnes non armées": unarmed persons are civilians.
    if (t.norm === 'non' && /^arm(e|es|ee|ees|ed)$/.test(tokens[j + 1]?.norm ?? '') && j > i) {
      if (!subjects.some((x) => x !== 'people')) subjects.push('civilians');
      j++;
      end = j + 1;
      continue;
    }
    // "trois hommes armés", "5 individus armés", "three armed men": men under arms are fighters.
    // "12 motards armés": the participle, accented, is "armed" after any noun, never "armes" (weapons).
    const participle = /^arm[ée]e?s?$/i.test(t.text) && /é/i.test(t.text) && j > i;
    if (
      ARMED.has(t.norm) &&
      (participle || (subjects.length && !THING_SUBJECTS.has(subjects[subjects.length - 1])))
    ) {
      armed = true;
      end = j + 1;
      continue;
    }
    if (ARMED.has(t.norm) && tokens[j + 1] && SUBJECT_WORDS.get(tokens[j + 1].norm) === 'people')
      armed = true;
    // "3 engins explosifs improvisés", "2 explosive devices": bombs are weapons, not vehicles.
    if (
      (ENGINE_WORDS.has(t.norm) && EXPLOSIVE.has(tokens[j + 1]?.norm ?? '')) ||
      (EXPLOSIVE.has(t.norm) && ENGINE_WORDS.has(tokens[j + 1]?.norm ?? ''))
    ) {
      subjects.push('weapons');
      end = j + 2;
      j++;
      continue;
    }
    // "02 postes radio", "4 machine guns": a head of two words.
    const compound = SUBJECT_COMPOUNDS.matchAt(tokens, j, limit);
    if (compound) j = compound.end - 1;
    const s = compound?.value ?? SUBJECT_WORDS.get(t.norm);
    if (s) {
      let and = false;
      for (let k = end; k < j; k++) if (['et', 'and'].includes(tokens[k].norm)) and = true;
      // "15 combattants et leurs équipements": persons and things joined by "et" are two phrases;
      // "12 soldats et les assaillants 30": so is a noun with its own number after it.
      if (
        and &&
        subjects.length &&
        THING_SUBJECTS.has(s) !== THING_SUBJECTS.has(subjects[subjects.length - 1])
      )
        break;
      // "l'armée a perdu 2 hommes et les terroristes une douzaine": so is one with its amount.
      if (and && (tokens[j + 1]?.type === 'num' || amountAt(tokens, j + 1))) break;
      // "3 chauffeurs de camions", "12 terroristes à moto", "armés de fusils": a thing in a
      // complement of persons is none of the phrase's heads ("three army barracks" are bases).
      const prev = subjects[subjects.length - 1];
      if (prev && !THING_SUBJECTS.has(prev) && THING_SUBJECTS.has(s) && complementBefore(tokens, end, j)) {
        end = j + 1;
        continue;
      }
      subjects.push(s);
      end = j + 1;
      continue;
    }
    // "20 Peuls ont été tués": a community as the head is civilians; "jihadistes peuls" only qualifies.
    if (COMMUNITY_NOUNS.has(t.norm)) {
      if (j === i && !SUBJECT_WORDS.has(tokens[j + 1]?.norm ?? '')) subjects.push('civilians');
      end = j + 1;
      continue;
    }
    // "12 personnes côté amis ont été tuées", "7 morts du côté des assaillants": a side marker
    // after the noun names its side, and the predicate follows it.
    const marker = subjects.length ? SIDE_MARKERS.matchAt(tokens, j, limit) : null;
    if (marker && !subjects.some((x) => x !== 'people')) {
      subjects.length = 0;
      subjects.push(marker.value);
      end = marker.end;
      j = marker.end - 1;
      continue;
    }
    if (NP_STOP.has(t.norm) && t.norm !== 'a') break;
    if (NP_FILLERS.has(t.norm)) {
      // "20 passagers d'un car ont été tués": a determiner ends no phrase; the complement's noun would.
      if (!LINKERS.has(t.norm) && !DETERMINERS.has(t.norm)) end = j + 1;
      continue;
    }
    // "two security sources said": the number counts claimants, not victims.
    if (CLAIMANT_HEADS.has(t.norm)) return { subject: null, others, end: i, notFigure: true };
    // "3 plots logistiques ont été détruits", "12 armes lourdes saisies": one adjective after the
    // head, when the predicate follows it — or a second one does ("2 bases logistiques terroristes").
    const next = tokens[j + 1];
    if (
      subjects.length &&
      THING_SUBJECTS.has(subjects[subjects.length - 1]) &&
      unknown === 0 &&
      (predicateAt(tokens, j + 1, limit) ||
        (next?.type === 'word' && !NP_STOP.has(next.norm) && predicateAt(tokens, j + 2, limit)))
    ) {
      unknown++;
      end = j + 1;
      continue;
    }
    // "Twelve Dan Na Ambassagou militiamen": a group's name of several words is one modifier.
    const group =
      !subjects.length && /^\p{Lu}/u.test(t.text)
        ? findGroups(tokens, j, Math.min(limit, j + NAME_WORDS))[0]
        : undefined;
    if (group && group.start === j && group.end > j + 1) {
      j = group.end - 1;
      unknown++;
      continue;
    }
    // "12 terroristes à moto", "12 hommes armés à bord de motos": a complement opens; its thing
    // is skipped above.
    const lastSubject = subjects[subjects.length - 1];
    if (lastSubject && !THING_SUBJECTS.has(lastSubject) && (isAccentedA(t) || t.norm === 'bord')) continue;
    // "12 unarmed Fulani herders", "12 paisibles citoyens": up to two modifiers before the head.
    if (subjects.length || ++unknown > 2) break;
    if (unknown === 2 && !SUBJECT_WORDS.has(tokens[j + 1]?.norm ?? '')) break;
  }
  // "deux soldats de la Minusma", "soldiers of the UN mission", "éléments d'Africa Corps".
  if (subjects.length && foreignComplement(tokens, Math.max(end, i), limit)) foreign = force = true;
  // "deux éléments de la Minusma": persons of a foreign force are its men.
  if (force && !subjects.some((x) => x !== 'people')) subjects.push('foreign_forces');
  if (armed && !subjects.some((x) => x !== 'people')) subjects.push('militants');
  // "trois membres de la katiba Serma", "des éléments du JNIM": persons of a group are its side.
  // "douze combattants du GATIA": a group's side over the fighters' noun that says only "militants".
  if (!subjects.some((x) => x !== 'people' && x !== 'militants')) {
    // "12 members of the Malian military": the complement right after a noun the lexicon does not know.
    const side =
      groupComplement(tokens, Math.max(end, i), limit) ??
      (tokens[i]?.type === 'word' && !SUBJECT_WORDS.has(tokens[i].norm)
        ? groupComplement(tokens, i + 1, limit)
        : null);
    // "12 GATIA fighters", "12 Dan Na Ambassagou militiamen": the group's name before the noun.
    const named = side ?? modifierSide(tokens, i, Math.max(end, i));
    if (named && named !== 'militants') subjects.splice(0, subjects.length, named);
    else if (named && !subjects.includes('militants')) subjects.push(named);
  }
  return { subject: pickSubject(subjects, foreign, securityish), others, end: Math.max(end, i) };
}

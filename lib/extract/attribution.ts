/**
 * Who makes a claim: cues like "according to", "X said", "selon", "a annoncé X",
 * "fait état de", classified into SCHEMA.md's claimant classes. A figure takes the
 * nearest cue before it in its sentence, else the nearest after it; pronoun
 * claimants ("They further reported", "Il a ajouté", "qui dit") carry the last one.
 */
import type { By } from '../types';
import {
  CLAIMANT_NEXT,
  KIND_WORDS,
  LEARNED_FROM,
  LEARNED_WORDS,
  SPEECH_WORDS,
  TOLL_NOUNS,
  TOLL_SETTERS,
} from './lexicon';
import { APPROX_NOUNS, EN_UNITS, FR_UNITS, MONTHS, PLURAL_AMOUNTS, SINGULAR, WEEKDAYS } from './number-words';
import { classifyAt, claimantWords, span } from './claimant-class';
import { CLAIM_STEMS, hasStem } from './lexicon-actors';
import type { Sentence } from './sentences';
import { fold, type Token } from './tokens';
import {
  GROUP_WORDS,
  INVERTED_PRONOUN,
  SUBJECT_PRONOUNS,
  groupAntecedent,
  ownedDocument,
  ownerBefore,
  subjectBefore,
} from './antecedents';

export interface Cue {
  pos: number;
  /** A parenthesised attribution right after a figure: "10 killed (per JNIM)". */
  paren?: boolean;
  by: By;
  source: string;
}

/** A toll that names its own claimant: "le bilan officiel est de", "the official toll", "le bilan donné par l'armée". */
const TOLL_HEADS = new Set(['bilan', 'toll', 'balance', 'tally', 'decompte', 'count']);
/** A toll noun within a few words after the verb: "put its losses at", "revu à la hausse le bilan". */
function setsToll(tokens: Token[], i: number, last: number): boolean {
  for (let k = i + 1; k < Math.min(last, i + 6); k++) if (TOLL_NOUNS.has(tokens[k].norm)) return true;
  return false;
}

const CLOSING_QUOTES = new Set(['\u00bb', '\u201d']);

const CUT = new Set([
  ',',
  ';',
  ':',
  '\u00ab',
  '\u00bb',
  '\u201c',
  '\u201d',
  '"',
  '(',
  ')',
  'that',
  'que',
  "qu'",
  'while',
  'tandis',
  'but',
  'mais',
  'despite',
  'malgre',
  'whereas',
  'alors',
  'as',
  'comme',
]);
const PRONOUNS = new Set([
  'il',
  'elle',
  'ils',
  'elles',
  'they',
  'he',
  'she',
  'it',
  'we',
  'nous',
  'on',
  'qui',
  'who',
  'which',
  'statement',
  'communique',
  'spokesman',
  'porte-parole',
  'celle-ci',
  'celui-ci',
  'ceux-ci',
  'celles-ci',
  'latter',
  'release',
  'note',
]);
const STOP_FORWARD = new Set([
  ',',
  ';',
  ':',
  '.',
  '(',
  ')',
  '\u00bb',
  '\u201d',
  'that',
  'que',
  "qu'",
  'who',
  'qui',
]);

/** The cues of one sentence; `last` is the claimant carried from before (for pronouns). */
export function sentenceCues(text: string, tokens: Token[], s: Sentence, last: Cue | null): Cue[] {
  return cuesOf(text, tokens, s, last).map((c) => {
    const source = fold(c.source ?? '');
    const owned = GROUP_WORDS.test(source) ? null : ownedDocument(tokens, s, source);
    if (owned !== null) {
      // "Côté rebelles, leur communiqué parle de 9 morts": the statement of the side named before.
      const owner = ownerBefore(tokens, owned);
      return owner ? { ...c, by: owner } : c;
    }
    if (!GROUP_WORDS.test(source)) return c;
    const by = groupAntecedent(tokens, c.pos);
    return by ? { ...c, by } : c;
  });
}

function cuesOf(text: string, tokens: Token[], s: Sentence, last: Cue | null): Cue[] {
  const cues: Cue[] = [];
  for (let i = s.first; i < s.last; i++) {
    const next = CLAIMANT_NEXT.matchAt(tokens, i, s.last) ?? learnedFrom(tokens, s, i);
    if (next) {
      let e = next.end;
      while (
        e < s.last &&
        e < next.end + 10 &&
        !STOP_FORWARD.has(tokens[e].norm) &&
        tokens[e].type !== 'num' &&
        // "selon le communiqué": a document's noun, not the verb "a communiqué".
        (!SPEECH_WORDS.has(tokens[e].norm) || DOCUMENTS.has(tokens[e].norm))
      )
        e++;
      // "de source sécuritaire": the cue's own word "source" is part of the claimant.
      const from = tokens[next.end - 1].norm.startsWith('source') ? next.end - 1 : next.end;
      // The claimant named before: earlier in this sentence ("Le groupe a revendiqué…, selon son
      // communiqué"), else in the sentences before.
      const before = cues.at(-1) ?? last;
      // "selon la même source", "according to the same official": the claimant named before.
      const same = before && sameWord(tokens, from, e);
      let m = same ? null : classifyAt(tokens, from, e);
      // "according to Amadou Diallo, a local official": a person's name, then who the person is.
      let named = { from, e };
      if (!m && !same) {
        const who = appositionAfterName(tokens, from, e, s.last);
        if (who) {
          m = classifyAt(tokens, who.from, who.e);
          if (m) named = { from, e: who.e };
        }
      }
      // "selon le communiqué" after "Le JNIM a revendiqué…": the document of the claimant named before.
      if (
        m &&
        before &&
        m.end - m.start === 1 &&
        DOCUMENTS.has(tokens[m.start].norm) &&
        anaphoric(tokens, from, e)
      )
        m = null;
      if (m)
        cues.push({
          pos: i,
          by: m.by,
          source:
            named.e > e ? span(text, tokens, named.from, named.e) : claimantWords(text, tokens, m, from, e),
          paren: tokens[i - 1]?.text === '(',
        });
      else if (before && (same || anaphoric(tokens, from, e)))
        // "Selon le même communiqué", "according to the statement": the claimant named before.
        cues.push({ pos: i, by: before.by, source: before.source, paren: tokens[i - 1]?.text === '(' });
      i = next.end - 1;
      continue;
    }
    const w = tokens[i].norm;
    if (TOLL_HEADS.has(w)) {
      const c = tollClaimant(text, tokens, s, i);
      if (c) cues.push(c);
      continue;
    }
    // "the army put its losses at 11 dead", "a porté le bilan à 30 morts": a verb that sets a toll.
    const setter = TOLL_SETTERS.has(w) && !SPEECH_WORDS.has(w);
    if (setter && !setsToll(tokens, i, s.last)) continue;
    if (!setter && !SPEECH_WORDS.has(w)) continue;
    // "the report said", "in a report": after a determiner "report" is a document, not a verb of saying.
    if (REPORT_NOUNS.has(w) && NOUN_DETERMINERS.has(tokens[i - 1]?.norm ?? '') && tokens[i - 1].text !== 'UN')
      continue;
    if (['fait', 'faisant', 'faisait', 'font', 'faisaient'].includes(w) && !faitEtat(tokens, i, s.last))
      continue;
    // "claimed responsibility for an ambush that killed 33 soldiers": the attack's author, not the
    // toll's claimant (the group's own count says so: "…, saying it killed 40").
    if (hasStem(w, CLAIM_STEMS) && responsibilityAfter(tokens, i, s.last)) continue;
    // "claimed by JNIM", "revendiquée par": responsibility for the attack, not a figure's claimant.
    // "announced by the government", "annoncé par l'armée": the agent is the claimant.
    if (['by', 'par'].includes(tokens[i + 1]?.norm ?? '')) {
      if (hasStem(w, CLAIM_STEMS)) continue;
      const agent = forward(text, tokens, s, i + 1);
      if (agent) cues.push({ ...agent, pos: i });
      continue;
    }
    // "clashes were also reported", "des tirs ont été signalés": a passive with no one speaking.
    if (passiveAt(tokens, s.first, i)) continue;
    // Inverted subject after a quote or comma: "…», a annoncé l'armée", "…,” said an official".
    let b = i - 1;
    while (b > s.first && AUX.has(tokens[b].norm)) b--;
    const inverted = b < s.first || (tokens[b].type === 'punct' && !['(', ')'].includes(tokens[b].text));
    const participle = /ing$|ant$/.test(w) && w !== 'claiming';
    if (inverted && w !== 'told' && !participle) {
      const fwd = forward(text, tokens, s, i);
      if (fwd) {
        cues.push(fwd);
        continue;
      }
      // "…, indique le rapport": the document named before speaks again.
      if (anaphoric(tokens, i + 1, Math.min(s.last, i + 4))) {
        if (last) cues.push({ pos: i, by: last.by, source: last.source });
        continue;
      }
    }
    // "قال مصدر أمني" (glossed "it said security source"): an Arabic verb stands before its
    // subject; its own pronoun carries the speaker before only when no speaker follows.
    if (tokens[i - 1]?.norm === 'it' && tokens[i - 1].start === tokens[i].start) {
      const fwd = forward(text, tokens, s, i);
      if (fwd) {
        cues.push(fwd);
        continue;
      }
    }
    // "…, said the statement, adding that…", "a déclaré l'armée, précisant que…": a participle
    // after a comma shares the subject of the verb of saying before it.
    const prior = cues.at(-1);
    if (participle && prior && tokens[i - 1]?.text === ',') {
      cues.push({ ...prior, pos: i });
      continue;
    }
    // Backward: the subject of the verb, first up to the nearest cut, then the whole clause.
    let a = i;
    while (a > s.first && a > i - 12 && !CUT.has(tokens[a - 1].norm)) a--;
    let m = classifyAt(tokens, a, i);
    // "JNIM, in a statement on its media, said": an aside between the claimant and its verb.
    if (m?.by === 'media') {
      let a2 = i;
      while (a2 > s.first && a2 > i - 25 && !['.', ';', ':'].includes(tokens[a2 - 1].norm)) a2--;
      const wide = classifyAt(tokens, a2, i);
      if (wide && wide.by !== 'media') {
        m = wide;
        a = a2;
      }
    }
    // "…, the report said", "…, a indiqué le rapport": a document named before speaks again;
    // the clause's nouns before the comma are what it said, not who said it.
    if (!m && i - a <= 4 && anaphoric(tokens, a, i)) {
      if (last) cues.push({ pos: i, by: last.by, source: last.source });
      continue;
    }
    if (!m) {
      // The whole clause, stepping over quotations: their words are what was said, not who said it
      // ("L'armée a « réagi … » et eu « 42 morts » dans ses rangs, faisant état de …").
      let a2 = i;
      let end = i;
      while (a2 > s.first && a2 > i - 40 && !['.', ';', ':'].includes(tokens[a2 - 1].norm)) {
        if (CLOSING_QUOTES.has(tokens[a2 - 1].text)) {
          const open = openingQuote(tokens, s.first, a2 - 1);
          if (open < 0) break;
          if (!m) m = classifyAt(tokens, a2, end);
          end = open;
          a2 = open;
          continue;
        }
        a2--;
      }
      m ??= classifyAt(tokens, a2, end);
      // "Un soldat a été tué …, a annoncé Moussa Diarra": the toll's own persons are not its speaker.
      if (m && countedVictims(tokens, m.start, m.end)) m = null;
      a = a2;
    }
    if (m) {
      cues.push({ pos: i, by: m.by, source: claimantWords(text, tokens, m, a, i) });
      continue;
    }
    // Forward: inverted subject ("a annoncé l'armée", "said Aminata Keita, a researcher at Amnesty International").
    // "…, told AFP": after "told" stands whom it was told to, never the speaker.
    // "…, told AFP": after "told" stands whom it was told to, never the speaker.
    const fwd = participle || w === 'told' ? null : forward(text, tokens, s, i);
    if (fwd) {
      cues.push(fwd);
      continue;
    }
    // A pronoun or "the statement" carries the previous claimant.
    let pronoun = false;
    let personal = false;
    for (let k = Math.max(s.first, i - 4); k < i; k++) {
      if (PRONOUNS.has(tokens[k].norm)) pronoun = true;
      if (SUBJECT_PRONOUNS.has(tokens[k].norm) || INVERTED_PRONOUN.test(tokens[k].norm)) personal = true;
    }
    // "…, précise-t-il", "indiquent-elles", "« … », a-t-il dit": the pronoun inverted after its verb.
    if (INVERTED_PRONOUN.test(w)) personal = true;
    // "Des habitants ont été joints par téléphone. Ils affirment que…": a personal pronoun opening
    // a sentence stands for the subject of the sentence before, when that names a claimant.
    const antecedent = personal ? subjectBefore(text, tokens, s) : null;
    const carried = antecedent ?? (pronoun || personal ? last : null);
    if (carried) cues.push({ pos: i, by: carried.by, source: carried.source });
  }
  // "L'armée n'a pas communiqué de bilan", "the army gave no toll": the claimant before the denied
  // toll gives no figure; one named after it ("…, according to local sources") still does.
  const denied = noToll(tokens, s);
  if (denied < 0) return cues;
  let clause = denied;
  while (clause > s.first && !DENIAL_CLAUSE_BREAK.has(tokens[clause - 1].norm)) clause--;
  // "The army confirmed the attack but gave no toll": the denial's subject is the claimant before it.
  const own =
    cues.some((c) => c.pos >= clause && c.pos <= denied) || !ELIDED_SUBJECT.has(tokens[clause]?.norm ?? '');
  const before = cues.filter((c) => c.pos < clause).at(-1);
  return cues.filter((c) => (c.pos < clause && (own || c !== before)) || c.pos > denied);
}
/**
 * "a appris l'AFP auprès des autorités locales", "apprend-on auprès d'un élu", "AFP learned from
 * residents": after a verb of learning, "auprès de" / "from" opens the figure's source (the one
 * who learned it is not).
 */
function learnedFrom(tokens: Token[], s: Sentence, i: number): { end: number } | null {
  if (!LEARNED_FROM.has(tokens[i].norm)) return null;
  let end = i + 1;
  if (tokens[i].norm === 'aupres') {
    if (!['de', 'des', 'du', "d'"].includes(tokens[end]?.norm ?? '')) return null;
    end++;
  }
  for (let k = i - 1; k >= Math.max(s.first, i - LEARNED_REACH); k--)
    if (LEARNED_WORDS.has(tokens[k].norm)) return { end };
  return null;
}
const LEARNED_REACH = 5;

/**
 * The apposition after a person's name ("Amadou Diallo, a local official,", "Moussa Traoré, maire
 * de Boni."): the words [from, e) are capitalised names, a comma follows, and the apposition runs
 * to the next comma or the sentence's end, with no number and no verb of its own.
 */
function appositionAfterName(
  tokens: Token[],
  from: number,
  e: number,
  last: number,
): { from: number; e: number } | null {
  if (e <= from || e - from > 4 || tokens[e]?.text !== ',') return null;
  for (let k = from; k < e; k++) if (!/^\p{Lu}/u.test(tokens[k].text)) return null;
  let k = e + 1;
  while (k < last && k < e + 10 && tokens[k].type !== 'punct') {
    const t = tokens[k];
    if (t.type === 'num' || quantityWord(t) || SPEECH_WORDS.has(t.norm) || KIND_WORDS.has(t.norm))
      return null;
    k++;
  }
  if (k === e + 1 || (k < last && ![',', '.'].includes(tokens[k].text))) return null;
  return { from: e + 1, e: k };
}

/** "claimed responsibility", "a revendiqué la responsabilité", "claimed the attack": the deed's author. */
function responsibilityAfter(tokens: Token[], i: number, last: number): boolean {
  for (let k = i + 1; k < Math.min(last, i + 4); k++) {
    const w = tokens[k].norm;
    if (/^(responsib|responsabilit)/.test(w)) return true;
  }
  return false;
}

/** A clause that opens on its verb shares the subject before it: "but gave no toll", "mais n'a pas donné de bilan". */
const ELIDED_SUBJECT = new Set([
  'gave',
  'did',
  'has',
  'had',
  'declined',
  'refused',
  'without',
  'sans',
  "n'",
  'ne',
  'a',
]);
const DENIAL_CLAUSE_BREAK = new Set([',', ';', ':', 'mais', 'but', 'though', 'although', 'while', 'tandis']);

const NO_WORDS = new Set([
  'pas',
  'no',
  'not',
  'sans',
  'without',
  'aucun',
  'aucune',
  'neither',
  'nor',
  "n'",
  'ne',
]);

/** The toll noun a negation denies ("n'a pas communiqué de bilan", "gave no toll"), or -1. */
function noToll(tokens: Token[], s: Sentence): number {
  for (let k = s.first; k < s.last; k++) {
    if (!TOLL_NOUNS.has(tokens[k].norm)) continue;
    for (let j = k - 1; j >= Math.max(s.first, k - 4); j--) if (NO_WORDS.has(tokens[j].norm)) return k;
  }
  return -1;
}

/**
 * "fait état de", "font savoir", with an adverbial inside ("fait pour le moment état de",
 * "faisait déjà état d'"): "faire" reports only in these phrases.
 */
export function faitEtat(tokens: Token[], i: number, limit: number): boolean {
  if (tokens[i + 1]?.norm === 'savoir') return true;
  for (let k = i + 1; k < Math.min(limit, i + 6); k++) {
    const t = tokens[k];
    if (t.norm === 'etat') return ['de', "d'", 'du', 'des'].includes(tokens[k + 1]?.norm ?? '');
    if (t.type !== 'word' || KIND_WORDS.has(t.norm)) return false;
  }
  return false;
}

const PASSIVE_AUX = new Set(['were', 'was', 'been', 'being', 'ete', 'etaient', 'etait', 'sont']);
/** The index of the quotation mark that opens the one closing at `close`, or -1. */
function openingQuote(tokens: Token[], from: number, close: number): number {
  const want = tokens[close].text === '\u00bb' ? '\u00ab' : '\u201c';
  for (let k = close - 1; k >= from && k > close - 80; k--) if (tokens[k].text === want) return k;
  return -1;
}

/** Is the verb at i a passive ("were reported", "ont été signalés", "were also reported")? */
function passiveAt(tokens: Token[], from: number, i: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 2); k--) {
    if (PASSIVE_AUX.has(tokens[k].norm)) return true;
    if (!['also', 'egalement', 'aussi', 'later', 'widely'].includes(tokens[k].norm)) return false;
  }
  return false;
}

const AUX = new Set([
  'a',
  'ont',
  'has',
  'have',
  'had',
  'avait',
  'avaient',
  'est',
  'was',
  'were',
  'aurait',
  'auraient',
  'also',
  'egalement',
]);

const NOT_SUBJECT = new Set([
  'it',
  'they',
  'that',
  'he',
  'she',
  'its',
  'their',
  'to',
  'il',
  'elle',
  'ils',
  'elles',
  'que',
  "qu'",
  'avoir',
  'having',
  'on',
  'we',
  'the',
  'les',
  'des',
  'de',
  "d'",
  'a',
  'an',
]);

const SAME = new Set(['meme', 'memes', 'same', 'ledit', 'ladite', 'said']);

/** "la même source", "the same official": a word that points back at the last claimant. */
function sameWord(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (SAME.has(tokens[k].norm) && tokens[k].norm !== 'said') return true;
  return false;
}

/** "Le bilan officiel est de…", "the toll given by the army": the claimant in the toll's own words. */
function tollClaimant(text: string, tokens: Token[], s: Sentence, i: number): Cue | null {
  let e = i + 1;
  while (e < s.last && e < i + 7 && tokens[e].type === 'word' && !SPEECH_WORDS.has(tokens[e].norm)) e++;
  // "the official toll", "le bilan officiel": the claimant's word just before or after the toll.
  const from = Math.max(s.first, i - 1);
  const m = classifyAt(tokens, i + 1, e) ?? classifyAt(tokens, from, i);
  if (!m || m.by === 'media' || m.by === 'security_source') return null;
  // "le bilan des villageois tués", "the toll of residents killed": the toll's persons, not its teller.
  if (m.start > i && KIND_WORDS.has(tokens[m.end]?.norm ?? '')) return null;
  return { pos: i, by: m.by, source: claimantWords(text, tokens, m, Math.min(from, m.start), e) };
}
const DOCUMENTS = new Set([
  ...['communique', 'statement', 'release', 'declaration', 'message', 'bilan', 'toll'],
  ...['report', 'rapport', 'study', 'etude'],
]);
const THIS = new Set([
  'le',
  'la',
  "l'",
  'ce',
  'cette',
  'the',
  'this',
  'that',
  'its',
  'son',
  'sa',
  'leur',
  'their',
]);
const REPORT_NOUNS = new Set(['report', 'reports', 'rapport', 'rapports']);
const NOUN_DETERMINERS = new Set([...THIS, 'un', 'une', 'an', 'their', 'leur', 'ses', 'les', 'des']);

/**
 * "Un soldat a été tué", "Two officers were killed", "Deux militaires blessés": the words
 * [a, e) count persons a kind word then says happened to; they are a toll, not a speaker.
 */
function countedVictims(tokens: Token[], a: number, e: number): boolean {
  const counted = (t: Token | undefined) => !!t && (SINGULAR.has(t.norm) || quantityWord(t));
  if (!counted(tokens[a]) && !counted(tokens[a - 1])) return false;
  let k = e;
  while (k < e + 3 && (AUX.has(tokens[k]?.norm ?? '') || PASSIVE_AUX.has(tokens[k]?.norm ?? ''))) k++;
  return KIND_WORDS.has(tokens[k]?.norm ?? '');
}

/** "le même communiqué", "the same source", "the statement": words pointing back at the last claimant. */
function anaphoric(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = tokens[k].norm;
    if (SAME.has(w) && w !== 'said') return true;
    if (DOCUMENTS.has(w) && k > a && (THIS.has(tokens[k - 1].norm) || SAME.has(tokens[k - 1].norm)))
      return true;
  }
  return false;
}

/** Words that open a figure ("une trentaine de militaires", "dozens of soldiers"): content, not a claimant. */
function quantityWord(t: Token): boolean {
  if (t.type === 'num') return true;
  if (SINGULAR.has(t.norm)) return false;
  return (
    EN_UNITS.has(t.norm) || FR_UNITS.has(t.norm) || APPROX_NOUNS.has(t.norm) || PLURAL_AMOUNTS.has(t.norm)
  );
}

/** A day of a date in an aside ("a fait savoir, mardi 18 juin, le maire"): not a figure. */
function dateNumber(tokens: Token[], e: number): boolean {
  return (
    tokens[e].type === 'num' &&
    (MONTHS.has(tokens[e + 1]?.norm ?? '') || WEEKDAYS.has(tokens[e - 1]?.norm ?? ''))
  );
}

function forward(text: string, tokens: Token[], s: Sentence, i: number): Cue | null {
  // "asserts it has seized…", "said that…": what follows is the content, not the claimant.
  const nx = tokens[i + 1]?.norm ?? '';
  if (NOT_SUBJECT.has(nx) && !['the', 'les', 'des', 'de', "d'", 'a', 'an'].includes(nx)) return null;
  let e = i + 1;
  while (
    e < s.last &&
    e < i + 12 &&
    !['.', ';', '(', ')', ':'].includes(tokens[e].norm) &&
    (!quantityWord(tokens[e]) || dateNumber(tokens, e)) &&
    !(tokens[e].norm === 'que' || tokens[e].norm === 'that')
  )
    e++;
  const m = classifyAt(tokens, i + 1, e);
  // "a déclaré à l'Agence France-Presse (AFP) une source militaire": the outlet is told, the one after speaks.
  if (m?.by === 'media' && ADDRESSEE.has(nx)) {
    const speaker = afterAddressee(text, tokens, s, m.end);
    if (speaker) return { ...speaker, pos: i };
  }
  return m ? { pos: i, by: m.by, source: claimantWords(text, tokens, m, i + 1, e) } : null;
}

/** "à", "au", "aux", "to": the words after a verb of saying name whom it was told to. */
const ADDRESSEE = new Set(['a', 'au', 'aux', 'to']);

/** The claimant named after an outlet that was told ("… (AFP) une source militaire"), if any. */
function afterAddressee(text: string, tokens: Token[], s: Sentence, from: number): Omit<Cue, 'pos'> | null {
  let k = from;
  // The rest of the outlet's name ("Agence France-Presse"), then its acronym in brackets.
  while (k < s.last && k < from + 3 && /^\p{Lu}/u.test(tokens[k].text)) k++;
  if (tokens[k]?.text === '(') {
    while (k < s.last && tokens[k].text !== ')') k++;
    k++;
  }
  let e = k;
  while (
    e < s.last &&
    e < k + 10 &&
    !['.', ';', '(', ')', ':'].includes(tokens[e].norm) &&
    !quantityWord(tokens[e])
  )
    e++;
  const m = classifyAt(tokens, k, e);
  return m && m.by !== 'media' ? { by: m.by, source: claimantWords(text, tokens, m, k, e) } : null;
}

/** The cue a figure at token `pos` takes in its sentence: nearest before, else nearest after. */
export function cueFor(cues: Cue[], pos: number, end = pos): Cue | null {
  let before: Cue | null = null;
  let after: Cue | null = null;
  for (const c of cues) {
    if (c.pos < pos) before = c;
    else if (!after) after = c;
  }
  // A parenthesised cue right after the figure binds to it: "10 killed (per JNIM), 20 killed (per Mali)".
  if (after?.paren && after.pos - end <= 2) return after;
  return before ?? after;
}

/**
 * Revised and superseded tolls within a sentence: the two numbers of a revision ("passé de 9 à
 * 26"), and the figures an earlier toll's words date before the news ("un précédent bilan", "up
 * from 20", "contre 20 annoncés initialement"). Used by claims.ts, after claim-links.ts.
 */
import type { Kind, Subject } from '../types';
import type { Figure } from './claims';
import { EARLIER_CUES, KIND_WORDS, SUBJECT_WORDS } from './lexicon';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { STANDS_NOW } from './number-words';
import { risenTo } from './claim-links';

/** "le bilan … est désormais de 29", "the toll … now stands at 29": the figure at first is the toll as revised. */
export function standsNowAt(tokens: Token[], first: number): boolean {
  return (
    ['de', 'at', 'a'].includes(tokens[first - 1]?.norm ?? '') && STANDS_NOW.has(tokens[first - 2]?.norm ?? '')
  );
}

/** "le bilan des militaires tués est passé de 9 à 26": both numbers take the words before them. */
export function revisions(tokens: Token[], s: Sentence, figs: Figure[]): void {
  for (let n = 1; n < figs.length; n++) {
    const b = figs[n];
    const a = figs[n - 1];
    // "Le bilan, qui était de 17 morts, est désormais de 29": the toll before is the one revised.
    // "…35 civilians had been killed; it later revised the toll to 24": the toll before is revised.
    const revisedTo = !b.subject && risenTo(tokens, b.q.first);
    const now = (standsNowAt(tokens, b.q.first) || revisedTo) && (!a.kind || !b.kind || a.kind === b.kind);
    if (!b.q.revisedFrom && !now) continue;
    a.earlier = true;
    // Told apart, each toll keeps its own words; the side is the side passes' to find.
    if (revisedTo && !b.q.revisedFrom && !standsNowAt(tokens, b.q.first)) continue;
    if (!a.kind || !a.subject) {
      // "rose from 17 to 42 soldiers killed": the words after the second number.
      // "est passé de 12 à 19 morts": the second figure's head noun.
      let kind: Kind | null = a.kind ?? (b.subject || b.kindFrom === 'head' ? b.kind : null);
      let subject: Subject | null = a.subject ?? (b.kind ? b.subject : null);
      for (let k = a.q.first - 1; k >= Math.max(s.first, a.q.first - 40); k--) {
        kind ??= KIND_WORDS.get(tokens[k].norm) ?? null;
        subject ??= SUBJECT_WORDS.get(tokens[k].norm) ?? null;
      }
      a.kind = kind;
      a.kindFrom = a.kindFrom ?? 'back';
      a.subject = subject;
      a.explicit = subject !== null;
    }
    b.kind ??= a.kind;
    b.kindFrom ??= 'back';
    if (!b.subject) {
      b.subject = a.subject;
      b.explicit = a.explicit;
    }
  }
}

/** "Un précédent bilan donnait 4 soldats…": figures after such a cue are superseded tolls. */
export function earlier(tokens: Token[], s: Sentence, figs: Figure[]): void {
  upFrom(tokens, figs);
  const cues = EARLIER_CUES.findAll(tokens, s.first, s.last);
  if (!cues.length) return;
  // "15 morts selon un premier bilan, puis 27 selon un nouveau": a cue that attributes the
  // figure before it marks that one alone.
  const attributing = cues.filter((c) => attributes(tokens, c.start));
  for (const c of attributing) {
    const before = figs.filter((f) => f.q.last <= c.start).at(-1);
    if (before) before.earlier = true;
  }
  // "initially said 35 …, before revising the toll down to 24": the toll revised to is the news;
  // "Un précédent bilan faisait état de 12 morts ; le nouveau est de 15": so is a toll past the
  // clause the cue opens.
  const inScope = (c: { end: number }, f: Figure) =>
    c.end <= f.q.first && f.q.first < scopeEnd(tokens, c.end, s.last);
  for (const f of figs)
    if (cues.some((c) => !attributing.includes(c) && inScope(c, f)) && !risenTo(tokens, f.q.first))
      f.earlier = true;
  // "15 militaires tués, alors que le précédent était de 12": a bare earlier toll is the one before it revised.
  for (let n = 1; n < figs.length; n++) if (figs[n].earlier && !figs[n].kind) inherit(figs[n], figs[n - 1]);
}

/** Words that open a clause of contrast after a comma: "…, mais l'armée a annoncé 15 morts". */
const CONTRAST = new Set(['mais', 'but', 'while', 'whereas', 'alors', 'tandis']);

/** Where the clause an earlier toll's cue opens at k ends: a semicolon, or a comma before "mais"/"but". */
function scopeEnd(tokens: Token[], k: number, last: number): number {
  for (let j = k; j < last; j++) {
    if (tokens[j].text === ';') return j;
    if (tokens[j].text === ',' && CONTRAST.has(tokens[j + 1]?.norm ?? '')) return j;
  }
  return last;
}

/** The earlier toll f takes the kind and side of the toll p it was revised into. */
function inherit(f: Figure, p: Figure): void {
  if (!p.kind) return;
  f.kind = p.kind;
  f.kindFrom = 'inherit';
  f.subject ??= p.subject;
  f.explicit = p.explicit;
  f.earlier = true;
}

/** Is the cue at k the complement of "selon", "according to", "d'après" ("selon un premier bilan")? */
function attributes(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j > k - 3 && CUE_DETERMINERS.has(tokens[j]?.norm ?? '')) j--;
  return ATTRIBUTING.has(tokens[j]?.norm ?? '');
}
const CUE_DETERMINERS = new Set(['un', 'une', 'le', 'la', "l'", 'the', 'a', 'an', 'to']);
const ATTRIBUTING = new Set(['selon', 'according', 'apres', 'per']);

/** "has risen to 40, up from 20", "down from 12": the toll it revises, of the same kind and side. */
function upFrom(tokens: Token[], figs: Figure[]): void {
  for (let n = 1; n < figs.length; n++) {
    const f = figs[n];
    const p = figs[n - 1];
    // A kind read after it, or taken from the toll before ("selon un bilan … (12 initialement)");
    // or the same kind as the toll before ("contre 18 morts auparavant").
    if (f.kind && f.kindFrom !== 'after' && f.kindFrom !== 'inherit' && f.kind !== p.kind) continue;
    // "up from an initial 20", "down from the previous 12": over the earlier toll's adjective.
    let b = f.q.first - 1;
    while (b > f.q.first - 4 && FROM_FILLERS.has(tokens[b]?.norm ?? '')) b--;
    const up = tokens[b]?.norm === 'from' && ['up', 'down'].includes(tokens[b - 1]?.norm ?? '');
    // "s'est alourdi à 40 morts, contre 20 annoncés initialement", "compared with 20 previously".
    // "Quinze soldats ont été tués (12 initialement)": in brackets too.
    // "35 morts au lieu des 95 annoncés initialement", "instead of the 95 it had announced earlier".
    const against =
      (['contre', 'with', '('].includes(tokens[f.q.first - 1]?.norm ?? '') || insteadOf(tokens, f.q.first)) &&
      earlierAfter(tokens, f.q.last);
    // "rose to 25 from 18": the toll before, raised "to" its number, then the one it rose "from".
    const toFrom =
      tokens[b]?.norm === 'from' && p.last === b && RISE_TO.has(tokens[p.q.first - 1]?.norm ?? '');
    if (up || against || toFrom || afterBeing(tokens, f.q.first)) inherit(f, p);
  }
}

/** "au lieu des 95", "au lieu de 95", "instead of the 95": a toll set aside before the figure at `first`. */
function insteadOf(tokens: Token[], first: number): boolean {
  let k = first - 1;
  if (INSTEAD_ARTICLES.has(tokens[k]?.norm ?? '')) k--;
  const w = (j: number) => tokens[j]?.norm ?? '';
  // "de 9": the figure's words may hold the "de".
  if (w(k) === 'lieu') k++;
  return (
    (['de', 'des', "d'", 'du'].includes(w(k)) && w(k - 1) === 'lieu' && w(k - 2) === 'au') ||
    (w(k) === 'of' && w(k - 1) === 'instead')
  );
}
const INSTEAD_ARTICLES = new Set(['the', 'les', 'a', 'an']);

/** "rose to 25", "passé à 25": the word before a raised toll. */
const RISE_TO = new Set(['to', 'a']);
/** "after it had been 18", "après avoir été de 18", "بعد أن كانت 18" (glossed "after that that"). */
const BEING_WORDS = new Set(['it', 'had', 'been', 'being', 'was', 'avoir', 'ete', 'de', 'that']);
const AFTER_WORDS = new Set(['after', 'apres']);
const BEING_REACH = 5;
function afterBeing(tokens: Token[], first: number): boolean {
  let k = first - 1;
  while (k > first - BEING_REACH && BEING_WORDS.has(tokens[k]?.norm ?? '')) k--;
  return k < first - 1 && AFTER_WORDS.has(tokens[k]?.norm ?? '');
}

/** Between "up from" and the earlier toll: "an initial", "the previous", "an earlier". */
const FROM_FILLERS = new Set(['a', 'an', 'the', 'initial', 'earlier', 'previous', 'original', 'preliminary']);

/**
 * Words that date a figure before the news: "annoncés initialement", "la veille", "previously";
 * and the announcing itself, "contre 12 annoncés dimanche", "compared with 12 reported on Sunday".
 */
const EARLIER_WORDS = new Set([
  ...['initialement', 'auparavant', 'precedemment', 'veille', 'initially', 'previously', 'earlier'],
  ...['annonces', 'annoncees', 'annonce', 'annoncee', 'announced', 'reported'],
]);
function earlierAfter(tokens: Token[], k: number): boolean {
  for (let j = k; j < k + 4; j++) {
    const t = tokens[j];
    if (!t || t.type === 'punct') return false;
    if (EARLIER_WORDS.has(t.norm)) return true;
  }
  return false;
}

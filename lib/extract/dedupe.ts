/**
 * One claim per distinct figure: a figure repeated in the headline, the lede and the
 * body is one claim carrying the most specific attribution.
 */
import { THING_SUBJECTS, type By, type Claim } from '../types';
import { SUBJECT_WORDS } from './lexicon';
import { fold } from './tokens';

const isThing = (c: Claim) => (THING_SUBJECTS as readonly string[]).includes(c.subject);

const RANK: Record<By, number> = {
  unattributed: 0,
  media: 1,
  local: 2,
  security_source: 2,
  monitor: 2,
  armed_group: 2,
  official: 2,
};

const same = (a: Claim, b: Claim) =>
  (a.incident ?? 0) === (b.incident ?? 0) &&
  a.kind === b.kind &&
  a.subject === b.subject &&
  a.min === b.min &&
  a.max === b.max &&
  !otherItems(a, b);

/**
 * Is sideless h (a headline's "132 morts", a lede's "12 morts, selon le maire") the figure b tells
 * with its side, by the same claimant ("132 civils tués", "les 12 civils tués")?
 */
function sidelessRepeat(h: Claim, b: Claim): boolean {
  return (
    h.subject === 'people' &&
    b.subject !== 'people' &&
    !isThing(b) &&
    (h.incident ?? 0) === (b.incident ?? 0) &&
    h.kind === b.kind &&
    h.min === b.min &&
    h.max === b.max &&
    h.by === b.by
  );
}

/** Is p a smaller part of total t, of the given side: "53 soldats" in "54 morts dont 53 soldats"? */
function partOf(p: Claim, t: Claim, side: string): boolean {
  return p.subject === side && p.kind === t.kind && p.by === t.by && p.max !== null && p.max < t.min;
}

/** "un pistolet, une mitrailleuse PKM": two things of one kind under different names are two items. */
function otherItems(a: Claim, b: Claim): boolean {
  if (!isThing(a)) return false;
  return itemName(a) !== itemName(b);
}
/**
 * A thing's noun in its claim's words, folded, singular ("motos" and "moto" are one item): the
 * first word that names a thing ("récupéré 2 motos", "2 motos ont été récupérées"), else the last.
 */
function itemName(c: Claim): string {
  const words = c.text.split(/[\s,]+/).map(fold);
  const thing = words.find((w) => (THING_SUBJECTS as readonly string[]).includes(SUBJECT_WORDS.get(w) ?? ''));
  return (thing ?? words[words.length - 1] ?? '').replace(/s$/, '');
}

/**
 * Merges repeated figures; `headline[i]` marks claims read from a headline-like line, `sentence[i]`
 * the sentence a claim was read in.
 */
export function dedupeClaims(claims: Claim[], headline: boolean[], sentence: number[] = []): Claim[] {
  const { out, outHead } = mergeRepeats(claims, headline, sentence);
  const kept = out.map(
    (c, i) => !restated(out, c, i) && !rounded(out, c, i) && !unclaimedRestatement(out, outHead, c, i),
  );
  return withHeadlines(out, outHead, kept);
}

/**
 * The same figure told again ("19 civils" in the headline, the lede and the body) is one claim,
 * with the body's words and the most specific claimant; `outHead[k]` marks a claim only a headline tells.
 */
function mergeRepeats(
  claims: Claim[],
  headline: boolean[],
  sentence: number[],
): { out: Claim[]; outHead: boolean[] } {
  const out: Claim[] = [];
  const outHead: boolean[] = [];
  const outSentence: Array<number | undefined> = [];
  // "récupéré 01 fusil mitrailleur, 02 motos et 01 fusil de chasse": one sentence's list names
  // each of its things once; the same words twice in it are two items.
  const listed = (j: number, i: number) =>
    isThing(claims[i]) && sentence[i] !== undefined && outSentence[j] === sentence[i];
  claims.forEach((c, i) => {
    let k = out.findIndex((o, j) => same(o, c) && !listed(j, i));
    // "le gouvernement annonce 132 morts" over "un bilan de 132 civils tués": the toll without a
    // side, in a headline or in the body, is the one its claimant tells with the side.
    if (k < 0) k = out.findIndex((o) => sidelessRepeat(o, c) || sidelessRepeat(c, o));
    // "54 morts dont 53 soldats" and "54 corps" read as soldiers: a total with a smaller part of
    // that side is no toll of that side alone; it stays the total.
    const total = (t: Claim, side: Claim) => claims.some((p) => partOf(p, t, side.subject));
    if (k >= 0 && out[k].subject === 'people' && c.subject !== 'people' && !total(out[k], c))
      out[k] = { ...out[k], subject: c.subject };
    if (k >= 0 && c.subject === 'people' && out[k].subject !== 'people' && total(c, out[k]))
      out[k] = { ...out[k], subject: 'people' };
    if (k < 0) {
      out.push({ ...c });
      outHead.push(headline[i]);
      outSentence.push(sentence[i]);
      return;
    }
    const o = out[k];
    if (c.earlier && !o.earlier) out[k] = { ...out[k], earlier: true };
    // Keep the body's words for highlighting, and the most specific claimant.
    // A headline's words name its claimant loosely ("French Military Airstrike Killed 19 Civilians
    // -UN Report"): the body's claimant of the same rank is the one the text gives.
    if (RANK[c.by] > RANK[o.by] || (RANK[c.by] === RANK[o.by] && outHead[k] && !headline[i])) {
      out[k] = { ...o, by: c.by, source: c.source };
    }
    if (outHead[k] && !headline[i]) {
      out[k] = { ...out[k], text: c.text, start: c.start, end: c.end };
      outHead[k] = false;
    }
  });
  return { out, outHead };
}

/**
 * "au moins sept assaillants" and "7 morts" from the same claimant: one figure, kept with its
 * qualifier. Things under another name are another lot ("plusieurs armes, dont 2 mitrailleuses").
 * A restatement without a side is the figure told with one ("at least 26 villagers" and "we buried
 * 26 people").
 */
function restated(out: Claim[], c: Claim, i: number): boolean {
  return (
    c.max === c.min &&
    out.some(
      (o, j) =>
        j !== i &&
        o.kind === c.kind &&
        (o.subject === c.subject || (c.subject === 'people' && !isThing(o))) &&
        (o.by === c.by || c.by === 'unattributed') &&
        o.min === c.min &&
        o.max === null &&
        !otherItems(o, c),
    )
  );
}

/**
 * "plus de 200" beside 203 from the same claimant: the rounded restatement adds nothing. A
 * number that is not round ("au moins 95" beside 103) is a toll of its own, a revised one.
 */
function rounded(out: Claim[], c: Claim, i: number): boolean {
  return (
    (c.approx || c.max === null || c.max !== c.min) &&
    (c.approx || isRound(c.min) || isRound(c.min - 1)) &&
    out.some(
      (o, j) =>
        j !== i &&
        o.kind === c.kind &&
        o.subject === c.subject &&
        o.by === c.by &&
        o.min === o.max &&
        !o.approx &&
        o.min !== c.min &&
        o.min >= c.min &&
        (c.max === null || o.min <= c.max) &&
        c.min >= o.min * 0.8,
    )
  );
}

/**
 * "au moins 33 militaires ont été tués" told by no one, beside the army's 33: the army's figure,
 * restated with a qualifier (SCHEMA.md: the most specific attribution wins).
 */
function unclaimedRestatement(out: Claim[], outHead: boolean[], c: Claim, i: number): boolean {
  return (
    c.by === 'unattributed' &&
    c.max === null &&
    out.some(
      (o, j) =>
        j !== i &&
        !outHead[j] &&
        o.kind === c.kind &&
        o.subject === c.subject &&
        o.by !== 'unattributed' &&
        o.min === c.min &&
        o.max === o.min,
    )
  );
}

/**
 * A headline figure restated in the body with a qualifier ("21 soldiers" / "at least 21 soldiers") is one
 * claim: the body's, with the headline's claimant when the body names none ("Amnesty says army
 * killed 40" over "soldiers executed at least 40 civilians"). The kept claims.
 */
function withHeadlines(out: Claim[], outHead: boolean[], kept: boolean[]): Claim[] {
  return out
    .map((c, i) => {
      if (!kept[i] || outHead[i] || c.by !== 'unattributed') return c;
      const h = out.find(
        (o, j) =>
          kept[j] &&
          outHead[j] &&
          o.by !== 'unattributed' &&
          o.kind === c.kind &&
          o.subject === c.subject &&
          overlaps(o, c),
      );
      return h ? { ...c, by: h.by, source: h.source } : c;
    })
    .filter((c, i) => {
      if (!kept[i]) return false;
      if (!outHead[i]) return true;
      return !out.some(
        (o, j) =>
          j !== i && kept[j] && !outHead[j] && o.kind === c.kind && o.subject === c.subject && overlaps(o, c),
      );
    });
}

function overlaps(a: Claim, b: Claim): boolean {
  const lo = Math.max(a.min, b.min);
  const hi = Math.min(a.max ?? Infinity, b.max ?? Infinity);
  return lo <= hi;
}

/** A round number, as a rounded restatement writes it: 200, 30 (and 201 for "more than 200"). */
const isRound = (n: number) => n >= 10 && n % 10 === 0;

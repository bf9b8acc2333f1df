/**
 * extractReport: article text → the quantified claims it makes about attacks in Mali.
 *
 * The pipeline, one module per rule family (each with its tests in tests/unit/extract/):
 *   tokens (Arabic glossed) → sentences → language → numbers → claims (kind, subject) → attribution (by)
 *   → dates → actors → places → background → dedupe → status
 */
import type { Claim, ExtractInput, Incident, Kind, Report } from '../types';
import { findActors } from './actors';
import { glossArabic, isArabicText } from './arabic';
import { findArabicEventDate } from './arabic-dates';
import { sentenceCues, type Cue } from './attribution';
import { cueFor } from './cue-scope';
import { backgroundRanges, backgroundSentences, type MainTime } from './background';
import { breakdownOfLast } from './breakdown-after';
import { ListLines } from './list-lines';
import { normaliseFigure, sentenceFigures, type Figure } from './claims';
import { dateHint, findEventDate } from './dates';
import { dedupeClaims } from './dedupe';
import { detectLanguage } from './language';
import { PERSON_KINDS } from './lexicon';
import { CLAIM_STEMS, hasStem } from './lexicon-actors';
import { CLAIM_PASSES, type ClaimContext, type Placed } from './passes';
import { selectPlaces } from './places';
import { pageLines } from './furniture-lines';
import { splitSentences } from './sentences';
import { squeezeSpaces, unsqueezeReport } from './squeeze-spaces';
import { splitIncidents } from './incidents';
import { infoboxSides } from './infobox';
import { tokenize, type Token } from './tokens';
import { attackSentence, decideTopic } from './topic';

/** Bumped whenever extraction rules change: saved reports remember which version read them. */
export const EXTRACTOR_VERSION = 28;

/**
 * The rule modules the pipeline is built from, in order (a test checks each has unit
 * tests). The claim refinements after them run as CLAIM_PASSES (lib/extract/passes).
 */
export const RULE_MODULES = [
  'tokens',
  'arabic',
  'sentences',
  'language',
  'numbers',
  'claims',
  'attribution',
  'dates',
  'actors',
  'places',
  'background',
  'dedupe',
  'incidents',
  'infobox',
  'word-forms',
  'side-markers',
  'topic',
] as const;

/**
 * Running totals, not one attack's toll: a vague count in the perfect tense ("Armed
 * Islamist groups have killed hundreds of…"), and any "hundreds" or "thousands" with no
 * number ("des centaines de victimes de l'insécurité", "thousands more have fled").
 */
function cumulative(
  tokens: ReturnType<typeof tokenize>,
  s: { first: number; last: number },
  f: Figure,
): boolean {
  if (f.q.max !== null || f.q.min < 200) return false;
  // "le JNIM dit avoir tué des centaines de soldats", "claimed to have killed hundreds": a claimant's
  // count of its own deed, told in the infinitive, is this attack's.
  if (ownDeedTold(tokens, s.first, f.q.first)) return false;
  for (let k = f.q.first; k < f.q.last; k++) if (HUGE_AMOUNTS.has(tokens[k].norm)) return true;
  // "ont tué des centaines de…", not the verb of a figure before ("70 ont été tuées et plus de 200 blessées").
  for (let k = f.q.first - 1; k >= Math.max(s.first, f.q.first - 6); k--) {
    if (tokens[k].type === 'num' || ['et', 'and', ','].includes(tokens[k].norm)) return false;
    if (['have', 'has', 'ont', 'a'].includes(tokens[k].norm)) return true;
  }
  return false;
}
const HUGE_AMOUNTS = new Set(['centaines', 'hundreds', 'milliers', 'thousands']);

/** "avoir tué", "to have killed" within the few words before the figure at q. */
function ownDeedTold(tokens: Token[], first: number, q: number): boolean {
  for (let k = q - 1; k >= Math.max(first, q - 5); k--) {
    if (tokens[k].norm === 'avoir') return true;
    if (tokens[k].norm === 'have' && tokens[k - 1]?.norm === 'to') return true;
  }
  return false;
}

const RELATIVES = new Set([
  'laquelle',
  'lequel',
  'lesquelles',
  'lesquels',
  'qui',
  'which',
  'that',
  'ou',
  'where',
]);

/**
 * "Le JNIM a revendiqué l'attaque de Boni, dans laquelle 12 soldats ont été tués", "JNIM claimed
 * the attack, in which 12 soldiers were killed": a figure in a relative clause about the claimed
 * attack is the story's, not the group's claim.
 */
function narratedAfterClaim(tokens: Token[], cues: Cue[], at: number, end: number): Cue | null {
  const cue = cueFor(cues, at, end);
  if (!cue || cue.pos >= at || !hasStem(tokens[cue.pos]?.norm ?? '', CLAIM_STEMS)) return cue;
  for (let k = cue.pos + 1; k < at; k++)
    // "…, in which 12 soldiers were killed according to the army": a claimant of its own after it.
    if (RELATIVES.has(tokens[k].norm)) return cues.find((c) => c.pos >= end) ?? null;
  return cue;
}

/** Finds the claims an article makes about attacks in Mali. */
export function extractReport(input: ExtractInput): Report {
  // "Nioro du  Sahel": runs of spaces read as one, the claims still pointing into the page's text.
  const squeezed = squeezeSpaces(input.text ?? '');
  if (!squeezed) return extractFrom(input);
  return unsqueezeReport(extractFrom({ ...input, text: squeezed.text }), input.text, squeezed);
}

function extractFrom(input: ExtractInput): Report {
  const text = input.text ?? '';
  const hint = dateHint(text);
  // The ` date 2022-03` line is page metadata, not article words.
  const raw = hint ? tokenize(text).filter((t) => t.start >= hint.end) : tokenize(text);
  // An Arabic page is read through its English gloss (arabic.ts): same rules, Arabic words.
  const arabic = isArabicText(raw);
  const tokens = arabic ? glossArabic(raw) : raw;
  const sentences = splitSentences(text, tokens);
  const lang = arabic ? 'en' : detectLanguage(tokens, input.lang);
  const reportLang = arabic ? 'ar' : lang;
  const pub = input.published && /^\d{4}-\d{2}/.test(input.published) ? input.published : null;

  // A first guess at the main event's year and month, for telling other times apart.
  const guessYear = hint?.year ?? (pub ? Number(pub.slice(0, 4)) : null);
  const guessMonth = hint?.month ?? (pub ? Number(pub.slice(5, 7)) : null);
  // First pass without months: which month is "another" one depends on the date being looked for.
  let bgSentence = backgroundSentences(tokens, sentences, { year: guessYear, month: null });
  const parseLang = lang === 'other' ? 'fr' : lang;
  const date = arabic
    ? findArabicEventDate(tokens, sentences, input.published, (i) => bgSentence[i])
    : findEventDate(text, tokens, sentences, parseLang, input.published, (i) => bgSentence[i]);
  const main: MainTime = date.date
    ? {
        year: Number(date.date.slice(0, 4)),
        month: Number(date.date.slice(5, 7)),
        day: Number(date.date.slice(8, 10)),
        published: pub,
      }
    : {
        year: guessYear,
        month: guessMonth,
        day: null,
        guessedUpTo: hint?.month ? -1 : (sentences.find((s) => !s.headline)?.index ?? -1),
      };
  const bgRanges = sentences.map((s) => backgroundRanges(tokens, s, main));
  bgSentence = backgroundSentences(tokens, sentences, main, bgRanges);
  const inBackground = (f: Figure) =>
    bgSentence[f.sentence] || bgRanges[f.sentence].some(([a, b]) => f.q.first >= a && f.q.first < b);
  // "Lire aussi", a caption, a byline: read once for actors, places and claimants.
  const page = pageLines(tokens, sentences);
  const actors = findActors(tokens, sentences, (i) => bgSentence[i], lang, main.year, page);
  const placeSel = selectPlaces(text, tokens, sentences, lang, (i) => bgSentence[i], page);
  const event: Incident = {
    date: date.date,
    dateEnd: date.dateEnd ?? null,
    datePrecision: date.datePrecision ?? null,
    ...(date.dateText ? { dateText: date.dateText } : {}),
    places: placeSel.places.map((p) => p.name),
    placeDetails: placeSel.places,
    actors,
  };

  if (lang === 'other') {
    return {
      lang: input.lang ?? 'und',
      status: 'unsupported-language',
      event,
      incidents: [event],
      claims: [],
      background: [],
    };
  }

  // Figures and their claimants, sentence by sentence.
  const placed: Placed[] = [];
  const infobox = infoboxSides(tokens, sentences);
  const ctx: ClaimContext = {
    text,
    tokens,
    sentences,
    placed,
    cues: [],
    pageLines: page,
    lastCue: [],
    // A place the gazetteer lacks ("Bani-Bangou, dans l'ouest du Niger") is no evidence of Mali.
    malianPlaces: new Set(placeSel.mentions.filter((m) => m.place.country === 'ML').map((m) => m.sentence)),
  };
  let last: Cue | null = null;
  const lines = new ListLines();
  let lastToll: { kind: Kind; sentence: number; paragraph: number } | null = null;
  for (const s of sentences) {
    const cues = sentenceCues(text, tokens, s, last);
    ctx.cues[s.index] = cues;
    if (cues.length) last = cues[cues.length - 1];
    ctx.lastCue[s.index] = last
      ? { cue: last, sentence: cues.length ? s.index : (ctx.lastCue[s.index - 1]?.sentence ?? -1) }
      : null;
    // "Matériel récupéré :" then "- 12 motos ;", "- 5 armes ;": the header's kind for its bulleted lines.
    lines.line(tokens, s);
    // "… a fait 12 morts. Parmi eux, 5 soldats.": the toll of the sentence before, in its paragraph.
    const before =
      lastToll?.paragraph === s.paragraph && lastToll.sentence === s.index - 1 ? lastToll.kind : null;
    for (const f of sentenceFigures(tokens, text, s)) {
      breakdownOfLast(tokens, s, f, before);
      if (f.kind && PERSON_KINDS.has(f.kind))
        lastToll = { kind: f.kind, sentence: s.index, paragraph: s.paragraph };
      lines.fill(f);
      const g = normaliseFigure(f);
      if (!g) continue;
      if (!g.subject && infobox.has(s.index)) {
        g.subject = infobox.get(s.index)!;
        g.sided = true;
        g.infobox = true;
      }
      placed.push({
        fig: g,
        cue: narratedAfterClaim(tokens, cues, g.q.first, g.last),
        paragraph: s.paragraph,
        // "- Casualties1: …" infobox items are short lines without a full stop, but not headlines.
        headline: s.headline && !lines.bulleted,
        background: inBackground(g) || cumulative(tokens, s, g),
      });
    }
  }
  for (const pass of CLAIM_PASSES) pass.run(ctx);

  const toClaim = (p: Placed): Claim => {
    const f = p.fig;
    const start = tokens[f.first].start;
    const end = tokens[f.last - 1].end;
    let by = p.cue?.by ?? 'unattributed';
    let kind = f.kind!;
    if (kind === 'arrested' && by === 'armed_group') kind = 'captured';
    if (kind === 'captured' && by === 'official' && f.subject === 'militants') kind = 'arrested';
    const c: Claim = {
      kind,
      subject: f.subject!,
      min: f.q.min,
      max: f.q.max,
      by,
      text: text.slice(start, end),
      start,
      end,
    };
    if (f.q.approx) c.approx = true;
    if (p.cue?.source) c.source = p.cue.source;
    if (f.earlier) c.earlier = true;
    if (by === 'unattributed') delete c.source;
    by = c.by;
    return c;
  };

  const attack = sentences.some((s) => attackSentence(tokens, s));

  // Deaths with no attack anywhere (floods, accidents, epidemics) are not this product's claims.
  const news = attack ? placed.filter((p) => !p.background) : [];
  const bg = attack ? placed.filter((p) => p.background) : placed;
  // About an attack in Mali only with evidence of both (topic.ts); else no claims.
  const topic = decideTopic({
    text,
    title: input.title,
    tokens,
    sentences,
    figureSentences: news.map((p) => p.fig.sentence),
    figureKinds: news.map((p) => p.fig.kind),
    places: placeSel.places,
    abroad: placeSel.abroad,
    background: (i) => bgSentence[i],
  });
  const status: Report['status'] = topic !== 'ok' ? topic : news.length ? 'ok' : 'no-claims';
  // Two attacks in one article: one incident each, claims pointing at theirs.
  const split = splitIncidents(
    news.map((p) => ({ sentence: p.fig.sentence })),
    sentences,
    date.days ?? [],
    placeSel.mentions,
    event,
  );
  const newsClaims =
    status === 'ok'
      ? dedupeClaims(
          news.map((p, i) => {
            const c = toClaim(p);
            if (split.incidents.length > 1) c.incident = split.assign[i];
            return c;
          }),
          news.map((p) => p.headline),
        )
      : [];
  const background = dedupeClaims(
    (status === 'ok' ? bg : placed).map(toClaim),
    (status === 'ok' ? bg : placed).map(() => false),
  );
  const incidents = status === 'ok' ? split.incidents : [event];
  return { lang: reportLang, status, event: incidents[0], incidents, claims: newsClaims, background };
}

export { dateHint };

/**
 * extractReport: article text → the quantified claims it makes about attacks in Mali.
 *
 * The pipeline, one module per rule family (each with its tests in tests/unit/extract/), in named
 * steps: readText (tokens, Arabic glossed; sentences; language) → readMainTime (the date; what is
 * background) → actors and places → placeFigures (claims: kind, subject; attribution: by) →
 * CLAIM_PASSES → finishReport (topic, incidents, dedupe, status).
 */
import type { Claim, ExtractInput, Incident, Report } from '../types';
import { findActors } from './actors';
import { glossArabic, isArabicText } from './arabic';
import { findArabicEventDate } from './arabic-dates';
import { backgroundRanges, backgroundSentences, timelessCues, type MainTime } from './background';
import type { Figure } from './claims';
import { dateHint, findEventDate } from './dates';
import { dedupeClaims } from './dedupe';
import { detectLanguage } from './language';
import { CLAIM_PASSES, type ClaimContext, type Placed } from './passes';
import { selectPlaces } from './places';
import { pageLines } from './furniture-lines';
import { splitSentences } from './sentences';
import { squeezeSpaces, unsqueezeReport } from './squeeze-spaces';
import { splitIncidents } from './incidents';
import { tokenize } from './tokens';
import { placeFigures } from './place-figures';
import { claimOf } from './claim-of';
import { attackSentence, decideTopic } from './topic';

/** Bumped whenever extraction rules change: saved reports remember which version read them. */
export const EXTRACTOR_VERSION = 45;

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

/** Finds the claims an article makes about attacks in Mali. */
export function extractReport(input: ExtractInput): Report {
  // "Nioro du  Sahel": runs of spaces read as one, the claims still pointing into the page's text.
  const squeezed = squeezeSpaces(input.text ?? '');
  if (!squeezed) return extractFrom(input);
  return unsqueezeReport(extractFrom({ ...input, text: squeezed.text }), input.text, squeezed);
}

/** The text read into tokens and sentences, an Arabic page through its English gloss. */
function readText(input: ExtractInput) {
  const text = input.text ?? '';
  const hint = dateHint(text);
  // The ` date 2022-03` line is page metadata, not article words.
  const raw = hint ? tokenize(text).filter((t) => t.start >= hint.end) : tokenize(text);
  // An Arabic page is read through its English gloss (arabic.ts): same rules, Arabic words.
  const arabic = isArabicText(raw);
  const tokens = arabic ? glossArabic(raw) : raw;
  const sentences = splitSentences(text, tokens);
  const lang = arabic ? 'en' : detectLanguage(tokens, input.lang);
  const pub = input.published && /^\d{4}-\d{2}/.test(input.published) ? input.published : null;
  return { text, hint, tokens, sentences, arabic, lang, reportLang: arabic ? 'ar' : lang, pub };
}
type TextRead = ReturnType<typeof readText>;

/** The main event's date, and the sentences and ranges of another time or place (background). */
function readMainTime(r: TextRead, published: ExtractInput['published']) {
  const { text, hint, tokens, sentences, arabic, lang, pub } = r;
  // A first guess at the main event's year and month, for telling other times apart.
  const guessYear = hint?.year ?? (pub ? Number(pub.slice(0, 4)) : null);
  const guessMonth = hint?.month ?? (pub ? Number(pub.slice(5, 7)) : null);
  // First pass without months: which month is "another" one depends on the date being looked for.
  const guess: MainTime = { year: guessYear, month: null };
  // The cues that do not depend on the main time, read once for both passes.
  const timeless = sentences.map((s) => timelessCues(tokens, s));
  const guessRanges = sentences.map((s, i) => backgroundRanges(tokens, s, guess, timeless[i]));
  let bgSentence = backgroundSentences(tokens, sentences, guess, guessRanges);
  const parseLang = lang === 'other' ? 'fr' : lang;
  const date = arabic
    ? findArabicEventDate(tokens, sentences, published, (i) => bgSentence[i])
    : findEventDate(text, tokens, sentences, parseLang, published, (i) => bgSentence[i]);
  // The story's opening: its title and first sentence.
  const opening = sentences.find((s) => !s.headline)?.index ?? -1;
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
        guessedUpTo: hint?.month ? -1 : opening,
        undatedUpTo: opening,
      };
  const bgRanges = sentences.map((s, i) => backgroundRanges(tokens, s, main, timeless[i]));
  bgSentence = backgroundSentences(tokens, sentences, main, bgRanges);
  const inBackground = (f: Figure) =>
    bgSentence[f.sentence] || bgRanges[f.sentence].some(([a, b]) => f.q.first >= a && f.q.first < b);
  return { date, main, bgSentence, inBackground };
}

function extractFrom(input: ExtractInput): Report {
  const r = readText(input);
  const { text, tokens, sentences, lang } = r;
  const time = readMainTime(r, input.published);
  const { date, main, bgSentence, inBackground } = time;
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
    const none = { claims: [], background: [] };
    return { lang: input.lang ?? 'und', status: 'unsupported-language', event, incidents: [event], ...none };
  }
  // Figures and their claimants, sentence by sentence, then the passes that refine them.
  const ctx: ClaimContext = {
    text,
    tokens,
    sentences,
    placed: [],
    cues: [],
    pageLines: page,
    lastCue: [],
    // A place the gazetteer lacks ("Bani-Bangou, dans l'ouest du Niger") is no evidence of Mali.
    malianPlaces: new Set(placeSel.mentions.filter((m) => m.place.country === 'ML').map((m) => m.sentence)),
  };
  placeFigures(ctx, inBackground);
  for (const pass of CLAIM_PASSES) pass.run(ctx);
  return finishReport(input, r, time, placeSel, event, ctx.placed);
}

/**
 * The report: whether the page tells of an attack in Mali (topic.ts), its incidents, and its
 * claims as news or background, each figure once (dedupe.ts).
 */
function finishReport(
  input: ExtractInput,
  r: TextRead,
  time: ReturnType<typeof readMainTime>,
  placeSel: ReturnType<typeof selectPlaces>,
  event: Incident,
  placed: Placed[],
): Report {
  const { text, tokens, sentences } = r;
  const toClaim = (p: Placed): Claim => claimOf(text, tokens, p);
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
    background: (i) => time.bgSentence[i],
  });
  const status: Report['status'] = topic !== 'ok' ? topic : news.length ? 'ok' : 'no-claims';
  // Two attacks in one article: one incident each, claims pointing at theirs.
  const split = splitIncidents(
    news.map((p) => ({ sentence: p.fig.sentence })),
    sentences,
    time.date.days ?? [],
    placeSel.mentions,
    event,
  );
  const ok = status === 'ok';
  const newsClaims = ok
    ? dedupeClaims(
        news.map((p, i) => {
          const c = toClaim(p);
          if (split.incidents.length > 1) c.incident = split.assign[i];
          return c;
        }),
        news.map((p) => p.headline),
        news.map((p) => p.fig.sentence),
      )
    : [];
  const told = ok ? bg : placed;
  const background = dedupeClaims(
    told.map(toClaim),
    told.map(() => false),
  );
  const incidents = ok ? split.incidents : [event];
  return { lang: r.reportLang, status, event: incidents[0], incidents, claims: newsClaims, background };
}

export { dateHint };

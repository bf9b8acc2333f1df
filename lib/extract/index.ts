/**
 * extractReport: article text → the quantified claims it makes about attacks in Mali.
 *
 * The pipeline, one module per rule family (each with its tests in tests/unit/extract/):
 *   tokens → sentences → language → numbers → claims (kind, subject) → attribution (by)
 *   → dates → actors → places → background → dedupe → status
 */
import type { Claim, ExtractInput, Incident, Report, Subject } from '../types';
import { findActors } from './actors';
import { classify, cueFor, sentenceCues, type Cue } from './attribution';
import { backgroundRanges, backgroundSentences, type MainTime } from './background';
import { normaliseFigure, sentenceFigures, type Figure } from './claims';
import { dateHint, findEventDate } from './dates';
import { dedupeClaims } from './dedupe';
import { detectLanguage } from './language';
import { ATTACK_NOUNS, KIND_WORDS, PERSON_KINDS, SIDE_MARKERS } from './lexicon';
import { selectPlaces } from './places';
import { splitSentences, type Sentence } from './sentences';
import { splitIncidents } from './incidents';
import { infoboxSides } from './infobox';
import { tokenize } from './tokens';
import { decideTopic } from './topic';

/** Bumped whenever extraction rules change: saved reports remember which version read them. */
export const EXTRACTOR_VERSION = 5;

/** The rule modules, in pipeline order (a test checks each has unit tests). */
export const RULE_MODULES = [
  'tokens',
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
  'topic',
] as const;

/** First words of a page that is itself a statement: "Communiqué de l'état-major …". */
const STATEMENT_OPENERS = new Set(['communique', 'statement']);

const ATTACK_WORDS = new Set<string>([
  ...ATTACK_NOUNS,
  'jihadistes',
  'djihadistes',
  'jihadists',
  'terroristes',
  'terrorists',
  'terroriste',
  'terrorist',
  'militants',
  'gunmen',
  'insurgents',
  'assaillants',
  'assailants',
  'attackers',
  'rebelles',
  'rebels',
  'fighters',
  'combattants',
  'jnim',
  'gsim',
  'eigs',
  'isgs',
  'ambushed',
  'embuscades',
  'kidnapped',
  'enleves',
  'enlevement',
  'abducted',
  'ied',
  'drone',
  'frappes',
  'airstrike',
  'airstrikes',
  'armes',
  'armed',
  'assauts',
  'killed',
  'tues',
  'attaquees',
  'assaults',
  'strike',
  'massacre',
  'bombardement',
  'shelling',
  'neutralises',
  'executed',
  'executes',
  'execute',
  'massacred',
  'massacres',
  'killing',
  'abduction',
  'abductions',
  'kidnapping',
  'kidnappings',
  'hostage',
  'hostages',
  'otage',
  'otages',
  'enlevees',
  'landmine',
  'explosive',
  'explosif',
]);

/** Short lines opening "Bilan :" are part of the story, not another story's headline. */
const NOT_HEADLINE_PREFIX = new Set([
  'bilan',
  'toll',
  'casualties',
  'pertes',
  'losses',
  'update',
  'resultat',
  'result',
  'photo',
  'video',
  'cote',
  'side',
]);
const ALSO = new Set(['also', 'egalement', 'aussi', 'further', 'additionally']);
const PASSIVE = new Set(['were', 'was', 'been', 'be', 'is', 'are', 'ete', 'etre', 'sont', 'est']);

interface Placed {
  fig: Figure;
  cue: Cue | null;
  paragraph: number;
  headline: boolean;
  background: boolean;
}

/** "Armed Islamist groups have killed hundreds of…": a vague count in the perfect tense is a running total. */
function cumulative(
  tokens: ReturnType<typeof tokenize>,
  s: { first: number; last: number },
  f: Figure,
): boolean {
  if (f.q.max !== null || f.q.min < 200) return false;
  for (let k = Math.max(s.first, f.q.first - 6); k < f.q.first; k++)
    if (['have', 'has', 'ont', 'a'].includes(tokens[k].norm)) return true;
  return false;
}

/** Finds the claims an article makes about attacks in Mali. */
export function extractReport(input: ExtractInput): Report {
  const text = input.text ?? '';
  const hint = dateHint(text);
  // The ` date 2022-03` line is page metadata, not article words.
  const tokens = hint ? tokenize(text).filter((t) => t.start >= hint.end) : tokenize(text);
  const sentences = splitSentences(text, tokens);
  const lang = detectLanguage(tokens, input.lang);
  const pub = input.published && /^\d{4}-\d{2}/.test(input.published) ? input.published : null;

  // A first guess at the main event's year and month, for telling other times apart.
  const guessYear = hint?.year ?? (pub ? Number(pub.slice(0, 4)) : null);
  const guessMonth = hint?.month ?? (pub ? Number(pub.slice(5, 7)) : null);
  // First pass without months: which month is "another" one depends on the date being looked for.
  let bgSentence = backgroundSentences(tokens, sentences, { year: guessYear, month: null });
  const parseLang = lang === 'other' ? 'fr' : lang;
  const date = findEventDate(text, tokens, sentences, parseLang, input.published, (i) => bgSentence[i]);
  const main: MainTime = date.date
    ? {
        year: Number(date.date.slice(0, 4)),
        month: Number(date.date.slice(5, 7)),
        day: Number(date.date.slice(8, 10)),
      }
    : { year: guessYear, month: guessMonth, day: null };
  const bgRanges = sentences.map((s) => backgroundRanges(tokens, s, main));
  bgSentence = backgroundSentences(tokens, sentences, main, bgRanges);
  const inBackground = (f: Figure) =>
    bgSentence[f.sentence] || bgRanges[f.sentence].some(([a, b]) => f.q.first >= a && f.q.first < b);
  const actors = findActors(tokens, sentences, (i) => bgSentence[i]);
  const placeSel = selectPlaces(text, tokens, sentences, lang, (i) => bgSentence[i]);
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
  let last: Cue | null = null;
  const lastCue: Array<{ cue: Cue; sentence: number } | null> = [];
  for (const s of sentences) {
    const cues = sentenceCues(text, tokens, s, last);
    if (cues.length) last = cues[cues.length - 1];
    lastCue[s.index] = last
      ? { cue: last, sentence: cues.length ? s.index : (lastCue[s.index - 1]?.sentence ?? -1) }
      : null;
    // "L'armée fait également état de…", "The army also said…": the same claimant gave the figures before.
    for (const c of cues) {
      let also = false;
      let passive = false;
      for (let k = Math.max(s.first, c.pos - 2); k <= Math.min(s.last - 1, c.pos + 2); k++) {
        if (ALSO.has(tokens[k].norm)) also = true;
        if (k < c.pos && PASSIVE.has(tokens[k].norm)) passive = true;
      }
      // "clashes were also reported" is not a claimant speaking again.
      if (!also || passive) continue;
      for (let n = placed.length - 1; n >= 0 && !placed[n].cue; n--) {
        if (!placed[n].headline && !placed[n].background) placed[n].cue = c;
      }
    }
    for (const f of sentenceFigures(tokens, text, s)) {
      const g = normaliseFigure(f);
      if (!g) continue;
      if (!g.subject && infobox.has(s.index)) {
        g.subject = infobox.get(s.index)!;
        g.sided = true;
      }
      placed.push({
        fig: g,
        cue: cueFor(cues, g.q.first, g.last),
        paragraph: s.paragraph,
        // "- Casualties1: …" infobox items are short lines without a full stop, but not headlines.
        headline: s.headline && !['-', '\u2022'].includes(tokens[s.first]?.text ?? ''),
        background: inBackground(g) || cumulative(tokens, s, g),
      });
    }
  }
  // A figure without a cue in its sentence takes the claimant of the nearest attributed figure of its paragraph.
  const item = (i: number) => ['-', '\u2022'].includes(tokens[sentences[i].first]?.text ?? '');
  const byParagraph = new Map<number, Placed[]>();
  for (const p of placed) {
    if (!p.cue) continue;
    const list = byParagraph.get(p.paragraph) ?? [];
    list.push(p);
    byParagraph.set(p.paragraph, list);
  }
  for (const p of placed) {
    if (p.cue || item(p.fig.sentence)) continue;
    let best: Placed | null = null;
    let dist = Infinity;
    // Paragraphs are short; a huge one (a page without breaks) is only searched near the figure.
    for (const o of byParagraph.get(p.paragraph) ?? []) {
      if (o.headline !== p.headline || o.background !== p.background) continue;
      const d = Math.abs(o.fig.sentence - p.fig.sentence) + (o.fig.sentence < p.fig.sentence ? 0 : 0.5);
      if (d < dist) {
        dist = d;
        best = o;
      }
      if (o.fig.sentence > p.fig.sentence + 3) break;
    }
    if (best && dist <= 8) p.cue = best.cue;
  }
  // A quotation's figures are attributed after it closes: "… 7 portés disparus. », a déclaré le gouvernement".
  for (const p of placed) {
    if (p.cue) continue;
    const s = sentences[p.fig.sentence + 1];
    if (!s || s.paragraph !== sentences[p.fig.sentence].paragraph) continue;
    const t0 = tokens[s.first];
    if (!t0 || !['\u00bb', '\u201d', '"', ','].includes(t0.text)) continue;
    const cues = sentenceCues(text, tokens, s, null);
    if (cues.length) p.cue = cues[0];
  }
  // The lede's figures are often attributed by the sentence after them ("…, selon un communiqué de l'armée").
  const firstBody = sentences.find((s) => !s.headline)?.paragraph ?? 0;
  for (const p of placed) {
    if (p.cue || p.headline || p.paragraph !== firstBody || item(p.fig.sentence)) continue;
    const s = sentences[p.fig.sentence + 1];
    if (!s || s.headline) continue;
    const cues = sentenceCues(text, tokens, s, null);
    if (cues.length) p.cue = cues[0];
  }
  // "Le bilan est le suivant : / Côté ami : 02 morts ; / Côté ennemi : …", "The toll is as follows:":
  // the lines of a toll list take the claimant who was speaking just before the list opened.
  const endsWith = (i: number, marks: string[]) => marks.includes(tokens[sentences[i].last - 1]?.text ?? '');
  for (const p of placed) {
    if (p.cue || p.background) continue;
    let i = p.fig.sentence;
    if (!sentences[i].headline && !item(i)) continue;
    while (
      i > 0 &&
      !endsWith(i - 1, [':']) &&
      (sentences[i - 1].headline || item(i - 1)) &&
      endsWith(i - 1, [';', ','])
    )
      i--;
    if (i === 0 || !endsWith(i - 1, [':'])) continue;
    const c = lastCue[i - 1];
    if (c && i - 1 - c.sentence <= 3) p.cue = c.cue;
  }
  // "COMMUNIQUÉ DE L'ÉTAT-MAJOR GÉNÉRAL DES ARMÉES": a page that opens as a statement speaks for its
  // issuer wherever no other claimant is named.
  const s0 = sentences[0];
  if (s0 && STATEMENT_OPENERS.has(tokens[s0.first]?.norm ?? '') && s0.last - s0.first <= 12) {
    const by = classify(tokens, s0.first + 1, s0.last);
    if (by === 'official' || by === 'armed_group') {
      const issuer: Cue = {
        pos: s0.first,
        by,
        source: text.slice(tokens[s0.first].start, tokens[s0.last - 1].end),
      };
      for (const p of placed) if (!p.cue && !p.background) p.cue = issuer;
    }
  }
  // A toll that does not name its side takes the side of the toll it is set against; else "people".
  const anchors = new Map<string, Placed[]>();
  for (const o of placed) {
    if (!o.fig.subject || o.background || !(o.fig.explicit || o.fig.sided)) continue;
    const list = anchors.get(o.fig.kind!) ?? [];
    if (list.length < 8) list.push(o);
    anchors.set(o.fig.kind!, list);
  }
  for (const p of placed) {
    const f = p.fig;
    if (f.subject) continue;
    if (f.kind === 'arrested') {
      f.subject = 'militants';
      continue;
    }
    const anchor = (anchors.get(f.kind!) ?? []).find(
      (o) =>
        o !== p &&
        !o.background &&
        (o.fig.explicit || o.fig.sided) &&
        o.fig.kind === f.kind &&
        o.fig.subject &&
        o.fig.subject !== 'people' &&
        PERSON_KINDS.has(o.fig.kind!) &&
        // Set against another claimant's toll, or a superseded toll of the same claimant.
        ((o.cue?.by ?? 'unattributed') !== (p.cue?.by ?? 'unattributed') || (f.earlier && !o.fig.earlier)),
    );
    f.subject = (anchor?.fig.subject as Subject | undefined) ?? 'people';
  }

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

  const attack = sentences.some((s) => {
    for (let k = s.first; k < s.last; k++) if (ATTACK_WORDS.has(tokens[k].norm)) return true;
    return false;
  });
  // Headline-like lines after the story has begun are page furniture (related stories, captions),
  // unless the body restates their figure.
  const firstBodySentence = sentences.find((s) => !s.headline)?.index ?? Infinity;
  let lastBodySentence = -1;
  for (const s of sentences) if (!s.headline) lastBodySentence = s.index;
  // "Mali : 40 civils tués à Ségou", "Niger: …": a headline's "Place :" opening. Not a labelled
  // toll line of a communiqué ("Bilan :", "Côté ami : 02 morts ;", "Enemy side: 11 killed").
  const headlinePrefix = (s: Sentence) => {
    for (let k = s.first + 1; k < Math.min(s.last, s.first + 4); k++) {
      if (tokens[k].text !== ':') continue;
      const w = tokens[s.first];
      if (!/^\p{Lu}/u.test(w.text)) return false;
      for (let i = s.first; i < k; i++) {
        const n = tokens[i].norm;
        if (NOT_HEADLINE_PREFIX.has(n) || KIND_WORDS.has(n) || SIDE_MARKERS.matchAt(tokens, i, k))
          return false;
      }
      return true;
    }
    return false;
  };
  // "…05 blessés ;": a line closed by a semicolon is an item of an enumeration, not a headline.
  const listItem = (s: Sentence) => [';', ','].includes(tokens[s.last - 1]?.text ?? '');
  for (const p of placed) {
    const s = sentences[p.fig.sentence];
    if (!p.headline || s.index < firstBodySentence || s.last - s.first > 16 || item(s.index) || listItem(s))
      continue;
    if (s.index > lastBodySentence || headlinePrefix(s)) p.background = true;
  }
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
  return { lang, status, event: incidents[0], incidents, claims: newsClaims, background };
}

export { dateHint };

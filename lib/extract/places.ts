/**
 * Which of the places the text names were attacked: localities in the sentences that
 * tell the attack, not places named for curfews, flight, reinforcements, borders or
 * as a correspondent's base, nor regions given as context. Places abroad in those
 * sentences, with no Malian locality, mean the attack was outside Mali.
 * The words it reads are in attack-place-words.ts, what else a place is in its sentence in
 * place-roles.ts, and the tests of the attack's country in attack-country.ts.
 */
import { findPlaces, type PlaceMention } from '../places';
import type { Place } from '../types';
import {
  ATTACK,
  attackStem,
  AXIS_WORDS,
  CONTEXT_TYPES,
  DATELINE_TAIL,
  NOT_ATTACK_CONTEXT,
  NOT_ATTACKED_BEFORE,
} from './attack-place-words';
import { KIND_WORDS } from './lexicon';
import { listedPlaces } from './place-lists';
import { attackOf, contextNear, partOfName, reference, unitName } from './place-roles';
import { indexAt, type Sentence } from './sentences';
import { furniture, pageLine, type Picked, type PlaceContext } from './place-context';
import { countryWords, leadAbroad, malianLocalities } from './place-country';
import type { Token } from './tokens';
import { WEEKDAYS } from './number-words';
import { DAY_PARTS } from './lexicon-dates';

export interface PlaceSelection {
  places: Place[];
  /** Every mention of those places in the attack's sentences, for telling two attacks apart. */
  mentions: Array<{ place: Place; sentence: number }>;
  /** The attack happened in another country. */
  abroad: boolean;
}

/** Words that end a time told before a place: "Depuis mardi, Tessit…", "Since Tuesday night, Boni…". */
const TIME_WORDS = new Set([...WEEKDAYS, ...DAY_PARTS]);

/** The attacked localities of the main event. */
export function selectPlaces(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  lang: 'en' | 'fr' | 'other',
  background: (i: number) => boolean,
  page: Set<number> = new Set(),
): PlaceSelection {
  const ctx: PlaceContext = {
    text,
    tokens,
    sentences,
    mentions: mentionsIn(text, lang),
    background,
    contextOnly: sentences.map((s) => {
      for (let k = s.first; k < s.last; k++) if (NOT_ATTACK_CONTEXT.has(tokens[k].norm)) return true;
      return false;
    }),
    attackSentence: sentences.map((s) => {
      for (let k = s.first; k < s.last; k++)
        if (ATTACK.has(tokens[k].norm) || KIND_WORDS.has(tokens[k].norm) || attackStem(tokens[k].norm))
          return true;
      return false;
    }),
    anyLang: lang !== 'en' && lang !== 'fr',
    firstBody: sentences.find((x) => !x.headline)?.index ?? Infinity,
    page,
  };
  const { foreign, malianWords } = countryWords(ctx);
  const picked: Picked = {
    seen: new Set<string>(),
    places: [],
    mentioned: [],
    foreignIn: new Map<number, number>(),
    malianIn: new Map<number, number>(),
    foreign,
    malianAnywhere: malianLocalities(ctx),
  };
  pick(ctx, picked, true);
  if (leadAbroad(ctx, picked, malianWords)) return { places: [], mentions: [], abroad: true };
  addListed(ctx, picked);
  // No locality in the attack's sentences: the localities named anywhere else in the story.
  if (!picked.places.length && picked.foreign === 0) pick(ctx, picked, false);
  dropRubric(ctx, picked);
  // Ruled abroad only with country evidence, and no Malian locality named anywhere in the story.
  const abroad =
    picked.places.length === 0 && picked.foreign > 0 && malianWords === 0 && picked.malianAnywhere === 0;
  return { places: picked.places, mentions: picked.mentioned, abroad };
}

/**
 * "Ségou : sept personnes tuées à Dioura": a place that only labels the headline, before its colon,
 * is the outlet's rubric when the story names another attacked place and never names that one again.
 */
function dropRubric(ctx: PlaceContext, picked: Picked): void {
  const { tokens, sentences } = ctx;
  if (picked.places.length < 2) return;
  const headlineOf = (m: PlaceMention) => sentences[indexAt(sentences, m.start)];
  const rubric = ctx.mentions.find((m) => {
    const s = headlineOf(m);
    return (
      s.headline &&
      indexAt(tokens, m.start) === s.first &&
      tokens[indexAt(tokens, m.end - 1) + 1]?.text === ':' &&
      picked.places.some((p) => p.name === m.name)
    );
  });
  if (!rubric || ctx.mentions.some((m) => m.name === rubric.name && !headlineOf(m).headline)) return;
  picked.places = picked.places.filter((p) => p.name !== rubric.name);
}

/** The places the text names; none when the gazetteer's reading fails. */
function mentionsIn(text: string, lang: 'en' | 'fr' | 'other'): PlaceMention[] {
  try {
    return findPlaces(text, lang === 'other' ? 'fr' : lang);
  } catch {
    return [];
  }
}

/**
 * The places of the mentions: strict, only those in the attack's sentences (with the country
 * evidence they give); else those named anywhere in the story.
 */
function pick(ctx: PlaceContext, picked: Picked, strict: boolean): void {
  if (!ctx.sentences.length) return;
  for (const m of ctx.mentions) {
    const si = indexAt(ctx.sentences, m.start);
    if (strict && !ctx.anyLang && (ctx.background(si) || !ctx.attackSentence[si])) continue;
    if (strict ? furniture(ctx, si) : pageLine(ctx, si)) continue;
    pickMention(ctx, picked, m, si, strict);
  }
}

/**
 * One mention in sentence si: counted as country evidence, then kept unless it is abroad, a region
 * given as context, not attacked ("la frontière avec", a curfew in Boni) or a dateline.
 */
function pickMention(ctx: PlaceContext, picked: Picked, m: PlaceMention, si: number, strict: boolean): void {
  const { tokens, sentences } = ctx;
  const ti = indexAt(tokens, m.start);
  // The three words before it, not past a time in commas: "Depuis mardi, Tessit" is no flight
  // "depuis Tessit" ("la capitale, Bamako" still is the capital).
  const before: Array<string | undefined> = [];
  for (let k = ti - 1; k >= ti - 3 && k >= 0; k--) {
    if (tokens[k].text === ',' && TIME_WORDS.has(tokens[k - 1]?.norm ?? '')) break;
    before.push(tokens[k].norm);
  }
  // "sur l'axe Boni-Hombori": the road between two towns is where the attack was.
  const axis = AXIS_WORDS.has(before[0] ?? '');
  // "le raid sur Boni", "l'assaut sur Boni": an attack noun right before is no word of elsewhere.
  const notAttacked =
    (!axis && !attackOf(tokens, ti) && before.some((w) => w !== undefined && NOT_ATTACKED_BEFORE.has(w))) ||
    reference(tokens, sentences[si], ti) ||
    unitName(tokens, sentences[si], ti);
  const type = m.place.type ?? '';
  const abroad = !!m.place.country && m.place.country !== 'ML';
  // "Agence France-Presse", "Radio France", "France 24": a name, not the country.
  if (abroad && partOfName(tokens, ti, indexAt(tokens, m.end - 1))) return;
  const dateline = datelineAt(ctx.text, tokens, sentences[si], m, ti);
  // "in central Mali" in the attack's sentences is country evidence too.
  const mali = type === 'country' && strict && ctx.attackSentence[si] && !notAttacked;
  if (
    !abroad &&
    m.place.country === 'ML' &&
    (!CONTEXT_TYPES.has(type) || mali) &&
    !ctx.background(si) &&
    !dateline &&
    !furniture(ctx, si)
  )
    picked.malianAnywhere++;
  if (strict && !notAttacked && !dateline && m.place.country) {
    const side = abroad ? picked.foreignIn : picked.malianIn;
    side.set(si, (side.get(si) ?? 0) + 1);
  }
  if (abroad) {
    if (strict && !notAttacked && !(before[0] === 'et' || before[0] === 'and' || before[0] === ','))
      picked.foreign++;
    return;
  }
  if (CONTEXT_TYPES.has(type) || (m.place.id ?? '').startsWith('area:')) return;
  // A curfew or reinforcements sentence names the attacked place after its attack noun: "après l'attaque de Boni".
  if (notAttacked || (ctx.contextOnly[si] && contextNear(tokens, sentences[si], ti) && !attackOf(tokens, ti)))
    return;
  if (m.cue === 'grammar' && !/^\p{Lu}/u.test(m.name)) return;
  if (dateline) return;
  if (strict) picked.mentioned.push({ place: { ...m.place, name: m.name }, sentence: si });
  if (picked.seen.has(m.name)) return;
  picked.seen.add(m.name);
  picked.places.push({ ...m.place, name: m.name });
}

/** A dateline city ("BAMAKO, July 2 (Reuters) -", "Bamako, 3 juillet —") is where the story was filed. */
function datelineAt(text: string, tokens: Token[], sentence: Sentence, m: PlaceMention, ti: number): boolean {
  const lineStart = ti === sentence.first || /\n[ \t]*$/.test(text.slice(Math.max(0, m.start - 4), m.start));
  return (
    lineStart &&
    m.name.length > 2 &&
    ((m.name === m.name.toUpperCase() && /[,(\-\u2013\u2014]/.test(tokens[ti + 1]?.text ?? '')) ||
      DATELINE_TAIL.test(text.slice(m.end, m.end + 40)))
  );
}

/** "trois villages : A, B et C", "A, B and C": every item of a list around an attacked place. */
function addListed(ctx: PlaceContext, picked: Picked): void {
  const { background, contextOnly } = ctx;
  for (const extra of listedPlaces(
    ctx.text,
    ctx.tokens,
    ctx.sentences,
    picked.mentioned,
    (i) => background(i) || contextOnly[i],
  )) {
    if (picked.seen.has(extra.place.name)) continue;
    picked.seen.add(extra.place.name);
    picked.places.push(extra.place);
    picked.mentioned.push(extra);
  }
}

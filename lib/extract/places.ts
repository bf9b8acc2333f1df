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
import { borderBefore, maliAsBorder, pluperfect, toll } from './attack-country';
import {
  ATTACK,
  attackStem,
  AXIS_WORDS,
  BORDER_WORDS,
  CONTEXT_TYPES,
  DATELINE_TAIL,
  NOT_ATTACK_CONTEXT,
  NOT_ATTACKED_BEFORE,
} from './attack-place-words';
import { KIND_WORDS } from './lexicon';
import { ABROAD_DEMONYMS } from './lexicon-places';
import { listedPlaces } from './place-lists';
import { attackOf, contextNear, partOfName, reference, unitName } from './place-roles';
import { indexAt, type Sentence } from './sentences';
import type { Token } from './tokens';

export interface PlaceSelection {
  places: Place[];
  /** Every mention of those places in the attack's sentences, for telling two attacks apart. */
  mentions: Array<{ place: Place; sentence: number }>;
  /** The attack happened in another country. */
  abroad: boolean;
}

/** The attacked localities of the main event. */
export function selectPlaces(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  lang: 'en' | 'fr' | 'other',
  background: (i: number) => boolean,
): PlaceSelection {
  let mentions: PlaceMention[] = [];
  try {
    mentions = findPlaces(text, lang === 'other' ? 'fr' : lang);
  } catch {
    mentions = [];
  }
  const sentenceAt = (offset: number) => indexAt(sentences, offset);
  const tokenAt = (offset: number) => indexAt(tokens, offset);
  const contextOnly = sentences.map((s) => {
    for (let k = s.first; k < s.last; k++) if (NOT_ATTACK_CONTEXT.has(tokens[k].norm)) return true;
    return false;
  });
  const attackSentence = sentences.map((s) => {
    for (let k = s.first; k < s.last; k++)
      if (ATTACK.has(tokens[k].norm) || KIND_WORDS.has(tokens[k].norm) || attackStem(tokens[k].norm))
        return true;
    return false;
  });
  const seen = new Set<string>();
  const places: Place[] = [];
  let foreign = 0;
  let malianWords = 0;
  for (let k = 0; k < tokens.length; k++) {
    const s = tokens[k].sentence;
    if (ABROAD_DEMONYMS.has(tokens[k].norm) && attackSentence[s] && !background(s)) foreign++;
    if (
      (tokens[k].norm === 'malienne' || tokens[k].norm === 'malian' || tokens[k].norm === 'maliennes') &&
      attackSentence[s] &&
      !background(s) &&
      !borderBefore(tokens, k)
    )
      malianWords++;
  }
  const anyLang = lang !== 'en' && lang !== 'fr';
  // Short headline-like lines after the story has begun are page furniture (related stories, menus).
  const firstBody = sentences.find((x) => !x.headline)?.index ?? Infinity;
  const furniture = (si: number) => sentences[si].headline && si > firstBody;
  /** "Malian localities named anywhere in the story, also for curfews: evidence the story is in Mali. */
  let malianAnywhere = 0;
  const pick = (strict: boolean) => {
    for (const m of mentions) {
      if (!sentences.length) break;
      const si = sentenceAt(m.start);
      if (strict && !anyLang && (background(si) || !attackSentence[si])) continue;
      if (strict && furniture(si)) continue;
      const ti = tokenAt(m.start);
      const before = [tokens[ti - 1]?.norm, tokens[ti - 2]?.norm, tokens[ti - 3]?.norm];
      // "sur l'axe Boni-Hombori": the road between two towns is where the attack was.
      const axis = AXIS_WORDS.has(before[0] ?? '');
      const notAttacked =
        (!axis && before.some((w) => w !== undefined && NOT_ATTACKED_BEFORE.has(w))) ||
        reference(tokens, sentences[si], ti) ||
        unitName(tokens, sentences[si], ti);
      const type = m.place.type ?? '';
      const abroad = !!m.place.country && m.place.country !== 'ML';
      // "Agence France-Presse", "Radio France", "France 24": a name, not the country.
      if (abroad && partOfName(tokens, ti, tokenAt(m.end - 1))) continue;
      // A dateline city ("BAMAKO, July 2 (Reuters) -", "Bamako, 3 juillet —") is where the story was filed.
      const lineStart =
        ti === sentences[si].first || /\n[ \t]*$/.test(text.slice(Math.max(0, m.start - 4), m.start));
      const dateline =
        lineStart &&
        m.name.length > 2 &&
        ((m.name === m.name.toUpperCase() && /[,(\-\u2013\u2014]/.test(tokens[ti + 1]?.text ?? '')) ||
          DATELINE_TAIL.test(text.slice(m.end, m.end + 40)));
      // "in central Mali" in the attack's sentences is country evidence too.
      const mali = type === 'country' && strict && attackSentence[si] && !notAttacked;
      if (
        !abroad &&
        m.place.country === 'ML' &&
        (!CONTEXT_TYPES.has(type) || mali) &&
        !background(si) &&
        !dateline &&
        !furniture(si)
      )
        malianAnywhere++;
      if (strict && !notAttacked && !dateline && m.place.country) {
        const side = abroad ? foreignIn : malianIn;
        side.set(si, (side.get(si) ?? 0) + 1);
      }
      if (abroad) {
        if (strict && !notAttacked && !(before[0] === 'et' || before[0] === 'and' || before[0] === ','))
          foreign++;
        continue;
      }
      if (CONTEXT_TYPES.has(type) || (m.place.id ?? '').startsWith('area:')) continue;
      // A curfew or reinforcements sentence names the attacked place after its attack noun: "après l'attaque de Boni".
      if (notAttacked || (contextOnly[si] && contextNear(tokens, sentences[si], ti) && !attackOf(tokens, ti)))
        continue;
      if (m.cue === 'grammar' && !/^\p{Lu}/u.test(m.name)) continue;
      if (dateline) continue;
      if (strict) mentioned.push({ place: { ...m.place, name: m.name }, sentence: si });
      if (seen.has(m.name)) continue;
      seen.add(m.name);
      places.push({ ...m.place, name: m.name });
    }
  };
  // A Malian locality named anywhere in the story (also for a curfew), not as a border or a dateline.
  for (const m of mentions) {
    if (!sentences.length || m.place.country !== 'ML' || CONTEXT_TYPES.has(m.place.type ?? '')) continue;
    const si = sentenceAt(m.start);
    const ti = tokenAt(m.start);
    const b = [tokens[ti - 1]?.norm, tokens[ti - 2]?.norm, tokens[ti - 3]?.norm];
    if (background(si) || furniture(si) || b.some((w) => w !== undefined && BORDER_WORDS.has(w))) continue;
    if (ti === sentences[si].first && DATELINE_TAIL.test(text.slice(m.end, m.end + 40))) continue;
    malianAnywhere++;
  }
  const mentioned: PlaceSelection['mentions'] = [];
  /** Places in the attack's sentences, sentence by sentence: abroad, in Mali (not "the border with Mali"). */
  const foreignIn = new Map<number, number>();
  const malianIn = new Map<number, number>();
  pick(true);
  // The attack's own first sentence (headline or lede) decides the country: an attack in Djibo
  // "close to the border with Mali" that recalls a Malian camp further down stays abroad.
  const placed = [...foreignIn.keys(), ...malianIn.keys()];
  const lead = placed.length ? Math.min(...placed) : -1;
  // "on the outskirts of Kotogo near the border with Mali, in the Tillaberi region": Mali is the
  // neighbour, and a Malian name in that sentence is a namesake.
  const leadAbroad =
    lead >= 0 &&
    (!malianIn.has(lead) || (foreignIn.has(lead) && maliAsBorder(tokens, sentences[lead]))) &&
    malianWords === 0;
  // An opening attack abroad, then one in Mali reported as news (not recalled): the story is Mali's.
  const malianNews = mentioned.some(
    (x) =>
      x.place.country === 'ML' &&
      !pluperfect(tokens, sentences[x.sentence]) &&
      toll(tokens, sentences[x.sentence]),
  );
  if (leadAbroad && !malianNews) return { places: [], mentions: [], abroad: true };
  // "trois villages : A, B et C", "A, B and C": every item of a list around an attacked place.
  for (const extra of listedPlaces(
    text,
    tokens,
    sentences,
    mentioned,
    (i) => background(i) || contextOnly[i],
  )) {
    if (seen.has(extra.place.name)) continue;
    seen.add(extra.place.name);
    places.push(extra.place);
    mentioned.push(extra);
  }
  // No locality in the attack's sentences: the localities named anywhere else in the story.
  if (!places.length && foreign === 0) pick(false);
  // Ruled abroad only with country evidence, and no Malian locality named anywhere in the story.
  const abroad = places.length === 0 && foreign > 0 && malianWords === 0 && malianAnywhere === 0;
  return { places, mentions: mentioned, abroad };
}

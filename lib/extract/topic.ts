/**
 * Is the article about an attack in Mali? It is only with evidence of both:
 *   - an attack: attack vocabulary (attack nouns, armed actors, violent verbs) in the sentence of
 *     one of the figures reported as news or in the two before it in its paragraph (with no
 *     figure, anywhere in the story);
 *   - Mali: "Mali", "malien", "FAMa", or a place the gazetteer or the sentence puts in Mali.
 * A feature about whales that "died", a page on gun laws, a portal home page get 'no-attack';
 * an attack the places pass puts abroad gets 'outside-mali'. Either way, no claims.
 */
import { findPlaces } from '../places';
import type { Kind, Place } from '../types';
import {
  ARMY_WORDS,
  KIND_PHRASES,
  KIND_WORDS,
  NEIGHBOURS,
  SUBJECT_WORDS,
  isAttackNoun,
  ATTACK_PHRASES,
  isAttackWord,
} from './lexicon';
import { ABROAD_DEMONYMS, MALI_WORDS, NEIGHBOUR_CUES } from './lexicon-places';
import { MILITARY_WORDS, NO_ATTACKER, NOT_ATTACK } from './lexicon-topic';
import { indexAt, type Sentence } from './sentences';
import { tokenize, type Token } from './tokens';
import { glossArabic, isArabicText } from './arabic';

/** The title's tokens, glossed like the text when it is Arabic ("هجوم في مالي": attack in Mali). */
function titleTokens(title: string | null | undefined): Token[] {
  const raw = tokenize(title ?? '');
  return isArabicText(raw) ? glossArabic(raw) : raw;
}

export type Topic = 'ok' | 'no-attack' | 'outside-mali';

/**
 * Attack vocabulary, from the lexicon only: its attack words (every form), the nouns of
 * armed actors, and the kind words of killing and capture that need an attacker.
 */
function attackWord(t: Token): boolean {
  if (isAttackWord(t)) return true;
  const w = t.norm;
  if (SUBJECT_WORDS.get(w) === 'militants') return true;
  const k = KIND_WORDS.get(w);
  return (k === 'killed' || k === 'captured') && !NO_ATTACKER.has(w);
}

export interface TopicInput {
  text: string;
  /** The page's title, its headline when the text does not repeat it. */
  title?: string | null;
  tokens: Token[];
  sentences: Sentence[];
  /** The sentences of the figures the article reports as news. */
  figureSentences: number[];
  /** Their kinds, in the same order. */
  figureKinds?: Array<Kind | null>;
  /** The attacked places the places pass selected, and whether it put the attack abroad. */
  places: Place[];
  abroad: boolean;
  /** Sentences about other times or totals. */
  background: (sentence: number) => boolean;
}

/** Sides and arms: with them, a seizure or a destruction is an act of war ("les FAMa ont saisi 12 motos"). */
const ARMED_SUBJECTS = new Set(['soldiers', 'militants', 'foreign_forces', 'weapons', 'ammunition', 'bases']);

/**
 * Whether sentence s carries attack vocabulary (and is not about a disaster): attack words, or
 * things seized or destroyed by or from armed men ("les FAMa ont récupéré 12 motos", "3 bases
 * terroristes détruites") — not a customs seizure of goods.
 */
export function attackSentence(tokens: Token[], s: Pick<Sentence, 'first' | 'last'>): boolean {
  let attack = false;
  for (let k = s.first; k < s.last; k++) {
    const w = tokens[k].norm;
    if (NOT_ATTACK.has(w)) return false;
    if (!attack && (attackWord(tokens[k]) || ATTACK_PHRASES.matchAt(tokens, k, s.last))) attack = true;
  }
  return attack || armedDeed(tokens, s);
}

/** Deeds that are acts of war when armed men or arms are in the sentence. */
const ARMED_DEEDS = new Set<Kind>(['seized', 'destroyed', 'wounded']);

/**
 * A seizure, a destruction or a wound with armed men or arms in the sentence: "les FAMa ont
 * récupéré 12 motos", "deux soldats français ont été blessés près de Gao"; deaths in a military
 * operation ("une opération militaire a fait 20 morts") — not soldiers dead of a disease.
 */
function armedDeed(tokens: Token[], s: Pick<Sentence, 'first' | 'last'>): boolean {
  let deed = false;
  let deaths = false;
  let armed = false;
  let operation = false;
  for (let k = s.first; k < s.last; k++) {
    const w = tokens[k].norm;
    if (!deed || !deaths) {
      const kind = KIND_WORDS.get(w) ?? KIND_PHRASES.matchAt(tokens, k, s.last)?.value;
      if (kind && ARMED_DEEDS.has(kind)) deed = true;
      if (kind === 'killed') deaths = true;
    }
    operation ||= MILITARY_WORDS.has(w);
    armed ||= operation || ARMY_WORDS.has(w) || ARMED_SUBJECTS.has(SUBJECT_WORDS.get(w) ?? '');
    if ((deed && armed) || (deaths && operation)) return true;
  }
  return false;
}

type MaliEvidence = 'named' | 'border' | 'none';

/** How tokens first..last name Mali: as the place ('named'), only as a neighbour ('border'), or not. */
function maliWords(tokens: Token[], first: number, last: number): MaliEvidence {
  let found: MaliEvidence = 'none';
  for (let k = first; k < last; k++) {
    if (!MALI_WORDS.has(tokens[k].norm)) continue;
    // "near Boni in Mali", "près de Boni, au Mali": the country of a place, not a neighbour.
    if (['in', 'au', 'en'].includes(tokens[k - 1]?.norm ?? '') && k - 1 >= first) return 'named';
    let neighbour = false;
    for (let b = Math.max(first, k - 4); b < k; b++) if (NEIGHBOUR_CUES.has(tokens[b].norm)) neighbour = true;
    if (!neighbour) return 'named';
    found = 'border';
  }
  return found;
}

/**
 * How the text names Mali outside background sentences: 'named' (Mali, its people or army, a
 * Malian place), 'border' (only as a neighbour: "near the border with Mali"), or 'none'.
 */
export function maliEvidence(
  input: Pick<TopicInput, 'text' | 'title' | 'tokens' | 'sentences' | 'places' | 'background'>,
): MaliEvidence {
  // A place the gazetteer lacks is Malian only because its sentence names Mali: the words decide.
  if (input.places.some((p) => p.country === 'ML' && p.id)) return 'named';
  const title = titleTokens(input.title);
  let found = maliWords(title, 0, title.length);
  for (const s of input.sentences) {
    if (found === 'named') return found;
    if (input.background(s.index)) continue;
    const here = maliWords(input.tokens, s.first, s.last);
    if (here !== 'none') found = here;
  }
  if (found === 'named') return found;
  // Rarely needed, so read only then: "an attack in the Mopti region" names no attacked locality.
  const place = findPlaces(input.text, 'fr').some((m) => {
    if (m.place.country !== 'ML' || !m.place.id || m.place.type === 'country') return false;
    const i = indexAt(input.sentences, m.start);
    return i >= 0 && !input.background(i);
  });
  return place ? 'named' : found;
}

/** Whether the text names Mali or a Malian place (not only as a neighbour) outside background sentences. */
export function namesMali(
  input: Pick<TopicInput, 'text' | 'title' | 'tokens' | 'sentences' | 'places' | 'background'>,
): boolean {
  return maliEvidence(input) === 'named';
}

/** Sentences before a figure, in its paragraph, that may tell its attack ("… les ont exécutés. Le bilan est de 132 morts."). */
const LOOK_BACK = 2;

/** The headline and lede: the sentences before the body and those of the body's first paragraph. */
function lede(sentences: Sentence[]): Sentence[] {
  const body = sentences.find((s) => !s.headline);
  if (!body) return sentences.slice(0, 2);
  return sentences.filter((s) => s.index <= body.index || s.paragraph === body.paragraph);
}

/**
 * Whether the figure in sentence i is told with attack vocabulary: its sentence, the two before it
 * in its paragraph ("… les ont exécutés. Le bilan est de 132 morts."), or the headline and lede
 * that open the story ("Attaque à X" over "Le bilan fait état de 12 morts").
 */
function figureInAttack(tokens: Token[], sentences: Sentence[], i: number, opening: boolean): boolean {
  const s = sentences[i];
  if (!s) return false;
  if (opening) return true;
  for (let k = i; k >= Math.max(0, i - LOOK_BACK); k--) {
    if (sentences[k].paragraph !== s.paragraph) break;
    if (attackSentence(tokens, sentences[k])) return true;
  }
  return false;
}

/**
 * No attacked place found, and the sentences of the figures name a neighbour and not Mali: "Au Niger,
 * 17 soldats ont été tués", "the attack in Burkina Faso killed 12" — an attack abroad.
 */
function neighbourToll(input: TopicInput): boolean {
  let neighbour = false;
  for (const i of input.figureSentences) {
    const s = input.sentences[i];
    if (!s || input.background(i)) continue;
    for (let k = s.first; k < s.last; k++) {
      const w = input.tokens[k].norm;
      if (MALI_WORDS.has(w)) return false;
      if (NEIGHBOURS.has(w) || ABROAD_DEMONYMS.has(w)) neighbour = true;
    }
  }
  return neighbour;
}

/**
 * No Malian place the gazetteer knows, and the headline and lede name a neighbour before Mali, not
 * as Mali's neighbour: "Burkina Faso: 20 soldiers killed near Tiwega" over a story that names Mali
 * later, as another junta of the region — the attack is there.
 */
function neighbourOpening(input: TopicInput): boolean {
  const title = titleTokens(input.title);
  const runs: Array<[Token[], number, number]> = [[title, 0, title.length]];
  for (const s of lede(input.sentences))
    if (!input.background(s.index)) runs.push([input.tokens, s.first, s.last]);
  for (const [tokens, first, last] of runs)
    for (let k = first; k < last; k++) {
      const w = tokens[k].norm;
      if (MALI_WORDS.has(w)) return false;
      if (!NEIGHBOURS.has(w)) continue;
      let cue = false;
      for (let b = Math.max(first, k - 4); b < k; b++) cue ||= NEIGHBOUR_CUES.has(tokens[b].norm);
      if (!cue) return true;
    }
  return false;
}

/** Does the title or a sentence of news name an attack by its own words ("attaque", "raid", "ambush")? */
function namesAnAttack(input: TopicInput): boolean {
  const title = titleTokens(input.title);
  if (title.some(isAttackNoun)) return true;
  return input.sentences.some((s) => {
    if (input.background(s.index)) return false;
    for (let k = s.first; k < s.last; k++) if (isAttackNoun(input.tokens[k])) return true;
    return false;
  });
}

/** The article's topic: an attack in Mali ('ok'), an attack placed abroad, or no attack in Mali. */
export function decideTopic(input: TopicInput): Topic {
  const { tokens, sentences } = input;
  const title = titleTokens(input.title);
  const opening =
    attackSentence(title, { first: 0, last: title.length }) ||
    lede(sentences).some((s) => !input.background(s.index) && attackSentence(tokens, s));
  const attack = input.figureSentences.length
    ? input.figureSentences.some((i) => figureInAttack(tokens, sentences, i, opening))
    : sentences.some((s) => !input.background(s.index) && attackSentence(tokens, s));
  if (!attack) return 'no-attack';
  // "49 soldats ivoiriens arrêtés à l'aéroport de Bamako": arrests alone, with no attack named, are
  // no attack ("après l'attaque de Boni, 12 suspects ont été interpellés" is that attack's).
  const kinds = input.figureKinds ?? [];
  if (kinds.length && kinds.every((k) => k === 'arrested') && !namesAnAttack(input)) return 'no-attack';
  if (input.abroad) return 'outside-mali';
  // No Malian place the gazetteer knows (a village it lacks is nobody's): the figures' sentences decide.
  if (
    !input.places.some((p) => p.country === 'ML' && p.id) &&
    (neighbourToll(input) || neighbourOpening(input))
  )
    return 'outside-mali';
  // An attack near Mali's border is abroad; one nobody places in Mali (a shooting in a US city,
  // a museum attack in Tunis) is no attack in Mali.
  const mali = maliEvidence(input);
  return mali === 'named' ? 'ok' : mali === 'border' ? 'outside-mali' : 'no-attack';
}

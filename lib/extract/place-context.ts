/**
 * What the choice of places (places.ts) reads and what it has chosen so far, and the page's own
 * lines that are never the story's.
 */
import type { PlaceMention } from '../places';
import type { Place } from '../types';
import type { PlaceSelection } from './places';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/** What the choice of places reads: the text, its sentences and the places it names. */
export interface PlaceContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  mentions: PlaceMention[];
  background: (i: number) => boolean;
  /** Sentences with a word of curfews, flight, reinforcements (NOT_ATTACK_CONTEXT). */
  contextOnly: boolean[];
  /** Sentences with an attack word or a kind word. */
  attackSentence: boolean[];
  /** Neither English nor French: any sentence may tell the attack. */
  anyLang: boolean;
  /** The first sentence that is not a headline. */
  firstBody: number;
  /** The page's lines: "Lire aussi", a caption and its credit, a byline (pageLines). */
  page: Set<number>;
}

/** The places chosen so far and the country evidence counted. */
export interface Picked {
  seen: Set<string>;
  places: Place[];
  mentioned: PlaceSelection['mentions'];
  /** Places in the attack's sentences, sentence by sentence: abroad, in Mali (not "the border with Mali"). */
  foreignIn: Map<number, number>;
  malianIn: Map<number, number>;
  /** Foreign demonyms and places abroad in the attack's sentences. */
  foreign: number;
  /** "Malian localities named anywhere in the story, also for curfews: evidence the story is in Mali. */
  malianAnywhere: number;
}

/** Short headline-like lines after the story has begun are page furniture (related stories, menus). */
export function furniture(ctx: PlaceContext, si: number): boolean {
  const s = ctx.sentences[si];
  return (s.headline && si > ctx.firstBody) || pageLine(ctx, si);
}

/** "Lire aussi : …", "Read more: …", a photo's caption: lines of the page, never the story's, wherever they stand. */
export function pageLine(ctx: PlaceContext, si: number): boolean {
  return ctx.page.has(si);
}

import type { Place } from '../types';

/** A place named in a text. */
export interface PlaceMention {
  /** As spelled in the text. */
  name: string;
  start: number;
  end: number;
  /** What the gazetteer knows (id null when only the grammar says it is a place). */
  place: Place;
  /** gazetteer: a known name; grammar: "the town of X", "à X", "near X". */
  cue: 'gazetteer' | 'grammar';
}

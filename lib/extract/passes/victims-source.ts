/**
 * An unnamed source and nothing more ("une source", "des sources", "sources said") is read as a
 * security source; one that counts civilian victims ("Selon une source, 12 villageois ont été
 * tués"), or victims whose side it does not say ("Selon des sources, 12 personnes ont été tuées"),
 * speaks for the place, as residents and local officials do (SCHEMA.md's `local`). A source
 * pointed back at ("ajoute cette source", "the source added"), or described by a clause ("qui ont
 * requis l'anonymat"), stays what it was named as.
 * Runs after the side passes, when each figure's side is known.
 */
import type { Cue } from '../attribution';
import { bareSource, SOURCE_NOUNS } from '../claimant-members';
import { tokenize } from '../tokens';
import type { ClaimContext, ClaimPass } from './context';

export const victimsSource: ClaimPass = {
  name: 'victims-source',
  run(ctx) {
    for (const p of ctx.placed) {
      if (p.cue?.by !== 'security_source' || !VICTIMS.has(p.fig.subject ?? '')) continue;
      if (bareSource(tokenize(p.cue.source)) && !namedElsewhere(ctx, p.cue))
        p.cue = { ...p.cue, by: 'local' };
    }
  },
};

/** The victims a place's voice counts: civilians, or people of no side named. */
const VICTIMS = new Set(['civilians', 'people']);
/**
 * The determiners of a source named before ("the source", "cette source", "la même source"), or
 * of the outlet's own ("notre source", "our source").
 */
const NAMED_BEFORE = new Set([
  ...['the', 'this', 'these', 'la', 'cette', 'ces', 'ladite'],
  ...['meme', 'same', 'notre', 'our'],
]);

/**
 * Is the cue's source, in the text, told with the article of one named before ("cette source"),
 * or described by a clause of its own ("des sources qui ont requis l'anonymat")?
 */
function namedElsewhere(ctx: ClaimContext, cue: Cue): boolean {
  const s = ctx.sentences[ctx.tokens[cue.pos]?.sentence ?? -1];
  if (!s) return false;
  let noun = -1;
  for (let k = s.first; k < s.last; k++)
    if (
      SOURCE_NOUNS.has(ctx.tokens[k].norm) &&
      (noun < 0 || Math.abs(k - cue.pos) < Math.abs(noun - cue.pos))
    )
      noun = k;
  if (noun <= 0) return false;
  return NAMED_BEFORE.has(ctx.tokens[noun - 1].norm) || RELATIVES.has(ctx.tokens[noun + 1]?.norm ?? '');
}
const RELATIVES = new Set(['qui', 'who', 'that']);

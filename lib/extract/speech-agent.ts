/**
 * The agent of a passive verb of saying, past words of time or an adverb: "le bilan a été
 * communiqué mardi soir par l'armée", "the toll was announced late on Tuesday by the government",
 * "revendiquée conjointement par".
 */
import { isAdverb } from './lexicon';
import { WEEKDAYS } from './number-words';
import type { Token } from './tokens';

/** Words of time between a passive verb and its agent: "mardi soir", "late on Tuesday". */
const TIME_FILLERS = new Set([
  ...WEEKDAYS,
  ...['soir', 'matin', 'hier', 'dans', 'la', 'soiree', 'nuit', 'journee', 'meme', 'aussitot'],
  ...['late', 'early', 'on', 'the', 'evening', 'morning', 'night', 'day', 'yesterday', 'later'],
]);
/** Means, not agents: "a witness said by phone", "a déclaré par téléphone". */
const MEANS = new Set([
  'phone',
  'telephone',
  'telephoned',
  'email',
  'e-mail',
  'courriel',
  'sms',
  'text',
  'voie',
]);

/** The index of "par" / "by" after the verb at i, over a few words of time, or -1. */
export function agentAfter(tokens: Token[], i: number, end: number): number {
  for (let k = i + 1; k < Math.min(end, i + 6); k++) {
    if (['by', 'par'].includes(tokens[k].norm)) return MEANS.has(tokens[k + 1]?.norm ?? '') ? -1 : k;
    // "revendiquée conjointement par", "annoncé officiellement par": an adverb between.
    if (!TIME_FILLERS.has(tokens[k].norm) && !isAdverb(tokens[k])) return -1;
  }
  return -1;
}

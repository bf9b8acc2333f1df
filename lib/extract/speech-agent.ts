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

/** Words that name whom a toll was told: "to AFP", "à l'AFP", "to Reuters", "aux journalistes". */
const TO = new Set(['to', 'a', 'au', 'aux']);
const ADDRESSEE_WORDS = new Set([
  ...["l'", 'the', '(', ')', 'journalists', 'journalistes', 'press', 'presse'],
  // "confirmé à notre rédaction par un élu", "confirmed to our newsroom by".
  ...['notre', 'nos', 'our', 'redaction', 'newsroom', 'correspondant', 'correspondent', 'envoye', 'reporter'],
]);

/** The token after "to" and the outlet it names (capitalised words, "l'", brackets), or k when none. */
function addresseeEnd(tokens: Token[], k: number, end: number): number {
  if (!TO.has(tokens[k].norm)) return k;
  let j = k + 1;
  while (j < Math.min(end, k + 6) && (ADDRESSEE_WORDS.has(tokens[j].norm) || /^\p{Lu}/u.test(tokens[j].text)))
    j++;
  return j > k + 1 ? j : k;
}

/** The index of "par" / "by" after the verb at i, over a few words of time, or -1. */
export function agentAfter(tokens: Token[], i: number, end: number): number {
  for (let k = i + 1; k < Math.min(end, i + 6); k++) {
    if (['by', 'par'].includes(tokens[k].norm)) return MEANS.has(tokens[k + 1]?.norm ?? '') ? -1 : k;
    // "confirmed to AFP by a local official", "confirmé à l'AFP par un élu": whom it was told, then who told it.
    const told = addresseeEnd(tokens, k, end);
    if (told > k) {
      const by = told < end && ['by', 'par'].includes(tokens[told].norm) ? told : -1;
      return by > 0 && !MEANS.has(tokens[by + 1]?.norm ?? '') ? by : -1;
    }
    // "revendiquée conjointement par", "annoncé officiellement par": an adverb between.
    if (!TIME_FILLERS.has(tokens[k].norm) && !isAdverb(tokens[k])) return -1;
  }
  return -1;
}

/**
 * The cues a sentence's scan drops: an outlet relaying the source it cites ("AFP reported, citing
 * a security source"), and a claimant before a toll it denies giving ("L'armée n'a pas communiqué
 * de bilan"). Used by attribution.ts.
 */
import type { Cue } from './attribution';
import { amountWord } from './number-words';
import type { Sentence } from './sentences';
import { DENIAL_CLAUSE_BREAK, ELIDED_SUBJECT, noToll } from './speech-clauses';
import type { Token } from './tokens';

/** Words by which an outlet relays its own source: "citing", "citant", "quoting" (claims.ts: or a figure). */
export const CITING_WORDS = new Set(['citing', 'citant', 'quoting']);
/** The same, and "qui cite". */
const CITING = new Set([...CITING_WORDS, 'qui']);
const RELAY_REACH = 8;
/** "un bilan que le journal tient de l'armée": the outlet named before holds its count from a source. */
const HOLDS_FROM = new Set(['tient', 'tiennent']);

/**
 * "AFP reported, citing a security source", "Selon RFI, qui cite des sources locales": the outlet
 * relays the source it cites, which is the claimant. So does the outlet last named before "un
 * décompte qu'il tient de la Dirpa", however long the sentence between: its cues become the source's.
 */
export function withoutRelays(tokens: Token[], cues: Cue[]): Cue[] {
  const relays = new Set<Cue>();
  const held = new Map<Cue, Cue>();
  cues.forEach((c, n) => {
    const next = cues[n + 1];
    if (
      c.by === 'media' &&
      next &&
      next.by !== 'media' &&
      next.pos > c.pos &&
      next.pos - c.pos <= RELAY_REACH &&
      CITING.has(tokens[next.pos].norm)
    )
      relays.add(c);
    if (c.by !== 'media' && HOLDS_FROM.has(tokens[c.pos].norm)) {
      // "Jeune Afrique se veut plus précise en déclarant…": each cue of that outlet.
      const outlet = cues.slice(0, n).findLast((o) => o.by === 'media');
      for (const o of cues.slice(0, n))
        if (outlet && o.by === 'media' && o.source === outlet.source)
          held.set(o, { ...o, by: c.by, source: c.source });
    }
  });
  return cues.filter((c) => !relays.has(c)).map((c) => held.get(c) ?? c);
}

/**
 * "L'armée n'a pas communiqué de bilan", "the army gave no toll": the claimant before the denied
 * toll gives no figure; one named after it ("…, according to local sources") still does.
 */
export function withoutDenied(tokens: Token[], s: Sentence, cues: Cue[]): Cue[] {
  const denied = noToll(tokens, s);
  if (denied < 0) return cues;
  let clause = denied;
  while (clause > s.first && !DENIAL_CLAUSE_BREAK.has(tokens[clause - 1].norm)) clause--;
  // "The army confirmed the attack but gave no toll": the denial's subject is the claimant before it.
  const own =
    cues.some((c) => c.pos >= clause && c.pos <= denied) || !ELIDED_SUBJECT.has(tokens[clause]?.norm ?? '');
  const before = cues.filter((c) => c.pos < clause).at(-1);
  // "the army said 23 soldiers were killed, without giving figures for the enemy": a speaker who
  // gave figures before the denial gave them; the denial is of something else.
  if (before && numberBetween(tokens, before.pos, clause)) return cues;
  // The denial itself stays: what follows it has no claimant ("n'a pas précisé le nombre de disparus, mais…").
  return cues.filter(
    (c) => (c.pos < clause && (own || c !== before)) || c.pos > denied || c.by === 'unattributed',
  );
}

/** Is there a figure's number (in digits or words, or a vague amount: "several dozen", "une dizaine") between tokens a and b? */
function numberBetween(tokens: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (amountWord(tokens[k])) return true;
  return false;
}

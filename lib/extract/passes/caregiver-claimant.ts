/**
 * A carer who took in the wounded or the dead counts them: "MSF a pris en charge 12 blessés",
 * "L'hôpital de Mopti a reçu 12 blessés", "The ICRC evacuated 12 wounded people". With no verb
 * of saying, the figure is still the carer's: a rights or aid body's (monitor), a hospital's (local).
 */
import type { Kind } from '../../types';
import { ACTIVE_AUXILIARIES, CARE_VERBS, CLAIMANT_PHRASES } from '../lexicon';
import { asideBefore } from '../speech-subject';
import type { Token } from '../tokens';
import type { ClaimPass } from './context';

/** How far before its figure the verb of care may stand, and its carer before the verb. */
const VERB_REACH = 4;
const CARER_REACH = 8;
const CARED = new Set<Kind>(['wounded', 'killed']);
const CLAUSE_ENDS = new Set([',', ';', ':', '.', 'et', 'and']);

/** Token k is a verb of care: "reçu", "treated", and "charge" only in "pris en charge". */
function careAt(tokens: Token[], k: number): boolean {
  const w = tokens[k].norm;
  if (!CARE_VERBS.has(w)) return false;
  return w !== 'charge' || tokens[k - 1]?.norm === 'en';
}

/** Words of the verb's tense before it, and "pris en" before "charge": "…, a pris en charge". */
const CARE_AUX = new Set([...ACTIVE_AUXILIARIES, 'pris', 'en']);

export const caregiverClaimant: ClaimPass = {
  name: 'caregiver-claimant',
  run(ctx) {
    const { text, tokens, sentences } = ctx;
    for (const p of ctx.placed) {
      if (p.cue || p.background || !p.fig.kind || !CARED.has(p.fig.kind)) continue;
      const first = sentences[p.fig.sentence].first;
      let verb = -1;
      for (let k = p.fig.q.first - 1; k >= Math.max(first, p.fig.q.first - VERB_REACH) && verb < 0; k--)
        if (careAt(tokens, k)) verb = k;
      if (verb < 0) continue;
      // "MSF, qui gère un centre de santé, a pris en charge…": over the aside about the carer.
      let close = verb;
      while (close - 1 > first && CARE_AUX.has(tokens[close - 1].norm)) close--;
      const aside = asideBefore(tokens, sentences[p.fig.sentence], close);
      const from = aside >= 0 ? aside : verb;
      for (let j = from - 1; j >= Math.max(first, from - CARER_REACH); j--) {
        if (CLAUSE_ENDS.has(tokens[j].norm)) break;
        const m = CLAIMANT_PHRASES.matchAt(tokens, j);
        if (!m || m.end > from || !['monitor', 'local'].includes(m.value[0])) continue;
        // It counts those it took in, and tells no toll before them.
        const source = text.slice(tokens[j].start, tokens[m.end - 1].end);
        p.cue = { pos: j, by: m.value[0], source, forwardOnly: true };
        break;
      }
    }
  },
};

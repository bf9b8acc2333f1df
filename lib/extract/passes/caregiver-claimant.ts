/**
 * A carer who took in the wounded or the dead counts them: "MSF a pris en charge 12 blessés",
 * "L'hôpital de Mopti a reçu 12 blessés", "The ICRC evacuated 12 wounded people". With no verb
 * of saying, the figure is still the carer's: a rights or aid body's (monitor), a hospital's (local).
 */
import type { Kind } from '../../types';
import { CARE_VERBS, CLAIMANT_PHRASES } from '../lexicon';
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
      for (let j = verb - 1; j >= Math.max(first, verb - CARER_REACH); j--) {
        if (CLAUSE_ENDS.has(tokens[j].norm)) break;
        const m = CLAIMANT_PHRASES.matchAt(tokens, j);
        if (!m || m.end > verb || !['monitor', 'local'].includes(m.value[0])) continue;
        p.cue = { pos: j, by: m.value[0], source: text.slice(tokens[j].start, tokens[m.end - 1].end) };
        break;
      }
    }
  },
};

/**
 * A carer who took in the wounded or the dead counts them: "MSF a pris en charge 12 blessés",
 * "L'hôpital de Mopti a reçu 12 blessés", "The ICRC evacuated 12 wounded people". With no verb
 * of saying, the figure is still the carer's: a rights or aid body's (monitor), a hospital's (local).
 */
import type { Kind } from '../../types';
import { CARE_VERBS, CLAIMANT_PHRASES } from '../lexicon';
import { SPEAKER_RELATIVES } from '../claimant-anaphora';
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

/** How long an aside about the carer may run: "MSF, which runs a clinic in the town, treated…". */
const ASIDE_REACH = 15;

/**
 * The comma that opens a relative aside closing right before the verb at `verb` (over its
 * auxiliary: "…, a pris en charge"), or -1.
 */
function asideOpening(tokens: Token[], first: number, verb: number): number {
  let close = verb - 1;
  while (close > first && AUXILIARIES.has(tokens[close].norm)) close--;
  if (tokens[close]?.text !== ',') return -1;
  for (let j = close - 1; j > Math.max(first, close - ASIDE_REACH); j--) {
    if (tokens[j].text !== ',') continue;
    return SPEAKER_RELATIVES.has(tokens[j + 1]?.norm ?? '') ? j : -1;
  }
  return -1;
}
/** Words before the verb inside its tense, and "pris en" before "charge". */
const AUXILIARIES = new Set(['a', 'ont', 'has', 'have', 'had', 'avait', 'avaient', 'pris', 'en']);

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
      const aside = asideOpening(tokens, first, verb);
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

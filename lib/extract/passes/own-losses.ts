/**
 * A side mourning its own: "L'armée déplore 5 morts et 20 blessés", "les forces
 * maliennes déplorent 24 morts", "the army mourned six dead". A subjectless toll after
 * such a verb is the speaker's side: the army's are soldiers, a group's are militants,
 * a foreign force's ("la Minusma déplore") foreign forces.
 */
import type { Subject } from '../../types';
import {
  ARMY_WORDS,
  FIGHTER_NOUNS,
  FOREIGN_FORCE_NAMES,
  LAMENT_WORDS,
  SUBJECT_WORDS,
  TALLY_WORDS,
  TOLL_NOUNS,
  WITH_WORDS,
} from '../lexicon';
import type { ClaimContext, ClaimPass, Placed } from './context';
import { findGroups } from '../groups';
import { GROUP_SIDES } from '../lexicon-actors';
import { QUOTES } from '../np-words';
import type { Token } from '../tokens';

const OWN_KINDS = new Set(['killed', 'wounded', 'missing', 'captured']);
/** Voices of the whole state, whose mourning is the nation's: "le gouvernement", "the government". */
const NATION_VOICES = new Set(['gouvernement', 'government']);
/** "un deuil national", "national mourning": the nation mourns, not one side its own. */
const nationalMourning = (tokens: Token[], k: number) =>
  tokens[k + 1]?.norm === 'national' || tokens[k - 1]?.norm === 'national';
const LOSSES_REACH = 7;
const SPEAKER_REACH = 10;
const OWNER_REACH = 20;

/** Who speaks before the verb at k: the army, an armed group, or (failing words) the claimant's class. */
export function speakerSide(ctx: ClaimContext, p: Placed, k: number, oneOwner = false): Subject | null {
  const { tokens, sentences } = ctx;
  const from = sentences[p.fig.sentence].first;
  // "a neutralisé 30 terroristes, tout en déplorant 4 morts dans ses rangs": the persons another
  // figure counts are not the speaker.
  const counted = (j: number) =>
    ctx.placed.some(
      (q) => q !== p && q.fig.sentence === p.fig.sentence && j >= q.fig.first && j < q.fig.last,
    );
  // Ten words back, not counting another figure's words or quotation marks ("said it had
  // “neutralised” 15 assailants and lost two of its men").
  // A singular possessive reaches back to its clause's subject, past the plural nouns it skips.
  const reach = oneOwner ? OWNER_REACH : SPEAKER_REACH;
  // A group by any of its names ("Dan Na Ambassagou", "le GSIM"): a militia's own are militia.
  const named = findGroups(tokens, Math.max(from, k - 3 * reach), k);
  for (let j = k - 1, steps = 0; j >= from && steps < reach; j--) {
    if (counted(j) || QUOTES.has(tokens[j].text)) continue;
    steps++;
    const n = tokens[j].norm;
    // "Wagner said its fighters had battled the rebels, and that 12 of its men…": a singular
    // possessive's owner is no plural noun.
    if (oneOwner && pluralNoun(tokens[j])) continue;
    // "La Minusma déplore 3 morts", "the UN mission mourned": a foreign force's own are its men.
    if (FOREIGN_FORCE_NAMES.has(n) || tokens[j].text === 'UN' || SUBJECT_WORDS.get(n) === 'foreign_forces')
      return 'foreign_forces';
    // "le gouvernement déplore 30 morts": the nation's dead, not only its soldiers.
    if (ARMY_WORDS.has(n)) return NATION_VOICES.has(n) ? null : 'soldiers';
    const group = named.find((g) => g.end - 1 === j);
    if (group && !FOREIGN_FORCE_NAMES.has(n)) return GROUP_SIDES.get(group.name) ?? 'militants';
    if (SUBJECT_WORDS.get(n) === 'militants') return 'militants';
    // "Les soldats ont subi de lourdes pertes", "les dozos déplorent": the side's own noun.
    const own = SUBJECT_WORDS.get(n);
    if (own === 'soldiers' || own === 'militia') return own;
  }
  if (p.cue?.by === 'official') return 'soldiers';
  if (p.cue?.by === 'armed_group') return 'militants';
  return null;
}

/** A plural common noun of a side: "rebels", "terroristes", "soldats" (not a name: "FAMa", "JNIM"). */
function pluralNoun(t: Token): boolean {
  return /^\p{Ll}/u.test(t.text) && /[sx]$/.test(t.norm) && SUBJECT_WORDS.has(t.norm);
}

/**
 * A colon at k that opens the detail of losses just named: "les FAMa déplorent des pertes : 3 morts",
 * "ont subi de lourdes pertes : 12 morts", "the army suffered losses: three dead".
 */
function lossesTold(ctx: ClaimContext, k: number): boolean {
  if (ctx.tokens[k].text !== ':') return false;
  // "ont subi de lourdes pertes samedi près de Boni : 80 morts": past a time and a place.
  for (let j = k - 1; j >= Math.max(0, k - LOSSES_REACH); j--) {
    if (TOLL_NOUNS.has(ctx.tokens[j].norm)) return true;
    if (ctx.tokens[j].type === 'punct') return false;
  }
  return false;
}

/**
 * "Wagner suffered heavy losses, with dozens of fighters killed": fighters counted after "with" a
 * side's losses were told are that side's, not militants.
 */
function fightersWith(tokens: Token[], p: Placed): boolean {
  const f = p.fig;
  if (f.subject !== 'militants' || f.explicit === false) return false;
  let k = f.q.first - 1;
  while (k >= 0 && ['of', 'de', "d'"].includes(tokens[k].norm)) k--;
  if (!WITH_WORDS.has(tokens[f.q.first - 1]?.norm ?? '') && !WITH_WORDS.has(tokens[k]?.norm ?? ''))
    return false;
  for (let j = f.q.last; j < f.last; j++) if (FIGHTER_NOUNS.has(tokens[j].norm)) return true;
  return false;
}

export const ownLosses: ClaimPass = {
  name: 'own-losses',
  run(ctx) {
    const { tokens, sentences } = ctx;
    for (const p of ctx.placed) {
      const f = p.fig;
      const open = !f.subject || (f.subject === 'people' && !f.sided) || fightersWith(tokens, p);
      if (!open || !f.kind || !OWN_KINDS.has(f.kind)) continue;
      const from = sentences[f.sentence].first;
      for (let k = f.q.first - 1; k >= Math.max(from, f.q.first - 12); k--) {
        if (tokens[k].type === 'punct' && [';', '.', ':'].includes(tokens[k].text) && !lossesTold(ctx, k))
          break;
        if (!LAMENT_WORDS.has(tokens[k].norm)) continue;
        if (nationalMourning(tokens, k)) break;
        // "The UN recorded 12 killings": a monitor's tally, not the UN mission's own dead.
        if (TALLY_WORDS.has(tokens[k].norm) && p.cue?.by === 'monitor') break;
        const side = speakerSide(ctx, p, k);
        if (side) {
          f.subject = side;
          f.sided = true;
        }
        break;
      }
    }
  },
};

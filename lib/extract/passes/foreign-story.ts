/**
 * "Le camp de la Minusma à Aguelhok a été attaqué. Dix soldats ont été tués", "A French convoy
 * hit a mine near Gao. Two soldiers were killed": in a story that names a foreign force and no
 * Malian one, the soldiers it counts are that force's; and, when the force is the one attacked
 * (not one that kills or strikes), so are the dead, wounded and missing it counts without a side
 * ("The assault on the UN camp left seven dead").
 */
import {
  isAttackWord,
  CLAIMANT_NEXT,
  CLAIMANT_PHRASES,
  FOREIGN_WORDS,
  KIND_WORDS,
  MALIAN_FORCE_WORDS,
  SPEECH_WORDS,
  SUBJECT_WORDS,
  TOLL_NOUNS,
} from '../lexicon';
import { PASSIVE_AUX } from '../lexicon-actors';
import { DOCUMENTS } from '../speech-clauses';
import type { Sentence } from '../sentences';
import type { Token } from '../tokens';
import { SUFFERED_PASSIVE } from './ambushed-side';
import { backgroundSentences, type ClaimPass, type Placed } from './context';

/** What follows "UN" when it names the body that reports, not a force: "a UN report", "UN experts". */
const UN_REPORTERS = new Set([
  ...['report', 'reports', 'experts', 'investigators', 'investigation', 'human', 'rights', 'office'],
  ...['rapport', 'enquete', 'enqueteurs', 'secretary', 'secretary-general', 'agency', 'ocha'],
]);
/** "les accords de paix", "processus de paix": peace alone is no force ("soldats de la paix" is). */
function peaceAlone(tokens: Token[], k: number): boolean {
  if (tokens[k].norm !== 'paix') return false;
  const head = tokens[k - 3]?.norm === 'de' ? tokens[k - 4] : tokens[k - 3];
  return !['maintien', 'soldats', 'forces', 'force', 'casques'].includes(head?.norm ?? '');
}
const foreign = (tokens: Token[], k: number) =>
  (tokens[k].text === 'UN' && !UN_REPORTERS.has(tokens[k + 1]?.norm ?? '')) ||
  (FOREIGN_WORDS.has(tokens[k].norm) && !peaceAlone(tokens, k) && !outletOf(tokens, k)) ||
  SUBJECT_WORDS.get(tokens[k].norm) === 'foreign_forces';

/** "the French news agency", "l'agence de presse française", "وكالة الصحافة الفرنسية": a country's outlet, no force. */
function outletOf(tokens: Token[], k: number): boolean {
  for (let j = Math.max(0, k - 3); j <= k + 1; j++) {
    if (j === k) continue;
    const m = CLAIMANT_PHRASES.matchAt(tokens, j, j < k ? k : j + 3);
    if (m?.value[0] === 'media') return true;
  }
  return false;
}

/** Who speaks for a body: "un responsable de la Minusma", "a UN spokesman", "un rapport de l'ONU". */
const VOICE_NOUNS = new Set([
  ...DOCUMENTS,
  ...['responsable', 'responsables', 'porte-parole', 'spokesman', 'spokesperson', 'official', 'officials'],
]);
/** The body at token k gives a toll or speaks: "un bilan de l'ONU", "the UN's tally", "selon un rapport de l'ONU", "the UN said". */
function countedBy(tokens: Token[], k: number): boolean {
  for (let j = Math.max(0, k - 4); j < k; j++)
    if (TOLL_NOUNS.has(tokens[j].norm) || VOICE_NOUNS.has(tokens[j].norm)) return true;
  // "selon la division des droits de l'homme de la Minusma": the cue opens the body's long name.
  for (let j = k - 1; j >= Math.max(0, k - SPEAKER_REACH) && tokens[j].type !== 'punct'; j--)
    if (CLAIMANT_NEXT.matchAt(tokens, j, k)) return true;
  // "…, the UN said", "l'ONU a indiqué": the body that speaks, its verb right after it.
  return [k + 1, k + 2].some(
    (j) =>
      TOLL_NOUNS.has(tokens[j]?.norm ?? '') ||
      VOICE_NOUNS.has(tokens[j]?.norm ?? '') ||
      SPEECH_WORDS.has(tokens[j]?.norm ?? ''),
  );
}

/** How far before a body's name the cue that makes it a speaker may open ("selon …"). */
const SPEAKER_REACH = 10;

const LOSSES = new Set(['killed', 'wounded', 'missing']);
const unsided = (p: Placed) =>
  (p.fig.subject === 'people' || p.fig.subject === null) &&
  !p.fig.sided &&
  !p.fig.infobox &&
  LOSSES.has(p.fig.kind ?? '');

const OBJECT_OPENERS = new Set([
  ...['at', 'au', 'the', 'les', 'des', 'a', 'an', 'un', 'une', 'dozens', 'scores', 'several', 'plusieurs'],
  ...['some', 'many', 'more', 'plus', 'over', 'nearly', 'pres', 'about', 'environ'],
]);
const objectAt = (t: Token | undefined) => !!t && (t.type === 'num' || OBJECT_OPENERS.has(t.norm));
const AGENT_BEFORE = new Set(['par', 'by', 'frappe', 'frappes', 'strike', 'strikes', 'airstrike', 'raid']);

/** A foreign force named at k, in sentence s: where the story names one. */
interface Mention {
  k: number;
  s: Sentence;
}

/** A foreign force that kills or strikes in the story: "Wagner mercenaries killed…", "strike by Barkhane". */
function foreignAgent(tokens: Token[], mentions: Mention[]): boolean {
  return mentions.some(({ k, s }) => {
    for (let j = Math.max(s.first, k - 4); j < k; j++) if (AGENT_BEFORE.has(tokens[j].norm)) return true;
    for (let j = k + 1; j < Math.min(s.last, k + 7); j++) {
      const kind = KIND_WORDS.get(tokens[j].norm);
      // Active with its object: "killed 30 people", "ont tué au moins 12 civils" — not "Casques bleus tués lors de…".
      if (
        (kind === 'killed' || kind === 'wounded') &&
        !PASSIVE_AUX.has(tokens[j - 1].norm) &&
        objectAt(tokens[j + 1])
      )
        return true;
    }
    return false;
  });
}

/** "Wagner fighters were ambushed", "the convoy was caught in an ambush": the force attacked after its name. */
const ATTACKED = new Set([...SUFFERED_PASSIVE, 'embuscade', 'ambush']);
/** "l'attaque du camp de la Minusma", "an attack on a UN base", "a Wagner convoy was ambushed". */
function foreignTarget(tokens: Token[], mentions: Mention[]): boolean {
  return mentions.some(({ k, s }) => {
    // The attack before the force ("an attack on a UN base"), or the force attacked after it.
    for (let j = Math.max(s.first, k - 7); j < k; j++)
      if (isAttackWord(tokens[j]) && !AGENT_BEFORE.has(tokens[j].norm)) return true;
    for (let j = k + 1; j < Math.min(s.last, k + 5); j++) if (ATTACKED.has(tokens[j].norm)) return true;
    return false;
  });
}

export const foreignStory: ClaimPass = {
  name: 'foreign-story',
  run(ctx) {
    // The side an infobox's combatant line gives stays: "Combatant1: Mali, Wagner Group".
    const counted = (p: (typeof ctx.placed)[number]) =>
      !p.background && !p.fig.infobox && (p.fig.subject === 'soldiers' || unsided(p));
    if (!ctx.placed.some(counted)) return;
    let named = false;
    const mentions: Mention[] = [];
    // "Depuis janvier, l'ONU a recensé 400 victimes": a force named only in background is not in the story.
    const bg = backgroundSentences(ctx);
    const inBreakdown = (k: number) =>
      ctx.placed.some((p) => p.fig.breakdown && k >= p.fig.first && k < p.fig.last);
    for (const s of ctx.sentences) {
      // Nor in the page's lines: "Des soldats maliens en patrouille près de Gao. (Photo AFP)".
      if (bg.has(s.index) || ctx.pageLines.has(s.index)) continue;
      for (let k = s.first; k < s.last; k++) {
        const t = ctx.tokens[k];
        // "the French army", "l'armée tchadienne": an army of another country is no Malian force.
        const abroad = [k - 1, k + 1].some((j) => FOREIGN_WORDS.has(ctx.tokens[j]?.norm ?? ''));
        if (MALIAN_FORCE_WORDS.has(t.norm) && !abroad) return;
        if (!foreign(ctx.tokens, k)) continue;
        // "12 soldats ont été tués, dont 4 instructeurs russes": a part of the army's toll, no force
        // of the story's own.
        if (inBreakdown(k)) continue;
        mentions.push({ k, s });
        // "according to a UN report": the body that reports is no force in the story.
        // "selon un bilan de l'ONU", "according to a UN tally": the body that counts is no force either.
        named ||= !countedBy(ctx.tokens, k);
      }
    }
    if (!named) return;
    // "deux mercenaires de Wagner ont été tués, ainsi que cinq soldats": soldiers told apart from
    // the force's own toll in their sentence are another force's.
    const apart = (p: Placed) =>
      ctx.placed.some(
        (o) =>
          o !== p &&
          o.fig.sentence === p.fig.sentence &&
          o.fig.kind === p.fig.kind &&
          o.fig.explicit &&
          o.fig.subject === 'foreign_forces',
      );
    for (const p of ctx.placed)
      if (!p.background && p.fig.subject === 'soldiers' && !apart(p)) p.fig.subject = 'foreign_forces';
    // "Wagner mercenaries killed 30 people", "une frappe de Barkhane a tué 12 personnes": the dead
    // of a force that strikes are not its own.
    if (foreignAgent(ctx.tokens, mentions) || !foreignTarget(ctx.tokens, mentions)) return;
    // "Four peacekeepers were killed … The assault left at least four dead and seven wounded": the
    // losses a foreign force's story counts without a side are that force's.
    for (const p of ctx.placed) if (!p.background && unsided(p)) p.fig.subject = 'foreign_forces';
  },
};

/**
 * An attack on a civilian conveyance: "des hommes armés ont attaqué un bus transportant des
 * forains", "gunmen fired on a bus ferrying people to a market". The passengers are civilians
 * (SCHEMA.md), so a toll of that story that names persons without their side ("31 morts", "at
 * least 31 people") is of civilians.
 */
import { ARMED_SIDES, PASSENGER_WORDS, PERSON_KINDS, SUBJECT_WORDS } from '../lexicon';
import { backgroundSentences, type ClaimContext, type ClaimPass } from './context';

/**
 * Does a sentence of the story (not of its background nor the page's furniture) name passengers
 * or their bus, and no force beside them ("un bus et son escorte militaire", "a passenger boat
 * and an army base": the dead may be of either)?
 */
function passengerStory(ctx: ClaimContext): boolean {
  const background = backgroundSentences(ctx);
  let passengers = false;
  for (const s of ctx.sentences) {
    if (background.has(s.index) || ctx.pageLines.has(s.index)) continue;
    let named = false;
    let force = false;
    for (let k = s.first; k < s.last; k++) {
      const w = ctx.tokens[k].norm;
      if (PASSENGER_WORDS.has(w)) named = true;
      if (MILITARY_TARGETS.has(w) || SUBJECT_WORDS.get(w) === 'soldiers') force = true;
    }
    if (named && force) return false;
    passengers ||= named;
  }
  return passengers;
}
/** Words of a force or its post beside the passengers: "escorte militaire", "an army base". */
const MILITARY_TARGETS = new Set([
  'militaire',
  'military',
  'army',
  'armee',
  'escorte',
  'escort',
  'camp',
  'base',
]);

export const passengerVictims: ClaimPass = {
  name: 'passenger-victims',
  run(ctx) {
    const open = ctx.placed.filter(
      (p) =>
        !p.background &&
        !p.fig.sided &&
        (!p.fig.subject || p.fig.subject === 'people') &&
        p.fig.kind &&
        PERSON_KINDS.has(p.fig.kind) &&
        p.fig.kind !== 'arrested',
    );
    if (!open.length || !passengerStory(ctx)) return;
    // "64 morts : 49 civils et 15 militaires": with an armed side's toll of that kind, a toll
    // without its side may be of both (SCHEMA.md: the total is `people`).
    const armed = (kind: string) =>
      ctx.placed.some((o) => !o.background && o.fig.kind === kind && ARMED_SIDES.has(o.fig.subject!));
    for (const p of open) {
      if (armed(p.fig.kind!)) continue;
      p.fig.subject = 'civilians';
      p.fig.sided = true;
    }
  },
};

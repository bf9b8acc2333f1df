/**
 * The predicate of a figure: the verb or noun of what happened before it ("killed dozens of",
 * "la mort de", "a perdu 9 hommes") or after its noun phrase ("ont été tués", "were in fact
 * killed"), over adverbs, asides in commas, phrases of manner, a last list item and, in Arabic's
 * verb-subject-object order, the subject between.
 *
 * Read in parts: the verb before the figure (kind-before.ts) and whose losses it tells
 * (losing-side.ts); the verb after its noun phrase (kind-after.ts), over the words without a
 * count that stand between (uncounted-runs.ts); the dead a toll or the wounded who died imply
 * without a verb of killing (implied-dead.ts); a figure that is the subject of a verb of its own
 * (own-predicate.ts).
 */
export { kindBefore, OF } from './kind-before';
export {
  GENERIC_FIGHTERS,
  LEFT_VERBS,
  leftVerbBefore,
  loserBefore,
  forceOrSideAt,
  PERTE,
  sideOfSentenceBefore,
} from './losing-side';
export { BREAKDOWN_OPENERS, kindAfter } from './kind-after';
export { AND_WORDS } from './uncounted-runs';
export { tollBefore, woundedDied } from './implied-dead';
export { ownPredicate } from './own-predicate';

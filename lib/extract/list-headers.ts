/**
 * A list under its header: the kind a header before a colon says ("Matériel récupéré : 12 motos"),
 * or a verb that lists ("le matériel saisi comprend 12 motos"), or the toll the colon breaks down
 * ("killed 26 people: 16 soldiers and 10 civilians"). Used by claims.ts; list-links.ts carries the
 * kind to the other items.
 */
import type { Figure } from './claims';
import { breakdownOpener } from './coordination';
import { EQUIPMENT_TALLY, isListingVerb, KIND_WORDS, LOSS_HEADERS, PERSON_KINDS } from './lexicon';
import { isThing } from './np-subject';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { kindPhraseEndingAt } from './verb-gaps';

/**
 * "Matériel récupéré : 12 motos, 5 armes…", "Pertes : 4 soldats": a list after a colon, or
 * after a verb that lists ("le matériel saisi comprend 12 motos"), takes the kind its header says. The first item gets it; linkLists gives it to the others.
 */
export function listHeader(tokens: Token[], s: Sentence, figs: Figure[]): void {
  const f = figs.find((x) => !x.kind);
  if (!f) return;
  // The colon before the figure, or before its label ("Armement récupéré : AK-47 (12), motos (7)").
  const colon =
    tokens[f.first - 1]?.text === ':' ? f.first - 1 : (lotColon(tokens, f.first) ?? f.q.first - 1);
  if (tokens[colon]?.text !== ':' && !isListingVerb(tokens[colon]?.norm ?? '')) return;
  // Figures of the header itself ("Plusieurs matériels ont été récupérés : 12 motos") end before it.
  if (figs.some((x) => x.q.first < f.q.first && x.last > colon)) return;
  // "The attack killed 26 people: 16 soldiers and 10 civilians": the parts of the toll before the colon.
  const whole = figs.find((x) => x.last === colon && x.kind && PERSON_KINDS.has(x.kind));
  if (whole && tokens[colon].text === ':' && f.first === colon + 1 && !isThing(f)) {
    f.kind = whole.kind;
    f.kindFrom = 'list';
    f.breakdown = true;
    return;
  }
  let start = colon;
  for (let k = colon - 1, seen = 0; k >= s.first && seen < HEADER_WORDS; k--) {
    // "… ont été récupérés, notamment :", "seized, including:": words that announce the items.
    if (NAMELY.has(tokens[k].norm)) continue;
    seen++;
    if (tokens[k].type !== 'word') break;
    start = k;
    const kind = KIND_WORDS.get(tokens[k].norm) ?? kindPhraseEndingAt(tokens, k, s.first);
    if (kind) {
      f.kind = kind;
      f.kindFrom = 'list';
      return;
    }
  }
  // "Bilan matériel : 12 fusils AK-47 ; 3 mitrailleuses": things tallied without a verb were seized.
  if (isThing(f) && tokens[colon].text === ':' && tallyKind(tokens, start, colon)) {
    f.kind = 'seized';
    f.kindFrom = 'list';
  }
}

/**
 * The header words [from, to) tally equipment ("Bilan matériel", "Côté matériel", "Butin"), not
 * the side's own losses ("Pertes matérielles"): its items, told without a verb, were seized.
 */
export function tallyKind(tokens: Token[], from: number, to: number): 'seized' | null {
  let tally = false;
  for (let k = from; k < to; k++) {
    if (LOSS_HEADERS.has(tokens[k].norm)) return null;
    tally ||= EQUIPMENT_TALLY.has(tokens[k].norm);
  }
  return tally ? 'seized' : null;
}
export const HEADER_WORDS = 6;
/**
 * "Matériels récupérés : des armes dont 06 AK-47…", "Seized: weapons including 6 AK-47s": the
 * colon before an uncounted lot whose breakdown (coordination.ts's opener) the figure at `first`
 * opens; or null.
 */
function lotColon(tokens: Token[], first: number): number | null {
  const opener = breakdownOpener(tokens, first);
  if (!opener) return null;
  for (let k = first - 1 - opener; k >= Math.max(0, first - 6 - opener); k--) {
    if (tokens[k].text === ':') return k;
    if (tokens[k].type !== 'word') return null;
  }
  return null;
}
const NAMELY = new Set([',', 'notamment', 'dont', 'including', 'namely', 'especially', 'savoir', 'a']);

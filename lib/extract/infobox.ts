/**
 * Encyclopedia infoboxes ("- Combatant1: Mali, Wagner Group" … "- Casualties1: 77-100 killed"):
 * a casualty line's side is the combatant line with the same number.
 */
import type { Subject } from '../types';
import { findGroups } from './groups';
import { LIST_BULLETS } from './lexicon';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

const STATE_WORDS = new Set([
  'mali',
  'malian',
  'fama',
  'army',
  'armee',
  'government',
  'gouvernement',
  'wagner',
  'russia',
  "mali's",
]);

/** For each sentence that is an infobox casualty line, the side its figures are about. */
export function infoboxSides(tokens: Token[], sentences: Sentence[]): Map<number, Subject> {
  const sides = new Map<string, Subject>();
  const lines: Array<[number, string]> = [];
  for (const s of sentences) {
    let k = s.first;
    if (LIST_BULLETS.has(tokens[k]?.text ?? '')) k++;
    const m = /^(combatant|casualties|belligerents?|pertes|belligerants?)(\d)$/.exec(tokens[k]?.norm ?? '');
    if (!m || tokens[k + 1]?.text !== ':') continue;
    if (m[1] === 'casualties' || m[1] === 'pertes') {
      lines.push([s.index, m[2]]);
      continue;
    }
    let state = false;
    for (let j = k + 2; j < s.last; j++) if (STATE_WORDS.has(tokens[j].norm)) state = true;
    const groups = findGroups(tokens, k + 2, s.last).filter(
      (g) => g.name !== 'FAMa' && g.name !== 'Africa Corps',
    );
    if (state && !groups.length) sides.set(m[2], 'soldiers');
    else if (groups.length && !state) sides.set(m[2], 'militants');
  }
  const out = new Map<number, Subject>();
  for (const [i, n] of lines) {
    const side = sides.get(n);
    if (side) out.set(i, side);
  }
  return out;
}

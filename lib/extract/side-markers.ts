/**
 * Side markers: the words that say whose toll a subjectless figure is. The lexicons'
 * fixed phrases ("dans ses rangs", "on the enemy side") plus one grammar for the open
 * class: a side word, a few linkers, then a side noun in any form —
 * "côté ami(s)", "du côté des assaillants", "côté FAMa", "parmi les militaires",
 * "among the attackers", "dans les rangs des terroristes", "in the ranks of the army", "chez les assaillants",
 * "les pertes de Wagner", "the losses of the army".
 */
import type { Subject } from '../types';
import type { PhraseSet } from './phrases';
import type { Token } from './tokens';
import type { WordForms } from './word-forms';

/** Words that open a side marker. */
const OPENERS = new Set([
  'cote',
  'parmi',
  'among',
  'rangs',
  'rang',
  'ranks',
  'camp',
  'chez',
  'pertes',
  'losses',
  // "on the side of the army".
  'side',
]);
/** Words allowed between the opener and the side noun. */
const LINKERS = new Set([
  'de',
  'des',
  'du',
  "d'",
  "l'",
  'la',
  'les',
  'le',
  'the',
  'of',
  '\u00ab',
  '"',
  '\u201c',
  // "parmi leurs alliés", "among their partners", "among its peacekeepers", "parmi ses hommes".
  'leurs',
  'their',
  'its',
  'ses',
  'his',
]);
/** The linkers of whose camp it is: "le camp des assaillants", "the camp of the attackers". */
const OF_LINKERS = new Set(['de', 'des', 'du', "d'", 'of']);
/**
 * Heads of a collective between the linkers: "dans les rangs du groupe d'autodéfense", "among the
 * members of the militia", "parmi les éléments des FAMa", "among the men of Wagner".
 */
const COLLECTIVES = new Set([
  ...['groupe', 'groupes', 'group', 'groups', 'membres', 'members'],
  ...['elements', 'element', 'hommes', 'men'],
]);
/** A side's own losses: "les pertes de Wagner", "Wagner's losses", "the attackers' casualties". */
export const LOSSES = new Set(['pertes', 'losses', 'casualties']);
/** Allies, whose side their nationality says: "parmi leurs alliés russes", "among their Russian allies". */
export const ALLIES = new Set(['allies', 'partenaires', 'partners', 'suppletifs']);
/** Side words that are not subject nouns. */
const SIDE_WORDS = new Map<string, Subject>([
  ['ami', 'soldiers'],
  ['amis', 'soldiers'],
  ['amie', 'soldiers'],
  ['friendly', 'soldiers'],
  ['ennemi', 'militants'],
  ['ennemis', 'militants'],
  ['enemy', 'militants'],
  ['adverse', 'militants'],
  ['adversaire', 'militants'],
  ['adversaires', 'militants'],
]);
/** "on the Malian side", "on the military side", "on the jihadist side": adjectives that name a side. */
const SIDE_ADJECTIVES = new Map<string, Subject>([
  ['malian', 'soldiers'],
  ['military', 'soldiers'],
  ['government', 'soldiers'],
  ['jihadist', 'militants'],
  ['terrorist', 'militants'],
  ['insurgent', 'militants'],
]);
/** The sides a force's name or noun stands for after "dans les", "au sein des". */
const FORCES = new Set<Subject>(['soldiers', 'foreign_forces', 'militia']);
const THINGS = new Set<Subject>(['vehicles', 'motorcycles', 'weapons', 'ammunition', 'bases', 'equipment']);

export class SideMarkers {
  constructor(
    private phrases: PhraseSet<Subject>,
    private subjects: WordForms<Subject>,
    private names: (w: string) => Subject | undefined = () => undefined,
    private nation: (w: string) => Subject | undefined = () => undefined,
  ) {}

  /** The marker starting at token i, if any: its side and end index. */
  matchAt(tokens: Token[], i: number, limit = tokens.length): { value: Subject; end: number } | null {
    const fixed = this.phrases.matchAt(tokens, i, limit);
    if (fixed) return fixed;
    const onSide = this.onTheSide(tokens, i, limit);
    if (onSide) return onSide;
    const within = this.withinForce(tokens, i, limit);
    if (within) return within;
    const owned = this.ownersLosses(tokens, i, limit);
    if (owned) return owned;
    if (!OPENERS.has(tokens[i]?.norm ?? '')) return null;
    // "dans les rangs", "in the ranks": 'rangs' must follow 'dans'/'in' + a determiner.
    if (
      ['rangs', 'rang', 'ranks'].includes(tokens[i].norm) &&
      !/^(les|leurs|ses|nos|the)$/.test(tokens[i - 1]?.norm ?? '')
    )
      return null;
    let nation: Subject | undefined;
    for (let j = i + 1; j < Math.min(limit, i + 7); j++) {
      const n = tokens[j].norm;
      // "un camp militaire" is a base, not a side: "camp" takes a side word ("camp ennemi") or,
      // after "de"/"of", a side noun ("le camp des assaillants") — not "in the camp the gunmen…".
      if (tokens[i].norm === 'camp' && j === i + 1 && !SIDE_WORDS.has(n) && !OF_LINKERS.has(n)) return null;
      // "among their Russian allies", "parmi leurs alliés russes": the nationality beside the allies.
      if (ALLIES.has(n)) {
        const nation = this.nation(tokens[j - 1].norm) ?? this.nation(tokens[j + 1]?.norm ?? '');
        return nation ? { value: nation, end: j + 1 } : null;
      }
      // "among Malian soldiers", "among Russian soldiers": the nationality before its noun.
      if (this.nation(n) && !this.subjects.get(n) && !this.names(n)) {
        nation = this.nation(n);
        continue;
      }
      const side = SIDE_WORDS.get(n) ?? this.subjects.get(n) ?? this.names(n);
      if (side && !THINGS.has(side) && side !== 'people')
        return { value: nation === 'foreign_forces' && side === 'soldiers' ? nation : side, end: j + 1 };
      if (!LINKERS.has(n) && !COLLECTIVES.has(n)) return null;
    }
    return null;
  }

  /**
   * "22 blessés dans les FAMa", "au sein des forces armées", "within the army": a force's name or
   * noun right after "dans" / "au sein de" / "within" and a determiner (not "dans les villages").
   */
  private withinForce(tokens: Token[], i: number, limit: number): { value: Subject; end: number } | null {
    const w = tokens[i]?.norm ?? '';
    if (w !== 'dans' && w !== 'within' && !(w === 'sein' && tokens[i - 1]?.norm === 'au')) return null;
    let j = i + 1;
    while (j < Math.min(limit, i + 3) && LINKERS.has(tokens[j].norm)) j++;
    if (j === i + 1 || j >= limit) return null;
    const n = tokens[j].norm;
    const side = this.names(n) ?? this.subjects.get(n);
    return side && FORCES.has(side) ? { value: side, end: j + 1 } : null;
  }

  /** "Wagner's losses", "the army's losses", "the attackers' casualties": the owner before its losses. */
  private ownersLosses(tokens: Token[], i: number, limit: number): { value: Subject; end: number } | null {
    const apostrophe = tokens[i + 1]?.norm;
    if (apostrophe !== "'" && apostrophe !== '\u2019') return null;
    const loss = tokens[i + 2]?.norm === 's' ? i + 3 : i + 2;
    if (loss >= limit || !LOSSES.has(tokens[loss].norm)) return null;
    const n = tokens[i].norm;
    const side = SIDE_WORDS.get(n) ?? this.names(n) ?? this.subjects.get(n);
    return side && !THINGS.has(side) && side !== 'people' ? { value: side, end: loss + 1 } : null;
  }

  /** "on the army's side", "on the attackers' side", "on the Malian side": the side noun before "side". */
  private onTheSide(tokens: Token[], i: number, limit: number): { value: Subject; end: number } | null {
    if (tokens[i]?.norm !== 'on' || tokens[i + 1]?.norm !== 'the') return null;
    let side: Subject | undefined;
    for (let j = i + 2; j < Math.min(limit, i + 7); j++) {
      const n = tokens[j].norm;
      if (n === 'side') return side ? { value: side, end: j + 1 } : null;
      if (n === "'" || n === '\u2019' || n === 's') continue;
      const s = SIDE_WORDS.get(n) ?? this.subjects.get(n) ?? this.names(n) ?? SIDE_ADJECTIVES.get(n);
      if (!s || THINGS.has(s) || s === 'people') return null;
      side = s;
    }
    return null;
  }

  findAll(tokens: Token[], from: number, to: number): Array<{ value: Subject; start: number; end: number }> {
    const out: Array<{ value: Subject; start: number; end: number }> = [];
    for (let i = from; i < to; i++) {
      const m = this.matchAt(tokens, i, to);
      if (m) out.push({ value: m.value, start: i, end: m.end });
    }
    return out;
  }
}

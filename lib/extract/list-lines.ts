/**
 * Lists written one item a line, as communiqués give their tallies: a header that says the kind
 * ("Matériel récupéré :"), bulleted lines ("- 12 motos ;") or bare ones ("08 AK-47"), and what each
 * line's figures take from the list — the header's kind, the last verb of its things, or, after
 * the enemy's dead, "recovered" ("Bilan :" "- 12 terroristes neutralisés ;" "- 8 fusils d'assaut ;").
 */
import type { Kind, Subject } from '../types';
import type { Figure } from './claims';
import {
  EQUIPMENT_TALLY,
  KIND_WORDS,
  LIST_BULLETS,
  PERSON_KINDS,
  SIDE_MARKERS,
  THING_KINDS,
} from './lexicon';
import { furnitureLine } from './furniture-lines';
import { enemyLoss } from './list-links';
import { HEADER_WORDS, tallyKind } from './list-headers';
import { THING_SUBJECTS } from './noun-phrase';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * A header line that ends with a colon and says a kind: "Matériel récupéré :", "Pertes ennemies :";
 * or a short line of words alone, without its colon, that ends on its kind: "Matériels récupérés".
 */
export function headerKind(tokens: Token[], s: Sentence): Kind | null {
  const colon = tokens[s.last - 1]?.text === ':';
  if (!colon && !bareHeader(tokens, s)) return null;
  const end = colon ? s.last - 1 : s.last;
  const from = Math.max(s.first, end - HEADER_WORDS);
  for (let k = end - 1; k >= from; k--) {
    if (tokens[k].type !== 'word') return null;
    const kind = KIND_WORDS.get(tokens[k].norm);
    if (kind) return kind;
  }
  // "Bilan matériel :": a tally of equipment, seized.
  return tallyKind(tokens, from, end);
}
/** "Matériels récupérés", "Weapons seized": a line of a few words, no number, its last one a kind. */
function bareHeader(tokens: Token[], s: Sentence): boolean {
  if (!s.headline || s.last - s.first > 3) return false;
  for (let k = s.first; k < s.last; k++) if (tokens[k].type !== 'word') return false;
  return (
    KIND_WORDS.get(tokens[s.last - 1].norm) !== undefined || EQUIPMENT_TALLY.has(tokens[s.last - 1].norm)
  );
}
/** A bulleted line ("- 12 motos ;"). */
export const isBulleted = (tokens: Token[], s: Sentence) => LIST_BULLETS.has(tokens[s.first]?.text ?? '');
/**
 * A line of a list written without bullets: short, with no full stop, its number first or right
 * after its label ("08 AK-47", "Motos : 03"). Only a header's list reads it as an item.
 */
export function isItemLine(tokens: Token[], s: Sentence): boolean {
  if (!s.headline || s.last - s.first > ITEM_LINE_TOKENS) return false;
  const first = tokens[s.first];
  if (first?.type === 'num') return true;
  let colon = s.first + 1;
  while (colon < s.last && tokens[colon].text !== ':') colon++;
  return colon < s.last && tokens[colon + 1]?.type === 'num' && colon + 2 >= s.last - 1;
}
const ITEM_LINE_TOKENS = 8;

/**
 * A line of a header's list that names its own lot first: "Armement : 06 AK47 ; 02 PKM ;",
 * "Matériel roulant : 04 motos, 01 véhicule". A few words, a colon, a number.
 */
export function isLabelledLine(tokens: Token[], s: Sentence): boolean {
  let colon = s.first;
  while (colon < s.last && colon - s.first <= LABEL_WORDS && tokens[colon].text !== ':') {
    if (tokens[colon].type !== 'word') return false;
    colon++;
  }
  return colon > s.first && tokens[colon]?.text === ':' && tokens[colon + 1]?.type === 'num';
}
const LABEL_WORDS = 4;

/** The list the lines read so far are in: its header's kind, its things' last kind, the enemy's losses. */
export class ListLines {
  private listKind: Kind | null = null;
  private thingKind: Kind | null = null;
  private enemy = false;
  /** The side the list's header names, for its persons without one. */
  private side: Subject | null = null;
  /** A header or an item was the line before: a list is open. */
  private open = false;
  /** The kind the current line's header says, if it is one. */
  header: Kind | null = null;
  /** The current line is an item of a list. */
  bulleted = false;

  /** Reads line s: a header opens a list, an item keeps it, any other line closes it. */
  line(tokens: Token[], s: Sentence): void {
    this.header = headerKind(tokens, s);
    // "Matériel récupéré :" then "Armement :", "Côté ennemi :": a line that heads a part of the list.
    // ("Lire aussi :" heads other stories' headlines, no list.)
    const headed = subHeader(tokens, s) && !furnitureLine(tokens, s);
    const sub = !this.header && headed && (this.listKind !== null || this.open);
    // Bare lines are items under a header of a kind, or right after a header ("Bilan côté
    // ennemi :" then "15 terroristes neutralisés", "06 motos") or another item.
    this.bulleted =
      isBulleted(tokens, s) ||
      ((!!this.listKind || this.open) &&
        !this.header &&
        (isItemLine(tokens, s) || isLabelledLine(tokens, s)));
    const side = this.header || headed ? headerSide(tokens, s) : null;
    if (this.header) this.listKind = this.header;
    else if (!this.bulleted && !sub) this.listKind = null;
    // "Matériel :" under "Côté ennemi :" and its dead: the part of the list keeps what it knew.
    if (!this.bulleted && !sub) {
      this.thingKind = null;
      this.enemy = false;
    }
    // A header names the side its items count ("Côté ami :", "Pertes ennemies :"); its parts keep it.
    if (side) this.side = side;
    // "Pertes ennemies :" then "- 05 fusils": the enemy's things were recovered.
    // "Côté ami :" then "- 1 véhicule": not the enemy's, and no verb says what befell it.
    if (side) this.enemy = side === 'militants';
    if (side && side !== 'militants') this.thingKind = null;
    else if (!this.bulleted && !sub) this.side = null;
    this.open = this.bulleted || headed || !!this.header || !!side;
  }

  /** Gives figure f of the current line the kind its list says, and learns from it. */
  fill(f: Figure): void {
    if (!f.kind && this.listKind && !this.header) {
      f.kind = this.listKind;
      f.kindFrom = 'list';
    }
    if (!this.bulleted) return;
    // "Côté ami :" then "- 3 blessés": the header's side.
    if (this.side && f.kind && PERSON_KINDS.has(f.kind) && (!f.subject || f.subject === 'people')) {
      f.subject = this.side;
      f.sided = true;
    }
    // "- 03 AK47 récupérés ;" then "- 02 PKM ;": a bare line of things goes on the list's last verb;
    // after "- 12 terroristes neutralisés ;", the enemy's things were recovered.
    const thing = !!f.subject && THING_SUBJECTS.has(f.subject);
    const kind = this.thingKind ?? (this.enemy ? 'seized' : null);
    if (thing && !f.kind && kind) {
      f.kind = kind;
      f.kindFrom = 'list';
    }
    if (thing && f.kind && THING_KINDS.has(f.kind)) this.thingKind = f.kind;
    if (enemyLoss(f)) this.enemy = true;
  }
}

/** A short line of words that ends with a colon: "Armement :", "Côté ennemi :", "Bilan :". */
function subHeader(tokens: Token[], s: Sentence): boolean {
  if (tokens[s.last - 1]?.text !== ':' || s.last - 1 - s.first > HEADER_WORDS) return false;
  for (let k = s.first; k < s.last - 1; k++) if (tokens[k].type !== 'word') return false;
  return s.last - 1 > s.first;
}

/** The side a header line names: "Côté ami :", "Pertes ennemies :", "Enemy losses:". */
function headerSide(tokens: Token[], s: Sentence): Subject | null {
  return SIDE_MARKERS.findAll(tokens, s.first, s.last)[0]?.value ?? null;
}

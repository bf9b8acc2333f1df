/**
 * The complement right after a noun phrase's head that says whose persons they are: a foreign
 * force ("deux soldats de la Minusma") or a group ("trois membres de la katiba Serma", "of the
 * JNIM", Arabic's "عناصر جماعة نصرة الإسلام"). Used by noun-phrase.ts.
 */
import { THING_SUBJECTS, type Subject } from '../types';
import { findGroups } from './groups';
import { FOREIGN_WORDS, SIDE_MARKERS, SUBJECT_WORDS } from './lexicon';
import { GROUP_SIDES, UNIT_WORDS } from './lexicon-actors';
import type { Token } from './tokens';

/** Nouns that are part of a foreign force's name: "the Wagner group", "la force Barkhane". */
export const FORCE_NOUNS = new Set(['group', 'groupe', 'mission', 'force', 'operation', 'contingent']);
const FOREIGN_LINKS = new Set(['de', 'du', 'des', "d'", 'of', 'la', 'le', "l'", 'les', 'the', 'from']);
/** A complement right after the head that names a foreign force ("de l'opération Barkhane"). */
export function foreignComplement(tokens: Token[], from: number, limit: number): boolean {
  if (!['de', 'du', 'des', "d'", 'of', 'from'].includes(tokens[from]?.norm ?? '')) return false;
  for (let k = from + 1; k < Math.min(limit, from + 5); k++) {
    const t = tokens[k];
    if (t.type !== 'word') return false;
    if (t.text === 'UN' || t.text === 'ONU' || FOREIGN_WORDS.has(t.norm)) return true;
    if (!FOREIGN_LINKS.has(t.norm) && !FORCE_NOUNS.has(t.norm)) return false;
  }
  return false;
}

/** The side of a group named in a complement right after the head ("de la katiba X", "of the JNIM"). */
export function groupComplement(tokens: Token[], from: number, limit: number): Subject | null {
  return groupComplementAt(tokens, from, limit)?.side ?? null;
}

/** The side of the group named in a complement at `from`, and the index after its name. */
export function groupComplementAt(
  tokens: Token[],
  from: number,
  limit: number,
): { side: Subject; end: number } | null {
  const to = Math.min(limit, from + 6);
  // Arabic's construct state, read through its gloss: "عناصر جماعة نصرة الإسلام" ("elements group jnim").
  const linked = (a: number, b: number) =>
    tokens.slice(a, b).every((t) => FOREIGN_LINKS.has(t.norm) || FORCE_NOUNS.has(t.norm));
  const sideOf = (g: { name: string; end: number }) => ({
    side: GROUP_SIDES.get(g.name) ?? ('militants' as Subject),
    end: g.end,
  });
  if (/[\u0600-\u06FF]/.test(tokens[from]?.text ?? '')) {
    const direct = findGroups(tokens, from, to)[0];
    if (direct && linked(from, direct.start)) return sideOf(direct);
  }
  if (!['de', 'du', 'des', "d'", 'of'].includes(tokens[from]?.norm ?? '')) return null;
  const found = findGroups(tokens, from + 1, to)[0];
  // "de la katiba X", "of the JNIM", "من جماعة نصرة الإسلام" ("of group jnim").
  if (found && linked(from + 1, found.start)) return sideOf(found);
  for (let k = from + 1; k < to && FOREIGN_LINKS.has(tokens[k].norm); k++)
    if (UNIT_WORDS.has(tokens[k + 1]?.norm ?? '')) return { side: 'militants', end: k + 3 };
  return describedGroup(tokens, from + 1, to);
}

/** Nouns of an organisation that an adjective makes a side: "du groupe terroriste", "of the jihadist group". */
const ORGANISATION_NOUNS = new Set([
  'groupe',
  'group',
  'organisation',
  'organization',
  'mouvement',
  'movement',
]);

/**
 * "éléments du groupe terroriste", "members of the jihadist group", "ce groupe jihadiste": a group
 * named by its kind, the adjective beside its noun saying the side.
 */
function describedGroup(tokens: Token[], from: number, to: number): { side: Subject; end: number } | null {
  let k = from;
  while (k < to && (FOREIGN_LINKS.has(tokens[k].norm) || DEMONSTRATIVES.has(tokens[k].norm))) k++;
  const [a, b] = [tokens[k]?.norm ?? '', tokens[k + 1]?.norm ?? ''];
  const adjective = ORGANISATION_NOUNS.has(a) ? b : ORGANISATION_NOUNS.has(b) ? a : '';
  const side = adjective ? SUBJECT_WORDS.get(adjective) : undefined;
  return side === 'militants' ? { side, end: k + 2 } : null;
}
const DEMONSTRATIVES = new Set(['ce', 'cet', 'cette', 'ces', 'this', 'that', 'these']);

/**
 * A side named in brackets right after a toll's noun: "12 morts (FAMa)", "30 morts (JNIM)",
 * "12 killed (Malian army)", "5 blessés (côté ami)". Its side and the index after ")".
 */
export function bracketSide(
  tokens: Token[],
  from: number,
  limit: number,
): { side: Subject; end: number } | null {
  if (tokens[from]?.text !== '(') return null;
  let close = from + 1;
  while (close < limit && close < from + BRACKET_REACH && tokens[close].text !== ')') close++;
  if (tokens[close]?.text !== ')' || close === from + 1) return null;
  for (let k = from + 1; k < close; k++) if (BRACKET_VOICES.has(tokens[k].norm)) return null;
  const group = findGroups(tokens, from + 1, close)[0];
  if (group) {
    const side = GROUP_SIDES.get(group.name) ?? 'militants';
    return { side, end: close + 1 };
  }
  for (let k = from + 1; k < close; k++) {
    const t = tokens[k];
    // "(source : armée)", "(selon l'armée)", "(per the army)": who says it, not whose.
    if (t.type === 'num' || BRACKET_VOICES.has(t.norm)) return null;
    const side = SIDE_MARKERS.matchAt(tokens, k, close)?.value ?? SUBJECT_WORDS.get(t.norm);
    if (side && side !== 'people' && !(THING_SUBJECTS as readonly Subject[]).includes(side))
      return { side, end: close + 1 };
  }
  return null;
}
const BRACKET_REACH = 5;
const BRACKET_VOICES = new Set([
  'source',
  'sources',
  'selon',
  'per',
  'according',
  'via',
  'dixit',
  'said',
  'says',
]);

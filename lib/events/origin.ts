/**
 * Independence is about origin, not outlets. Figures that trace back to one
 * claimant's statement — the army's communiqué relayed by five outlets, the
 * group's claim, one wire dispatch reprinted or rewritten — are one source.
 * Every count of independent sources (the comparison, the dashboard, the
 * ACLED export) goes through `originGroups` and `countSources` here.
 */
import { foldName } from '../places';
import type { By } from '../types';

/** What origin needs of a figure. */
export interface OriginFigure {
  item: number;
  by: By;
  source?: string;
  copyGroup: number;
}

/**
 * Claimants that speak for a body whatever outlet carries them: one statement
 * of theirs relayed anywhere is one source.
 */
const NAMED: ReadonlySet<By> = new Set<By>(['official', 'armed_group', 'monitor', 'media']);

/** Folded words that name one body (any of them in the folded source). */
const BODIES: ReadonlyArray<[key: string, by: By | null, words: RegExp]> = [
  // Foreign state forces speak for themselves, not for Mali's.
  ['official:niger', 'official', /\bnige(?:r|rien|rienne|rian)s?\b/],
  ['official:burkina', 'official', /\bburkin/],
  ['official:france', 'official', /\b(?:franc(?:e|ais|aise|h)|barkhane|french)\b/],
  ['official:cma', 'official', /\b(?:coordination|cma|csp)\b/],
  ['group:jnim', null, /\b(?:jnim|gsim|qaida|qaeda|katiba|macina|ansar|nusrat|koufa|ghaly)\b/],
  ['group:issp', null, /\b(?:issp|eigs|isgs|daech|daesh|islamic state|etat islamique|ei sahel)\b/],
  ['group:fla', null, /\b(?:fla|front de liberation de l azawad|azawad liberation front)\b/],
  ['monitor:un', 'monitor', /\b(?:minusma|nations unies|united nations|onu)\b/],
  ['monitor:site', 'monitor', /\bsite\b/],
  ['monitor:acled', 'monitor', /\bacled\b/],
  ['monitor:hrw', 'monitor', /\b(?:human rights watch|hrw)\b/],
  ['wire:afp', null, /\b(?:afp|agence france presse|france presse)\b/],
  ['wire:reuters', null, /\breuters\b/],
  ['wire:ap', null, /\b(?:associated press|ap)\b/],
];

/**
 * The body a claimant speaks for: "l'armée", "FAMa", "the statement" and
 * "la télévision nationale" are all Mali's state; "de la Katiba Serma" is
 * JNIM. null when the words name no body we know (the claimant is then
 * identified by its `by` alone, within the event).
 */
export function claimantBody(by: By, source: string | undefined): string | null {
  const s = source ? foldName(source) : '';
  for (const [key, only, words] of BODIES) if ((!only || only === by) && words.test(s)) return key;
  if (by === 'official') return 'official:mali';
  if (by === 'media' || by === 'monitor') return s ? `${by}:${s}` : null;
  return null;
}

/** A wire agency's credit for the dispatch ("told AFP", "(Reuters) -"), not a photo credit. */
const WIRE_CREDITS: ReadonlyArray<[key: string, credit: RegExp]> = [
  ['wire:afp', /(?<![/]\s?)\b(?:AFP|Agence France[- ]Presse)\b(?!\s?\/)(?![^\n(]{0,40}\bPhoto)/u],
  ['wire:reuters', /(?<![/]\s?)\bReuters\b(?!\s?\/)/u],
  ['wire:ap', /\b(?:Associated Press|\(AP\))/u],
];

/** The wire agency an article credits, when it credits exactly one. */
export function wireCredit(text: string): string | null {
  const credited = WIRE_CREDITS.filter(([, re]) => re.test(text.replace(/\(Photo[^)]*\)/giu, ''))).map(
    ([key]) => key,
  );
  return credited.length === 1 ? credited[0] : null;
}

/**
 * Origin number of each figure: figures sharing a claimant body, a wire
 * dispatch, or a copied text with the same claimant are one origin.
 * `wires[item]` is the wire agency item `item` credits (null: none).
 */
export function originGroups(
  figures: readonly OriginFigure[],
  wires: ReadonlyArray<string | null>,
): number[] {
  const bodies = figures.map((f) =>
    NAMED.has(f.by) || f.by === 'armed_group' ? claimantBody(f.by, f.source) : null,
  );
  // An unnamed armed group ("the group", "fighters") is the one group the event names, if only one.
  const groups = new Set(bodies.filter((b): b is string => !!b && b.startsWith('group:')));
  const keys = figures.map((f, i) => {
    const out = [`copy:${f.copyGroup}:${f.by}`];
    let body = bodies[i];
    if (!body && f.by === 'armed_group') body = groups.size === 1 ? [...groups][0] : 'group:?';
    if (body) out.push(body);
    else if (wires[f.item]) out.push(`${wires[f.item]}:${f.by}`);
    return out;
  });
  const parent = figures.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const firstWith = new Map<string, number>();
  keys.forEach((ks, i) => {
    for (const k of ks) {
      const j = firstWith.get(k);
      if (j === undefined) firstWith.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const ids = new Map<number, number>();
  return figures.map((_, i) => {
    const root = find(i);
    if (!ids.has(root)) ids.set(root, ids.size);
    return ids.get(root)!;
  });
}

/** Independent sources among figures: the number of distinct origins. */
export function countSources(figures: ReadonlyArray<{ origin: number }>): number {
  return new Set(figures.map((f) => f.origin)).size;
}

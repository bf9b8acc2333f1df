/**
 * Who a claimant's words make them: an unnamed member of the forces ("un officier", "Malian army
 * officials"), and where the speaker's words end before the medium it spoke in ("dans un
 * communiqué"), and an unnamed source placed in the locality ("une source à Boni"). Used by
 * claimant-class.ts.
 */
import type { ClaimantMatch } from './claimant-class';
import { CLAIMANT_PHRASES, NEIGHBOURS } from './lexicon';
import { LOCALITY_NOUNS } from './lexicon-places';
import { MEDIUM_NOUNS, MEDIUM_PREPOSITIONS } from './lexicon-actors';
import { isAccentedA, type Token } from './tokens';

/** Words that make members the forces' (not "government officials"). */
export const FORCE_ADJECTIVES = new Set([
  ...['military', 'army', 'security', 'defence', 'defense', 'gendarmerie', 'police'],
  ...['militaire', 'armee', 'securitaire', 'securite', 'fama', 'etat-major'],
]);
const INDEFINITE = new Set(['un', 'une', 'a', 'an', 'one', 'deux', 'two', 'plusieurs', 'several', 'des']);
/** Persons of a force, by a noun that says so: an officer is unnamed and speaks for no one. */
export const FORCE_MEMBERS = new Set([
  ...['officier', 'officiers', 'militaire', 'militaires', 'grade', 'gradé', 'soldat', 'soldats'],
  ...['element', 'elements', 'officer', 'officers', 'soldier', 'soldiers'],
  ...['policier', 'policiers', 'policeman', 'policemen', 'commandant', 'commander'],
  // "un colonel de l'armée", "a general": an officer by his rank, unnamed.
  ...['colonel', 'colonels', 'general', 'generals', 'generaux', 'capitaine', 'captain', 'lieutenant'],
]);
/** Persons of a force or a ministry, not its voice, by a noun any institution has. */
export const MEMBERS = new Set([
  ...FORCE_MEMBERS,
  ...['responsable', 'responsables', 'cadre', 'cadres', 'membre', 'membres', 'agent', 'agents'],
  ...['official', 'officials', 'member', 'members'],
]);

/**
 * "un responsable de l'armée", "un militaire", "a defence ministry official", "a Malian military
 * officer", "Malian army officials": an unnamed member of the forces speaks as a security source,
 * not as the army. "A government official" is no member of the forces.
 */
export function unnamedMember(tokens: Token[], a: number, end: number): boolean {
  const force = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (FORCE_ADJECTIVES.has(tokens[k].norm)) return true;
    return false;
  };
  // "military officials said", "Malian army officers told AFP": a bare plural is as unnamed as "some".
  for (let k = a; k + 1 < end && k < a + 3; k++)
    if (
      FORCE_ADJECTIVES.has(tokens[k].norm) &&
      MEMBERS.has(tokens[k + 1].norm) &&
      /s$/.test(tokens[k + 1].norm)
    )
      return !['the', 'les'].includes(tokens[a].norm);
  for (let i = a; i < end; i++) {
    // "a indiqué à l'AFP le général X": "à" is no article.
    if (!INDEFINITE.has(tokens[i].norm) || isAccentedA(tokens[i])) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 5, end + 2); j++) {
      if (!MEMBERS.has(tokens[j].norm)) continue;
      return FORCE_MEMBERS.has(tokens[j].norm) || force(i + 1, Math.min(tokens.length, end + 3));
    }
  }
  return false;
}

const MEDIUM_DETERMINERS = new Set([
  'un',
  'une',
  'le',
  'la',
  "l'",
  'les',
  'an',
  'the',
  'son',
  'sa',
  'ses',
  'its',
  'their',
  'leur',
]);

/** A preposition of a medium before token i, over its determiner: "dans un communiqué", "à la télévision", "in a statement". */
export function mediumBefore(tokens: Token[], i: number, a: number): boolean {
  for (let k = i - 1; k >= Math.max(a, i - 3); k--) {
    const w = tokens[k].norm;
    if (MEDIUM_PREPOSITIONS.has(w)) return true;
    // "à" and the article "a" fold alike: the accent tells them apart.
    if (w === 'a') {
      if (isAccentedA(tokens[k])) return true;
      continue;
    }
    if (!MEDIUM_DETERMINERS.has(w)) return false;
  }
  return false;
}

/** Words [start, end) that name only a medium after its preposition: "dans un communiqué", "in a statement". */
export function mediumOnly(tokens: Token[], start: number, end: number, from: number): boolean {
  for (let k = start; k < end; k++) if (!MEDIUM_NOUNS.has(tokens[k].norm)) return false;
  return mediumBefore(tokens, start, from);
}

/** The nouns of an unnamed source. */
export const SOURCE_NOUNS = new Set(['source', 'sources']);
const SOURCE_DETERMINERS = new Set([
  'une',
  'des',
  'a',
  'an',
  'the',
  'la',
  'les',
  'de',
  "d'",
  'plusieurs',
  'several',
]);

/** Is the claimant's name a source and nothing more ("une source", "des sources", "sources")? */
export function bareSource(tokens: Token[]): boolean {
  let k = 0;
  while (k < tokens.length && SOURCE_DETERMINERS.has(tokens[k].norm)) k++;
  return k === tokens.length - 1 && SOURCE_NOUNS.has(tokens[k].norm);
}
/** Words that place a source: "une source à Boni", "a source in the area". */
export const IN_WORDS = new Set(['a', 'in', 'at', 'dans']);
/** "au", "aux": "à" with its article. */
const CONTRACTED_IN = new Set(['au', 'aux']);
const THE_WORDS = new Set(['la', 'le', "l'", 'the', 'this', 'cette', 'ce']);
/** An official by the bare noun, whose place says whether they are the place's own. */
const OFFICIAL_NOUNS = new Set(['official', 'officials', 'responsable', 'responsables']);
/** "an official from the town", "un responsable de la commune". */
const FROM_WORDS = new Set(['from', 'of', 'de', 'du']);
/** "une source proche de la mairie", "sources close to the army". */
export const CLOSE_TO = new Set(['proche', 'proches', 'close']);

/** "sur place", "sur les lieux", "on the ground", "at the scene": where a witness stands. */
const SCENE = [
  ['sur', 'place'],
  ['sur', 'les', 'lieux'],
  ['on', 'the', 'ground'],
  ['at', 'the', 'scene'],
];
/** Words of a source's phrase between its noun and its scene: "concordantes", "qui étaient présentes". */
const SCENE_REACH = 5;

/**
 * Where the scene ends when it follows a source's noun, before k, over a few words of its phrase
 * ("concordantes", "qui étaient présentes"); or -1.
 */
export function sceneEnd(tokens: Token[], k: number, b: number): number {
  for (let j = k; j < Math.min(b, k + SCENE_REACH); j++) {
    const scene = SCENE.find((words) => words.every((w, d) => tokens[j + d]?.norm === w));
    if (scene) return j + scene.length;
    if (tokens[j].type !== 'word') return -1;
  }
  return -1;
}

/**
 * "une source à Boni", "a source in the area", "une source proche de la mairie": an unnamed
 * source placed in the locality, or close to its authorities, is a voice of the place (local),
 * not a security source.
 */
export function placedSource(tokens: Token[], best: ClaimantMatch, b: number): ClaimantMatch | null {
  const official = best.by === 'official';
  if (best.by !== 'security_source' && !official) return null;
  // A bare source ("une source", "des sources", "a source"), or a bare official ("an official in
  // Boni", "un responsable à Boni"): no word of its own says whose.
  let k = best.start;
  while (k < best.end && SOURCE_DETERMINERS.has(tokens[k].norm)) k++;
  if (k === best.end || !(official ? OFFICIAL_NOUNS : SOURCE_NOUNS).has(tokens[k].norm)) return null;
  k++;
  if (!official && CLOSE_TO.has(tokens[k]?.norm ?? '')) {
    // "proche de la mairie", "close to the local authorities": the words after name a local voice.
    let j = k + 1;
    if (['de', 'du', 'des', "d'", 'to'].includes(tokens[j]?.norm ?? '')) j++;
    if (THE_WORDS.has(tokens[j]?.norm ?? '')) j++;
    const m = j < b ? CLAIMANT_PHRASES.matchAt(tokens, j, b) : null;
    // "proche des autorités locales": the authorities made local by the adjective after them.
    const after = m && m.end < b ? CLAIMANT_PHRASES.matchAt(tokens, m.end, b) : null;
    const local = m?.value[0] === 'local' ? m : after?.value[0] === 'local' ? after : null;
    if (local) return { by: 'local', start: best.start, end: local.end };
    // "a source close to the authorities", "une source proche de l'armée": an insider of whom
    // it names, unnamed — a security source, its words kept whole.
    return m ? { by: 'security_source', start: best.start, end: m.end } : null;
  }
  // "des sources concordantes sur place", "des sources qui étaient présentes sur place", "sources
  // who were at the scene": a source at the scene is a witness.
  if (!official && k === best.end && sceneEnd(tokens, k, b) >= 0)
    return { by: 'local', start: best.start, end: k };
  if (k !== best.end || k >= b) return null;
  // "an official from the town", "un responsable de la commune": of the locality by its noun only
  // (not "un responsable du MSA").
  if (official && FROM_WORDS.has(tokens[k].norm)) {
    const j = THE_WORDS.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    return LOCALITY_NOUNS.has(tokens[j]?.norm ?? '') ? { by: 'local', start: best.start, end: j + 1 } : null;
  }
  if (!IN_WORDS.has(tokens[k].norm) && !CONTRACTED_IN.has(tokens[k].norm)) return null;
  // "au village", "au ministère": the preposition holds the article.
  const contracted = CONTRACTED_IN.has(tokens[k].norm);
  k++;
  const t = tokens[k];
  if (!t || k >= b) return null;
  // "à Boni", "in Menaka": a place's name (not the country's, nor the capital's, where the
  // forces' staff speak from).
  const far = NEIGHBOURS.has(t.norm) || ['mali', 'bamako'].includes(t.norm);
  if (
    !contracted &&
    t.type === 'word' &&
    /^\p{Lu}/u.test(t.text) &&
    !far &&
    !CLAIMANT_PHRASES.matchAt(tokens, k, b)
  )
    return { by: 'local', start: best.start, end: k + 1 };
  // The noun after the article: "dans la zone", "à l'hôpital", "au ministère"; Arabic's article
  // is part of its noun ("في المستشفى", glossed "in hospital").
  const j = contracted || !THE_WORDS.has(t.norm) ? k : k + 1;
  if (j >= b) return null;
  // "dans la zone", "in the area", "dans la commune", "au village".
  if (LOCALITY_NOUNS.has(tokens[j].norm)) return { by: 'local', start: best.start, end: j + 1 };
  // "une source à l'hôpital de Mopti", "a source at the hospital": a place whose staff are local voices.
  const place = CLAIMANT_PHRASES.matchAt(tokens, j, b);
  // "an official at the hospital", "مسؤول في مستشفى موبتي": its staff speak as the place's voices.
  if (place?.value[0] === 'local') return { by: 'local', start: best.start, end: place.end };
  // "une source au ministère de la Défense", "a source at the defence ministry": an insider of the
  // state, unnamed — a security source, whatever side its figure counts.
  if (!official && place?.value[0] === 'official')
    return { by: 'security_source', start: best.start, end: place.end };
  return null;
}

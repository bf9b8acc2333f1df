/**
 * The claimant's class and name: which of SCHEMA.md's classes the words of a speaker name
 * ("une source sécuritaire", "a local official", "Malian army officials", "le JNIM"), and the
 * words of the speaker's name as the text gives them ("un officier de l'armée", "Amadou
 * Diallo, a local official"), for attribution.ts to place.
 */
import type { By } from '../types';
import { CLAIMANT_PHRASES, OUTLET_DEEDS } from './lexicon';
import { claimantWords } from './claimant-words';
import { findGroups } from './groups';
import { LOCALITY_NOUNS } from './lexicon-places';
import { GROUP_SIDES } from './lexicon-actors';
import {
  FORCE_ADJECTIVES,
  FORCE_MEMBERS,
  mediumBefore,
  placedSource,
  unnamedMember,
} from './claimant-members';
import { DETERMINERS } from './np-words';
import type { Token } from './tokens';

export interface ClaimantMatch {
  by: By;
  /** Token range of the words that named the class. */
  start: number;
  end: number;
}

/** Participles of a document an outlet has seen: "seen by AFP", "consulté par RFI". */

/** Where a speaker belongs, after "in": "an official in the municipality", "un agent à la mairie". */
const SPEAKER_PLACES = new Set([...LOCALITY_NOUNS, 'municipality', 'municipalite', 'mairie']);

/** Words of anonymity, which CLAIMANT_PHRASES reads as an unnamed (security) source. */
const ANONYMITY = new Set(['anonymat', 'anonymity', 'anonymously']);

/** Is there a claimant's word in [a, b) outside the match `m`? */
function otherSpeaker(tokens: Token[], a: number, b: number, m: ClaimantMatch): boolean {
  for (let i = a; i < b; i++)
    if ((i < m.start || i >= m.end) && CLAIMANT_PHRASES.matchAt(tokens, i, b)) return true;
  return false;
}

/** "local" as an adjective: it makes a speaker local only when nothing else says who they are. */
const LOCAL_ADJECTIVES = new Set(['local', 'locale', 'locales', 'locaux']);

/**
 * "a local military commander", "un commandant militaire local", "des médias locaux": "local"
 * qualifies a member of the forces, an outlet or a monitor, who speaks as one (the class of the
 * words without "local").
 */
function localForce(tokens: Token[], a: number, b: number, best: ClaimantMatch): ClaimantMatch | null {
  // "local" alone, or with the words of a lower rank it runs on into ("a local military commander").
  if (best.by !== 'local' || !LOCAL_ADJECTIVES.has(tokens[best.start].norm)) return null;
  const other = classifyAt(tokens, a, b, true);
  // "des médias locaux", "local NGOs": outlets and monitors of the place are outlets and monitors.
  if (other?.by === 'media' || other?.by === 'monitor') return other;
  if (!other) return null;
  // The words of the speaker's own phrase, not a clause about it: "a local source who asked not
  // to be named for security reasons" is no member of the forces.
  const from = Math.max(a, best.start - 3);
  // Not past "and": "local officials and a security source" are two speakers.
  let end = best.end;
  while (end < Math.min(b, best.end + 3) && !AND.has(tokens[end].norm)) end++;
  if (!tokens.slice(from, end).some((t) => FORCE_ADJECTIVES.has(t.norm) || FORCE_MEMBERS.has(t.norm)))
    return null;
  return other.by === 'official' || other.by === 'security_source' ? other : null;
}

const AND = new Set(['et', 'and']);
/** Words between two coordinated claimants: determiners ("et les habitants", "and the army"), "des", "plusieurs". */
const CONJOINED_WORDS = new Set([...DETERMINERS, 'des', 'de', 'du', 'plusieurs', 'several']);

/** Only "et"/"and" and determiners between the end of one claimant and the start of the next? */
function coordinatedAfter(tokens: Token[], end: number, start: number): boolean {
  if (!AND.has(tokens[end]?.norm ?? '')) return false;
  for (let k = end + 1; k < start; k++) if (!CONJOINED_WORDS.has(tokens[k].norm)) return false;
  return true;
}

/** The claimant class named in tokens [a, b), and where. */
export function classifyAt(tokens: Token[], a: number, b: number, skipLocal = false): ClaimantMatch | null {
  let best: [ClaimantMatch, number] | null = null;
  // The end of the phrases read so far: "général" inside "secrétaire général" is no rank of its own.
  let covered = -1;
  for (let i = a; i < b; i++) {
    const m = CLAIMANT_PHRASES.matchAt(tokens, i, b);
    if (!m) continue;
    const inside = i < covered && m.end <= covered;
    covered = Math.max(covered, m.end);
    if (inside && (!best || i >= best[0].end)) continue;
    if (skipLocal && m.end === i + 1 && LOCAL_ADJECTIVES.has(tokens[i].norm)) continue;
    // "a indiqué l'armée dans un communiqué lu à la télévision": the speaker named first; what
    // follows "dans" / "in" / "à" is where it spoke.
    // "an official in the municipality", "مسؤول في البلدية": the place the speaker belongs to is no medium.
    if (best && mediumBefore(tokens, i, a) && !SPEAKER_PLACES.has(tokens[i].norm)) break;
    const [by, rank] = m.value;
    // "un bilan non officiel": a toll no official gives.
    if (by === 'official' && tokens[i - 1]?.norm === 'non') continue;
    // "UN", "AP", "SITE" only in capitals: "un" is also the French article.
    const w = tokens[i];
    // "le site d'information X" is an outlet.
    const site = w.norm === 'site' && m.end === i + 1;
    if ((w.norm === 'ap' || site || (w.norm === 'un' && m.end === i + 1)) && w.text !== w.text.toUpperCase())
      continue;
    // "Au Mali, le bilan fait état de…", "In Mali, …": a sentence's opening place is no speaker.
    // "Mali : lourdes pertes près de Boni", "Mali: heavy losses": the rubric before a colon, no speaker.
    if (openingPlace(tokens, i, m.end) || placeCountry(tokens, i, m.end) || placeOfMali(tokens, i)) continue;
    if (tokens[i].norm === 'mali' && tokens[m.end]?.text === ':') continue;
    // "a UN report seen by AFP", "un élu joint par l'AFP": the outlet that saw or reached it does not speak.
    if (by === 'media' && outletDeedBefore(tokens, i)) continue;
    if (best && i < best[0].end) {
      // "des sources" then "sources proches": a longer phrase of a better rank overlapping it wins.
      if (m.end > best[0].end && rank < best[1]) best = [{ by, start: best[0].start, end: m.end }, rank];
      continue; // inside the phrase already found ("armed forces" / "forces")
    }
    if (best && rank === best[1] && i === best[0].end) {
      // Adjacent words of one class are one name: "eyewitness accounts".
      const cur: ClaimantMatch = best[0];
      best = [{ by: cur.by, start: cur.start, end: m.end }, rank];
      continue;
    }
    // "local officials": a word of a lower rank right after the match is the rest of its phrase,
    // so that a claimant coordinated after it is seen as such ("local officials and a security source").
    if (best && i === best[0].end && rank > best[1]) {
      const head: ClaimantMatch = best[0];
      best = [{ by: head.by, start: head.start, end: m.end }, best[1]];
      i = m.end - 1;
      continue;
    }
    // "selon l'armée et des sources locales", "the army and residents": two claimants coordinated;
    // the first named is the figure's (SCHEMA.md keeps one claimant per figure), unless it is only
    // the media relaying ("rapportent des médias et des sources locales": the most specific).
    if (best && best[0].by !== 'media' && coordinatedAfter(tokens, best[0].end, i)) break;
    // Equal ranks: the later words are the head ("the Mali military", "local accounts").
    if (!best || rank <= best[1]) best = [{ by, start: i, end: m.end }, rank];
  }
  if (!best) return unphrased(tokens, a, b);
  // "le groupe paramilitaire russe Africa Corps", "the Wagner group": a state's force named beside a group's noun.
  if (best[0].by === 'armed_group') {
    const from = Math.max(a, best[0].start - NAME_REACH);
    const named = unphrased(tokens, from, Math.min(b, best[0].end + NAME_REACH));
    if (named?.by === 'official')
      return {
        by: 'official',
        start: Math.min(named.start, best[0].start),
        end: Math.max(named.end, best[0].end),
      };
  }
  return refined(tokens, a, b, best[0]);
}

/** How far from a group's noun its name may stand: "le groupe paramilitaire russe Africa Corps". */
const NAME_REACH = 4;

/** The class the words around the best phrase give it: anonymity, a local force, a monitor's spokesman. */
function refined(tokens: Token[], a: number, b: number, best: ClaimantMatch): ClaimantMatch | null {
  // "affirme-t-il sous couvert d'anonymat", "he said, speaking on condition of anonymity":
  // anonymity alone says nothing of whose voice it is (the speaker is named elsewhere); beside
  // a speaker's words it makes them unnamed ("an official who requested anonymity").
  if (ANONYMITY.has(tokens[best.start].norm) && !otherSpeaker(tokens, a, b, best)) return null;
  const forces = localForce(tokens, a, b, best);
  if (forces) return forces;
  // "une source officielle", "government sources", "مصادر رسمية": the state's voice, unnamed.
  if (best.by === 'security_source' && officialSource(tokens, best)) return { ...best, by: 'official' };
  const placed = placedSource(tokens, best, b);
  if (placed) return placed;
  if (best.by !== 'official' && best.by !== 'local') return best;
  // "UN spokesman Stephane Dujarric", "the U.N. mission's spokesperson", "UN Secretary-General
  // Antonio Guterres": the monitor's voice.
  const org = monitorBefore(tokens, a, best.start);
  if (org >= 0) return { by: 'monitor', start: org, end: best.end };
  return best.by === 'official' && unnamedMember(tokens, a, best.end)
    ? { ...best, by: 'security_source' }
    : best;
}

/** "seen by AFP", "joint par l'AFP", "contacted by the BBC": an outlet's deed before the outlet at i. */
function outletDeedBefore(tokens: Token[], i: number): boolean {
  const by = OUTLET_ARTICLES.has(tokens[i - 1]?.norm ?? '') ? i - 2 : i - 1;
  return ['by', 'par'].includes(tokens[by]?.norm ?? '') && OUTLET_DEEDS.has(tokens[by - 1]?.norm ?? '');
}
const OUTLET_ARTICLES = new Set(["l'", 'la', 'le', 'the']);

/** A bare "source(s)" that the state's adjective qualifies, before or after it. */
function officialSource(tokens: Token[], m: ClaimantMatch): boolean {
  let source = false;
  let state =
    OFFICIAL_ADJECTIVES.has(tokens[m.start - 1]?.norm ?? '') ||
    OFFICIAL_ADJECTIVES.has(tokens[m.end]?.norm ?? '');
  // "une source officielle": the match's words are a determiner, the noun and the adjective alone.
  for (let k = m.start; k < m.end; k++) {
    const w = tokens[k].norm;
    if (/^sources?$/.test(w)) source = true;
    else if (OFFICIAL_ADJECTIVES.has(w)) state = true;
    else if (!SOURCE_DETERMINERS.has(w)) return false;
  }
  return source && state;
}
const SOURCE_DETERMINERS = new Set(['un', 'une', 'des', 'de', "d'", 'a', 'an', 'some']);
const OFFICIAL_ADJECTIVES = new Set([
  ...['official', 'government', 'officielle', 'officielles', 'gouvernementale', 'gouvernementales'],
]);

/** No claimant phrase in [a, b): the UN in capitals, or a group by any of its names. */
function unphrased(tokens: Token[], a: number, b: number): ClaimantMatch | null {
  for (let i = a; i < b; i++) if (tokens[i].text === 'UN') return { by: 'monitor', start: i, end: i + 1 };
  // A group by any of its names ("le Front de libération de l'Azawad"): the actors' lexicon.
  const group = findGroups(tokens, a, b)[0];
  if (group) {
    const side = GROUP_SIDES.get(group.name);
    // A state's force, Mali's or a foreign one ("Africa Corps said", "Barkhane a annoncé"), speaks as an official.
    const by: By = !side || side === 'militia' ? 'armed_group' : 'official';
    return { by, start: group.start, end: group.end };
  }
  return null;
}

/** Words between a monitor's name and its spokesperson: "the UN mission's spokesman". */
const MONITOR_LINKS = new Set(["'", 's', 'mission', 'peacekeeping', 'human', 'rights', 'office']);

/** Where a monitor's name ends right before the official's word at `start` begins, or -1. */
function monitorBefore(tokens: Token[], a: number, start: number): number {
  let k = start - 1;
  while (k > a && MONITOR_LINKS.has(tokens[k].norm)) k--;
  if (k < a) return -1;
  if (tokens[k].text === 'UN') return k;
  // "U.N.": four tokens.
  if (tokens[k].text === '.' && tokens[k - 1]?.text === 'N' && tokens[k - 3]?.text === 'U') return k - 3;
  for (let j = Math.max(a, k - 2); j <= k; j++) {
    const m = CLAIMANT_PHRASES.matchAt(tokens, j, k + 1);
    if (m && m.end === k + 1 && m.value[0] === 'monitor') return j;
  }
  return -1;
}

/** "Au Mali," / "In Mali," opening a sentence, or set in commas: the country named as a place. */
function openingPlace(tokens: Token[], i: number, end: number): boolean {
  if (tokens[i].norm !== 'mali' || tokens[end]?.text !== ',') return false;
  // "Au Mali, …" opening the sentence, or an aside of place: "Lors de l'attaque de Boni, au Mali, on déplore…".
  const prep = tokens[i - 1];
  if (!prep || !['au', 'in'].includes(prep.norm)) return false;
  const before = tokens[i - 2];
  return !before || before.sentence !== prep.sentence || before.text === ',';
}

/** "in northern Mali", "dans le centre du Mali": the country after a word of place, no speaker. */
const PLACE_BEFORE = new Set([
  ...['in', 'of', 'northern', 'southern', 'eastern', 'western', 'central', 'across', 'throughout'],
  ...['au', 'du', 'en'],
]);
const placeOfMali = (tokens: Token[], i: number) =>
  tokens[i].norm === 'mali' && PLACE_BEFORE.has(tokens[i - 1]?.norm ?? '');

/** "In the attack on Boni, Mali, the toll…": the country after a place, set in commas. */
function placeCountry(tokens: Token[], i: number, end: number): boolean {
  return (
    tokens[i].norm === 'mali' &&
    tokens[i - 1]?.text === ',' &&
    tokens[end]?.text === ',' &&
    /^[A-Z]/.test(tokens[i - 2]?.text ?? '')
  );
}

/** The claimant named in tokens [a, b): its class and its words ("la source locale"). */
export function claimantIn(
  text: string,
  tokens: Token[],
  a: number,
  b: number,
): { by: By; source: string } | null {
  const m = classifyAt(tokens, a, b);
  return m ? { by: m.by, source: claimantWords(text, tokens, m, a, b) } : null;
}

/** The claimant class named in tokens [a, b). */
export function classify(tokens: Token[], a: number, b: number): By | null {
  return classifyAt(tokens, a, b)?.by ?? null;
}

/**
 * The words of a claimant's name as the text gives them, around the words that named its class
 * ("une source militaire française", "un officier de l'armée", "Amadou Diallo, a local
 * official"), for attribution.ts to keep as the claim's `source`.
 */
import { CITING_WORDS } from './cue-filters';
import { CLAIMANT_NEXT, CLAIMANT_PHRASES, SPEECH_WORDS } from './lexicon';
import type { ClaimantMatch } from './claimant-class';
import type { Token } from './tokens';

const LEFT_WORDS = new Set([
  'the',
  'a',
  'an',
  'le',
  'la',
  'les',
  "l'",
  'un',
  'une',
  'des',
  'du',
  'de',
  'plusieurs',
  'several',
  'two',
  'deux',
  'local',
  'locale',
  'locales',
  'malian',
  'mali',
  's',
  "'",
  'army',
  'military',
  'state',
  'national',
  'nationale',
  'officiel',
  'premier',
  'first',
  'french',
  'une',
  'another',
  'other',
  'un',
  'nos',
  'our',
  'its',
  'their',
  'ses',
  'leurs',
  // "des sources locales", "une source sécuritaire": the noun the class word qualifies.
  'source',
  'sources',
  // Rank: "a senior officer", "un haut gradé", "a high-ranking official".
  'senior',
  'top',
  'high',
  'ranking',
  'haut',
  'hauts',
  'responsable',
]);
/** The possessive's apostrophe, straight or curly. */
const APOSTROPHE_S = /^['’]$/;
const LEADING_PREPOSITIONS = new Set(['de', 'du', "d'", 'of']);
const LINK_RIGHT = new Set(['of', 'de', 'du', 'des', "d'", 'la', "l'", 'le', 'les', 'for', 'the']);
/** "un responsable ayant requis l'anonymat": no adjective of the name, though it ends like one. */
const PARTICIPLES_OF_BEING = new Set(['ayant', 'etant']);

/** The claimant's words around the words that named its class: "une source militaire française". */
export function claimantWords(text: string, tokens: Token[], m: ClaimantMatch, a: number, b: number): string {
  // "an official who requested anonymity": the whole phrase says who.
  if (/^anonym/.test(tokens[m.start].norm))
    return span(text, tokens, a, m.end).replace(/^[\s,«»"“”']+|[\s,«»"“”]+$/g, '');
  let l = m.start;
  while (
    l > a &&
    l > m.start - 3 &&
    tokens[l - 1].text !== 'à' &&
    // "Selon l'armée, qui a publié…": the capital of the sentence's first word opens no name.
    !CLAIMANT_NEXT.matchAt(tokens, l - 1) &&
    // "à l'AFP une source militaire": the outlet told is not part of the speaker's name.
    CLAIMANT_PHRASES.matchAt(tokens, l - 1, m.start)?.value[0] !== 'media' &&
    // "an official in the area", "les autorités locales": a claimant's noun before the class words.
    (LEFT_WORDS.has(tokens[l - 1].norm) ||
      /^\p{Lu}/u.test(tokens[l - 1].text) ||
      !!CLAIMANT_PHRASES.matchAt(tokens, l - 1, m.start)) &&
    tokens[l - 1].type !== 'num'
  )
    l--;
  // "the town's mayor", "the region's governor": the possessor before "'s" is of the name.
  if (l > a && APOSTROPHE_S.test(tokens[l].text) && tokens[l - 1].type === 'word') {
    l--;
    if (l > a && ['the', 'a', 'an'].includes(tokens[l - 1].norm)) l--;
  }
  // "l'Association malienne des droits de l'homme": back to the body's capitalised head.
  l = nameStart(tokens, a, l);
  // "a déclaré à Jeune Afrique un élu": the outlet told is not part of the speaker's name.
  for (let k = l; k < m.start; k++) {
    const told = CLAIMANT_PHRASES.matchAt(tokens, k, m.start);
    if (told?.value[0] === 'media') l = told.end;
  }
  // "un rapport de Human Rights Watch", "les données de l'ACLED": the name, not the preposition before it.
  while (l < m.start && LEADING_PREPOSITIONS.has(tokens[l].norm)) l++;
  let r = m.end;
  while (r < b && r < m.end + 5) {
    const t = tokens[r];
    if (t.type !== 'word') break;
    const cap = /^\p{Lu}/u.test(t.text);
    // "A local official": a following claimant noun belongs to the name.
    if (cap || adjective(t) || CLAIMANT_PHRASES.matchAt(tokens, r, b)) {
      r++;
      continue;
    }
    // "un officier de l'armée", "a spokesman for the Defence Ministry": the complement names whose.
    let k = r;
    while (k < b && k < r + 3 && LINK_RIGHT.has(tokens[k].norm)) k++;
    if (
      k > r &&
      k < b &&
      tokens[k].type === 'word' &&
      (/^\p{Lu}/u.test(tokens[k].text) || CLAIMANT_PHRASES.matchAt(tokens, k, b))
    ) {
      r = k;
      continue;
    }
    break;
  }
  return span(text, tokens, l, r).replace(/^[\s,«»"“”']+|[\s,«»"“”]+$/g, '');
}

export function span(text: string, tokens: Token[], a: number, b: number): string {
  return b > a ? text.slice(tokens[a].start, tokens[b - 1].end) : '';
}

/** A French adjective of a name ("malienne", "sécuritaire"), not a verb of saying or citing. */
function adjective(t: Token): boolean {
  return (
    /(ien|ienne|iens|iennes|aise|ais|aises|ale|ales|el|elle|ique|iques|aire|aires|ese|ante|antes|ant|ants)$/.test(
      t.norm,
    ) &&
    !SPEECH_WORDS.has(t.norm) &&
    !PARTICIPLES_OF_BEING.has(t.norm) &&
    // "des sources locales citant vingt morts": the participle of citing ends the name.
    !CITING_WORDS.has(t.norm)
  );
}

/** Words inside a body's name between its head and its class words: "des", "aux", "unies". */
const NAME_LINKS = new Set([...LINK_RIGHT, 'aux', 'au', 'unies', 'united']);
const NAME_REACH = 5;
const ARTICLES = new Set(['le', 'la', "l'", 'les', 'the']);

/**
 * The first word of the body's name that the words from `l` end: "l'Association malienne des
 * droits", "Le Haut-Commissariat des Nations unies aux droits" — a capitalised head before them,
 * over its adjectives and links; else l.
 */
function nameStart(tokens: Token[], a: number, l: number): number {
  let head = l;
  for (let k = l - 1; k >= a && l - k <= NAME_REACH; k--) {
    const t = tokens[k];
    if (t.type !== 'word' || SPEECH_WORDS.has(t.norm) || CLAIMANT_NEXT.matchAt(tokens, k)) break;
    // "à l'AFP une source militaire": the outlet told is not part of the speaker's name.
    if (t.text === 'à' || CLAIMANT_PHRASES.matchAt(tokens, k, l)?.value[0] === 'media') break;
    if (/^\p{Lu}/u.test(t.text)) head = k;
    else if (!NAME_LINKS.has(t.norm) && !adjective(t)) break;
  }
  // "l'Association": with its article.
  if (head < l && head > a && ARTICLES.has(tokens[head - 1].norm)) head--;
  return head;
}

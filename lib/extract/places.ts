/**
 * Which of the places the text names were attacked: localities in the sentences that
 * tell the attack, not places named for curfews, flight, reinforcements, borders or
 * as a correspondent's base, nor regions given as context. Places abroad in those
 * sentences, with no Malian locality, mean the attack was outside Mali.
 */
import { findPlaces, type PlaceMention } from '../places';
import type { Place } from '../types';
import { ATTACK_NOUNS, KIND_WORDS } from './lexicon';
import { stemMatcher, UNIT_WORDS } from './lexicon-actors';
import {
  ABROAD_DEMONYMS,
  ATTACK_STEMS,
  DISTANCE_UNITS,
  MALI_WORDS,
  NAME_AFTER_COUNTRY,
  NAME_BEFORE_COUNTRY,
} from './lexicon-places';
import { listedPlaces } from './place-lists';
import { indexAt, type Sentence } from './sentences';
import type { Token } from './tokens';

export interface PlaceSelection {
  places: Place[];
  /** Every mention of those places in the attack's sentences, for telling two attacks apart. */
  mentions: Array<{ place: Place; sentence: number }>;
  /** The attack happened in another country. */
  abroad: boolean;
}

const ATTACK = new Set<string>([
  ...ATTACK_NOUNS,
  'assauts',
  'attaquees',
  'assaults',
  'strike',
  'struck',
  'massacre',
  'targeted',
  'cible',
  'ciblee',
  'cibles',
  'vise',
  'visee',
  'hit',
  'overran',
  'overrun',
  'stormed',
  'positions',
  'camp',
  'base',
  'gunfire',
  'shellfire',
  'tirs',
  'theatre',
  'siege',
  'localites',
  'locations',
  'towns',
  'villages',
  'coordinated',
  'simultaneous',
  'simultanees',
  'ciblant',
  'targeting',
  // The attack named as an event and its taking place: "le drame a eu lieu à X", "l'incident s'est
  // déroulé près du village X", "the tragedy occurred in X".
  'drame',
  'incident',
  'tragedie',
  'tragedy',
  'carnage',
  'deroule',
  'deroulee',
  'survenu',
  'survenue',
  'occurred',
  'happened',
]);
/** Words just before a place that say it is not where the attack was. */
const NOT_ATTACKED_BEFORE = new Set([
  'border',
  'borders',
  'frontiere',
  'frontieres',
  'neighbouring',
  'neighboring',
  'nearby',
  'voisin',
  'voisins',
  'voisine',
  'fled',
  'fui',
  'refugies',
  'venus',
  'venant',
  'evacues',
  'evacuated',
  'sur',
  'correspondant',
  'correspondent',
  'curfew',
  'couvre-feu',
  'cercle',
  'region',
  'province',
  'capitale',
  'capital',
  'reinforcements',
  'renforts',
  'vers',
  'towards',
  'from',
  'depuis',
  'dakar',
  'reported',
  'frontieres',
  'trois',
  'pays',
  'country',
  'nation',
  'toward',
]);
/** Sentences about measures or movements, not the attack: curfews, flight, reinforcements, visits. */
const NOT_ATTACK_CONTEXT = new Set([
  'curfew',
  'couvre-feu',
  'fled',
  'fui',
  'fuient',
  'refugies',
  'refugees',
  'displaced',
  'deplaces',
  'reinforcements',
  'renforts',
  'visited',
  'visite',
  'meeting',
  'reunion',
  'summit',
  'sommet',
  'correspondant',
  'correspondent',
  'evacues',
  'evacuated',
  'deuil',
  'mourning',
  'funeral',
  'obseques',
  'inhumes',
  'buried',
]);
const CONTEXT_TYPES = new Set(['country', 'region', 'area', 'continent', 'river', 'lake', 'desert']);

/** The attacked localities of the main event. */
export function selectPlaces(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  lang: 'en' | 'fr' | 'other',
  background: (i: number) => boolean,
): PlaceSelection {
  let mentions: PlaceMention[] = [];
  try {
    mentions = findPlaces(text, lang === 'other' ? 'fr' : lang);
  } catch {
    mentions = [];
  }
  const sentenceAt = (offset: number) => indexAt(sentences, offset);
  const tokenAt = (offset: number) => indexAt(tokens, offset);
  const contextOnly = sentences.map((s) => {
    for (let k = s.first; k < s.last; k++) if (NOT_ATTACK_CONTEXT.has(tokens[k].norm)) return true;
    return false;
  });
  const attackSentence = sentences.map((s) => {
    for (let k = s.first; k < s.last; k++)
      if (ATTACK.has(tokens[k].norm) || KIND_WORDS.has(tokens[k].norm) || attackStem(tokens[k].norm))
        return true;
    return false;
  });
  const seen = new Set<string>();
  const places: Place[] = [];
  let foreign = 0;
  let malianWords = 0;
  for (let k = 0; k < tokens.length; k++) {
    const s = tokens[k].sentence;
    if (ABROAD_DEMONYMS.has(tokens[k].norm) && attackSentence[s] && !background(s)) foreign++;
    if (
      (tokens[k].norm === 'malienne' || tokens[k].norm === 'malian' || tokens[k].norm === 'maliennes') &&
      attackSentence[s] &&
      !background(s) &&
      !borderBefore(tokens, k)
    )
      malianWords++;
  }
  const anyLang = lang !== 'en' && lang !== 'fr';
  // Short headline-like lines after the story has begun are page furniture (related stories, menus).
  const firstBody = sentences.find((x) => !x.headline)?.index ?? Infinity;
  const furniture = (si: number) => sentences[si].headline && si > firstBody;
  /** "Malian localities named anywhere in the story, also for curfews: evidence the story is in Mali. */
  let malianAnywhere = 0;
  const pick = (strict: boolean) => {
    for (const m of mentions) {
      if (!sentences.length) break;
      const si = sentenceAt(m.start);
      if (strict && !anyLang && (background(si) || !attackSentence[si])) continue;
      if (strict && furniture(si)) continue;
      const ti = tokenAt(m.start);
      const before = [tokens[ti - 1]?.norm, tokens[ti - 2]?.norm, tokens[ti - 3]?.norm];
      // "sur l'axe Boni-Hombori": the road between two towns is where the attack was.
      const axis = AXIS_WORDS.has(before[0] ?? '');
      const notAttacked =
        (!axis && before.some((w) => w !== undefined && NOT_ATTACKED_BEFORE.has(w))) ||
        reference(tokens, sentences[si], ti) ||
        unitName(tokens, sentences[si], ti);
      const type = m.place.type ?? '';
      const abroad = !!m.place.country && m.place.country !== 'ML';
      // "Agence France-Presse", "Radio France", "France 24": a name, not the country.
      if (abroad && partOfName(tokens, ti, tokenAt(m.end - 1))) continue;
      // A dateline city ("BAMAKO, July 2 (Reuters) -", "Bamako, 3 juillet —") is where the story was filed.
      const lineStart =
        ti === sentences[si].first || /\n[ \t]*$/.test(text.slice(Math.max(0, m.start - 4), m.start));
      const dateline =
        lineStart &&
        m.name.length > 2 &&
        ((m.name === m.name.toUpperCase() && /[,(\-\u2013\u2014]/.test(tokens[ti + 1]?.text ?? '')) ||
          DATELINE_TAIL.test(text.slice(m.end, m.end + 40)));
      // "in central Mali" in the attack's sentences is country evidence too.
      const mali = type === 'country' && strict && attackSentence[si] && !notAttacked;
      if (
        !abroad &&
        m.place.country === 'ML' &&
        (!CONTEXT_TYPES.has(type) || mali) &&
        !background(si) &&
        !dateline &&
        !furniture(si)
      )
        malianAnywhere++;
      if (strict && !notAttacked && !dateline && m.place.country) {
        const side = abroad ? foreignIn : malianIn;
        side.set(si, (side.get(si) ?? 0) + 1);
      }
      if (abroad) {
        if (strict && !notAttacked && !(before[0] === 'et' || before[0] === 'and' || before[0] === ','))
          foreign++;
        continue;
      }
      if (CONTEXT_TYPES.has(type) || (m.place.id ?? '').startsWith('area:')) continue;
      // A curfew or reinforcements sentence names the attacked place after its attack noun: "après l'attaque de Boni".
      if (notAttacked || (contextOnly[si] && contextNear(tokens, sentences[si], ti) && !attackOf(tokens, ti)))
        continue;
      if (m.cue === 'grammar' && !/^\p{Lu}/u.test(m.name)) continue;
      if (dateline) continue;
      if (strict) mentioned.push({ place: { ...m.place, name: m.name }, sentence: si });
      if (seen.has(m.name)) continue;
      seen.add(m.name);
      places.push({ ...m.place, name: m.name });
    }
  };
  // A Malian locality named anywhere in the story (also for a curfew), not as a border or a dateline.
  for (const m of mentions) {
    if (!sentences.length || m.place.country !== 'ML' || CONTEXT_TYPES.has(m.place.type ?? '')) continue;
    const si = sentenceAt(m.start);
    const ti = tokenAt(m.start);
    const b = [tokens[ti - 1]?.norm, tokens[ti - 2]?.norm, tokens[ti - 3]?.norm];
    if (background(si) || furniture(si) || b.some((w) => w !== undefined && BORDER_WORDS.has(w))) continue;
    if (ti === sentences[si].first && DATELINE_TAIL.test(text.slice(m.end, m.end + 40))) continue;
    malianAnywhere++;
  }
  const mentioned: PlaceSelection['mentions'] = [];
  /** Places in the attack's sentences, sentence by sentence: abroad, in Mali (not "the border with Mali"). */
  const foreignIn = new Map<number, number>();
  const malianIn = new Map<number, number>();
  pick(true);
  // The attack's own first sentence (headline or lede) decides the country: an attack in Djibo
  // "close to the border with Mali" that recalls a Malian camp further down stays abroad.
  const placed = [...foreignIn.keys(), ...malianIn.keys()];
  const lead = placed.length ? Math.min(...placed) : -1;
  // "on the outskirts of Kotogo near the border with Mali, in the Tillaberi region": Mali is the
  // neighbour, and a Malian name in that sentence is a namesake.
  const leadAbroad =
    lead >= 0 &&
    (!malianIn.has(lead) || (foreignIn.has(lead) && maliAsBorder(tokens, sentences[lead]))) &&
    malianWords === 0;
  // An opening attack abroad, then one in Mali reported as news (not recalled): the story is Mali's.
  const malianNews = mentioned.some(
    (x) =>
      x.place.country === 'ML' &&
      !pluperfect(tokens, sentences[x.sentence]) &&
      toll(tokens, sentences[x.sentence]),
  );
  if (leadAbroad && !malianNews) return { places: [], mentions: [], abroad: true };
  // "trois villages : A, B et C", "A, B and C": every item of a list around an attacked place.
  for (const extra of listedPlaces(
    text,
    tokens,
    sentences,
    mentioned,
    (i) => background(i) || contextOnly[i],
  )) {
    if (seen.has(extra.place.name)) continue;
    seen.add(extra.place.name);
    places.push(extra.place);
    mentioned.push(extra);
  }
  // No locality in the attack's sentences: the localities named anywhere else in the story.
  if (!places.length && foreign === 0) pick(false);
  // Ruled abroad only with country evidence, and no Malian locality named anywhere in the story.
  const abroad = places.length === 0 && foreign > 0 && malianWords === 0 && malianAnywhere === 0;
  return { places, mentions: mentioned, abroad };
}

const attackStem = stemMatcher(ATTACK_STEMS);

/** After a dateline's city: ", 3 juillet —", ", Mali (AP) —", " (Reuters) -". */
const DATELINE_TAIL =
  /^\s*(?:,[^.\n]{0,30}?|\([^)\n]{1,20}\))?\s*(?:\([^)\n]{1,20}\)\s*)?[\u2014\u2013-]{1,2}\s/u;

/** "à 29 km au sud-ouest de X", "40 kilometres from X": X is a reference point, not the attacked place. */
function reference(tokens: Token[], s: Sentence, ti: number): boolean {
  // "le poste de Boni, près de Hombori", "Boni, near Hombori": after a comma, a landmark for the place before.
  let n = ti - 1;
  if (['de', "d'", 'du'].includes(tokens[n]?.norm ?? '')) n--;
  if (tokens[n]?.norm === 'loin' && tokens[n - 1]?.norm === 'non') n--;
  if (NEAR_WORDS.has(tokens[n]?.norm ?? '') && tokens[n - 1]?.text === ',' && n - 1 > s.first) return true;
  for (let k = ti - 1; k >= Math.max(s.first, ti - 6); k--) {
    if ([',', ';', ':', '.'].includes(tokens[k].text)) return false;
    if (DISTANCE_UNITS.has(tokens[k].norm)) return true;
  }
  return false;
}

/** Is the place at ti the object of an attack noun: "l'attaque de Boni", "the attack on Boni"? */
/**
 * A word of a measure or movement near the place (within its clause's reach): "des renforts ont
 * été dépêchés à Boni", "residents of Boni fled" — not one told clauses later ("The attack
 * targeted the post at Boni, the army said, adding that reinforcements had been sent").
 */
function contextNear(tokens: Token[], s: Sentence, ti: number): boolean {
  for (let k = Math.max(s.first, ti - CONTEXT_REACH); k < Math.min(s.last, ti + CONTEXT_REACH); k++)
    if (NOT_ATTACK_CONTEXT.has(tokens[k].norm)) return true;
  return false;
}
const CONTEXT_REACH = 10;

function attackOf(tokens: Token[], ti: number): boolean {
  const link = tokens[ti - 1]?.norm ?? '';
  if (!['de', "d'", 'du', 'contre', 'on', 'against', 'of', 'in', 'a'].includes(link)) return false;
  return attackStem(tokens[ti - 2]?.norm ?? '');
}

const AXIS_WORDS = new Set(['axe', 'troncon', 'road', 'route', 'highway']);

const NEAR_WORDS = new Set(['pres', 'near', 'non', 'outside', 'proche']);

/** Is the place the name of an armed group's unit: "la Katiba Macina", "la katiba d'Ançar Dine du Macina"? */
function unitName(tokens: Token[], s: Sentence, ti: number): boolean {
  for (let k = ti - 1; k >= Math.max(s.first, ti - 6); k--) {
    if (UNIT_WORDS.has(tokens[k].norm)) return true;
    if (tokens[k].type !== 'word') return false;
  }
  return false;
}

/** Is the country named in tokens [a, b] part of another name ("Agence France-Presse")? */
function partOfName(tokens: Token[], a: number, b: number): boolean {
  const after = tokens[b + 1]?.text === '-' ? tokens[b + 2] : tokens[b + 1];
  return (
    NAME_BEFORE_COUNTRY.has(tokens[a - 1]?.norm ?? '') ||
    NAME_AFTER_COUNTRY.has(tokens[b].norm.split('-').pop() ?? '') ||
    NAME_AFTER_COUNTRY.has(after?.norm ?? '')
  );
}

/** Words before a place that name a border, not a place in the story. */
const BORDER_WORDS = new Set([
  'border',
  'borders',
  'frontiere',
  'frontieres',
  'neighbouring',
  'neighboring',
  'voisin',
  'voisins',
  'voisine',
  'from',
  'depuis',
  'fled',
  'fui',
]);

const BORDER_NOUNS = new Set(['border', 'borders', 'frontiere', 'frontieres']);

/** "the border with Mali", "la frontière malienne": a border noun among the four words before k. */
function borderBefore(tokens: Token[], k: number): boolean {
  for (let b = Math.max(0, k - 4); b < k; b++) if (BORDER_NOUNS.has(tokens[b].norm)) return true;
  return false;
}

/** Does the sentence name Mali only as the country across a border ("near the border with Mali")? */
function maliAsBorder(tokens: Token[], s: Sentence): boolean {
  let border = false;
  for (let k = s.first; k < s.last; k++) {
    if (!MALI_WORDS.has(tokens[k].norm)) continue;
    if (!borderBefore(tokens, k)) return false;
    border = true;
  }
  return border;
}

/** Does the sentence give a toll of its own ("tuant 8 soldats", "killing six")? */
function toll(tokens: Token[], s: Sentence): boolean {
  let num = false;
  let kind = false;
  for (let k = s.first; k < s.last; k++) {
    if (tokens[k].type === 'num' || NUMBER_WORDS.has(tokens[k].norm)) num = true;
    if (KIND_WORDS.has(tokens[k].norm)) kind = true;
  }
  return num && kind;
}
const NUMBER_WORDS = new Set([
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'two',
  'three',
  'four',
  'five',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozens',
  'dizaines',
]);

/** "avait", "had": a sentence in the pluperfect recalls an earlier event. */
function pluperfect(tokens: Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++)
    if (['avait', 'avaient', 'had'].includes(tokens[k].norm)) return true;
  return false;
}

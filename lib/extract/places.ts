/**
 * Which of the places the text names were attacked: localities in the sentences that
 * tell the attack, not places named for curfews, flight, reinforcements, borders or
 * as a correspondent's base, nor regions given as context. Places abroad in those
 * sentences, with no Malian locality, mean the attack was outside Mali.
 */
import { findPlaces, type PlaceMention } from '../places';
import type { Place } from '../types';
import { ATTACK_NOUNS, KIND_WORDS } from './lexicon';
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
const ABROAD_DEMONYMS = new Set([
  'nigerienne',
  'nigerien',
  'nigeriens',
  'burkinabe',
  'burkinabes',
  'nigerien',
  'mauritanienne',
  'mauritanian',
  'nigerian',
  'burkinabè',
  'tchadienne',
  'ivoirienne',
  'ivorian',
  'senegalaise',
  'guineenne',
  'beninoise',
  'togolaise',
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
      if (ATTACK.has(tokens[k].norm) || KIND_WORDS.has(tokens[k].norm)) return true;
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
      !background(s)
    )
      malianWords++;
  }
  const anyLang = lang !== 'en' && lang !== 'fr';
  const pick = (strict: boolean) => {
    for (const m of mentions) {
      if (!sentences.length) break;
      const si = sentenceAt(m.start);
      if (strict && !anyLang && (background(si) || !attackSentence[si])) continue;
      const ti = tokenAt(m.start);
      const before = [tokens[ti - 1]?.norm, tokens[ti - 2]?.norm, tokens[ti - 3]?.norm];
      const notAttacked = before.some((w) => w !== undefined && NOT_ATTACKED_BEFORE.has(w));
      const type = m.place.type ?? '';
      const abroad = !!m.place.country && m.place.country !== 'ML';
      // A dateline city ("BAMAKO, July 2 (Reuters) -", "NIAMEY —") is where the story was filed.
      const dateline =
        ti === sentences[si].first &&
        m.name.length > 2 &&
        m.name === m.name.toUpperCase() &&
        /[,(\-\u2013\u2014]/.test(tokens[ti + 1]?.text ?? '');
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
      if (notAttacked || contextOnly[si]) continue;
      if (m.cue === 'grammar' && !/^\p{Lu}/u.test(m.name)) continue;
      if (dateline) continue;
      if (strict) mentioned.push({ place: { ...m.place, name: m.name }, sentence: si });
      if (seen.has(m.name)) continue;
      seen.add(m.name);
      places.push({ ...m.place, name: m.name });
    }
  };
  const mentioned: PlaceSelection['mentions'] = [];
  /** Places in the attack's sentences, sentence by sentence: abroad, in Mali (not "the border with Mali"). */
  const foreignIn = new Map<number, number>();
  const malianIn = new Map<number, number>();
  pick(true);
  // The attack's own first sentence (headline or lede) decides the country: an attack in Djibo
  // "close to the border with Mali" that recalls a Malian camp further down stays abroad.
  const placed = [...foreignIn.keys(), ...malianIn.keys()];
  const lead = placed.length ? Math.min(...placed) : -1;
  const leadAbroad = lead >= 0 && !malianIn.has(lead) && malianWords === 0;
  if (leadAbroad) return { places: [], mentions: [], abroad: true };
  // No locality in the attack's sentences: the localities named anywhere else in the story.
  if (!places.length && foreign === 0) pick(false);
  return { places, mentions: mentioned, abroad: places.length === 0 && foreign > 0 && malianWords === 0 };
}

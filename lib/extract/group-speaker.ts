/**
 * A named group that speaks of someone else's deed — "selon le FLA, les frappes ont tué…", "le FLA
 * accuse l'armée d'avoir tué…", "le porte-parole du FLA", "un bilan publié par le FLA": a claimant,
 * not an actor. Used by actors.ts.
 */
import {
  ACCUSING_STEMS,
  ARMY_NOUNS,
  GROUP_SIDES,
  CLAIM_STEMS,
  DETERMINERS,
  hasStem,
  isKillWord,
  PAIR_FILLERS,
  PASSIVE_AUX,
  STRIKE_STEMS,
} from './lexicon-actors';
import { ADVERB_PHRASES, CLAIMANT_NEXT, FOREIGN_WORDS, KIND_WORDS, SPEECH_WORDS } from './lexicon';
import { pronounThat } from './arabic';
import { amountWord } from './number-words';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { faitEtat } from './speech-clauses';
import { findGroups, type Found } from './groups';
import { OF_WORDS } from './lexicon-np';
import { MEMBER_NOUNS, sentenceHas } from './actor-roles';
import { pastAside } from './actor-clauses';

/**
 * The group speaks of someone else's deed — "selon le FLA, les frappes ont tué…", "le FLA accuse
 * l'armée d'avoir tué…", "the FLA said strikes by the army killed…": a claimant, not an actor.
 * Its own deed keeps it one: "le FLA a affirmé avoir tué", "JNIM said its fighters killed",
 * "revendiqué par", and so does "selon le JNIM" when no state force is named beside it.
 */
export function speaker(tokens: Token[], s: Sentence, g: Found, states: Found[]): boolean {
  // "Selon le JNIM, 47 soldats des FAMa ont été tués": a force named only as the men counted is the
  // group's toll of its enemy, its claim of its own deed.
  const otherSide =
    sentenceHas(tokens, s, STRIKE_STEMS) ||
    (states.length > 0 && (GROUP_SIDES.has(g.name) || states.some((x) => !countedForce(tokens, s, x))));
  // "selon les rebelles touareg du FLA", over the group's nouns, when another side struck.
  if (otherSide) {
    for (const m of CLAIMANT_NEXT.findAll(tokens, Math.max(s.first, g.start - 6), g.start)) {
      let own = true;
      for (let j = m.end; j < g.start; j++) if (!GROUP_NOUN_WORDS(tokens[j].norm)) own = false;
      if (own) return true;
    }
    // "…, a dénoncé le Front de libération de l'Azawad", "said the FLA": the verb before its subject.
    // "le Front de libération de l'Azawad (FLA)": the acronym in brackets is the name before it.
    const before = findGroups(tokens, s.first, g.start);
    let b = g.start - 1;
    for (;;) {
      if (b > s.first && (GROUP_NOUN_WORDS(tokens[b].norm) || tokens[b].text === '(')) b--;
      else {
        const named = before.find((x) => x.end === b + 1);
        if (!named || named.start <= s.first) break;
        b = named.start - 1;
      }
    }
    const verb = tokens[b]?.norm ?? '';
    // "أعلنت الجبهة أنها أسقطت…" (announced the Front that it shot down): Arabic's verb comes
    // first, then the group's own deed.
    const own = pronounThat(tokens[g.end]) && ownDeedWord(tokens[g.end + 1]);
    if ((SPEECH_WORDS.has(verb) || hasStem(verb, ACCUSING_STEMS)) && !hasStem(verb, CLAIM_STEMS) && !own)
      return true;
  }
  // "le porte-parole du FLA", "an FLA spokesman", "selon un responsable du FLA": a voice of the
  // group, telling of strikes or of a state force's deed.
  if (otherSide && voiceOf(tokens, g) && !sentenceHas(tokens, s, CLAIM_STEMS)) return true;
  // "accusée par le FLA", "un bilan publié par le FLA", "dénoncées par le FLA": who tells, not who did.
  let p = g.start - 1;
  while (p > s.first && (DETERMINERS.has(tokens[p].norm) || tokens[p].text === '(')) p--;
  if (['par', 'by'].includes(tokens[p]?.norm ?? '') && toldBy(tokens[p - 1]?.norm ?? '')) return true;
  // "confirmées par un cadre du groupe armé MSA", "confirmed by an official of the MSA": its voice.
  if (toldByVoice(tokens, s, g)) return true;
  // "Le Front de libération de l'Azawad (FLA) accuse": over the acronym in brackets;
  // "Tuareg rebels of the FLA accused": over the group named again.
  let tail = g.end;
  if (tokens[tail]?.text === '(' && tokens[tail + 2]?.text === ')') tail += 3;
  else if (tokens[tail]?.text === ')' && tokens[g.start - 1]?.text === '(') tail++;
  const again = findGroups(tokens, tail, Math.min(s.last, tail + 6)).find((x) => x.name === g.name);
  if (again && tokens.slice(tail, again.start).every((t) => OF_WORDS.has(t.norm) || DETERMINERS.has(t.norm)))
    tail = again.end;
  // "the FLA, which controls the area, said": over an aside.
  tail = pastAside(tokens, tail, s.last);
  let k: number;
  // "the FLA separatists said", "le FLA a aussi affirmé": over the group's own nouns and an auxiliary.
  for (
    k = tail;
    k < Math.min(s.last, tail + 4) && (SPEAKER_AUX.has(tokens[k].norm) || REBEL_WORDS.has(tokens[k].norm));
    k++
  );
  // "le FLA a pour sa part dénoncé": over an adverbial of contrast.
  k = pastAdverbial(tokens, k);
  const verb = tokens[k]?.norm ?? '';
  if (k >= s.last || hasStem(verb, CLAIM_STEMS)) return false;
  // "le FLA a fait état de 12 civils tués": a telling, not a deed.
  if (['fait', 'font', 'faisait'].includes(verb) && faitEtat(tokens, k, s.last)) return true;
  // "accuse l'armée d'avoir tué": the deed is the accused's.
  if (hasStem(verb, ACCUSING_STEMS)) return true;
  if (!SPEECH_WORDS.has(verb) || DEEDS_TOO.has(verb)) return false;
  // "le JNIM dit être derrière l'attaque", "affirme être l'auteur de…": it tells of itself.
  if (tokens[k + 1]?.norm === 'etre') return false;
  // Whose deed it tells: its own ("avoir tué", "its fighters", "ses combattants") or another's —
  // "affirme que l'armée et ses alliés ont tué": a possessive after another force is that force's.
  const others = findGroups(tokens, k + 1, Math.min(s.last, k + 9)).filter((x) => x.name !== g.name);
  let deed = false;
  // "JNIM said 30 soldiers were killed": the army's men counted are the group's victims, its claim.
  let enemyToll = false;
  for (let j = k + 1; j < Math.min(s.last, k + 9); j++) {
    const counted = tokens[j - 1]?.type === 'num' && ARMY_NOUNS.has(tokens[j].norm);
    if (counted && !GROUP_SIDES.has(g.name) && menLost(tokens, j + 1, s.last)) enemyToll = true;
    if (others.some((x) => x.end <= j) || (ARMY_NOUNS.has(tokens[j].norm) && !counted)) return true;
    // "its fighters killed 12" is its deed; "strikes killed 12 of its fighters", its losses.
    // "said 12 of its fighters were among the dead", "que 12 de ses combattants…": a count of its
    // men is its losses, told.
    if (
      OWN_DEED.has(tokens[j].norm) &&
      OF_WORDS.has(tokens[j - 1].norm) &&
      tokens[j - 2]?.type === 'num' &&
      menLost(tokens, j + 1, s.last)
    )
      return true;
    if (OWN_DEED.has(tokens[j].norm)) return deed;
    // "a affirmé qu'il avait tué 12 soldats": the group itself, by its pronoun, then its deed.
    if (!deed && SUBJECT_PRONOUNS_FR.has(tokens[j].norm) && ownKilling(tokens, j + 1)) return false;
    if (isKillWord(tokens[j].norm) || hasStem(tokens[j].norm, STRIKE_STEMS)) deed = true;
  }
  return !enemyToll;
}

/** A word of a deed: "killed", "shot (down)", "seized", a strike. */
const ownDeedWord = (t: Token | undefined) =>
  !!t && (KIND_WORDS.has(t.norm) || isKillWord(t.norm) || hasStem(t.norm, STRIKE_STEMS));

/** How far back a count stands before the force it numbers: "84 mercenaires russes d'Africa Corps". */
const COUNT_REACH = 5;

/** "47 soldats des FAMa", "84 Africa Corps mercenaries": the force x named as the men counted. */
function countedForce(tokens: Token[], s: Sentence, x: Found): boolean {
  for (let k = x.start - 1; k >= Math.max(s.first, x.start - COUNT_REACH); k--) {
    const t = tokens[k];
    if (amountWord(t)) return true;
    if (!(
      ARMY_NOUNS.has(t.norm) ||
      PAIR_FILLERS.has(t.norm) ||
      OF_WORDS.has(t.norm) ||
      FOREIGN_WORDS.has(t.norm)
    ))
      return false;
  }
  return false;
}

/** The token after an adverbial of several words at k ("pour sa part", "de son côté"), else k. */
function pastAdverbial(tokens: Token[], k: number): number {
  return ADVERB_PHRASES.matchAt(tokens, k)?.end ?? k;
}

/** French pronouns a group is named again by: "qu'il avait tué", "qu'ils ont abattu". */
const SUBJECT_PRONOUNS_FR = new Set(['il', 'ils', 'elle', 'elles']);
/** An auxiliary, then a word of killing: "avait tué", "a abattu", "ont tué". */
function ownKilling(tokens: Token[], k: number): boolean {
  return SPEAKER_AUX.has(tokens[k]?.norm ?? '') && isKillWord(tokens[k + 1]?.norm ?? '');
}

const LOST_WORDS = new Set(['parmi', 'among', 'died', 'perished', 'peri', 'perdu', 'lost', 'succombe']);

/** "12 of its fighters were killed", "figuraient parmi les morts": the men counted were lost. */
function menLost(tokens: Token[], from: number, last: number): boolean {
  for (let k = from; k < Math.min(last, from + 8); k++) {
    const w = tokens[k].norm;
    if (LOST_WORDS.has(w)) return true;
    if (PASSIVE_AUX.has(w) && isKillWord(tokens[k + 1]?.norm ?? '')) return true;
  }
  return false;
}

const toldBy = (w: string) => hasStem(w, TOLD_STEMS) || (SPEECH_WORDS.has(w) && !hasStem(w, CLAIM_STEMS));

/** Words between a voice and its group's name: "un cadre du groupe armé MSA", "an official of the armed group". */
const VOICE_LINKS = new Set([...['groupe', 'group', 'arme', 'armed', 'mouvement', 'movement'], ...OF_WORDS]);

/** "confirmées par un cadre du groupe armé MSA": the group's voice is the agent of a verb of telling. */
function toldByVoice(tokens: Token[], s: Sentence, g: Found): boolean {
  let k = g.start - 1;
  while (k > s.first && (DETERMINERS.has(tokens[k].norm) || VOICE_LINKS.has(tokens[k].norm))) k--;
  if (k === g.start - 1 || !VOICE_NOUNS.has(tokens[k]?.norm ?? '')) return false;
  k--;
  while (k > s.first && (DETERMINERS.has(tokens[k].norm) || OF_WORDS.has(tokens[k].norm))) k--;
  return ['par', 'by'].includes(tokens[k]?.norm ?? '') && toldBy(tokens[k - 1]?.norm ?? '');
}

/** Nouns of a group's voice: "le porte-parole du FLA", "an FLA spokesman", "un responsable du FLA". */
const VOICE_NOUNS = new Set([
  ...['porte-parole', 'responsable', 'responsables', 'cadre', 'cadres', 'chef', 'dirigeant', 'dirigeants'],
  ...['spokesman', 'spokesperson', 'spokeswoman', 'official', 'officials', 'leader', 'leaders'],
]);

function voiceOf(tokens: Token[], g: Found): boolean {
  if (VOICE_NOUNS.has(tokens[g.end]?.norm ?? '')) return true;
  // "the FLA's spokesman": the possessive between.
  if (
    tokens[g.end]?.text === "'" &&
    tokens[g.end + 1]?.norm === 's' &&
    VOICE_NOUNS.has(tokens[g.end + 2]?.norm ?? '')
  )
    return true;
  let k = g.start - 1;
  while (k > 0 && DETERMINERS.has(tokens[k].norm)) k--;
  if (!OF_WORDS.has(tokens[k]?.norm ?? '')) return false;
  return VOICE_NOUNS.has(tokens[k - 1]?.norm ?? '');
}

/** Words of a group's own noun phrase: "les rebelles touareg du", "the Tuareg separatists of". */
const GROUP_NOUN_WORDS = (w: string) =>
  DETERMINERS.has(w) || OF_WORDS.has(w) || MEMBER_NOUNS.has(w) || PAIR_FILLERS.has(w) || REBEL_WORDS.has(w);

const REBEL_WORDS = new Set([
  ...['touareg', 'touaregs', 'tuareg', 'separatistes', 'separatist', 'separatists'],
  ...['rebels', 'rebelles', 'rebel', 'rebelle'],
  // "the CSP alliance said", "la coalition FLA accuse": the group's noun of a union of movements.
  ...['alliance', 'coalition', 'movement', 'mouvement'],
]);

const SPEAKER_AUX = new Set([
  'a',
  'ont',
  'has',
  'have',
  'had',
  'avait',
  'avaient',
  'aussi',
  'also',
  'encore',
]);

/** Verbs of saying that also name a deed: "ont fait irruption", "ont avancé vers Kidal". */
const DEEDS_TOO = new Set(['fait', 'font', 'avance', 'avancent', 'poursuit', 'poursuivent']);

/** Verbs of telling or blaming before "par"/"by": "accusée par", "publié par", "denounced by" (not "claimed by"). */
const TOLD_STEMS = [...ACCUSING_STEMS, 'publie', 'publish', 'diffus', 'etabl', 'dement', 'deni'];

/** Words that make a speaker's figure its own deed: "avoir tué", "it killed", "ses combattants". */
export const OWN_DEED = new Set([
  ...['avoir', 'ayant', 'ses', 'leurs', 'nos', 'notre', 'nous'],
  ...['it', 'its', 'their', 'they', 'having', 'our', 'we', 'responsibility', 'responsabilite'],
]);

/**
 * Whether a state force (the army, Africa Corps, Barkhane) is the attacker in its sentence: it
 * attacked ("FAMa raided"), killed ("les FAMa ont neutralisé 20 terroristes"), struck from the air,
 * is accused of the killing, or killed civilians — not when it was attacked or fought an attack
 * off. Used by actors.ts.
 */
import {
  DOCK_STEMS,
  ACCUSED_STEMS,
  AIR_STRIKE_STEMS,
  CIVILIAN_STEMS,
  CONDUCT_WORDS,
  defenceAt,
  DETERMINERS,
  EXECUTION_STEMS,
  fireOpened,
  hasStem,
  isKillWord,
  PASSIVE_AUX,
  RETAKE_STEMS,
  STATE_ATTACK_AFTER,
  STRIKE_STEMS,
  UNDER_WHAT,
  UNDER_WORDS,
} from './lexicon-actors';
import {
  ACTIVE_AUXILIARIES,
  DEATH_TOLL_NOUNS,
  isAttackNoun,
  KIND_WORDS,
  LAMENT_WORDS,
  SPEECH_WORDS,
} from './lexicon';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { deedInSentence, ownStrike } from './strikes';
import { attackedUnit, QUOTE_MARKS, sentenceHas } from './actor-roles';
import { ownerOfObject, takenFrom } from './actor-objects';
import { defends } from './force-defence';
import { deedBefore, heldBy } from './agent-cues';
import { findGroups, type Found } from './groups';
import { pastAside } from './actor-clauses';
import { activeObject, ownDeedTold } from './own-deed';
import { pronounThat } from './arabic';

/** Is a state force the attacker here: it attacked ("FAMa raided"), or it killed civilians? */
export function stateAttacked(
  tokens: Token[],
  s: Sentence,
  g: Found,
  agent: boolean,
  coordinated: boolean,
  tail = g.end,
  fr = false,
  before?: Sentence,
): boolean {
  // "tués par l'armée", "a strike carried out by Barkhane" — not "a statement by the army".
  if (agent && !coordinated) {
    let j = g.start - 1;
    while (j > s.first && !['by', 'par'].includes(tokens[j].norm) && g.start - j < 4) j--;
    agent = ['by', 'par'].includes(tokens[j]?.norm ?? '') && deedBefore(tokens, j);
  }
  // "an ambush on a Malian army convoy that killed several soldiers": the force was the target.
  if (!agent && attackedUnit(tokens, s, g)) return false;
  // "le FLA a abattu un drone de l'armée et tué 12 soldats": the owner of the deed's object.
  if (!agent && ownerOfObject(tokens, s, g)) return false;
  // "HRW accused the Malian army of killing", "blamed the military for the killings": the accused.
  let b = g.start - 1;
  while (b > s.first && DETERMINERS.has(tokens[b].norm)) b--;
  // "le massacre est imputé à l'armée", "blamed on the army": past the blame's preposition.
  const dock = (k: number) => hasStem(tokens[k]?.norm ?? '', DOCK_STEMS);
  const blamedOn = BLAME_PREPOSITIONS.has(tokens[b]?.norm ?? '') && dock(b - 1);
  // "20 civils ont été tués. Des habitants accusent l'armée": the deed told just before.
  if ((dock(b) || blamedOn) && (deedInSentence(tokens, s) || (!!before && deedInSentence(tokens, before))))
    return true;
  // Arabic's verb-subject-object, through its gloss: "قتل الجيش المالي 20 مدنيا", "killed the army 20 civilians".
  if (KIND_WORDS.get(tokens[g.start - 1]?.norm ?? '') === 'killed' && tokens[tail]?.type === 'num')
    return true;
  // "des frappes de drones de l'armée malienne ont visé…", "an air strike of the army": its own strike.
  if (ownStrike(tokens, s, g)) return true;
  // "L'armée a annoncé qu'une frappe aérienne a neutralisé 20 terroristes": the army telling its own strike.
  for (let k = tail; k < Math.min(s.last, tail + 3); k++) {
    if (!SPEECH_WORDS.has(tokens[k].norm)) continue;
    let strike = false;
    for (let j = k + 1; j < Math.min(s.last, k + 7); j++)
      if (hasStem(tokens[j].norm, AIR_STRIKE_STEMS)) strike = true;
    if (strike && deedInSentence(tokens, s)) return !defends(tokens, s);
    // "the army said its troops had killed 12 terrorists", "l'armée affirme avoir neutralisé 12
    // terroristes": the force telling its own deed.
    if (ownDeedTold(tokens, k + 1, s.last)) return !defends(tokens, s);
  }
  // Arabic's verb first, through its gloss: "أكد الجيش المالي وقوع الهجوم" (said the army the
  // attack occurred) — the force speaks of the attack; "قال الجيش إنه قتل" still tells its deed.
  if (SPEECH_WORDS.has(tokens[b]?.norm ?? '') && ARABIC.test(tokens[b].text)) {
    // "أعلن الجيش في بيان أنه قتل 20 إرهابيا": its deed told past where it said so.
    if (ownDeedTold(tokens, tail, s.last)) return !defends(tokens, s);
    if (!arabicOwnDeed(tokens, tail)) return false;
  }
  let attacked = false;
  let killed = false;
  let conducted = false;
  let operation = false;
  // Quotation marks take no place in the window: 'said it had "neutralised" 12'.
  // "Les soldats maliens, appuyés par des mercenaires russes, sont accusés…": over an aside in commas.
  const from = pastAside(tokens, tail, s.last);
  let reach = from + 4;
  for (let k = from; k < Math.min(s.last, reach); k++) if (QUOTE_MARKS.has(tokens[k].text)) reach++;
  for (let k = from; k < Math.min(s.last, reach); k++) {
    const w = tokens[k].norm;
    if (QUOTE_MARKS.has(tokens[k].text)) continue;
    // "a FAMa patrol was attacked", "les FAMa ont réagi": a target or a defender.
    // "are accused of killing" still names the killers.
    if (PASSIVE_AUX.has(w) && hasStem(tokens[k + 1]?.norm ?? '', ACCUSED_STEMS)) {
      reach += ACCUSED_REACH + accuserLength(tokens, k + 2, s.last);
      continue;
    }
    if (PASSIVE_AUX.has(w) || defenceAt(tokens, k)) return false;
    // "Africa Corps came under attack by JNIM fighters": the force met the attack.
    if (UNDER_WORDS.has(w) && UNDER_WHAT.has(tokens[k + 1]?.norm ?? '')) return false;
    // "les FAMa déplorent 5 morts", "ont enregistré 5 morts", "the army mourned": its own losses.
    if (LAMENT_WORDS.has(w)) return false;
    // "soldiers die after an attack", "lors d'une attaque": the attack that follows is not theirs.
    if (TIME_PREPOSITIONS.has(w)) break;
    // "Wagner fighters killed in an ambush", "soldats maliens tombés lors de": a participle without
    // its auxiliary, followed by where or by whom, tells the force's losses.
    if (
      isKillWord(w) &&
      k > tail &&
      PARTICIPLE_NEXT.has(tokens[k + 1]?.norm ?? '') &&
      !ACTIVE_AUXILIARIES.has(tokens[k - 1].norm)
    )
      break;
    // "ont ouvert le feu sur la foule", "opened fire on": the force attacked.
    if (fireOpened(tokens, k)) attacked = true;
    // "a" is the French auxiliary ("l'armée a tué"), not a determiner.
    if (DETERMINERS.has(tokens[k - 1].norm) && k > tail && !(fr && tokens[k - 1].norm === 'a')) continue;
    if (CONDUCT_WORDS.has(w)) {
      conducted = true;
      // "ont mené une offensive contre", "launched an assault on": the attack the force carried out.
      if (attackConducted(tokens, k, s.last)) attacked = true;
    } else if (hasStem(w, STATE_ATTACK_AFTER)) attacked = true;
    // "ont repris Anefis, tenue par le JNIM", "retook the town from JNIM": a place taken from the
    // other side — not the force's own camp taken back after an attack.
    else if (hasStem(w, RETAKE_STEMS) && takenFromGroup(tokens, s)) attacked = true;
    // "soldats maliens tués" (a participle right after the name) are victims; "troops killed 30
    // civilians", "killed at least 30" is the deed.
    else if (isKillWord(w) && (k > tail || activeObject(tokens[k + 1]))) killed = true;
    // The army's own operation: "les FAMa ont neutralisé", "troops killed at least 50".
    // Not "l'armée malienne a reconnu des pertes": the losses it owns up to are not its deed.
    const own = DEATH_TOLL_NOUNS.has(w);
    if (KIND_WORDS.get(w) === 'killed' && !own && (k > tail || activeObject(tokens[k + 1]))) operation = true;
  }
  if (attacked) return true;
  // "les FAMa ont neutralisé 20 terroristes", "troops killed at least 50 people": the army's own
  // operation — not its answer to an attack ("ont riposté, neutralisant", "repelled the assault").
  if (operation && !defends(tokens, s)) return true;
  // Civilians killed by the army, or a strike or operation the army or its partners carried out.
  const victims =
    sentenceHas(tokens, s, CIVILIAN_STEMS) ||
    sentenceHas(tokens, s, EXECUTION_STEMS) ||
    sentenceHas(tokens, s, STRIKE_STEMS);
  // "500 people were killed in Moura by Malian troops": the deed's agent, whoever its victims.
  return agent || (victims && (killed || conducted));
}

/** A group in sentence s that lost or held the place taken: "from JNIM", "tenue par le JNIM". */
function takenFromGroup(tokens: Token[], s: Sentence): boolean {
  return findGroups(tokens, s.first, s.last).some((g) => takenFrom(tokens, s, g) || heldBy(tokens, g));
}

/** How far after its verb of conducting the attack's noun may stand: "ont mené dimanche une vaste offensive". */
const CONDUCTED_REACH = 5;

/** An attack's noun after the verb of conducting at k: "mené une offensive", "launched an assault". */
function attackConducted(tokens: Token[], k: number, last: number): boolean {
  for (let j = k + 1; j < Math.min(last, k + 1 + CONDUCTED_REACH); j++) {
    if (tokens[j].type === 'punct') return false;
    if (isAttackNoun(tokens[j])) return true;
  }
  return false;
}

const ARABIC = /[\u0600-\u06ff]/;
/** The preposition a blame is put on a force with: "imputé à", "attribué aux", "blamed on". */
const BLAME_PREPOSITIONS = new Set(['a', 'au', 'aux', 'on']);

/** "إنه قتل", "أنها قتلت" (that it killed), "أن قواته قتلت" (that its troops killed): the force's own deed told. */
function arabicOwnDeed(tokens: Token[], tail: number): boolean {
  const that = tokens[tail];
  return pronounThat(that) && KIND_WORDS.has(tokens[tail + 1]?.norm ?? '');
}

/** "sont accusés d'avoir tué", "are accused of having killed": the words before the deed. */
const ACCUSED_REACH = 3;
const ACCUSER_REACH = 8;

/** "accusés par des habitants d'avoir tué", "accused by HRW of killing": the accuser's words from k. */
function accuserLength(tokens: Token[], k: number, last: number): number {
  if (!['par', 'by'].includes(tokens[k]?.norm ?? '')) return 0;
  for (let e = k + 1; e < Math.min(last, k + ACCUSER_REACH); e++)
    if (["d'", 'de', 'of'].includes(tokens[e].norm)) return e - k;
  return 0;
}

/** Words after a bare participle of killing that leave it passive: "killed in", "tués dans", "killed by". */
const PARTICIPLE_NEXT = new Set([
  'in',
  'near',
  'by',
  'dans',
  'pres',
  'par',
  'en',
  'during',
  'lors',
  'when',
  'while',
]);
const TIME_PREPOSITIONS = new Set([
  'after',
  'apres',
  'lors',
  'during',
  'following',
  'suite',
  'pendant',
  'in',
  'dans',
]);

/**
 * Canonical armed-group names (SCHEMA.md) and which of them carried out the attack:
 * a group named in a sentence that says who attacked or claimed it ("claimed by",
 * "revendiquée par", "attribuée à", "by the JNIM"), not every group mentioned.
 */
import { PhraseSet } from './phrases';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

const NAMES: Array<[string, string]> = [
  ['jnim', 'JNIM'],
  ['gsim', 'JNIM'],
  ["jama'at nusrat al-islam wal-muslimin", 'JNIM'],
  ["jama'at nasr al-islam wal-muslimin", 'JNIM'],
  ["jama'at nusrat al-islam wal muslimin", 'JNIM'],
  ["jama'a nusrat ul-islam wa al-muslimin", 'JNIM'],
  ['jamaat nusrat al-islam wal-muslimin', 'JNIM'],
  ["jama'at nasr al-islam wal muslimin", 'JNIM'],
  ['nusrat al-islam', 'JNIM'],
  ['nasr al-islam', 'JNIM'],
  ['nusrat ul-islam', 'JNIM'],
  ["groupe de soutien a l'islam et aux musulmans", 'JNIM'],
  ['group for the support of islam and muslims', 'JNIM'],
  ['support group for islam and muslims', 'JNIM'],
  ["al-qaeda's sahel branch", 'JNIM'],
  ['katiba macina', 'JNIM'],
  ['katiba massina', 'JNIM'],
  ['islamic state sahel province', 'ISSP'],
  ['islamic state in the greater sahara', 'ISSP'],
  ['islamic state sahel', 'ISSP'],
  ['issp', 'ISSP'],
  ['isgs', 'ISSP'],
  ['eigs', 'ISSP'],
  ['etat islamique au grand sahara', 'ISSP'],
  ['etat islamique dans le grand sahara', 'ISSP'],
  ['etat islamique au sahel', 'ISSP'],
  ['is sahel', 'ISSP'],
  ['is-sahel', 'ISSP'],
  ['ei-sahel', 'ISSP'],
  ['eis', 'ISSP'],
  ["front de liberation de l'azawad", 'FLA'],
  ['azawad liberation front', 'FLA'],
  ['fla', 'FLA'],
  ['csp', 'FLA'],
  ['csp-dpa', 'FLA'],
  ['tuareg separatists', 'FLA'],
  ['tuareg rebels', 'FLA'],
  ['rebelles touaregs', 'FLA'],
  ['separatistes touaregs', 'FLA'],
  ['forces armees maliennes', 'FAMa'],
  ['fama', 'FAMa'],
  ['famas', 'FAMa'],
  ['malian army', 'FAMa'],
  ['armed forces of mali', 'FAMa'],
  ['armee malienne', 'FAMa'],
  ['malian soldiers', 'FAMa'],
  ['malian troops', 'FAMa'],
  ['soldats maliens', 'FAMa'],
  ['militaires maliens', 'FAMa'],
  ['africa corps', 'Africa Corps'],
  ['wagner', 'Africa Corps'],
  ['russian mercenaries', 'Africa Corps'],
  ['mercenaires russes', 'Africa Corps'],
  ['russian paramilitaries', 'Africa Corps'],
  ['ansarul islam', 'Ansarul Islam'],
  ['ansaroul islam', 'Ansarul Islam'],
  ['msa', 'MSA'],
  ['gatia', 'GATIA'],
  ['dan na ambassagou', 'Dan Na Ambassagou'],
];
const GROUPS = new PhraseSet<string>(NAMES);

/** Cues that a sentence says who carried out or claimed the attack. */
const AGENT_CUES = new Set([
  'claimed',
  'claims',
  'claiming',
  'claim',
  'revendique',
  'revendiquee',
  'revendiquent',
  'revendication',
  'attribuee',
  'attribue',
  'attributed',
  'imputee',
  'imputed',
  'perpetree',
  'perpetrated',
  'carried',
  'menee',
  'mene',
  'led',
  'launched',
  'lance',
  'origine',
  'blamed',
  'pointe',
  'decime',
  'attacked',
  'attaque',
  'attaquent',
  'ont',
  'fighters',
  'combattants',
  'strikes',
  'struck',
  'responsibility',
  'responsabilite',
  'vraisemblablement',
  'suspected',
  'tue',
  'killed',
  'assaillants',
  'by',
  'par',
  'de',
]);
/** Groups named as targets are not actors: "against Wagner", "contre les FAMa". */
const TARGET_BEFORE = new Set([
  'against',
  'contre',
  'on',
  'sur',
  'targeting',
  'visant',
  'supporting',
  'aux',
  'of',
  'des',
]);
const STATE = new Set(['FAMa', 'Africa Corps']);
/** Killings of civilians by state forces: "Wagner fighters summarily executed", "ont exécuté". */
const EXECUTED = ['executed', 'massacred', 'execute', 'executes', 'massacre', 'massacres'];

/** Canonical name of each group mentioned in tokens [from, to). */
export function findGroups(
  tokens: Token[],
  from: number,
  to: number,
): Array<{ name: string; start: number; end: number }> {
  return GROUPS.findAll(tokens, from, to).map((m) => ({ name: m.value, start: m.start, end: m.end }));
}

/** The groups said to have carried out the main attack. */
export function findActors(
  tokens: Token[],
  sentences: Sentence[],
  background: (i: number) => boolean,
): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    if (background(s.index)) continue;
    const groups = findGroups(tokens, s.first, s.last);
    if (!groups.length) continue;
    let cue = false;
    for (let k = s.first; k < s.last; k++) {
      const w = tokens[k].norm;
      if (
        (AGENT_CUES.has(w) || EXECUTED.includes(w)) &&
        w !== 'by' &&
        w !== 'par' &&
        w !== 'de' &&
        w !== 'ont'
      )
        cue = true;
    }
    for (const g of groups) {
      const prev = tokens[g.start - 1]?.norm ?? '';
      const prev2 = tokens[g.start - 2]?.norm ?? '';
      // "by the JNIM", "par le Jnim", "du Jnim": the group as agent even without a verb.
      const agent = ['by', 'par', 'du'].includes(prev) || ['by', 'par'].includes(prev2);
      if (STATE.has(g.name)) {
        // The army or its partners are actors only when they attacked: "FAMa launched an assault".
        const nx = tokens.slice(g.end, g.end + 4).map((t) => t.norm);
        if (
          !nx.some((w) =>
            [
              'attacked',
              'launched',
              'lance',
              'ont',
              'raided',
              'struck',
              'bombed',
              'bombarde',
              ...EXECUTED,
            ].includes(w),
          ) ||
          nx.includes('reagi')
        )
          continue;
        if (!(
          nx.includes('attacked') ||
          nx.includes('launched') ||
          nx.includes('lance') ||
          nx.includes('raided') ||
          nx.includes('struck') ||
          nx.includes('bombed') ||
          nx.some((w) => EXECUTED.includes(w))
        ))
          continue;
      }
      if (TARGET_BEFORE.has(prev) && !agent && !['de', 'des', 'du', 'of'].includes(prev)) continue;
      if ((cue || agent) && !out.includes(g.name)) out.push(g.name);
    }
  }
  return out;
}

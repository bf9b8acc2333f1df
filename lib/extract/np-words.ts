/**
 * The words a figure's noun phrase is read with: the quotes and linkers it runs over, its
 * determiners, the words that open a breakdown ("dont", "including"), bodies (the dead), side
 * adjectives ("victimes civiles"), "armés"/"armed" and explosive devices. Used by noun-phrase.ts
 * and np-boundaries.ts.
 */

export const QUOTES = new Set(['\u00ab', '\u00bb', '"', '\u201c', '\u201d', "'", '\u2019', '-']);
export const BREAKDOWN = new Set([
  '(',
  'dont',
  'including',
  'lesquels',
  'lesquelles',
  'among',
  'notamment',
  'notably',
  // "64 morts, soit 49 civils et 15 militaires", "namely 49 civilians".
  'soit',
  'namely',
]);

export const LINKERS = new Set(['of', 'de', "d'", 'des', 'du', 'and', 'et', 'the', 'les', 'la', 'le', "l'"]);

export const DETERMINERS = new Set([
  'la',
  'le',
  "l'",
  'les',
  'the',
  'a',
  'an',
  'un',
  'une',
  'leur',
  'leurs',
  'their',
  'its',
  'sa',
  'son',
  'ses',
]);
/** Adjectives of a side that may follow a toll's noun: "victimes civiles", "morts militaires". */
export const SIDE_ADJECTIVE = /^(civil|civils|civile|civiles|militaire|militaires)$/;
/** "armés", "armed" after or before a person noun: fighters, not weapons. */
export const ARMED = new Set(['armes', 'arme', 'armed']);
export const ENGINE_WORDS = new Set(['engins', 'engin', 'devices', 'device']);
export const EXPLOSIVE = new Set(['explosifs', 'explosif', 'explosive', 'improvised']);
export const BODIES = new Set(['corps', 'cadavres', 'bodies', 'corpses']);
/** The dead, left on the field by their side ("ont laissé 12 morts sur le terrain"); "left 9 dead behind" is the toll they caused. */
export const DEAD_NOUNS = new Set(['morts', 'dead']);
/** A side's own, after "des" or "of their": "six des leurs", "12 des siens", "six of their own". */
export const OWN_SIDE = new Set(['leurs', 'siens', 'notres', 'own', 'dead']);
/** The possessives of "of their own", "of its dead". */
export const THEIR = new Set(['their', 'its']);
/** The field where a side leaves its dead: "sur le terrain", "sur le carreau", "on the battlefield". */
export const FIELD_WORDS = new Set(['terrain', 'carreau', 'battlefield']);

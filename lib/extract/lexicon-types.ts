import type { By, Kind, Subject } from '../types';

/** One language's words for the claim rules, folded (lower case, no accents, ' apostrophes). */
export interface Lexicon {
  /** Single words that say what happened: "killed", "tues", "blesses". */
  kinds: Record<string, Kind>;
  /** Word sequences that say what happened: "lost their lives", "portes disparus". */
  kindPhrases: Array<[string, Kind]>;
  /** Head nouns of who or what it happened to. */
  subjects: Record<string, Subject>;
  /** Words that make a person noun foreign forces ("French soldiers", "soldats russes"). */
  foreign: string[];
  /** Words before a figure that say the side of a subjectless toll: "cote ami", "dans ses rangs". */
  sideMarkers: Array<[string, Subject]>;
  /** Verbs of saying: "X said", "a annonce X". */
  speech: string[];
  /** Foreign forces by name (not nationality): "deux éléments de la Minusma" are its men. */
  foreignForces: string[];
  /** What an issuer says when the page is its statement: "informe l'opinion que", "informs the public". */
  statementVoice: string[];
  /** Verbs that say a figure only when they set a toll: "put the toll at", "a porté le bilan à". */
  tollSetters: string[];
  /** The toll nouns such a verb sets: "toll", "bilan", "pertes". */
  tollNouns: string[];
  /** Verbs of a carer taking in the wounded or the dead: "a pris en charge", "treated", "evacuated". */
  careVerbs: string[];
  /** Adverbs of several words, read as one inside a verb: "ont par ailleurs été tués", "were in addition wounded". */
  adverbPhrases: string[];
  /** Phrases after which the claimant follows: "according to", "selon". */
  claimantNext: string[];
  /** Claimant classes by words in the claimant's phrase, tried in order. */
  claimants: Array<[By, string[]]>;
  /** Cues that a figure is a superseded toll: "un precedent bilan", "previous toll". */
  earlier: string[];
  /** Cues that a figure is about another time or a total: "since", "depuis", "last year". */
  background: string[];
  /**
   * Words of armed violence and its actors, one form each (word forms cover the rest):
   * an article with none of them reports no attack.
   */
  attack: string[];
  /** Mali's neighbours, as named after "au", "en", "in": a clause set there is about there. */
  neighbours: string[];
  /** Verbs armies use for killing enemies ("neutralisés", "eliminated", SCHEMA.md), one form each. */
  enemyKills: string[];
  /**
   * Verbs of killing the defenceless, one form each: whom a force executes or massacres is no
   * enemy killed in a fight ("des soldats ont exécuté 20 hommes").
   */
  atrocities: string[];
  /** Verbs of a side mourning its own: "l'armée déplore 5 morts", "the army mourned". */
  lament: string[];
  /**
   * Verbs of bearing a harm, one form each, before its noun: "sustained minor injuries",
   * "ont subi de graves blessures" (injury-borne.ts), "suffered heavy losses" (toll-announced.ts).
   */
  bearVerbs: string[];
  /** The nouns of an injury that are no kind word alone ("blessures", of which one also dies). */
  injuryNouns: string[];
  /**
   * Verbs of learning a figure, one form each, whose source follows "auprès de" / "from":
   * "a appris l'AFP auprès d'un élu", "learned from residents".
   */
  learned: string[];
  /**
   * The people aboard a civilian conveyance and the conveyance itself: "un bus transportant des
   * forains", "passengers". An attack on them kills civilians, whatever noun the toll takes.
   */
  passengers: string[];
  /**
   * Verbs of a finding, one form each: a voice only where the verb closes its clause or opens
   * "that" ("…, a UN inquiry found.", "concluded that"), not before its object ("we found 33 bodies").
   */
  findings: string[];
  /** The word that opens the source after such a verb: "aupres", "from". */
  learnedFrom: string;
  /**
   * What an outlet does to a source, one form each, before "par" / "by": a document it saw, a
   * speaker it reached ("un élu joint par l'AFP", "a report seen by Reuters"). The outlet makes no claim.
   */
  outletDeeds: string[];
}

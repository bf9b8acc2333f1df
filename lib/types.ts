/**
 * The domain types, in the words of ../shared/corpus/SCHEMA.md.
 * Everything in lib/ speaks these; the popup, dashboard, store and the
 * `crosscheck` command line print them as they are.
 */

/** What happened. */
export const KINDS = ['killed', 'wounded', 'captured', 'arrested', 'missing', 'seized', 'destroyed'] as const;
export type Kind = (typeof KINDS)[number];

/** Who or what it happened to. People first, then things. */
export const PERSON_SUBJECTS = [
  'soldiers',
  'militants',
  'civilians',
  'militia',
  'foreign_forces',
  'people',
] as const;
export const THING_SUBJECTS = [
  'vehicles',
  'motorcycles',
  'weapons',
  'ammunition',
  'bases',
  'equipment',
] as const;
export const SUBJECTS = [...PERSON_SUBJECTS, ...THING_SUBJECTS] as const;
export type Subject = (typeof SUBJECTS)[number];

/** Who makes the claim. */
export const CLAIMANTS = [
  'official',
  'armed_group',
  'security_source',
  'local',
  'monitor',
  'media',
  'unattributed',
] as const;
export type By = (typeof CLAIMANTS)[number];

/** A number as a range of whole numbers; `max: null` is open upward. */
export interface Quantity {
  min: number;
  max: number | null;
  /** "about 100", "une centaine": the figure is a round estimate. */
  approx?: boolean;
}

/** One quantified claim an article makes. */
export interface Claim extends Quantity {
  kind: Kind;
  subject: Subject;
  by: By;
  /** The claimant as the text names it ("SITE Intelligence Group", "l'armée"). */
  source?: string;
  /** The words of the figure as they stand in the article text. */
  text: string;
  /** Offsets of `text` in Article.text (UTF-16 code units, like String.slice). */
  start: number;
  end: number;
  /** A superseded figure of a revised toll ("the toll rose from 17 to 42": 17). */
  earlier?: boolean;
  /** Index into Report.incidents when the article reports more than one attack (0 = the main one). */
  incident?: number;
}

/** A place as found in the text, with what the gazetteer knows of it. */
export interface Place {
  /** As spelled in the text ("Boulikessi", "Tombouctou"). */
  name: string;
  /** Gazetteer id ("geonames:2449067" or "ml:boulkessi"); null when the gazetteer lacks it. */
  id: string | null;
  /** The gazetteer's preferred name. */
  canonical?: string;
  lat?: number;
  lon?: number;
  /** ISO 3166-1 alpha-2; "ML" for Mali. */
  country?: string;
  /** region, cercle, commune, town, village, camp, district, border_post, country… */
  type?: string;
}

/** How precise an event date is: matching widens its window for vaguer dates. */
export type DatePrecision = 'day' | 'span' | 'month' | 'year';

/** One attack as the article describes it. */
export interface Incident {
  /** ISO day (YYYY-MM-DD) of the attack, null when the text does not allow it. */
  date: string | null;
  /** Last day when the text gives a span ("Sunday and Monday", "la nuit du 29 au 30"). */
  dateEnd?: string | null;
  datePrecision?: DatePrecision | null;
  /** The words the date was read from ("on Tuesday", "ce vendredi 4 mars 2022"). */
  dateText?: string;
  /** Localities attacked, as spelled in the text. */
  places: string[];
  placeDetails: Place[];
  /** Canonical actor names (SCHEMA.md): JNIM, ISSP, FLA, FAMa, Africa Corps… */
  actors: string[];
}

/** Why a report has no claims, when it has none (shown to the user). */
export type ReportStatus =
  | 'ok' // claims about an attack in Mali
  | 'no-attack' // the article reports no attack (politics, economy…)
  | 'outside-mali' // it reports an attack, but not in Mali
  | 'unsupported-language' // neither English nor French
  | 'no-claims'; // an attack in Mali, but no figures

/** What the extractor makes of one article. */
export interface Report {
  lang: string;
  status: ReportStatus;
  /** The main attack (= incidents[0]); `{ date: null, places: [], … }` when there is none. */
  event: Incident;
  /** Every attack the article reports as news; a report of two attacks has two. */
  incidents: Incident[];
  /** Claims about the attack(s) the article reports as news. */
  claims: Claim[];
  /** Figures about other events, totals over a period, other countries, page furniture. */
  background: Claim[];
}

/** What the extractor needs: the article text with its metadata. */
export interface ExtractInput {
  text: string;
  /** ISO date (or date-time) the article was published; weekdays resolve against it. */
  published?: string | null;
  /** BCP 47 language from the page ("fr", "en-GB"); detected from the text when absent. */
  lang?: string | null;
  title?: string | null;
}

/** An article as read from a page or a corpus file. */
export interface Article {
  /** The page address (the tab's URL or the corpus file's `url:` line). */
  url: string;
  /** Canonical URL when the page gives one, else `url` without its fragment: the store's key. */
  canonicalUrl: string;
  title: string;
  /** og:site_name, JSON-LD publisher, or the host name. */
  outlet: string;
  byline?: string | null;
  /** ISO date or date-time, null when the page does not say. */
  published: string | null;
  lang: string | null;
  /** The article text, paragraphs separated by "\n\n". Claims point into it. */
  text: string;
  /** [start, end) offsets of each paragraph in `text`. */
  paragraphs: Array<[number, number]>;
}

/** Why an article could not be read (shown to the user, nothing is stored). */
export type ReadFailure = 'no-article' | 'too-large' | 'not-html';

// ── Saved reports and events (the store) ─────────────────────────────────

/** A report as the store keeps it. Keyed by `url` (the canonical URL). */
export interface SavedReport {
  url: string;
  article: Article;
  /** The extractor's output, as it was when saved (re-reading replaces it). */
  report: Report;
  extractorVersion: number;
  savedAt: string;
  updatedAt: string;
  /** MinHash signature of the article text, for finding copies of one wire story. */
  signature: number[];
  /** Index fields: every day any incident covers (YYYY-MM-DD; the publication day when no date). */
  days: string[];
  /** Index fields: gazetteer ids, else folded names, of every incident's places. */
  placeKeys: string[];
  /** The event each incident is linked to (by incident index; null: none). */
  eventIds?: Array<string | null>;
}

/** An attack as the store groups reports about it. */
export interface StoredEvent {
  id: string;
  date: string | null;
  dateEnd?: string | null;
  places: string[];
  placeKeys: string[];
  actors: string[];
  /** Canonical URLs of the reports linked to this event (a report of two attacks links to two). */
  reports: string[];
  /** Reports the user unlinked from this event: never linked again automatically. */
  unlinked?: string[];
  createdAt: string;
  updatedAt: string;
  /** Index field: every day the attack may fall on (empty when no report dates it). */
  days?: string[];
  /** Index field: the place keys of an event no report dates, found by place alone. */
  undatedPlaceKeys?: string[];
  /** The linked reports' figures, compact ("killed/soldiers/21/21", open max empty): lets matching skip events without reading their reports. */
  figures?: string[];
  /** Index field: the figures of an event no report dates or places, found by its toll alone. */
  unplacedFigures?: string[];
}

/** Why a report was taken to be about an event, for the UI ("same places: Kayes, Diboli; dates 1–2 July"). */
export interface MatchReason {
  samePlaces: string[];
  /** Pairs of spellings that are only similar ("Diboli" ~ "Binoli"): "possibly the same place". */
  similarPlaces: Array<[string, string]>;
  dates: string;
  sameActors: string[];
  score: number;
}

// ── Comparison across outlets ────────────────────────────────────────────

/**
 * How one figure stands against the others of its (kind, subject), by origin
 * (lib/events/origin: one claimant's statement relayed by many outlets is one source):
 * agree: an independent source gives a figure that overlaps or touches it ·
 * conflict: an independent source gives one that does not ·
 * variant: only the same claimant's statement, worded or rounded otherwise ("80", "more than 80") ·
 * revised: superseded by the same claimant's later figure (17 → 42) ·
 * single: no other source gives this figure.
 */
export const FIGURE_STATUSES = ['conflict', 'agree', 'variant', 'revised', 'single'] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

/** One outlet's figure for one (kind, subject). */
export interface Figure extends Quantity {
  /** The report's canonical URL (or file name in `crosscheck`). */
  report: string;
  outlet: string;
  published: string | null;
  by: By;
  source?: string;
  text: string;
  earlier?: boolean;
  /** Reports whose texts are near-duplicates share a copy group: one text, many copies. */
  copyGroup: number;
  /** Figures that trace back to one claimant's statement share an origin: one source, whatever the outlets. */
  origin: number;
  status: FigureStatus;
}

export interface ComparisonRow {
  kind: Kind;
  subject: Subject;
  /** The most telling status of its figures, in FIGURE_STATUSES order (conflict first). */
  status: FigureStatus;
  figures: Figure[];
}

/** Low / best / high over independent sources (UCDP) and the most conservative figure (ACLED). */
export interface FigureSummary {
  kind: Kind;
  subject: Subject;
  low: number;
  best: number;
  high: number | null;
  conservative: number;
  /** Independent sources (origins) of the row's current figures: one claimant's statement counts once. */
  sources: number;
}

export interface EventComparison {
  rows: ComparisonRow[];
  summary: FigureSummary[];
  /** Spellings of one place across reports ("Boulkessi", "Boulikessi"). */
  placeVariants: string[][];
  /** Each report's date for the attack, to show differing days. */
  dates: Array<{ report: string; outlet: string; date: string | null; dateText?: string }>;
  /** Groups of reports that are copies of one source (only groups of two or more). */
  copies: string[][];
  /**
   * Independent sources of the event: the origins of all its figures, and each
   * copy group of reports that gives no figure. The one count the dashboard and exports show.
   */
  sources: number;
}

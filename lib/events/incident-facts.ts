/**
 * What the matcher compares: one incident of one report, reduced to its
 * places (with their index keys), its date window, actors and claims.
 */
import { foldName, placeKey } from '../places';
import type { Article, Claim, Incident, Place, Report, ReportStatus } from '../types';
import { addDays, isoDay, monthBounds } from './dates';

/**
 * How the date of an incident is known. `published`: the text gives no date,
 * so the attack is taken to be within the 7 days before publication.
 */
export type WhenKind = 'day' | 'span' | 'published' | 'month' | 'year' | 'none';

export interface When {
  kind: WhenKind;
  /** First and last day the attack may fall on (null for 'year' and 'none'). */
  from: string | null;
  to: string | null;
  /** The year, when known at all. */
  year: string | null;
}

export interface PlaceRef {
  key: string;
  /** As spelled in the text. */
  name: string;
  id: string | null;
  canonical?: string;
  lat?: number;
  lon?: number;
}

export interface IncidentFacts {
  /** Canonical URL or file name of the report. */
  report: string;
  incident: number;
  when: When;
  places: PlaceRef[];
  actors: string[];
  claims: Claim[];
  /** false for a report whose date and places we cannot read (its language): matched on places alone. */
  readable: boolean;
}

/** Reports that may join events: an attack in Mali (or one we cannot read but can place). */
export const MATCHABLE: ReadonlySet<ReportStatus> = new Set<ReportStatus>([
  'ok',
  'no-claims',
  'unsupported-language',
]);

/** The date window of an incident; `published` stands in when the text gives no date. */
export function whenOf(
  inc: Pick<Incident, 'date' | 'dateEnd' | 'datePrecision'>,
  published: string | null,
): When {
  const date = isoDay(inc.date);
  if (date) {
    const year = date.slice(0, 4);
    const end = isoDay(inc.dateEnd ?? null);
    const precision = inc.datePrecision ?? (end && end !== date ? 'span' : 'day');
    if (precision === 'year') return { kind: 'year', from: null, to: null, year };
    if (precision === 'month') {
      const [from, to] = monthBounds(date);
      return { kind: 'month', from, to, year };
    }
    if (end && end > date) return { kind: 'span', from: date, to: end, year };
    return { kind: 'day', from: date, to: date, year };
  }
  const pub = isoDay(published);
  if (pub) return { kind: 'published', from: addDays(pub, -7), to: pub, year: null };
  return { kind: 'none', from: null, to: null, year: null };
}

/** Too wide to tell two attacks apart ("the Sahel", "West Africa", "Mali"). */
const BROAD_TYPES = new Set(['area', 'country', 'continent']);

/** Whether a place can identify an attack in Mali: a locality, not a whole area or a foreign place. */
export function isLocality(p: Place): boolean {
  if (p.type && BROAD_TYPES.has(p.type)) return false;
  return !p.country || p.country === 'ML';
}

/** Places of an incident with their keys; names the gazetteer lacks get a folded-name key. */
export function placeRefs(inc: Pick<Incident, 'places' | 'placeDetails'>): PlaceRef[] {
  const out: PlaceRef[] = [];
  const seen = new Set<string>();
  const skipped = new Set<string>();
  const add = (p: Place) => {
    if (!isLocality(p)) {
      skipped.add(foldName(p.name));
      return;
    }
    if (!foldName(p.name) && !p.id) return; // a script we cannot fold (Arabic…) and no id
    const key = placeKey(p);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ key, name: p.name, id: p.id, canonical: p.canonical, lat: p.lat, lon: p.lon });
  };
  for (const p of inc.placeDetails ?? []) add(p);
  const named = new Set([...out.map((p) => foldName(p.name)), ...skipped]);
  for (const name of inc.places ?? []) if (!named.has(foldName(name))) add({ name, id: null });
  return out;
}

/**
 * The year-month some corpus pages give on a first line ` date 2023-12`
 * (SCHEMA.md): stands in for a missing publication date.
 */
export function pageMonth(text: string | undefined): string | null {
  const m = /^\s*date (\d{4})-(\d{2})\b/.exec((text ?? '').slice(0, 40));
  return m ? `${m[1]}-${m[2]}` : null;
}

/** The date window of an incident in an article: its own date, else the page's publication date or month. */
export function articleWhen(inc: Incident, article: Pick<Article, 'published'> & { text?: string }): When {
  const when = whenOf(inc, article.published);
  const month = when.kind === 'none' ? pageMonth(article.text) : null;
  if (!month) return when;
  const [first, last] = monthBounds(`${month}-01`);
  return { kind: 'published', from: addDays(first, -7), to: last, year: null };
}

/**
 * Whether the report's date and places were read from its text. An Arabic page's figures
 * are read (through its gloss, lib/extract/arabic.ts), but not its dates (no Arabic date
 * parser) nor most of its places (the gazetteer's names are Latin): it is matched like a
 * page we cannot read, on its places, attached last and never bridging two events.
 */
function readsWhenAndWhere(report: Report): boolean {
  return report.status !== 'unsupported-language' && report.lang !== 'ar';
}

export function incidentFacts(
  key: string,
  article: Pick<Article, 'published'> & { text?: string },
  report: Report,
  index: number,
): IncidentFacts {
  const inc = report.incidents[index] ?? report.event;
  return {
    report: key,
    incident: index,
    readable: readsWhenAndWhere(report),
    when: articleWhen(inc, article),
    places: placeRefs(inc),
    actors: [...new Set(inc.actors ?? [])],
    claims: report.claims.filter((c) => (c.incident ?? 0) === index),
  };
}

/** One IncidentFacts per incident of a report that may join events (none for other statuses). */
export function reportFacts(
  key: string,
  article: Pick<Article, 'published'>,
  report: Report,
): IncidentFacts[] {
  if (!MATCHABLE.has(report.status)) return [];
  const incidents = report.incidents.length ? report.incidents : [report.event];
  return incidents.map((_, i) => incidentFacts(key, article, { ...report, incidents }, i));
}

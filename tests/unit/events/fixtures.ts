/** Hand-built articles and reports for the store and matching tests (our own words). */
import type { Article, Claim, Incident, Place, Report } from '../../../lib/types';

export function place(name: string, id: string | null = `ml:${name.toLowerCase()}`, canonical = name): Place {
  return { name, id, canonical, country: 'ML' };
}

export function incident(
  p: Partial<Incident> & { places?: string[]; placeDetails?: Place[] } = {},
): Incident {
  const placeDetails = p.placeDetails ?? (p.places ?? []).map((n) => place(n));
  return {
    date: p.date ?? null,
    dateEnd: p.dateEnd ?? null,
    datePrecision: p.datePrecision ?? (p.date ? 'day' : null),
    places: p.places ?? placeDetails.map((x) => x.name),
    placeDetails,
    actors: p.actors ?? [],
  };
}

export function claim(
  kind: Claim['kind'],
  subject: Claim['subject'],
  min: number,
  max: number | null = min,
  extra: Partial<Claim> = {},
): Claim {
  const text = `${min} ${subject} ${kind}`;
  return { kind, subject, min, max, by: 'unattributed', text, start: 0, end: text.length, ...extra };
}

export function report(incidents: Incident[], claims: Claim[] = [], status: Report['status'] = 'ok'): Report {
  return {
    lang: 'en',
    status,
    event: incidents[0] ?? incident(),
    incidents,
    claims,
    background: [],
  };
}

export function article(
  url: string,
  published: string | null,
  text = `An article at ${url} about an attack.`,
  outlet = new URL(url).hostname,
): Article {
  return {
    url,
    canonicalUrl: url,
    title: `Title of ${url}`,
    outlet,
    byline: null,
    published,
    lang: 'en',
    text,
    paragraphs: [[0, text.length]],
  };
}

/** Builders for saved reports and events written for these tests (no corpus text). */
import type { Claim, Incident, Place, SavedReport, StoredEvent } from '../../../lib/types';

export function place(name: string, id: string | null, lat?: number, lon?: number): Place {
  return { name, id, lat, lon, country: 'ML', type: 'town' };
}

export function incident(date: string | null, places: Place[], actors: string[] = []): Incident {
  return { date, places: places.map((p) => p.name), placeDetails: places, actors, datePrecision: 'day' };
}

export function claim(text: string, start: number, over: Partial<Claim> = {}): Claim {
  return {
    kind: 'killed',
    subject: 'soldiers',
    by: 'official',
    min: 1,
    max: 1,
    text,
    start,
    end: start + text.length,
    ...over,
  };
}

export function saved(
  url: string,
  text: string,
  incidents: Incident[],
  claims: Claim[],
  outlet = 'Example News',
): SavedReport {
  return {
    url,
    article: {
      url,
      canonicalUrl: url,
      title: `Title of ${url}`,
      outlet,
      published: '2025-03-05',
      lang: 'en',
      text,
      paragraphs: [[0, text.length]],
    },
    report: { lang: 'en', status: 'ok', event: incidents[0], incidents, claims, background: [] },
    extractorVersion: 1,
    savedAt: '2025-03-05T10:00:00.000Z',
    updatedAt: '2025-03-05T10:00:00.000Z',
    signature: [1, 2, 3],
    days: incidents.map((i) => i.date ?? '2025-03-05'),
    placeKeys: incidents.flatMap((i) => i.placeDetails.map((p) => p.id ?? `name:${p.name.toLowerCase()}`)),
  };
}

export function event(
  id: string,
  date: string | null,
  places: Place[],
  reports: string[],
  actors: string[] = [],
): StoredEvent {
  return {
    id,
    date,
    places: places.map((p) => p.name),
    placeKeys: places.map((p) => p.id ?? `name:${p.name.toLowerCase()}`),
    actors,
    reports,
    createdAt: '2025-03-05T10:00:00.000Z',
    updatedAt: '2025-03-05T10:00:00.000Z',
  };
}

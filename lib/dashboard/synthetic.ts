/**
 * Synthetic saved reports and events, shaped as the store keeps them, for the
 * dashboard's timing (bench and e2e). Deterministic; our own made-up words.
 */
import type { ExportData } from '../export';
import type { Claim, Place, SavedReport, StoredEvent } from '../types';

const PLACES: Array<[string, number, number]> = [
  ['Gao', 16.27, -0.04],
  ['Kidal', 18.44, 1.41],
  ['Mopti', 14.49, -4.2],
  ['Ségou', 13.43, -6.26],
  ['Tombouctou', 16.77, -3.01],
  ['Ménaka', 15.92, 2.4],
  ['Kayes', 14.45, -11.44],
  ['Sikasso', 11.32, -5.67],
  ['Bandiagara', 14.35, -3.61],
  ['Douentza', 15.0, -2.95],
  ['Niono', 14.25, -5.99],
  ['Ansongo', 15.66, 0.5],
];
const OUTLETS = [
  'Sahel Wire',
  'Bamako Daily',
  'Le Journal du Niger',
  'Desert Post',
  'Radio Fleuve',
  'West Africa Now',
];
const ACTORS = ['JNIM', 'ISSP', 'FLA', 'FAMa'];
const SUBJECTS = ['soldiers', 'civilians', 'militants'] as const;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticData(reports: number, seed = 7): ExportData {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const out: SavedReport[] = [];
  const events: StoredEvent[] = [];
  const start = Date.UTC(2013, 0, 1);
  let n = 0;
  while (n < reports) {
    const size = Math.min(reports - n, 1 + Math.floor(r() * 4));
    const [name, lat, lon] = pick(PLACES);
    const place: Place = {
      name,
      id: `ml:${name.toLowerCase()}`,
      canonical: name,
      lat,
      lon,
      country: 'ML',
      type: 'town',
    };
    const day = new Date(start + Math.floor(r() * 4700) * 86_400_000).toISOString().slice(0, 10);
    const actor = pick(ACTORS);
    const id = `ev-syn-${events.length}`;
    const base = 3 + Math.floor(r() * 40);
    const urls: string[] = [];
    for (let k = 0; k < size; k++, n++) {
      const url = `https://synthetic.example/${n}`;
      urls.push(url);
      const subject = pick(SUBJECTS);
      const figure = base + (r() < 0.3 ? Math.floor(r() * 10) : 0);
      const lead = `${figure} ${subject} were killed`;
      const text = `${lead} in an attack near ${name} on ${day}, according to ${pick(['officials', 'residents', 'a security source'])}. ${'The report gives more details of the fighting and of the aftermath in the area. '.repeat(20)}`;
      const claims: Claim[] = [
        {
          kind: 'killed',
          subject,
          min: figure,
          max: figure,
          by: 'official',
          text: lead.split(' were')[0],
          start: 0,
          end: lead.split(' were')[0].length,
        },
      ];
      const inc = {
        date: day,
        datePrecision: 'day' as const,
        places: [name],
        placeDetails: [place],
        actors: [actor],
      };
      out.push({
        url,
        article: {
          url,
          canonicalUrl: url,
          title: `Attack near ${name}`,
          outlet: pick(OUTLETS),
          published: day,
          lang: 'en',
          text,
          paragraphs: [[0, text.length]],
        },
        report: { lang: 'en', status: 'ok', event: inc, incidents: [inc], claims, background: [] },
        extractorVersion: 1,
        savedAt: `${day}T12:00:00.000Z`,
        updatedAt: `${day}T12:00:00.000Z`,
        signature: Array.from({ length: 16 }, () => Math.floor(r() * 2 ** 31)),
        days: [day],
        placeKeys: [place.id!],
        eventIds: [id],
      });
    }
    events.push({
      id,
      date: day,
      dateEnd: null,
      places: [name],
      placeKeys: [place.id!],
      actors: [actor],
      reports: urls,
      createdAt: `${day}T12:00:00.000Z`,
      updatedAt: `${day}T12:00:00.000Z`,
      days: [day],
      undatedPlaceKeys: [],
    });
  }
  return { reports: out, events, corrections: [] };
}

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

type Random = () => number;

const START = Date.UTC(2013, 0, 1);

/** One random element of xs (one draw). */
function pick<T>(r: Random, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

/** What the reports of one synthetic event share. */
interface Attack {
  id: string;
  name: string;
  place: Place;
  day: string;
  actor: string;
  base: number;
}

/** Draws an event's place, day, actor and base figure, in the order the seeded sequence expects. */
function drawAttack(r: Random, id: string): Attack {
  const [name, lat, lon] = pick(r, PLACES);
  const place: Place = {
    name,
    id: `ml:${name.toLowerCase()}`,
    canonical: name,
    lat,
    lon,
    country: 'ML',
    type: 'town',
  };
  const day = new Date(START + Math.floor(r() * 4700) * 86_400_000).toISOString().slice(0, 10);
  const actor = pick(r, ACTORS);
  const base = 3 + Math.floor(r() * 40);
  return { id, name, place, day, actor, base };
}

/** Draws the n-th saved report of an attack: its killed figure, text, outlet and signature. */
function drawReport(r: Random, attack: Attack, n: number): SavedReport {
  const { id, name, place, day, actor, base } = attack;
  const url = `https://synthetic.example/${n}`;
  const subject = pick(r, SUBJECTS);
  const figure = base + (r() < 0.3 ? Math.floor(r() * 10) : 0);
  const lead = `${figure} ${subject} were killed`;
  const text = `${lead} in an attack near ${name} on ${day}, according to ${pick(r, ['officials', 'residents', 'a security source'])}. ${'The report gives more details of the fighting and of the aftermath in the area. '.repeat(20)}`;
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
  return {
    url,
    article: {
      url,
      canonicalUrl: url,
      title: `Attack near ${name}`,
      outlet: pick(r, OUTLETS),
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
  };
}

/** The stored event that links an attack's reports. */
function storedEvent(attack: Attack, urls: string[]): StoredEvent {
  const { id, name, place, day, actor } = attack;
  return {
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
  };
}

export function syntheticData(reports: number, seed = 7): ExportData {
  const r = rng(seed);
  const out: SavedReport[] = [];
  const events: StoredEvent[] = [];
  let n = 0;
  while (n < reports) {
    const size = Math.min(reports - n, 1 + Math.floor(r() * 4));
    const attack = drawAttack(r, `ev-syn-${events.length}`);
    const urls: string[] = [];
    for (let k = 0; k < size; k++, n++) {
      const report = drawReport(r, attack, n);
      urls.push(report.url);
      out.push(report);
    }
    events.push(storedEvent(attack, urls));
  }
  return { reports: out, events, corrections: [] };
}

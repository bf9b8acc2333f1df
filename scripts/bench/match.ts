/**
 * matchEvents against 10,000 and 100,000 stored reports (fake-indexeddb in
 * Node): generated events over 2019–2025 at Malian places, one to five
 * reports each; then the time to match one new report (median of runs).
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { addDays } from '../../lib/events/dates';
import { reportFacts } from '../../lib/events/incident-facts';
import { lookupPlace } from '../../lib/places';
import { eventFields } from '../../lib/store/links';
import { matchEvents, openStore, type Store } from '../../lib/store';
import { reportIndexFields } from '../../lib/store/report-fields';
import type { Article, Claim, Incident, Place, Report, SavedReport, StoredEvent } from '../../lib/types';

const NAMES = [
  'Bamako',
  'Mopti',
  'Gao',
  'Tombouctou',
  'Kidal',
  'Ménaka',
  'Ségou',
  'Sévaré',
  'Djenné',
  'Bandiagara',
  'Bankass',
  'Koro',
  'Douentza',
  'Boni',
  'Hombori',
  'Boulkessi',
  'Mondoro',
  'Tessit',
  'Ansongo',
  'Bourem',
  'Léré',
  'Niono',
  'Diabaly',
  'Nampala',
  'Sokolo',
  'Farabougou',
  'Macina',
  'Ténenkou',
  'Youwarou',
  'Dioura',
  'Kayes',
  'Diboli',
  'Nioro du Sahel',
  'Kita',
  'Diéma',
  'Sikasso',
  'Koutiala',
  'Bougouni',
  'Kati',
  'Kolokani',
  'Nara',
  'Banamba',
  'Tessalit',
  'Aguelhok',
  'Anéfis',
  'Ber',
  'Goundam',
  'Niafunké',
  'Diré',
  'Gossi',
  'Ouatagouna',
  'Talataye',
  'Andéramboukane',
  'Inékar',
  'Ogossagou',
  'Sobane',
  'Diallassagou',
  'Ségué-Iré',
  'Dinangourou',
  'Mourdiah',
  'Kassela',
  'Faladié',
  'Sénou',
  'Labbezanga',
  'Intahaka',
  'Tin-Zaouatene',
];
const ACTORS = ['JNIM', 'ISSP', 'FLA', 'FAMa', 'Africa Corps'];
const FIRST_DAY = '2019-01-01';
const SPAN_DAYS = 7 * 365;

/** Deterministic pseudo-random numbers, so runs compare. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES: Place[] = NAMES.map(
  (name) => lookupPlace(name) ?? { name, id: `ml:${name.toLowerCase()}`, country: 'ML' },
);

interface Spec {
  date: string | null;
  precision: 'day' | 'span' | null;
  places: Place[];
  actor: string;
}

function makeSpec(rand: () => number): Spec {
  // Busy places come up often (Zipf-like), as in the news.
  const pick = () => PLACES[Math.floor(PLACES.length * rand() ** 2)];
  const places = [
    ...new Set([pick(), ...(rand() < 0.4 ? [pick()] : []), ...(rand() < 0.15 ? [pick()] : [])]),
  ];
  const r = rand();
  return {
    date: addDays(FIRST_DAY, Math.floor(rand() * SPAN_DAYS)),
    precision: r < 0.8 ? 'day' : r < 0.9 ? 'span' : null,
    places,
    actor: ACTORS[Math.floor(rand() * ACTORS.length)],
  };
}

export function makeReport(spec: Spec, rand: () => number): { article: Article; report: Report } {
  const url = `https://news${Math.floor(rand() * 40)}.example/${Math.floor(rand() * 1e12).toString(36)}`;
  const published = addDays(spec.date!, Math.floor(rand() * 3));
  const incident: Incident = {
    date: spec.precision ? spec.date : null,
    dateEnd: spec.precision === 'span' ? addDays(spec.date!, 1) : null,
    datePrecision: spec.precision,
    places: spec.places.map((p) => p.name),
    placeDetails: spec.places,
    actors: [spec.actor],
  };
  const n = 5 + Math.floor(rand() * 40);
  const claims: Claim[] = [
    {
      kind: 'killed',
      subject: 'soldiers',
      min: n,
      max: n,
      by: 'official',
      text: `${n} soldiers`,
      start: 0,
      end: 1,
    },
    {
      kind: 'killed',
      subject: 'militants',
      min: 2 * n,
      max: null,
      by: 'official',
      text: `${2 * n} terrorists`,
      start: 2,
      end: 3,
    },
  ];
  const text = `Attack at ${incident.places.join(', ')}: ${n} soldiers killed, the army said. ${url}`;
  return {
    article: {
      url,
      canonicalUrl: url,
      title: text.slice(0, 60),
      outlet: new URL(url).hostname,
      published,
      lang: 'en',
      text,
      paragraphs: [[0, text.length]],
    },
    report: { lang: 'en', status: 'ok', event: incident, incidents: [incident], claims, background: [] },
  };
}

export async function seed(store: Store, count: number, rand: () => number): Promise<Spec[]> {
  const specs: Spec[] = [];
  let made = 0;
  let reports: SavedReport[] = [];
  let events: StoredEvent[] = [];
  const flush = async () => {
    const tx = store.db.transaction(['reports', 'events'], 'readwrite');
    for (const r of reports) void tx.objectStore('reports').put(r);
    for (const e of events) void tx.objectStore('events').put(e);
    await tx.done;
    reports = [];
    events = [];
  };
  while (made < count) {
    const spec = makeSpec(rand);
    specs.push(spec);
    const id = `ev-${specs.length}`;
    const n = Math.min(count - made, 1 + Math.floor(rand() * 5));
    const members: SavedReport[] = [];
    for (let i = 0; i < n; i++) {
      const { article, report } = makeReport(spec, rand);
      const sig = Array.from({ length: 64 }, () => Math.floor(rand() * 2 ** 32));
      const at = `${article.published}T12:00:00Z`;
      members.push({
        url: article.canonicalUrl,
        article,
        report,
        extractorVersion: 1,
        savedAt: at,
        updatedAt: at,
        signature: sig,
        ...reportIndexFields(article, report),
        eventIds: [id],
      });
    }
    const facts = members.flatMap((m) => reportFacts(m.url, m.article, m.report));
    const at = members[0].savedAt;
    events.push({
      id,
      reports: members.map((m) => m.url),
      createdAt: at,
      updatedAt: at,
      ...eventFields(facts),
    });
    reports.push(...members);
    made += n;
    if (reports.length >= 5000) await flush();
  }
  await flush();
  return specs;
}

async function timeMatches(store: Store, specs: Spec[], rand: () => number, runs = 9, undated = false) {
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < runs; i++) {
    const spec = { ...specs[Math.floor(rand() * specs.length)], precision: 'day' as const };
    const { article, report } = makeReport(spec, rand);
    if (undated) {
      // Neither a date in the text nor a publication date: found by place alone.
      article.published = null;
      report.incidents[0].date = null;
      report.incidents[0].datePrecision = null;
    }
    const t0 = performance.now();
    const matches = await matchEvents(store, article, report);
    times.push(performance.now() - t0);
    if (matches.length) found++;
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], found, runs };
}

export async function run(): Promise<string[]> {
  const lines: string[] = [];
  for (const count of [10_000, 100_000]) {
    const rand = rng(count);
    const store = await openStore(
      `bench-${count}`,
      new IDBFactory() as unknown as globalThis.IDBFactory,
      IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
    );
    const t0 = performance.now();
    const specs = await seed(store, count, rand);
    const seeded = (performance.now() - t0) / 1000;
    await timeMatches(store, specs, rand, 2); // warm up
    const { median, found, runs } = await timeMatches(store, specs, rand);
    lines.push(
      `match vs ${count} stored reports: median ${median.toFixed(1)} ms (${specs.length} events, ${found}/${runs} found their event, seeded in ${seeded.toFixed(0)} s)`,
    );
    const undated = await timeMatches(store, specs, rand, 5, true);
    lines.push(
      `match of an undated report vs ${count} stored reports: median ${undated.median.toFixed(1)} ms`,
    );
    store.close();
  }
  return lines;
}

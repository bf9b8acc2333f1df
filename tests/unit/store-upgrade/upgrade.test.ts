import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, getEvent, getEventReports, getReport, listEvents, saveReport } from '../../../lib/store';
import { getCorrections, addClaimCorrection } from '../../../lib/store/corrections';
import { listTrash } from '../../../lib/store/trash';
import type { SavedReport, StoredEvent } from '../../../lib/types';
import { article, claim, incident, report } from '../events/fixtures';
import { closeAll, open } from './open';

afterEach(closeAll);

/** The released version-1 schema, frozen here as it shipped: the upgrade must carry its data over. */
function createV1(
  factory: IDBFactory,
  name: string,
  reports: SavedReport[],
  events: StoredEvent[],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      const r = db.createObjectStore('reports', { keyPath: 'url' });
      r.createIndex('days', 'days', { multiEntry: true });
      r.createIndex('placeKeys', 'placeKeys', { multiEntry: true });
      r.createIndex('savedAt', 'savedAt');
      const e = db.createObjectStore('events', { keyPath: 'id' });
      e.createIndex('days', 'days', { multiEntry: true });
      e.createIndex('placeKeys', 'placeKeys', { multiEntry: true });
      e.createIndex('updatedAt', 'updatedAt');
      e.createIndex('undatedPlaceKeys', 'undatedPlaceKeys', { multiEntry: true });
      e.createIndex('reports', 'reports', { multiEntry: true });
      db.createObjectStore('meta');
    };
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['reports', 'events', 'meta'], 'readwrite');
      for (const x of reports) tx.objectStore('reports').put(x);
      for (const x of events) tx.objectStore('events').put(x);
      tx.objectStore('meta').put('kept', 'note');
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

async function v1Records() {
  // Realistic records, made by the store itself, then written raw into a v1 database.
  const s = await open(new IDBFactory(), 'source');
  await saveReport(
    s,
    article('https://a.example/1', '2025-07-02'),
    report([incident({ date: '2025-07-01', places: ['Kayes'] })], [claim('killed', 'soldiers', 12)]),
  );
  await saveReport(
    s,
    article('https://b.example/2', '2025-07-02'),
    report([incident({ date: '2025-07-01', places: ['Kayes'] })], [claim('killed', 'soldiers', 15)]),
  );
  await saveReport(
    s,
    article('https://c.example/3', '2025-08-10'),
    report([incident({ date: '2025-08-09', places: ['Gao'] })]),
  );
  const reports = await s.db.getAll('reports');
  const events = await s.db.getAll('events');
  s.close();
  return { reports, events };
}

describe('schema upgrade from version 1', () => {
  it('opens a version-1 database in the current version with nothing lost', async () => {
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);
    const { reports, events } = await v1Records();
    expect(reports).toHaveLength(3);
    expect(events).toHaveLength(2);
    const factory = new IDBFactory();
    await createV1(factory, 'old', reports, events);

    const s = await open(factory, 'old');
    expect(s.db.version).toBe(DB_VERSION);
    expect([...s.db.objectStoreNames].sort()).toEqual([
      'bases',
      'conflicts',
      'corrections',
      'events',
      'meta',
      'outbox',
      'reports',
      'trash',
    ]);
    expect(await s.db.getAll('reports')).toEqual(reports);
    expect(await s.db.getAll('events')).toEqual(events);
    expect(await s.db.get('meta', 'note')).toBe('kept');
    // v3: everything saved before is queued once for the team sync.
    expect((await s.db.getAllKeys('outbox')).sort()).toEqual(
      [...reports.map((r) => `report:${r.url}`), ...events.map((e) => `event:${e.id}`)].sort(),
    );
    // The v1 indexes still answer, and the named queries work on the old data.
    expect(await getReport(s, 'https://a.example/1')).toEqual(
      reports.find((r) => r.url === 'https://a.example/1'),
    );
    const kayes = events.find((e) => e.places.includes('Kayes'))!;
    expect((await getEventReports(s, kayes.id)).map((r) => r.url).sort()).toEqual([
      'https://a.example/1',
      'https://b.example/2',
    ]);
    expect((await s.db.getAllFromIndex('events', 'days', '2025-08-09')).length).toBe(1);
    expect((await listEvents(s)).length).toBe(2);
    expect(await getEvent(s, kayes.id)).toEqual(kayes);
    // The new stores work.
    await addClaimCorrection(s, {
      type: 'delete-claim',
      url: 'https://a.example/1',
      claim: { text: '12 soldiers killed', start: 0, kind: 'killed', subject: 'soldiers' },
    });
    expect(await getCorrections(s, 'https://a.example/1')).toHaveLength(1);
    expect(await listTrash(s)).toEqual([]);
  });

  it('a saved report still saves into the upgraded database and links to the old event', async () => {
    const { reports, events } = await v1Records();
    const factory = new IDBFactory();
    await createV1(factory, 'old2', reports, events);
    const s = await open(factory, 'old2');
    const res = await saveReport(
      s,
      article('https://d.example/4', '2025-07-03'),
      report([incident({ date: '2025-07-01', places: ['Kayes'] })]),
    );
    const kayes = events.find((e) => e.places.includes('Kayes'))!;
    expect(res.events.map((e) => e.id)).toEqual([kayes.id]);
  });
});

describe('schema upgrade to version 5: events found by their toll alone', () => {
  it('gives an old event with no day and no place its unplacedFigures, so a later report finds it', async () => {
    const src = await open(new IDBFactory(), 'source5');
    await saveReport(
      src,
      article('https://a.example/1', null),
      report([incident({})], [claim('killed', 'soldiers', 24)]),
    );
    const reports = await src.db.getAll('reports');
    // Written as version 4 and before wrote it: without the field.
    const events = (await src.db.getAll('events')).map(({ unplacedFigures: _, ...e }) => e as StoredEvent);
    src.close();
    const factory = new IDBFactory();
    await createV1(factory, 'old5', reports, events);
    const s = await open(factory, 'old5');
    const [old] = await s.db.getAll('events');
    expect(old.unplacedFigures).toEqual(['killed/soldiers/24/24']);
    const res = await saveReport(
      s,
      article('https://b.example/2', '2020-01-27'),
      report([incident({ date: '2020-01-26', places: ['Sokolo'] })], [claim('killed', 'soldiers', 24)]),
    );
    expect(res.events.map((e) => e.id)).toEqual([old.id]);
  });
});

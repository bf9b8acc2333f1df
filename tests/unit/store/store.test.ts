import 'fake-indexeddb/auto'; // idb's wrap() checks instanceof against the global IDB classes
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  countEvents,
  DB_VERSION,
  countReports,
  deleteEvent,
  deleteReport,
  getEvent,
  getEventReports,
  getReport,
  listEvents,
  matchEvents,
  openDatabase,
  openStore,
  saveReport,
  StoreError,
  unlinkReport,
  type Store,
} from '../../../lib/store';
import { article, claim, incident, report } from '../events/fixtures';

const stores: Store[] = [];
async function open(factory = new IDBFactory()) {
  const s = await openStore(
    'test',
    factory as unknown as globalThis.IDBFactory,
    IDBKeyRange as unknown as typeof globalThis.IDBKeyRange,
  );
  stores.push(s);
  return s;
}
afterEach(() => {
  vi.restoreAllMocks();
  stores.splice(0).forEach((s) => s.close());
});

const kayes = (day = '2025-07-01') =>
  report(
    [incident({ date: day, places: ['Kayes', 'Diboli'], actors: ['JNIM'] })],
    [claim('killed', 'militants', 80, null)],
  );

describe('saveReport', () => {
  it('stores the report with its index fields and creates an event', async () => {
    const s = await open();
    const res = await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes());
    expect(res.created).toBe(true);
    expect(res.events).toHaveLength(1);
    const saved = await getReport(s, 'https://a.example/1');
    expect(saved?.days).toEqual(['2025-07-01']);
    expect(saved?.placeKeys).toEqual(['ml:diboli', 'ml:kayes']);
    expect(saved?.signature.length).toBeGreaterThan(0);
    expect(saved?.eventIds).toEqual([res.events[0].id]);
    const ev = await getEvent(s, res.events[0].id);
    expect(ev?.date).toBe('2025-07-01');
    expect(ev?.reports).toEqual(['https://a.example/1']);
  });

  it('saving the same URL again updates and never duplicates', async () => {
    const s = await open();
    const first = await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes(), {
      now: '2025-07-02T10:00:00Z',
    });
    const again = await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes(), {
      now: '2025-07-03T10:00:00Z',
    });
    expect(again.created).toBe(false);
    expect(await countReports(s)).toBe(1);
    expect(await countEvents(s)).toBe(1);
    expect(again.events[0].id).toBe(first.events[0].id);
    const saved = await getReport(s, 'https://a.example/1');
    expect(saved?.savedAt).toBe('2025-07-02T10:00:00Z');
    expect(saved?.updatedAt).toBe('2025-07-03T10:00:00Z');
  });

  it('links reports of one attack from two outlets to one event', async () => {
    const s = await open();
    const a = await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes('2025-07-01'));
    const b = await saveReport(s, article('https://b.example/2', '2025-07-03'), kayes('2025-07-02'));
    expect(b.events[0].id).toBe(a.events[0].id);
    expect((await getEventReports(s, a.events[0].id)).map((r) => r.url)).toEqual([
      'https://a.example/1',
      'https://b.example/2',
    ]);
    expect(b.events[0].dateEnd).toBe('2025-07-02');
  });

  it('relinks a re-saved report whose place changed', async () => {
    const s = await open();
    await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes());
    const other = await saveReport(
      s,
      article('https://b.example/2', '2025-07-02'),
      report([incident({ date: '2025-07-01', places: ['Gao'] })]),
    );
    const moved = await saveReport(
      s,
      article('https://a.example/1', '2025-07-02'),
      report([incident({ date: '2025-07-01', places: ['Gao'] })]),
    );
    expect(moved.events[0].id).toBe(other.events[0].id);
    expect(await countEvents(s)).toBe(1);
  });

  it('stores nothing when the transaction fails part-way', async () => {
    const s = await open();
    const bad = article('https://a.example/1', '2025-07-02');
    (bad as unknown as { extra: unknown }).extra = () => 1; // not cloneable: the last put fails
    await expect(saveReport(s, bad, kayes())).rejects.toBeInstanceOf(StoreError);
    expect(await countReports(s)).toBe(0);
    expect(await countEvents(s)).toBe(0);
  });

  it('turns a full disk into StoreError quota', async () => {
    const s = await open();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const err = await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes()).catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.code).toBe('quota');
    expect(err.userMessage).toMatch(/no room/);
  });

  it('does not link pages that report no attack', async () => {
    const s = await open();
    const res = await saveReport(
      s,
      article('https://a.example/1', '2025-07-02'),
      report([incident({ places: ['Kayes'] })], [], 'no-attack'),
    );
    expect(res.events).toEqual([]);
    expect(await countEvents(s)).toBe(0);
    expect(await countReports(s)).toBe(1);
  });

  it('links a report of two attacks to both events', async () => {
    const s = await open();
    const camp = await saveReport(
      s,
      article('https://a.example/1', '2025-06-02'),
      report([incident({ date: '2025-06-01', places: ['Boulkessi'] })]),
    );
    const city = await saveReport(
      s,
      article('https://b.example/2', '2025-06-03'),
      report([incident({ date: '2025-06-02', places: ['Timbuktu'] })]),
    );
    const both = await saveReport(
      s,
      article('https://c.example/3', '2025-06-03'),
      report([
        incident({ date: '2025-06-01', places: ['Boulkessi'] }),
        incident({ date: '2025-06-02', places: ['Timbuktu'] }),
      ]),
    );
    expect(both.events.map((e) => e.id).sort()).toEqual([camp.events[0].id, city.events[0].id].sort());
  });
});

describe('saveReport with little to go on', () => {
  it('links a report we cannot read to the most reported event at its main place', async () => {
    const s = await open();
    const mondoro = (day: string) => report([incident({ date: day, places: ['Mondoro'] })]);
    const a = await saveReport(s, article('https://a.example/1', '2022-03-05'), mondoro('2022-03-04'));
    await saveReport(s, article('https://b.example/2', '2022-03-05'), mondoro('2022-03-04'));
    const other = await saveReport(s, article('https://c.example/3', '2025-06-02'), mondoro('2025-06-01'));
    expect(other.events[0].id).not.toBe(a.events[0].id);
    const unreadable = {
      ...report([incident({ places: ['Mondoro'] })]),
      status: 'unsupported-language' as const,
    };
    const res = await saveReport(s, article('https://d.example/4', null), unreadable);
    expect(res.events[0].id).toBe(a.events[0].id);
  });

  it('an undated report joins the one event at its place that gives the same exact toll', async () => {
    const s = await open();
    const sokolo = (date: string | undefined, side: 'soldiers' | 'people', n = 24) =>
      report([incident({ ...(date ? { date } : {}), places: ['Sokolo'] })], [claim('killed', side, n)]);
    const a = await saveReport(
      s,
      article('https://a.example/1', '2020-01-27'),
      sokolo('2020-01-26', 'soldiers'),
    );
    const res = await saveReport(s, article('https://b.example/2', null), sokolo(undefined, 'people'));
    expect(res.events[0].id).toBe(a.events[0].id);
    // Another toll at that place is another attack, as far as anyone can tell.
    const other = await saveReport(s, article('https://c.example/3', null), sokolo(undefined, 'people', 7));
    expect(other.events[0].id).not.toBe(a.events[0].id);
  });

  it('an undated report finds the event whose toll it words with or without its floor', async () => {
    const s = await open();
    const sokolo = (date: string | undefined, max: number | null) =>
      report(
        [incident({ ...(date ? { date } : {}), places: ['Sokolo'] })],
        [claim('killed', 'soldiers', 24, max)],
      );
    const a = await saveReport(s, article('https://a.example/1', '2020-01-27'), sokolo('2020-01-26', 24));
    const atLeast = await saveReport(s, article('https://b.example/2', null), sokolo(undefined, null));
    expect(atLeast.events[0].id).toBe(a.events[0].id);
    const s2 = await open();
    const b = await saveReport(s2, article('https://c.example/3', '2020-01-27'), sokolo('2020-01-26', null));
    const exact = await saveReport(s2, article('https://d.example/4', null), sokolo(undefined, 24));
    expect(exact.events[0].id).toBe(b.events[0].id);
  });

  it('an undated report stands alone when two events at its place give that toll', async () => {
    const s = await open();
    const sokolo = (date?: string) =>
      report(
        [incident({ ...(date ? { date } : {}), places: ['Sokolo'] })],
        [claim('killed', 'soldiers', 24)],
      );
    const a = await saveReport(s, article('https://a.example/1', '2020-01-27'), sokolo('2020-01-26'));
    const b = await saveReport(s, article('https://b.example/2', '2023-05-03'), sokolo('2023-05-02'));
    expect(b.events[0].id).not.toBe(a.events[0].id);
    const res = await saveReport(s, article('https://c.example/3', null), sokolo());
    expect([a.events[0].id, b.events[0].id]).not.toContain(res.events[0].id);
  });

  it('a report with no day and no place joins the one event that gives the same telling toll', async () => {
    const s = await open();
    const sokolo = report(
      [incident({ date: '2020-01-26', places: ['Sokolo'] })],
      [claim('killed', 'soldiers', 24)],
    );
    const a = await saveReport(s, article('https://a.example/1', '2020-01-27'), sokolo);
    const bare = (n: number) => report([incident({})], [claim('killed', 'soldiers', n)]);
    const res = await saveReport(s, article('https://b.example/2', null), bare(24));
    expect(res.events[0].id).toBe(a.events[0].id);
    // A toll below ten is too common to tie anything.
    const small = await saveReport(s, article('https://c.example/3', null), bare(7));
    expect(small.events[0].id).not.toBe(a.events[0].id);
  });

  it('a dated report joins an event no report dates or places when it gives the same telling toll', async () => {
    const s = await open();
    const bare = await saveReport(
      s,
      article('https://a.example/1', null),
      report([incident({})], [claim('killed', 'soldiers', 24)]),
    );
    expect((await getEvent(s, bare.events[0].id))?.unplacedFigures).toEqual(['killed/soldiers/24/24']);
    const res = await saveReport(
      s,
      article('https://b.example/2', '2020-01-27'),
      report([incident({ date: '2020-01-26', places: ['Sokolo'] })], [claim('killed', 'soldiers', 24)]),
    );
    expect(res.events[0].id).toBe(bare.events[0].id);
    // Once placed and dated, the event is found by its place and day, no longer by its toll alone.
    expect((await getEvent(s, bare.events[0].id))?.unplacedFigures).toEqual([]);
  });

  it('a report with no day and no place stands alone when two events give its toll', async () => {
    const s = await open();
    const at = (url: string, date: string, place: string) =>
      saveReport(
        s,
        article(url, date),
        report([incident({ date, places: [place] })], [claim('killed', 'soldiers', 24)]),
      );
    const a = await at('https://a.example/1', '2020-01-26', 'Sokolo');
    const b = await at('https://b.example/2', '2023-05-02', 'Boni');
    const res = await saveReport(
      s,
      article('https://c.example/3', null),
      report([incident({})], [claim('killed', 'soldiers', 24)]),
    );
    expect([a.events[0].id, b.events[0].id]).not.toContain(res.events[0].id);
  });

  it('an undated report without figures gets an event of its own', async () => {
    const s = await open();
    const a = await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes());
    const res = await saveReport(
      s,
      article('https://b.example/2', null),
      report([incident({ places: ['Kayes', 'Diboli'], actors: ['JNIM'] })]),
    );
    expect(res.events[0].id).not.toBe(a.events[0].id);
  });
});

describe('matchEvents', () => {
  it('finds the event of the same attack, with the reason', async () => {
    const s = await open();
    await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes());
    await saveReport(
      s,
      article('https://z.example/9', '2025-07-02'),
      report([incident({ date: '2025-07-01', places: ['Mopti'] })]),
    );
    const m = await matchEvents(s, article('https://b.example/2', '2025-07-03'), kayes('2025-07-02'));
    expect(m).toHaveLength(1);
    expect(m[0].reason.samePlaces).toEqual(['Kayes', 'Diboli']);
    expect(m[0].reason.dates).toBe('1–2 July 2025');
    expect(m[0].reports.map((r) => r.url)).toEqual(['https://a.example/1']);
  });

  it('does not return the current article as its own match', async () => {
    const s = await open();
    await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes());
    const m = await matchEvents(s, article('https://a.example/1', '2025-07-02'), kayes());
    expect(m).toEqual([]);
  });

  it('reads candidates through the indexes, never the whole store', async () => {
    const s = await open();
    for (let i = 0; i < 20; i++)
      await saveReport(
        s,
        article(`https://x.example/${i}`, '2024-01-10'),
        report([incident({ date: `2024-01-0${(i % 9) + 1}`, places: [`Town${i}`] })]),
      );
    await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes());
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const openCursor = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    const m = await matchEvents(s, article('https://b.example/2', '2025-07-03'), kayes());
    expect(m).toHaveLength(1);
    expect(getAll).not.toHaveBeenCalled();
    expect(openCursor).not.toHaveBeenCalled();
  });
});

describe('unlink and delete', () => {
  it('an unlinked report is never relinked automatically', async () => {
    const s = await open();
    const a = await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes());
    await saveReport(s, article('https://b.example/2', '2025-07-02'), kayes());
    await unlinkReport(s, a.events[0].id, 'https://b.example/2');
    expect((await getEvent(s, a.events[0].id))?.reports).toEqual(['https://a.example/1']);
    const again = await saveReport(s, article('https://b.example/2', '2025-07-02'), kayes());
    expect(again.events[0].id).not.toBe(a.events[0].id);
    expect(await countEvents(s)).toBe(2);
  });

  it('deleting the last report of an event deletes the event', async () => {
    const s = await open();
    await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes());
    await deleteReport(s, 'https://a.example/1');
    expect(await countReports(s)).toBe(0);
    expect(await countEvents(s)).toBe(0);
  });

  it('deleteEvent keeps the reports unless asked', async () => {
    const s = await open();
    const a = await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes());
    await deleteEvent(s, a.events[0].id);
    expect(await countReports(s)).toBe(1);
    expect((await getReport(s, 'https://a.example/1'))?.eventIds).toEqual([null]);
  });

  it('lists events newest first with limit and offset', async () => {
    const s = await open();
    for (let i = 1; i <= 3; i++)
      await saveReport(
        s,
        article(`https://a.example/${i}`, `2025-0${i}-02`),
        report([incident({ date: `2025-0${i}-01`, places: [`T${i}`] })]),
        {
          now: `2025-0${i}-02T00:00:00Z`,
        },
      );
    const page = await listEvents(s, { limit: 2, offset: 1 });
    expect(page.map((e) => e.places[0])).toEqual(['T2', 'T1']);
  });
});

describe('openStore', () => {
  it('creates the stores and indexes, and keeps data on reopening', async () => {
    const factory = new IDBFactory();
    const s = await open(factory);
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
    expect([...s.db.transaction('events').store.indexNames].sort()).toEqual([
      'days',
      'figures',
      'placeKeys',
      'reports',
      'undatedPlaceKeys',
      'unplacedFigures',
      'updatedAt',
    ]);
    await saveReport(s, article('https://a.example/1', '2025-07-02'), kayes());
    s.close();
    const again = await open(factory);
    expect(await countReports(again)).toBe(1);
  });

  it('reports a blocked upgrade as StoreError blocked', async () => {
    const factory = new IDBFactory() as unknown as globalThis.IDBFactory;
    const range = IDBKeyRange as unknown as typeof globalThis.IDBKeyRange;
    const old = await openDatabase('test', factory, range);
    old.db.onversionchange = null; // an old page that does not close on request
    const err = await openDatabase('test', factory, range, DB_VERSION + 1).catch((e) => e);
    old.close();
    expect(err).toBeInstanceOf(StoreError);
    expect(err.code).toBe('blocked');
  });

  it('reports a database from a newer version as StoreError', async () => {
    const factory = new IDBFactory() as unknown as globalThis.IDBFactory;
    const range = IDBKeyRange as unknown as typeof globalThis.IDBKeyRange;
    (await openDatabase('test', factory, range, 9)).close();
    const err = await openDatabase('test', factory, range, 1).catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.message).toMatch(/newer version/);
    expect(err.userMessage).toMatch(/Update the extension/);
  });
});

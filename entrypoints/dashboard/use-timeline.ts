/**
 * The timeline's state: every event record (sorted, filtered in memory) and
 * the lines of the page on screen, whose reports are read page by page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  isFilterEmpty,
  loadEventList,
  loadFirstPage,
  loadItems,
  matchesFilter,
  type EventFilter,
  type TimelineItem,
} from '@/lib/dashboard';
import type { Store } from '@/lib/store';
import type { StoredEvent } from '@/lib/types';

export const PAGE = 30;
/** Events read per step while looking for conflicts. */
const SCAN = 60;

export interface TimelineState {
  events: StoredEvent[];
  filtered: StoredEvent[];
  items: TimelineItem[];
  more: boolean;
  loading: boolean;
  /** Shown lines of the "has conflicts" filter are a lower bound until the scan is done. */
  scanned: number;
}

export function useTimeline(store: Store | null, filter: EventFilter, limit: number, version: number) {
  /** null until the first read. */
  const [events, setEvents] = useState<StoredEvent[] | null>(null);
  const [state, setState] = useState<TimelineState>({
    events: [],
    filtered: [],
    items: [],
    more: false,
    loading: true,
    scanned: 0,
  });
  const cache = useRef(new Map<string, TimelineItem>());

  useEffect(() => {
    if (!store) return;
    cache.current.clear(); // something changed in the store
    let live = true;
    (async () => {
      // First the page on screen, through the index; then every event record, for filters, paging and the map.
      if (!events && isFilterEmpty(filter)) {
        const first = await loadFirstPage(store, limit);
        performance.mark('dashboard-first-events');
        const items = await itemsFor(first);
        performance.mark('dashboard-first-page');
        if (live && first.length === limit) {
          setState({
            events: first,
            filtered: first,
            items,
            more: true,
            loading: false,
            scanned: first.length,
          });
          // Let the page paint before reading every event record.
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        }
      }
      const list = await loadEventList(store);
      performance.mark('dashboard-events-read');
      if (live) setEvents(list);
    })();
    return () => {
      live = false;
    };
  }, [store, version]);

  /** Timeline lines for events, from the cache or the store. */
  const itemsFor = async (list: StoredEvent[]): Promise<TimelineItem[]> => {
    const missing = list.filter((e) => !cache.current.has(key(e)));
    if (missing.length && store)
      for (const it of await loadItems(store, missing)) cache.current.set(key(it.event), it);
    return list.map((e) => cache.current.get(key(e))!).filter(Boolean);
  };

  useEffect(() => {
    if (!store || !events) return;
    let live = true;
    const filtered = events.filter((e) => matchesFilter(e, filter));
    setState((s) => ({ ...s, events, filtered, loading: true }));
    (async () => {
      if (!filter.conflictsOnly) {
        const items = await itemsFor(filtered.slice(0, limit));
        performance.mark('dashboard-items-read');
        if (live)
          setState({
            events,
            filtered,
            items,
            more: filtered.length > limit,
            loading: false,
            scanned: filtered.length,
          });
        return;
      }
      const items: TimelineItem[] = [];
      let i = 0;
      while (i < filtered.length && items.length < limit) {
        const chunk = await itemsFor(filtered.slice(i, i + SCAN));
        if (!live) return;
        items.push(...chunk.filter((it) => it.conflicts > 0));
        i += SCAN;
      }
      if (live)
        setState({
          events,
          filtered,
          items: items.slice(0, limit),
          more: items.length > limit || i < filtered.length,
          loading: false,
          scanned: Math.min(i, filtered.length),
        });
    })();
    return () => {
      live = false;
    };
  }, [store, events, filter, limit]);

  return { ...state, itemsFor };
}

/** An event's line is recomputed when the event changes (its updatedAt) or anything is corrected (cache cleared). */
function key(e: StoredEvent): string {
  return `${e.id}|${e.updatedAt}|${e.reports.length}`;
}

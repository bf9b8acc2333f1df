/**
 * Test-only (bundled in the e2e build alone): lets the e2e test seed the
 * extension's IndexedDB with many synthetic reports, to time the timeline.
 */
import { syntheticData } from '@/lib/dashboard/synthetic';
import { openStore } from '@/lib/store';

declare global {
  interface Window {
    __crosscheckSeed?: (reports: number) => Promise<{ reports: number; events: number; ms: number }>;
  }
}

export function install(): void {
  window.__crosscheckSeed = async (n) => {
    const t0 = performance.now();
    const data = syntheticData(n);
    const store = await openStore();
    const tx = store.db.transaction(['reports', 'events'], 'readwrite');
    for (const r of data.reports) void tx.objectStore('reports').put(r);
    for (const e of data.events) void tx.objectStore('events').put(e);
    await tx.done;
    store.close();
    return {
      reports: data.reports.length,
      events: data.events.length,
      ms: Math.round(performance.now() - t0),
    };
  };
}

import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { EventDetail } from '@/components/dashboard/EventDetail';
import { EventMap, type MapPoint } from '@/components/dashboard/EventMap';
import { FilterBar } from '@/components/dashboard/FilterBar';
import type { CorrectionHandlers } from '@/components/dashboard/handlers';
import { ImportSummary } from '@/components/dashboard/ImportSummary';
import { ProgressBar, type Progress, type ProgressKind } from '@/components/dashboard/ProgressBar';
import { Timeline } from '@/components/dashboard/Timeline';
import { Toolbar, type ExportKind } from '@/components/dashboard/Toolbar';
import { TrashList } from '@/components/dashboard/TrashList';
import { ConflictList } from '@/components/dashboard/ConflictList';
import { TeamSyncPanel } from '@/components/dashboard/TeamSyncPanel';
import { UndoToast, type Toast } from '@/components/dashboard/UndoToast';
import { plural, t, t as t_ } from '@/components/i18n';
import { storeErrorText } from '@/components/page-words';
import { claimRef } from '@/lib/corrections';
import { filterChoices, isFilterEmpty, type EventFilter, type TimelineItem } from '@/lib/dashboard';
import { eventPlaces, parseImport } from '@/lib/export';
import { countEvents, countReports, StoreError, type Store } from '@/lib/store';
import {
  addClaimCorrection,
  mergeEvents,
  moveReport,
  removeCorrection,
  splitEvent,
} from '@/lib/store/corrections';
import { restoreSnapshot, snapshotEvents } from '@/lib/store/undo';
import { importData, readAll, type ImportResult } from '@/lib/store/import';
import { listTrash, restoreTrash, trashAll, trashEvent, trashReport } from '@/lib/store/trash';
import type { OnProgress } from '@/lib/progress';
import { nextPaint } from './paint';
import { download } from './download';
import { claimFromHash, type ClaimRequest } from '@/lib/dashboard/claim-hash';
import { eventIdFromHash, hashForEvent } from '@/lib/dashboard/hash';
import { exportFile } from './exports';
import { findSaved, nearest } from './lookups';
import { PAGE, useTimeline } from './use-timeline';
import { useTeamSync } from './use-team-sync';

/** How many events the map shows (the newest that pass the filters). */
const MAP_EVENTS = 300;

const hashEvent = () => eventIdFromHash(location.hash);

/** `store`: the database being opened (main.tsx starts it before the first render). */
export function App({ store: opening }: { store: Promise<Store> }) {
  const [store, setStore] = useState<Store | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [filter, setFilter] = useState<EventFilter>({});
  const [limit, setLimit] = useState(PAGE);
  const [counts, setCounts] = useState({ reports: 0, events: 0 });
  const [trash, setTrash] = useState<Awaited<ReturnType<typeof listTrash>>>([]);
  const [openId, setOpenId] = useState<string | null>(hashEvent());
  const [detail, setDetail] = useState<TimelineItem | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  /** "Add the selected text as a claim" (context menu): the request, then the report it opened. */
  const [claimReq, setClaimReq] = useState<ClaimRequest | null>(() => claimFromHash(location.hash));
  const [prefill, setPrefill] = useState<ClaimRequest | null>(null);
  const [imported, setImported] = useState<{ result: ImportResult | null; error: string | null }>({
    result: null,
    error: null,
  });
  const [points, setPoints] = useState<MapPoint[]>([]);
  /** The timeline is on screen: the map (large outline data) may load now. */
  const [shown, setShown] = useState(false);

  useEffect(() => {
    opening
      .then((s) => {
        performance.mark('dashboard-store-open');
        setStore(s);
      })
      .catch((e) => setFatal(e instanceof StoreError ? storeErrorText(e.code) : String(e)));
    const onHash = () => {
      setOpenId(hashEvent());
      const req = claimFromHash(location.hash);
      if (req) setClaimReq(req);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const tl = useTimeline(store, filter, limit, version);
  const reread = useCallback(() => setVersion((v) => v + 1), []);
  const team = useTeamSync(store, version, reread);

  useEffect(() => {
    if (!store || !claimReq) return;
    setClaimReq(null);
    findSaved(store, claimReq.url).then((saved) => {
      const eventId = saved?.eventIds?.[0];
      if (!saved || !eventId) {
        history.replaceState(null, '', location.pathname);
        return setToast({ message: t('dash_claimNotSaved') });
      }
      setPrefill({ url: saved.url, text: claimReq.text });
      open(eventId);
    });
  }, [store, claimReq]);

  useEffect(() => {
    // After the timeline: a trash entry may hold many reports.
    if (store && shown) listTrash(store).then(setTrash);
  }, [store, version, shown]);

  useEffect(() => {
    if (store)
      Promise.all([countReports(store), countEvents(store)]).then(([reports, events]) =>
        setCounts({ reports, events }),
      );
  }, [store, version]);

  // The open event's view, re-read after every change.
  useEffect(() => {
    if (!openId) return setDetail(null);
    const ev = tl.events.find((e) => e.id === openId);
    if (!ev) return setDetail(null);
    let live = true;
    tl.itemsFor([ev]).then(([it]) => live && setDetail(it ?? null));
    return () => {
      live = false;
    };
  }, [openId, tl.events]);

  // The map's points: after the timeline, in the background.
  useEffect(() => {
    if (!store || tl.loading || !shown) return;
    let live = true;
    (async () => {
      const out: MapPoint[] = [];
      const list = tl.filtered.slice(0, MAP_EVENTS);
      for (let i = 0; i < list.length && live; i += 100) {
        for (const it of await tl.itemsFor(list.slice(i, i + 100))) {
          const p = eventPlaces(it.event, it.reports)[0];
          if (p)
            out.push({
              id: it.event.id,
              place: p.canonical ?? p.name,
              lon: p.lon,
              lat: p.lat,
              reports: it.reports.length,
              conflicts: it.conflicts,
              label:
                t('map_pointLabel', it.event.places.join(', '), it.event.date ?? '', it.reports.length) +
                (it.conflicts ? t('map_pointConflicts') : ''),
            });
        }
      }
      if (live) setPoints(out);
    })();
    return () => {
      live = false;
    };
  }, [store, tl.filtered, tl.loading, shown]);

  const choices = useMemo(() => filterChoices(tl.events), [tl.events]);
  const others = useMemo(() => (detail ? nearest(tl.events, detail.event) : []), [detail, tl.events]);

  const open = (id: string | null) => {
    location.hash = hashForEvent(id);
    setOpenId(id);
  };

  /** Runs a store action, reports a failure, then re-reads (unless it only read). */
  const run = useCallback(
    async (work: (s: Store) => Promise<Toast | void>, reread = true) => {
      if (!store) return;
      setBusy(true);
      try {
        const t = await work(store);
        if (t) setToast(t);
      } catch (e) {
        setToast({
          message: e instanceof StoreError ? storeErrorText(e.code) : t('toast_failed', (e as Error).message),
        });
      } finally {
        setBusy(false);
        if (reread) setVersion((v) => v + 1);
      }
    },
    [store],
  );

  const handlers: CorrectionHandlers = {
    editClaim: (url, claim, set) =>
      run(async (s) => {
        const c = await addClaimCorrection(s, { type: 'edit-claim', url, claim: claimRef(claim), set });
        return { message: t('toast_claimEdited'), revert: (st) => removeCorrection(st, c.id) };
      }),
    deleteClaim: (url, claim) =>
      run(async (s) => {
        const c = await addClaimCorrection(s, { type: 'delete-claim', url, claim: claimRef(claim) });
        return { message: t('toast_claimDeleted'), revert: (st) => removeCorrection(st, c.id) };
      }),
    addClaim: (url, claim) =>
      run(async (s) => {
        const c = await addClaimCorrection(s, { type: 'add-claim', url, claim });
        return { message: t('toast_claimAdded'), revert: (st) => removeCorrection(st, c.id) };
      }),
    moveReport: (url, from, to) =>
      run(async (s) => {
        const snap = await snapshotEvents(s, to ? [from, to] : [from]);
        await moveReport(s, url, from, to);
        return {
          message: to ? t('toast_moved') : t('toast_movedAlone'),
          revert: (st) => restoreSnapshot(st, snap),
        };
      }),
    mergeEvents: (into, from) =>
      run(async (s) => {
        const snap = await snapshotEvents(s, [into, from]);
        await mergeEvents(s, into, from);
        return { message: t('toast_merged'), revert: (st) => restoreSnapshot(st, snap) };
      }),
    splitEvent: (from, urls) =>
      run(async (s) => {
        const snap = await snapshotEvents(s, [from]);
        await splitEvent(s, from, urls);
        return { message: plural('toast_split', urls.length), revert: (st) => restoreSnapshot(st, snap) };
      }),
    deleteReport: (url) =>
      run(async (s) => {
        const t = await trashReport(s, url);
        // The open event went with its last report: back to the list.
        if (t && openId && t.events.some((e) => e.id === openId && e.reports.every((u) => u === url)))
          open(null);
        return t ? { message: t_('toast_deleted', t.label), undo: t.id } : undefined;
      }),
    deleteEvent: (id) =>
      run(async (s) => {
        const t = await trashEvent(s, id);
        open(null);
        return t ? { message: t_('toast_deleted', t.label), undo: t.id } : undefined;
      }),
  };

  /** Work that tells its progress: the bar shows while it runs. */
  const tracked =
    (kind: ProgressKind): OnProgress =>
    (done, total) =>
      setProgress({ kind, done, total });

  const onExport = (kind: ExportKind) =>
    run(async (s) => {
      try {
        const bar = kind === 'json' ? 'export-json' : kind === 'csv' ? 'export-csv' : null;
        const f = await exportFile(kind, await readAll(s), bar ? tracked(bar) : undefined);
        download(f.name, f.mime, f.text);
      } finally {
        setProgress(null);
      }
    }, false);

  const onImport = (file: File) =>
    run(async (s) => {
      try {
        // The check of a large file holds the page for a moment: its notice painted first.
        setProgress({ kind: 'check', done: 0, total: 0 });
        await nextPaint();
        const check = parseImport(await file.text());
        if (!check.ok) return setImported({ result: null, error: check.error });
        const result = await importData(s, check.data, check.rejected, tracked('import'));
        setImported({ result, error: null });
      } finally {
        setProgress(null);
      }
    });

  const onDeleteAll = () =>
    run(async (s) => {
      const t = await trashAll(s);
      open(null);
      return { message: t_('toast_deleted', t.label), undo: t.id };
    });

  const onUndoToast = (toast: Toast) =>
    toast.revert
      ? run(async (s) => {
          await toast.revert!(s);
          return { message: t_('toast_undone') };
        })
      : toast.undo
        ? onUndo(toast.undo)
        : undefined;

  const onUndo = (id: string) =>
    run(async (s) => {
      const t = await restoreTrash(s, id);
      return { message: t ? t_('toast_restored', t.label) : t_('toast_nothing') };
    });

  if (fatal)
    return (
      <main class="fatal">
        <p role="alert">{fatal}</p>
      </main>
    );

  return (
    <div class="dashboard">
      <Toolbar
        reports={counts.reports}
        events={counts.events}
        busy={busy || !store}
        onExport={onExport}
        onImport={onImport}
        onDeleteAll={onDeleteAll}
      />
      <ProgressBar progress={progress} />
      <TrashList items={trash} onRestore={onUndo} />
      <TeamSyncPanel
        settings={team.settings}
        status={team.status}
        pending={team.pending}
        running={team.running}
        error={team.error}
        onConnect={(url, name, password) => void team.connect(url, name, password)}
        onDisconnect={() => void team.disconnect()}
        onSyncNow={() => void team.syncNow()}
        onAuto={(auto) => void team.setAuto(auto)}
      />
      <ConflictList
        conflicts={team.conflicts}
        onChoose={(id, rev) =>
          run(async () => {
            await team.choose(id, rev);
            return { message: t_('toast_conflictChosen') };
          })
        }
      />
      <ImportSummary
        result={imported.result}
        error={imported.error}
        onClose={() => setImported({ result: null, error: null })}
      />
      {detail ? (
        <main class="layout detail">
          <EventDetail
            item={detail}
            others={others}
            handlers={handlers}
            onClose={() => open(null)}
            prefill={prefill}
          />
        </main>
      ) : (
        <>
          <FilterBar
            filter={filter}
            places={choices.places}
            actors={choices.actors}
            shown={filter.conflictsOnly ? tl.items.length : tl.filtered.length}
            total={counts.events}
            onChange={(f) => {
              setFilter(f);
              setLimit(PAGE);
            }}
          />
          <main class="layout">
            <Timeline
              items={tl.items}
              more={tl.more}
              loading={tl.loading}
              filtered={!isFilterEmpty(filter)}
              onMore={() => setLimit((n) => n + PAGE)}
              onOpen={open}
              onShown={() => {
                markShown();
                setShown(true);
              }}
            />
            <aside>
              <EventMap
                points={points}
                active={shown || (!tl.loading && !tl.items.length)}
                onOpen={open}
                onPlace={(place) => {
                  setFilter({ ...filter, place });
                  setLimit(PAGE);
                }}
              />
              {!isFilterEmpty(filter) ? <p class="note">{t('dash_mapNote')}</p> : null}
            </aside>
          </main>
        </>
      )}
      <UndoToast toast={toast} onUndo={(x) => void onUndoToast(x)} onClose={() => setToast(null)} />
    </div>
  );
}

let marked = false;
/** The e2e test reads the 'dashboard-open' → 'timeline-shown' measure. */
function markShown() {
  if (marked) return;
  marked = true;
  performance.mark('timeline-shown');
  performance.measure('dashboard-timeline', 'dashboard-open', 'timeline-shown');
}

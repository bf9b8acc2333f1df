import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ArticleHeader } from '@/components/ArticleHeader';
import { ClaimList } from '@/components/ClaimList';
import { EventFacts } from '@/components/EventFacts';
import { MatchedEvent } from '@/components/MatchedEvent';
import { SaveButton, type SaveState } from '@/components/SaveButton';
import { StatusNotice } from '@/components/StatusNotice';
import { describeMatch } from '@/components/describe';
import { plural, t } from '@/components/i18n';
import { readFailureText, storeErrorText, unreadableText } from '@/components/page-words';
import { showClaimsBadge } from '@/components/badge';
import { markPage } from '@/components/page-marks';
import { sendToContent } from '@/components/page-client';
import { ShortcutNote } from './ShortcutNote';
import {
  SAVABLE,
  storeFailure,
  type PreparedView,
  type ReportView,
  type ShownMatch,
  type StoreFailure,
} from '@/lib/popup-view/view';
import type { Store } from '@/lib/store';
import type { FigureStatus } from '@/lib/types';
import { ReportNotice } from './ReportNotice';
import { afterFramePainted, afterPaint, markOnce, setClickedAt, whenIdle, type PopupBoot } from './start-up';

type View =
  | { state: 'loading'; step: string }
  | { state: 'refused'; message: string }
  | { state: 'failed'; title: string; message: string }
  /** `report` is what the popup shows (with the user's saved corrections); `machine` is what gets saved. */
  | ReportView;

const storeMessage = (f: StoreFailure) =>
  f.code ? storeErrorText(f.code) : t('popup_storeFailed', f.message);

/** The view of a page that has no report: why, in the UI's words. */
function failedView(v: Exclude<PreparedView, ReportView>): View {
  if (v.state === 'refused') return { state: 'refused', message: unreadableText(v.reason) };
  if (v.state === 'invalid') return { state: 'failed', title: t('popup_unreadable'), message: v.message };
  const title = v.code === 'too-large' ? t('popup_tooLarge') : t('popup_noArticle');
  return { state: 'failed', title, message: readFailureText(v.code) };
}

/**
 * Shows the tab's article's claims (prepared by the background after a click on the toolbar
 * button, else read here: main.tsx starts that before this loads), saves it and compares it with
 * saved reports of the same attack.
 */
export function App({ boot }: { boot: PopupBoot }) {
  const [view, setView] = useState<View>({ state: 'loading', step: t('popup_findingPage') });
  const [save, setSave] = useState<{ state: SaveState; error?: string | null }>({ state: 'checking' });
  const [matches, setMatches] = useState<ShownMatch[]>([]);
  /** The store has been searched for the same attack (until then, say nothing about matches). */
  const [searched, setSearched] = useState(false);
  const [statuses, setStatuses] = useState<FigureStatus[] | undefined>();
  const [storeError, setStoreError] = useState<string | null>(null);
  const [busyEvent, setBusyEvent] = useState<string | null>(null);
  /** The report saved under this page's key came from another page: say so before and after Update. */
  const [replaceNote, setReplaceNote] = useState<string | null>(null);
  /** Opened when first needed (by main.tsx when the popup reads the page itself). */
  const store = useRef<Promise<Store> | null>(null);
  /** The toolbar badge's updates, in order, each once the popup has painted (see afterPaint). */
  const badge = useRef<Promise<void>>(Promise.resolve());
  const setBadge = (...args: Parameters<typeof showClaimsBadge>) =>
    void (badge.current = badge.current
      .then(afterPaint)
      .then(() => showClaimsBadge(...args))
      .catch(() => undefined));

  const getStore = () => (store.current ??= boot.work().then((w) => w.openStore()));

  useEffect(() => {
    start().catch((err: unknown) =>
      setView({
        state: 'failed',
        title: t('popup_failed'),
        message: err instanceof Error ? err.message : String(err),
      }),
    );
    return () => void store.current?.then((s) => s.close()).catch(() => undefined);
  }, []);

  useEffect(() => {
    if (view.state !== 'report') return;
    markOnce('claims-shown', 'timeToClaims');
  }, [view.state]);
  useEffect(() => {
    if (matches.length) markOnce('comparison-shown', 'timeToComparison');
  }, [matches.length]);
  // The same moments, taken when their frame is painted rather than when preact runs its effects
  // (a frame later, or more while the browser sizes the new popup).
  useLayoutEffect(() => {
    if (view.state === 'report') afterFramePainted(() => markOnce('claims-painted', 'timeToClaimsPainted'));
  }, [view.state]);
  useLayoutEffect(() => {
    if (matches.length) afterFramePainted(() => markOnce('comparison-painted', 'timeToComparisonPainted'));
  }, [matches.length]);

  /** Shows a prepared view: its claims, and once the store has been read, its comparison. */
  function showView(v: PreparedView) {
    if (v.state !== 'report') return setView(failedView(v));
    setView(v);
    if (v.storeError) setStoreError(storeMessage(v.storeError));
    if (v.saved) setSave({ state: v.saved });
    if (v.savedFrom)
      setReplaceNote(
        `The report saved under this address came from another page (${v.savedFrom.outlet}, ${v.savedFrom.url}). Update replaces it; the saved one goes to the dashboard's trash, where it can be restored.`,
      );
    if (v.comparison) {
      setMatches(v.comparison.matches);
      setStatuses(v.comparison.matches.length ? v.comparison.statuses : undefined);
      setSearched(true);
    }
  }

  async function start() {
    const handed = await boot.handed.claims;
    if (handed) {
      setClickedAt(handed.clickedAt);
      showView(handed.view);
      // The background highlights the page and sets the badge once it has compared.
      const full = await boot.handed.full;
      performance.mark('matched');
      if (full) {
        showView(full.view);
        // Save and Unlink need the work code (the extractor, the store). Compiling its 600 kB holds
        // the main thread for tens of ms: loaded once the view is painted and the popup is idle,
        // not before (an idle popup that has not painted yet would hold its first frame).
        return afterFramePainted(() => whenIdle(() => void boot.work().catch(() => undefined)));
      }
      // The background went away before it compared: the popup does it.
      if (handed.view.state !== 'report') return;
      const done = await (await boot.work()).withSaved(handed.view, getStore);
      showView(done);
      return markPage(done);
    }
    const own = (await boot.own)!;
    if (await own.page.reading) setView({ state: 'loading', step: t('popup_reading') });
    const read = await own.page.read;
    if (read.state === 'no-tab')
      return setView({ state: 'failed', title: t('popup_noTab'), message: t('popup_noTabHelp') });
    if (read.state === 'refused') return setView({ state: 'refused', message: unreadableText(read.reason) });
    performance.mark('article-read');
    const w = await own.work;
    const first = w.readView(read.tab.id, read.answer, w.extractReport);
    performance.mark('extracted');
    showView(first);
    if (first.state !== 'report') return;
    setBadge(first.tabId, first.report.claims.length);
    store.current ??= own.store;
    const full = await w.withSaved(first, getStore);
    performance.mark('matched');
    showView(full);
    await markPage(full);
  }

  /** After a save or an unlink: the comparison again, and the page's highlights. */
  async function refresh(v: ReportView) {
    const w = await boot.work();
    const comparison = await w.compareWithSaved(await getStore(), v.article, v.report);
    showView({ ...v, comparison, saved: undefined, storeError: undefined, savedFrom: undefined });
    await markPage({ ...v, comparison });
  }

  async function onSave() {
    if (view.state !== 'report' || !SAVABLE.has(view.report.status)) return;
    setSave({ state: 'saving' });
    try {
      const w = await boot.work();
      const s = await getStore();
      const result = await w.saveReport(s, view.article, view.machine);
      setReplaceNote(
        result.replaced
          ? `Replaced the report saved from ${result.replaced.url}; it is in the dashboard's trash (Restore brings it back).`
          : null,
      );
      // A report the user moved to another event stays there when saved again.
      await w.reapplyMoves(s, view.article.canonicalUrl);
      setSave({ state: 'saved' });
      await refresh(view);
    } catch (err) {
      setSave({ state: 'error', error: storeMessage(storeFailure(err)) });
    }
  }

  async function onUnlink(eventId: string) {
    if (view.state !== 'report') return;
    setBusyEvent(eventId);
    try {
      const w = await boot.work();
      await w.unlinkReport(await getStore(), eventId, view.article.canonicalUrl);
      await refresh(view);
    } catch (err) {
      setStoreError(storeMessage(storeFailure(err)));
    } finally {
      setBusyEvent(null);
    }
  }

  const saved = save.state === 'saved' || save.state === 'stored';
  return (
    <main
      class="popup"
      data-state={view.state}
      data-status={view.state === 'report' ? view.report.status : undefined}
    >
      {view.state === 'loading' ? (
        <p class="loading" role="status" aria-live="polite">
          {view.step}
        </p>
      ) : null}
      {view.state === 'refused' ? <StatusNotice tone="warning" title={view.message} /> : null}
      {view.state === 'failed' ? (
        <StatusNotice tone="warning" title={view.title}>
          <p>{view.message}</p>
        </StatusNotice>
      ) : null}
      {view.state === 'report' ? (
        <>
          <ArticleHeader article={view.article} />
          {SAVABLE.has(view.report.status) ? (
            <>
              <EventFacts event={view.report.event} others={view.report.incidents.slice(1)} />
              {view.report.status === 'ok' ? (
                <ClaimList claims={view.report.claims} text={view.article.text} statuses={statuses} />
              ) : (
                <ReportNotice report={view.report} />
              )}
              {view.report.background.length ? (
                <p class="background-note">{plural('popup_background', view.report.background.length)}</p>
              ) : null}
              <SaveButton
                state={save.state}
                error={save.error}
                onSave={() => void onSave()}
                disabled={!!storeError}
              />
              {replaceNote ? (
                <p class="replace-note" role="status" data-replace-note>
                  {replaceNote}
                </p>
              ) : null}
              {storeError ? <StatusNotice tone="error" title={storeError} /> : null}
              {matches.map((m) => (
                <MatchedEvent
                  key={m.match.event.id}
                  event={m.match.event}
                  reason={m.match.reason}
                  reasonText={describeMatch(m.match.reason)}
                  comparison={m.comparison}
                  currentKey={view.article.canonicalUrl}
                  outlets={m.outlets}
                  canUnlink={saved}
                  unlinking={busyEvent === m.match.event.id}
                  onUnlink={() => void onUnlink(m.match.event.id)}
                />
              ))}
              {searched && matches.length === 0 && !storeError ? (
                <p class="no-match" data-no-match>
                  {t('popup_noMatch')}
                </p>
              ) : null}
              {view.report.claims.length ? (
                <p class="page-actions">
                  <button
                    type="button"
                    class="link"
                    onClick={() => void sendToContent(view.tabId, { type: 'clear-highlights' })}
                  >
                    {t('popup_clearHighlights')}
                  </button>
                </p>
              ) : null}
            </>
          ) : (
            <ReportNotice report={view.report} />
          )}
        </>
      ) : null}
      <footer class="popup-footer">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_openDashboard')}
        </button>
        <ShortcutNote />
      </footer>
    </main>
  );
}

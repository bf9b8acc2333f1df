import { useEffect, useRef, useState } from 'preact/hooks';
import { ArticleHeader } from '@/components/ArticleHeader';
import { ClaimList } from '@/components/ClaimList';
import { EventFacts } from '@/components/EventFacts';
import { MatchedEvent } from '@/components/MatchedEvent';
import { SaveButton, type SaveState } from '@/components/SaveButton';
import { StatusNotice } from '@/components/StatusNotice';
import { describeMatch } from '@/components/describe';
import { plural, t } from '@/components/i18n';
import { readFailureText, storeErrorText, unreadableText } from '@/components/page-words';
import { ShortcutNote } from './ShortcutNote';
import { validateArticle } from '@/lib/article/validate-article';
import { applyCorrections } from '@/lib/corrections';
import {
  getReport,
  matchEvents,
  openStore,
  saveReport,
  StoreError,
  unlinkReport,
  type Store,
} from '@/lib/store';
import { fromAnotherPage } from '@/lib/store/save-report';
import { getCorrections, reapplyMoves } from '@/lib/store/corrections';
import type { Article, FigureStatus, Report, ReportStatus } from '@/lib/types';
import { compareMatches, statusesOver, type ShownMatch } from './compare-matches';
import { insertHighlightCss, sendToContent } from './page-client';
import { showClaimsBadge } from './badge';
import { ReportNotice } from './ReportNotice';
import { afterPaint, markOnce, type PopupBoot } from './start-up';

type View =
  | { state: 'loading'; step: string }
  | { state: 'refused'; message: string }
  | { state: 'failed'; title: string; message: string }
  /** `report` is what the popup shows (with the user's saved corrections); `machine` is what gets saved. */
  | { state: 'report'; tabId: number; article: Article; report: Report; machine: Report };

/** Reports of an attack in Mali, with or without figures: they can be saved and compared. */
const SAVABLE: ReadonlySet<ReportStatus> = new Set<ReportStatus>(['ok', 'no-claims']);

const storeMessage = (err: unknown) =>
  err instanceof StoreError
    ? storeErrorText(err.code)
    : t('popup_storeFailed', err instanceof Error ? err.message : String(err));

/**
 * Shows the tab's article's claims (the page read and the extractor are started by main.tsx
 * before this loads), saves it and compares it with saved reports of the same attack.
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
  /** Opened by main.tsx while the page is read. */
  const store = useRef<Promise<Store> | null>(boot.store);
  /** The toolbar badge's updates, in order, each once the popup has painted (see afterPaint). */
  const badge = useRef<Promise<void>>(Promise.resolve());
  const setBadge = (...args: Parameters<typeof showClaimsBadge>) =>
    void (badge.current = badge.current
      .then(afterPaint)
      .then(() => showClaimsBadge(...args))
      .catch(() => undefined));

  const getStore = () => (store.current ??= openStore());

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
    if (view.state === 'report') markOnce('claims-shown', 'timeToClaims');
  }, [view.state]);
  useEffect(() => {
    if (matches.length) markOnce('comparison-shown', 'timeToComparison');
  }, [matches.length]);

  async function start() {
    if (await boot.page.reading) setView({ state: 'loading', step: t('popup_reading') });
    const read = await boot.page.read;
    if (read.state === 'no-tab')
      return setView({
        state: 'failed',
        title: t('popup_noTab'),
        message: t('popup_noTabHelp'),
      });
    if (read.state === 'refused') return setView({ state: 'refused', message: unreadableText(read.reason) });
    const { tab, answer } = read;
    if (!answer.ok) {
      const title = answer.error.code === 'too-large' ? t('popup_tooLarge') : t('popup_noArticle');
      return setView({ state: 'failed', title, message: readFailureText(answer.error.code) });
    }
    performance.mark('article-read');
    const checked = validateArticle(answer.value);
    if (!checked.ok)
      return setView({ state: 'failed', title: t('popup_unreadable'), message: checked.error });
    const article = checked.value;
    const { extractReport } = await boot.extractor;
    const machine = extractReport({
      text: article.text,
      published: article.published,
      lang: article.lang,
      title: article.title,
    });
    performance.mark('extracted');
    let report = machine;
    setView({ state: 'report', tabId: tab.id, article, report, machine });
    setBadge(tab.id, report.claims.length);
    if (!SAVABLE.has(report.status)) {
      void sendToContent<'clear-highlights'>(tab.id, { type: 'clear-highlights' });
      return;
    }
    void insertHighlightCss(tab.id);
    try {
      const s = await getStore();
      const url = article.canonicalUrl;
      // The comparison starts at once; whether the page is saved (and corrected) is read alongside.
      const [saved, own] = await Promise.all([
        getReport(s, url),
        getCorrections(s, url),
        refresh(tab.id, article, report),
      ]);
      setSave({ state: saved ? 'stored' : 'new' });
      if (saved && fromAnotherPage(saved, article))
        setReplaceNote(
          `The report saved under this address came from another page (${saved.article.outlet}, ${saved.article.url}). Update replaces it; the saved one goes to the dashboard's trash, where it can be restored.`,
        );
      // The user's corrections to this article survive re-reading it.
      if (saved && own.length) {
        report = applyCorrections(machine, own);
        setView({ state: 'report', tabId: tab.id, article, report, machine });
        await refresh(tab.id, article, report);
      }
    } catch (err) {
      setStoreError(storeMessage(err));
      await highlight(
        tab.id,
        report.claims.map(() => 'single'),
        report,
      );
    }
  }

  async function refresh(tabId: number, article: Article, report: Report) {
    const found = await matchEvents(await getStore(), article, report);
    performance.mark('matched');
    const key = article.canonicalUrl;
    setMatches(compareMatches(key, article, report, found));
    setSearched(true);
    const st = statusesOver(key, article, report, found);
    setStatuses(found.length ? st : undefined);
    setBadge(tabId, report.claims.length, st);
    await highlight(tabId, st, report);
  }

  async function highlight(tabId: number, st: FigureStatus[], report: Report) {
    const claims = report.claims
      .map((c, i) => ({ text: c.text, status: st[i] ?? 'single' }))
      .filter((c) => c.text.trim());
    await sendToContent<'highlight'>(tabId, { type: 'highlight', claims });
  }

  async function onSave() {
    if (view.state !== 'report' || !SAVABLE.has(view.report.status)) return;
    setSave({ state: 'saving' });
    try {
      const s = await getStore();
      const result = await saveReport(s, view.article, view.machine);
      setReplaceNote(
        result.replaced
          ? `Replaced the report saved from ${result.replaced.url}; it is in the dashboard's trash (Restore brings it back).`
          : null,
      );
      // A report the user moved to another event stays there when saved again.
      await reapplyMoves(s, view.article.canonicalUrl);
      setSave({ state: 'saved' });
      await refresh(view.tabId, view.article, view.report);
    } catch (err) {
      setSave({ state: 'error', error: storeMessage(err) });
    }
  }

  async function onUnlink(eventId: string) {
    if (view.state !== 'report') return;
    setBusyEvent(eventId);
    try {
      await unlinkReport(await getStore(), eventId, view.article.canonicalUrl);
      await refresh(view.tabId, view.article, view.report);
    } catch (err) {
      setStoreError(storeMessage(err));
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

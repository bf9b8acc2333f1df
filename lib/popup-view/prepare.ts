/**
 * What the popup shows for a page, from the content script's answer: the article checked, its
 * claims, then whether it is saved (with the user's corrections) and its comparison with the
 * saved reports of the same attack. The same functions run in the background (started by the
 * click on the toolbar button, while the popup loads) and in the popup (opened another way).
 */
import { validateArticle } from '../article/validate-article';
import { applyCorrections } from '../corrections';
import type { extractReport } from '../extract';
import type { Result } from '../messages';
import { getReport, matchEvents, type Store } from '../store';
import { getCorrections } from '../store/corrections';
import { fromAnotherPage } from '../store/save-report';
import type { Article, Report } from '../types';
import { compareMatches, statusesOver } from './compare-matches';
import { SAVABLE, storeFailure, type Comparison, type PreparedView, type ReportView } from './view';

/** The article and its claims, or why there are none. */
export function readView(
  tabId: number,
  answer: Result<unknown>,
  extract: typeof extractReport,
): PreparedView {
  if (!answer.ok) return { state: 'not-read', code: answer.error.code, message: answer.error.message };
  const checked = validateArticle(answer.value);
  if (!checked.ok) return { state: 'invalid', message: checked.error };
  const article = checked.value;
  const machine = extract({
    text: article.text,
    published: article.published,
    lang: article.lang,
    title: article.title,
  });
  return { state: 'report', tabId, article, report: machine, machine };
}

/** The comparison of a report with the saved reports of the same attack. */
export async function compareWithSaved(store: Store, article: Article, report: Report): Promise<Comparison> {
  const found = await matchEvents(store, article, report);
  const key = article.canonicalUrl;
  return {
    matches: compareMatches(key, article, report, found),
    statuses: found.length ? statusesOver(key, article, report, found) : undefined,
  };
}

/**
 * What the store says of a report: whether it is saved, the user's corrections to it, and its
 * comparison. A report that is not of an attack in Mali is returned as it is.
 */
export async function withSaved(view: ReportView, store: () => Promise<Store>): Promise<ReportView> {
  const { article, machine } = view;
  if (!SAVABLE.has(machine.status)) return view;
  try {
    const s = await store();
    const url = article.canonicalUrl;
    // The comparison starts at once; whether the page is saved (and corrected) is read alongside.
    const [saved, own, first] = await Promise.all([
      getReport(s, url),
      getCorrections(s, url),
      compareWithSaved(s, article, machine),
    ]);
    // The user's corrections to this article survive re-reading it.
    const report = saved && own.length ? applyCorrections(machine, own) : machine;
    return {
      ...view,
      report,
      saved: saved ? 'stored' : 'new',
      savedFrom:
        saved && fromAnotherPage(saved, article)
          ? { outlet: saved.article.outlet, url: saved.article.url }
          : undefined,
      comparison: report === machine ? first : await compareWithSaved(s, article, report),
    };
  } catch (err) {
    return { ...view, storeError: storeFailure(err) };
  }
}

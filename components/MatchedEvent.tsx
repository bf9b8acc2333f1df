import { outletCoverage } from '@/lib/dashboard/coverage';
import { coverageLabel } from './describe';
import { plural, t } from './i18n';
import type { EventComparison, MatchReason, StoredEvent } from '@/lib/types';
import { FigureComparison } from './FigureComparison';
import { FigureSummaryTable } from './FigureSummaryTable';
import { dateLabel } from './labels';

export interface MatchedEventProps {
  event: StoredEvent;
  reason: MatchReason;
  /** describeMatch(reason). */
  reasonText: string;
  comparison: EventComparison;
  currentKey: string;
  /** Outlet of each report of the event (this page's too), by report key. */
  outlets: Record<string, string>;
  /** Unlinking needs the report saved (unsaved, it is not linked to anything). */
  canUnlink: boolean;
  onUnlink: () => void;
  unlinking?: boolean;
}

/** A saved event this article matches: why, who reported it, the figures by outlet, the summary, and Unlink. */
export function MatchedEvent(p: MatchedEventProps) {
  const { comparison } = p;
  const dates = new Set(comparison.dates.map((d) => d.date));
  return (
    <section class="matched-event" data-event-id={p.event.id} aria-label={t('match_aria')}>
      <h2>{plural('match_compared', p.event.reports.filter((r) => r !== p.currentKey).length)}</h2>
      <p class="coverage" data-coverage>
        {coverageLabel(outletCoverage(p.outlets, comparison))}
      </p>
      <p class="match-reason">
        <span class="label">{t('match_matchedOn')}</span> {p.reasonText || t('match_dateAndPlace')}
      </p>
      {p.reason.similarPlaces.length ? (
        <p class="similar-places" data-similar-places>
          {t('match_possiblySamePlace', p.reason.similarPlaces.map(([a, b]) => `${a} ~ ${b}`).join(', '))}
        </p>
      ) : null}
      {comparison.placeVariants.length ? (
        <p class="place-variants">
          {t('match_spellings', comparison.placeVariants.map((v) => v.join(' / ')).join('; '))}
        </p>
      ) : null}
      {dates.size > 1 ? (
        <p class="dates-differ">
          {t(
            'match_datesDiffer',
            comparison.dates
              .map((d) => `${d.outlet} ${d.date ? dateLabel(d.date) : t('article_noDate')}`)
              .join(' · '),
          )}
        </p>
      ) : null}
      {comparison.copies.length ? (
        <p class="copies" data-copies>
          {t(
            'match_copies',
            comparison.copies.map((g) => g.map((k) => p.outlets[k] ?? k).join(' = ')).join('; '),
          )}
        </p>
      ) : null}
      <FigureComparison comparison={comparison} currentKey={p.currentKey} outlets={p.outlets} />
      <FigureSummaryTable summary={comparison.summary} />
      {p.canUnlink ? (
        <p class="unlink">
          <button
            type="button"
            class="secondary"
            onClick={p.onUnlink}
            disabled={p.unlinking}
            data-unlink={p.event.id}
          >
            {t('match_unlink')}
          </button>
        </p>
      ) : (
        <p class="hint">{t('match_saveHint')}</p>
      )}
    </section>
  );
}

import { plural, t } from '../i18n';
import { useState } from 'preact/hooks';
import type { TimelineItem } from '@/lib/dashboard';
import { coverageLabel } from '../describe';
import { incidentForEvent } from '@/lib/export';
import type { ClaimRequest } from '@/lib/dashboard/claim-hash';
import type { StoredEvent } from '@/lib/types';
import { ComparisonTable } from '../ComparisonTable';
import { FigureSummaryTable } from '../FigureSummaryTable';
import { dateLabel } from '../labels';
import { eventDate } from './EventCard';
import type { CorrectionHandlers } from './handlers';
import { ReportPanel } from './ReportPanel';

export interface EventDetailProps {
  item: TimelineItem;
  /** Other events, nearest in time first: targets for move and merge. */
  others: StoredEvent[];
  handlers: CorrectionHandlers;
  onClose(): void;
  /** Words selected on a page (context menu) for a claim of that report. */
  prefill?: ClaimRequest | null;
}

/** One event: the figures across outlets, each report's claims, and the corrections. */
export function EventDetail({ item, others, handlers, onClose, prefill }: EventDetailProps) {
  const { event, comparison, reports } = item;
  const [selected, setSelected] = useState<string[]>([]);
  const [mergeWith, setMergeWith] = useState('');
  const dates = comparison.dates.filter((d) => d.date && d.date !== event.date);
  return (
    <section class="event-detail" data-event-id={event.id} aria-labelledby="event-title">
      <button type="button" class="back" onClick={onClose} data-action="close-event">
        {t('dash_allEvents')}
      </button>
      <h2 id="event-title">
        {event.places.join(', ') || t('dash_placeNotStated')} — {eventDate(event)}
      </h2>
      <p class="meta">
        {event.actors.length ? t('dash_actors', event.actors.join(', ')) : ''}
        {plural('dash_reports', reports.length)} ·{' '}
        <span data-testid="coverage">
          {coverageLabel({ outlets: item.outlets, withFigures: item.withFigures })}
        </span>{' '}
        · {plural('dash_sources', item.sources)} · {t('dash_fatalities')}{' '}
        <strong data-testid="fatalities">{item.fatalities}</strong>
        {item.conflicts ? (
          <span class="badge badge-conflict">{t('dash_conflictingFigures', item.conflicts)}</span>
        ) : null}
      </p>
      {dates.length ? (
        <p class="note">
          {t('dash_datesDiffer', dates.map((d) => `${d.outlet} ${dateLabel(d.date)}`).join('; '))}
        </p>
      ) : null}
      {comparison.placeVariants.length ? (
        <p class="note">
          {t('match_spellings', comparison.placeVariants.map((v) => v.join(' / ')).join('; '))}
        </p>
      ) : null}
      <FigureSummaryTable summary={comparison.summary} />
      {comparison.rows.length ? <ComparisonTable comparison={comparison} currentKey="" /> : null}

      <div class="event-actions">
        <label>
          {t('dash_sameAttackAs')}{' '}
          <select
            value={mergeWith}
            onChange={(e) => setMergeWith(e.currentTarget.value)}
            data-action="merge-target"
          >
            <option value="">{t('dash_chooseEvent')}</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {eventDate(o)} — {o.places.join(', ') || t('dash_noPlace')} ({o.reports.length})
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!mergeWith}
          onClick={() => handlers.mergeEvents(event.id, mergeWith)}
          data-action="merge"
        >
          {t('dash_merge')}
        </button>
        <button
          type="button"
          disabled={!selected.length || selected.length === reports.length}
          onClick={() => {
            handlers.splitEvent(event.id, selected);
            setSelected([]);
          }}
          data-action="split"
          title={t('dash_splitTitle')}
        >
          {t('dash_split')}
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => handlers.deleteEvent(event.id)}
          data-action="delete-event"
        >
          {t('dash_deleteEvent')}
        </button>
      </div>

      <h3 class="reports-heading">{t('dash_reportsHeading')}</h3>
      {reports.map((r) => (
        <ReportPanel
          key={r.url}
          saved={r}
          event={event}
          incident={incidentForEvent(r.report, event, r.eventIds)}
          corrections={item.corrections.get(r.url) ?? []}
          others={others}
          handlers={handlers}
          selected={selected.includes(r.url)}
          onSelect={(on) => setSelected(on ? [...selected, r.url] : selected.filter((u) => u !== r.url))}
          prefill={prefill?.url === r.url ? prefill.text : undefined}
        />
      ))}
    </section>
  );
}

import { useState } from 'preact/hooks';
import type { TimelineItem } from '@/lib/dashboard';
import { coverageLabel } from '../describe';
import { incidentForEvent } from '@/lib/export';
import type { StoredEvent } from '@/lib/types';
import { ComparisonTable } from '../ComparisonTable';
import { FigureSummaryTable } from '../FigureSummaryTable';
import { dateLabel } from '../labels';
import { eventDate } from './EventCard';
import type { CorrectionHandlers } from './handlers';
import { ReportPanel } from './ReportPanel';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface EventDetailProps {
  item: TimelineItem;
  /** Other events, nearest in time first: targets for move and merge. */
  others: StoredEvent[];
  handlers: CorrectionHandlers;
  onClose(): void;
}

/** One event: the figures across outlets, each report's claims, and the corrections. */
export function EventDetail({ item, others, handlers, onClose }: EventDetailProps) {
  const { event, comparison, reports } = item;
  const [selected, setSelected] = useState<string[]>([]);
  const [mergeWith, setMergeWith] = useState('');
  const dates = comparison.dates.filter((d) => d.date && d.date !== event.date);
  return (
    <section class="event-detail" data-event-id={event.id} aria-labelledby="event-title">
      <button type="button" class="back" onClick={onClose} data-action="close-event">
        ← All events
      </button>
      <h2 id="event-title">
        {event.places.join(', ') || 'Place not stated'} — {eventDate(event)}
      </h2>
      <p class="meta">
        {event.actors.length ? `Actors: ${event.actors.join(', ')} · ` : ''}
        {plural(reports.length, 'report')} ·{' '}
        <span data-testid="coverage">
          {coverageLabel({ outlets: item.outlets, withFigures: item.withFigures })}
        </span>{' '}
        · {plural(item.sources, 'independent source')} · conservative fatalities{' '}
        <strong data-testid="fatalities">{item.fatalities}</strong>
        {item.conflicts ? (
          <span class="badge badge-conflict"> ⚠ {item.conflicts} conflicting figures</span>
        ) : null}
      </p>
      {dates.length ? (
        <p class="note">Dates differ: {dates.map((d) => `${d.outlet} ${dateLabel(d.date)}`).join('; ')}</p>
      ) : null}
      {comparison.placeVariants.length ? (
        <p class="note">Spellings: {comparison.placeVariants.map((v) => v.join(' / ')).join('; ')}</p>
      ) : null}
      <FigureSummaryTable summary={comparison.summary} />
      {comparison.rows.length ? <ComparisonTable comparison={comparison} currentKey="" /> : null}

      <div class="event-actions">
        <label>
          Same attack as{' '}
          <select
            value={mergeWith}
            onChange={(e) => setMergeWith(e.currentTarget.value)}
            data-action="merge-target"
          >
            <option value="">choose an event…</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {eventDate(o)} — {o.places.join(', ') || 'no place'} ({o.reports.length})
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
          Merge into this event
        </button>
        <button
          type="button"
          disabled={!selected.length || selected.length === reports.length}
          onClick={() => {
            handlers.splitEvent(event.id, selected);
            setSelected([]);
          }}
          data-action="split"
          title="The selected reports are about another attack"
        >
          Split selected into a new event
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => handlers.deleteEvent(event.id)}
          data-action="delete-event"
        >
          Delete event
        </button>
      </div>

      <h3 class="reports-heading">Reports</h3>
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
        />
      ))}
    </section>
  );
}

import type { TimelineItem } from '@/lib/dashboard';
import { CONSERVATIVE_RULE } from '@/lib/events/summary';
import { dateLabel, quantityLabel, rowLabel } from '../labels';

/** The event's date, or its span. */
export function eventDate(e: { date: string | null; dateEnd?: string | null }): string {
  if (!e.date) return 'date unknown';
  return e.dateEnd && e.dateEnd !== e.date
    ? `${dateLabel(e.date)} – ${dateLabel(e.dateEnd)}`
    : dateLabel(e.date);
}

/** One line of the timeline: when, where, who, how many outlets, the figures, the conflicts. */
export function EventCard({ item, onOpen }: { item: TimelineItem; onOpen(id: string): void }) {
  const { event, comparison } = item;
  const people = comparison.summary
    .filter((s) => ['killed', 'wounded', 'captured', 'missing'].includes(s.kind))
    .slice(0, 4);
  return (
    <li class={`event-card${item.conflicts ? ' has-conflicts' : ''}`} data-event-id={event.id}>
      <button type="button" class="event-open" onClick={() => onOpen(event.id)}>
        <span class="when">{eventDate(event)}</span>
        <span class="where">{event.places.length ? event.places.join(', ') : 'place not stated'}</span>
        {event.actors.length ? <span class="who">{event.actors.join(', ')}</span> : null}
      </button>
      <p class="meta">
        {item.reports.length} {item.reports.length === 1 ? 'report' : 'reports'} · {item.outlets}{' '}
        {item.outlets === 1 ? 'outlet' : 'outlets'}
        {item.withFigures < item.outlets ? ` (${item.withFigures} with figures)` : ''} · {item.sources}{' '}
        independent {item.sources === 1 ? 'source' : 'sources'}
        {item.conflicts ? (
          <span class="badge badge-conflict" data-testid="conflicts">
            ⚠ {item.conflicts} {item.conflicts === 1 ? 'conflict' : 'conflicts'}
          </span>
        ) : null}
      </p>
      {people.length ? (
        <ul class="figures">
          {people.map((s) => (
            <li key={`${s.kind}/${s.subject}`}>
              {rowLabel(s.kind, s.subject)}:{' '}
              <strong>{s.high === s.low ? s.low : quantityLabel({ min: s.low, max: s.high })}</strong>
              {s.high !== s.low ? ` (best ${s.best})` : ''}
              <span class="conservative" title={CONSERVATIVE_RULE}>
                {' '}
                · conservative {s.conservative}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="figures none">No figures.</p>
      )}
    </li>
  );
}

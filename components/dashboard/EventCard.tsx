import { plural, t } from '../i18n';
import type { TimelineItem } from '@/lib/dashboard';
import { dateLabel, quantityLabel, rowLabel } from '../labels';

/** The event's date, or its span. */
export function eventDate(e: { date: string | null; dateEnd?: string | null }): string {
  if (!e.date) return t('date_unknown');
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
        <span class="where">{event.places.length ? event.places.join(', ') : t('facts_placeNotStated')}</span>
        {event.actors.length ? <span class="who">{event.actors.join(', ')}</span> : null}
      </button>
      <p class="meta">
        {plural('dash_reports', item.reports.length)} · {plural('dash_outlets', item.outlets)}
        {item.withFigures < item.outlets ? t('dash_withFigures', item.withFigures) : ''} ·{' '}
        {plural('dash_sources', item.sources)}
        {item.conflicts ? (
          <span class="badge badge-conflict" data-testid="conflicts">
            {plural('dash_conflicts', item.conflicts)}
          </span>
        ) : null}
      </p>
      {people.length ? (
        <ul class="figures">
          {people.map((s) => (
            <li key={`${s.kind}/${s.subject}`}>
              {rowLabel(s.kind, s.subject)}:{' '}
              <strong>{s.high === s.low ? s.low : quantityLabel({ min: s.low, max: s.high })}</strong>
              {s.high !== s.low ? t('dash_best', s.best) : ''}
              <span class="conservative" title={t('dash_conservativeTitle')}>
                {t('dash_conservative', s.conservative)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="figures none">{t('dash_noFigures')}</p>
      )}
    </li>
  );
}

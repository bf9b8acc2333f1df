import type { Incident } from '@/lib/types';
import { dateLabel } from './labels';

/** Where, when and by whom: the attack the article reports. */
export function EventFacts({ event, others = [] }: { event: Incident; others?: Incident[] }) {
  const places = event.places.length ? event.places : ['place not stated'];
  const when = event.date
    ? event.dateEnd && event.dateEnd !== event.date
      ? `${dateLabel(event.date)} – ${dateLabel(event.dateEnd)}`
      : dateLabel(event.date)
    : 'date not stated';
  return (
    <dl class="event-facts" aria-label="The attack">
      <div>
        <dt>Where</dt>
        <dd data-field="places">
          {places.map((p, i) => {
            const detail = event.placeDetails.find((d) => d.name === p);
            const title =
              detail?.canonical && detail.canonical !== p ? `gazetteer: ${detail.canonical}` : undefined;
            return (
              <span key={p} title={title}>
                {i > 0 ? ', ' : ''}
                {p}
              </span>
            );
          })}
        </dd>
      </div>
      <div>
        <dt>When</dt>
        <dd data-field="date" title={event.dateText}>
          {when}
        </dd>
      </div>
      <div>
        <dt>Who</dt>
        <dd data-field="actors">{event.actors.length ? event.actors.join(', ') : 'not stated'}</dd>
      </div>
      {others.length ? (
        <div>
          <dt>Also</dt>
          <dd data-field="other-incidents">
            {others
              .map(
                (o) =>
                  `${o.date ? dateLabel(o.date) : 'date not stated'}, ${o.places.join(', ') || 'place not stated'}`,
              )
              .join(' · ')}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

import type { Incident } from '@/lib/types';
import { dateLabel } from './labels';
import { t } from './i18n';

/** Where, when and by whom: the attack the article reports. */
export function EventFacts({ event, others = [] }: { event: Incident; others?: Incident[] }) {
  const places = event.places.length ? event.places : [t('facts_placeNotStated')];
  const when = event.date
    ? event.dateEnd && event.dateEnd !== event.date
      ? `${dateLabel(event.date)} – ${dateLabel(event.dateEnd)}`
      : dateLabel(event.date)
    : t('facts_dateNotStated');
  return (
    <dl class="event-facts" aria-label={t('facts_aria')}>
      <div>
        <dt>{t('facts_where')}</dt>
        <dd data-field="places">
          {places.map((p, i) => {
            const detail = event.placeDetails.find((d) => d.name === p);
            const title =
              detail?.canonical && detail.canonical !== p
                ? t('facts_gazetteer', detail.canonical)
                : undefined;
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
        <dt>{t('facts_when')}</dt>
        <dd data-field="date" title={event.dateText}>
          {when}
        </dd>
      </div>
      <div>
        <dt>{t('facts_who')}</dt>
        <dd data-field="actors">{event.actors.length ? event.actors.join(', ') : t('facts_notStated')}</dd>
      </div>
      {others.length ? (
        <div>
          <dt>{t('facts_also')}</dt>
          <dd data-field="other-incidents">
            {others
              .map(
                (o) =>
                  `${o.date ? dateLabel(o.date) : t('facts_dateNotStated')}, ${o.places.join(', ') || t('facts_placeNotStated')}`,
              )
              .join(' · ')}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

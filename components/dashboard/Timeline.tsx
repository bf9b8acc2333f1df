import { t } from '../i18n';
import { useEffect } from 'preact/hooks';
import type { TimelineItem } from '@/lib/dashboard';
import { EventCard } from './EventCard';

export interface TimelineProps {
  items: TimelineItem[];
  /** More events match than are shown. */
  more: boolean;
  loading: boolean;
  onMore(): void;
  onOpen(id: string): void;
  /** Called once the first lines are on screen (for the 'timeline-shown' performance mark). */
  onShown?(): void;
  /** Filters are set: an empty list means none passes them, not that nothing is saved. */
  filtered?: boolean;
}

/** Events newest first, a page at a time. */
export function Timeline({ items, more, loading, onMore, onOpen, onShown, filtered }: TimelineProps) {
  useEffect(() => {
    if (items.length && onShown) onShown();
  }, [items.length > 0]);
  if (!items.length && !loading)
    return (
      <p class="empty" data-testid="empty">
        {filtered ? t('dash_emptyFiltered') : t('dash_empty')}
      </p>
    );
  return (
    <section class="timeline" aria-label={t('dash_timelineAria')} aria-busy={loading}>
      <ol>
        {items.map((it) => (
          <EventCard key={it.event.id} item={it} onOpen={onOpen} />
        ))}
      </ol>
      {more ? (
        <button type="button" class="more" onClick={onMore} disabled={loading}>
          {loading ? t('dash_loading') : t('dash_showMore')}
        </button>
      ) : null}
    </section>
  );
}

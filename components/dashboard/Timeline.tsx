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
}

/** Events newest first, a page at a time. */
export function Timeline({ items, more, loading, onMore, onOpen, onShown }: TimelineProps) {
  useEffect(() => {
    if (items.length && onShown) onShown();
  }, [items.length > 0]);
  if (!items.length && !loading)
    return (
      <p class="empty" data-testid="empty">
        No saved events. Open a news report of an attack in Mali, click the Mali Crosscheck button and save
        it.
      </p>
    );
  return (
    <section class="timeline" aria-label="Events, newest first" aria-busy={loading}>
      <ol>
        {items.map((it) => (
          <EventCard key={it.event.id} item={it} onOpen={onOpen} />
        ))}
      </ol>
      {more ? (
        <button type="button" class="more" onClick={onMore} disabled={loading}>
          {loading ? 'Loading…' : 'Show more'}
        </button>
      ) : null}
    </section>
  );
}

import { formatTime, t } from '../i18n';
import type { TrashEntry } from '@/lib/store/trash';
import { dateLabel } from '../labels';

type Item = Pick<TrashEntry, 'id' | 'deletedAt' | 'what' | 'label'>;

/** The deletions that can still be undone, newest first. */
export function TrashList({ items, onRestore }: { items: Item[]; onRestore(id: string): void }) {
  if (!items.length) return null;
  return (
    <details class="trash" data-testid="trash">
      <summary>{t('trash_recent', items.length)}</summary>
      <ul>
        {items.map((e) => (
          <li key={e.id}>
            <span>
              {e.label}{' '}
              <span class="tag">
                — {dateLabel(e.deletedAt)}, {formatTime(e.deletedAt)}
              </span>
            </span>
            <button type="button" class="small" onClick={() => onRestore(e.id)} data-restore={e.id}>
              {t('trash_restore')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

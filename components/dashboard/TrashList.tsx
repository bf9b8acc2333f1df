import type { TrashEntry } from '@/lib/store/trash';
import { dateLabel } from '../labels';

type Item = Pick<TrashEntry, 'id' | 'deletedAt' | 'what' | 'label'>;

/** The deletions that can still be undone, newest first. */
export function TrashList({ items, onRestore }: { items: Item[]; onRestore(id: string): void }) {
  if (!items.length) return null;
  return (
    <details class="trash" data-testid="trash">
      <summary>Recently deleted ({items.length})</summary>
      <ul>
        {items.map((t) => (
          <li key={t.id}>
            <span>
              {t.label}{' '}
              <span class="tag">
                — {dateLabel(t.deletedAt)}, {new Date(t.deletedAt).toLocaleTimeString()}
              </span>
            </span>
            <button type="button" class="small" onClick={() => onRestore(t.id)} data-restore={t.id}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

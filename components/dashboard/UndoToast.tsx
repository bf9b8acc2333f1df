import type { Store } from '@/lib/store';
import { t } from '../i18n';
import { useEffect } from 'preact/hooks';

export interface Toast {
  message: string;
  /** The trash entry to restore. */
  undo?: string;
  /** Takes a correction back. No Undo button without `undo` or `revert`. */
  revert?: (store: Store) => Promise<void>;
}

/** "Deleted …  [Undo]", for ten seconds. */
export function UndoToast({
  toast,
  onUndo,
  onClose,
}: {
  toast: Toast | null;
  onUndo(toast: Toast): void;
  onClose(): void;
}) {
  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(onClose, 10_000);
    return () => clearTimeout(t);
  }, [toast]);
  if (!toast) return null;
  return (
    <div class="toast" role="status" data-testid="toast">
      <span>{toast.message}</span>
      {toast.undo || toast.revert ? (
        <button type="button" onClick={() => onUndo(toast)} data-testid="undo">
          {t('toast_undo')}
        </button>
      ) : null}
      <button type="button" class="close" aria-label={t('close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}

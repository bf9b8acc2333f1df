import { t } from '../i18n';
import { useEffect } from 'preact/hooks';

export interface Toast {
  message: string;
  /** The trash entry to restore; no Undo button without one. */
  undo?: string;
}

/** "Deleted …  [Undo]", for ten seconds. */
export function UndoToast({
  toast,
  onUndo,
  onClose,
}: {
  toast: Toast | null;
  onUndo(id: string): void;
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
      {toast.undo ? (
        <button type="button" onClick={() => onUndo(toast.undo!)} data-testid="undo">
          {t('toast_undo')}
        </button>
      ) : null}
      <button type="button" class="close" aria-label={t('close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}

import { t, type MessageKey } from './i18n';

/** checking: the store is being asked whether this URL is saved already. */
export type SaveState = 'checking' | 'new' | 'saving' | 'saved' | 'stored' | 'error';

export interface SaveButtonProps {
  state: SaveState;
  /** The store's message when saving failed. */
  error?: string | null;
  disabled?: boolean;
  onSave: () => void;
}

const LABEL: Record<SaveState, MessageKey> = {
  checking: 'save_save',
  new: 'save_save',
  saving: 'save_saving',
  saved: 'save_saved',
  stored: 'save_update',
  error: 'save_save',
};

/** Save / Saving… / Saved ✓ / Update (the URL is already saved). */
export function SaveButton({ state, error, disabled, onSave }: SaveButtonProps) {
  return (
    <div class="save-bar">
      <button
        type="button"
        class="primary"
        data-save-state={state}
        disabled={disabled || state === 'checking' || state === 'saving' || state === 'saved'}
        onClick={onSave}
      >
        {t(LABEL[state])}
      </button>
      {state === 'stored' ? <span class="hint">{t('save_storedHint')}</span> : null}
      {state === 'saved' ? <span class="hint">{t('save_savedHint')}</span> : null}
      {state === 'error' && error ? (
        <p class="save-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** checking: the store is being asked whether this URL is saved already. */
export type SaveState = 'checking' | 'new' | 'saving' | 'saved' | 'stored' | 'error';

export interface SaveButtonProps {
  state: SaveState;
  /** The store's message when saving failed. */
  error?: string | null;
  disabled?: boolean;
  onSave: () => void;
}

const LABEL: Record<SaveState, string> = {
  checking: 'Save',
  new: 'Save',
  saving: 'Saving…',
  saved: 'Saved ✓',
  stored: 'Update',
  error: 'Save',
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
        {LABEL[state]}
      </button>
      {state === 'stored' ? (
        <span class="hint">Saved before; Update replaces it with this reading.</span>
      ) : null}
      {state === 'saved' ? <span class="hint">Kept in this browser only.</span> : null}
      {state === 'error' && error ? (
        <p class="save-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

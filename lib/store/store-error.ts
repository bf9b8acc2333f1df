/** Store failures as the popup shows them. */
export type StoreErrorCode = 'quota' | 'blocked' | 'unknown';

const MESSAGES: Record<StoreErrorCode, string> = {
  quota:
    'The browser has no room left for saved reports. Delete some saved reports in the dashboard and try again.',
  blocked:
    'The saved reports are being upgraded while another Mali Crosscheck page is open. Close the other Mali Crosscheck tabs and try again.',
  unknown: 'The saved reports could not be read or written.',
};

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  /** A sentence for the user. */
  readonly userMessage: string;
  override readonly cause?: unknown;

  constructor(code: StoreErrorCode, detail?: string, cause?: unknown, userMessage = MESSAGES[code]) {
    super(detail ? `${userMessage} (${detail})` : userMessage);
    this.name = 'StoreError';
    this.code = code;
    this.userMessage = userMessage;
    this.cause = cause;
  }
}

/** Any failure from IndexedDB as a StoreError. */
export function toStoreError(err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const name = (err as { name?: string } | null)?.name ?? '';
  const message = (err as { message?: string } | null)?.message ?? String(err);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return new StoreError('quota', message, err);
  if (name === 'VersionError')
    return new StoreError(
      'unknown',
      'the saved reports come from a newer version of the extension',
      err,
      'The saved reports were written by a newer version of Mali Crosscheck. Update the extension to use them.',
    );
  return new StoreError('unknown', message || name, err);
}

/** What open-store's StaleConnection carries (kept structural: no import cycle). */
const staleReopen = (err: unknown): (() => Promise<void>) | null =>
  (err as { name?: string } | null)?.name === 'StaleConnection'
    ? ((err as { reopen?: () => Promise<void> }).reopen ?? null)
    : null;

/**
 * Runs store work, turning its failures into StoreErrors. When the work finds
 * the connection closed by another page's upgrade, the store is reopened and
 * the work runs once more.
 */
export async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const reopen = staleReopen(err);
    if (!reopen) throw toStoreError(err);
    try {
      await reopen();
      return await work();
    } catch (again) {
      throw toStoreError(again);
    }
  }
}

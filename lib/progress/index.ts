/**
 * Progress of long work over many records (import and export of large
 * stores): `onProgress(done, total)` is called with increasing counts, the
 * last call with done === total, so that a UI can draw a bar with counts.
 */
export type OnProgress = (done: number, total: number) => void;

/** How many records between two progress calls (and two yields). */
export const PROGRESS_BATCH = 250;

/** Resolves in a later task: the page may paint and handle input meanwhile. Never inside an IndexedDB transaction (it would commit). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Counts work done and tells `onProgress` every `batch` records and at the
 * end; `step()` resolves true when a batch is complete (the caller may yield then).
 */
export class ProgressCounter {
  private done = 0;
  constructor(
    readonly total: number,
    private readonly onProgress?: OnProgress,
    private readonly batch = PROGRESS_BATCH,
  ) {
    onProgress?.(0, total);
  }
  /** Adds `n` records done; true when a batch boundary was crossed. */
  step(n = 1): boolean {
    const before = Math.floor(this.done / this.batch);
    this.done = Math.min(this.total, this.done + n);
    const crossed = Math.floor(this.done / this.batch) > before && this.done < this.total;
    if (crossed) this.onProgress?.(this.done, this.total);
    return crossed;
  }
  /** The last call: done === total. */
  finish(): void {
    this.done = this.total;
    this.onProgress?.(this.total, this.total);
  }
}

/**
 * Runs work in a transaction and resolves once it has committed; when the
 * work throws, the transaction is aborted so nothing of it is stored.
 */
export async function runTx<T, Tx extends { done: Promise<void>; abort(): void }>(
  tx: Tx,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const done = tx.done;
  try {
    const value = await work(tx);
    await done;
    return value;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await done.catch(() => undefined);
    throw err;
  }
}

/**
 * Runs `work` over `items`, at most `limit` at a time, like forEachLimited — but when one fails, starts
 * no more and waits for those in flight to finish before rethrowing. A failed import step must not leave
 * rows still being written behind it: what it reads back afterwards (reconcile) has to be final.
 */
export async function forEachSettled<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
}

/**
 * Runs `work` over `items` with at most `limit` in flight: bulk writes (reassignment, reminders) stay
 * quick without bursting past what the table's on-demand capacity absorbs at once.
 */
export async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

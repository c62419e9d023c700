import { setTimeout as sleep } from 'node:timers/promises';
import { StartupError } from './startup-error';

/** Retries `probe` until it resolves; a StartupError thrown by the probe ends the wait at once. */
export async function waitFor(probe: () => Promise<unknown>, options: { timeoutMs: number; what: string }): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      await probe();
      return;
    } catch (error) {
      if (error instanceof StartupError) throw error;
      last = error;
      await sleep(200);
    }
  }
  throw new StartupError(`${options.what} did not become ready within ${options.timeoutMs / 1000}s (${String(last)}).`);
}

import { DomainError } from '#core/errors';
import { logger } from '#core/logger';

/**
 * Runs a user-pool call; its failure becomes 503 `account_unavailable` (the caller has undone what it
 * had done), so a failing Cognito is never reported as the caller's fault nor as an unexplained 500.
 */
export async function poolCall<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw unavailable(what, error);
  }
}

/** A domain error as it is; anything else (the pool, the table) logged and turned into 503 `account_unavailable`. */
export function unavailable(what: string, error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  logger.error(`${what} failed`, error as Error);
  return new DomainError('unavailable', 'account_unavailable');
}

/** Best effort, for undoing: a failure is logged, never thrown over the error being handled. */
export async function tryUndo(what: string, undo: () => Promise<unknown>): Promise<boolean> {
  try {
    await undo();
    return true;
  } catch (error) {
    logger.error(`undo failed: ${what}`, error as Error);
    return false;
  }
}

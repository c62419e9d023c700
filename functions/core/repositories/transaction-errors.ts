/**
 * Which items of a cancelled TransactWriteItems failed their condition, by position.
 * Returns undefined when the error is not a transaction cancellation.
 */
export function failedConditions(error: unknown): boolean[] | undefined {
  if (!(error instanceof Error) || error.name !== 'TransactionCanceledException') return undefined;
  const reasons = (error as Error & { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.map((r) => r.Code === 'ConditionalCheckFailed');
}

import { isMessageCode } from '#shared/messages';
import type { RowOutcome } from '#shared/schemas/import.schema';
import { DomainError } from '#core/errors';

/**
 * Why a row was refused, from the domain error its use case threw: the field's message when one field
 * was named (placement: "this salesperson does not belong to that unit"), else the error's own.
 * Anything that is not a domain error is not about the row (the table, the network) and is rethrown,
 * so the step is retried rather than the row reported as refused.
 */
export function reasonOf(error: unknown): NonNullable<RowOutcome['reason']> {
  if (!(error instanceof DomainError)) throw error;
  const field = Object.values(error.options.fields ?? {})[0];
  if (field && isMessageCode(field)) return { code: field, ...(error.options.params ? { params: error.options.params } : {}) };
  if (field) return { code: error.code, text: { 'zh-CN': field, en: field } };
  return { code: error.code, ...(error.options.params ? { params: error.options.params } : {}) };
}

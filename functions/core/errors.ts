import type { MessageCode } from '#shared/messages';
import type { FieldErrors } from '#shared/validation';

/** What went wrong, independent of HTTP; the error middleware maps kinds to status codes. */
export type ErrorKind =
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'precondition_required'
  | 'too_large'
  /** A service the change depends on (the user pool) failed, and the change was undone: retry later. */
  | 'unavailable';

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: MessageCode,
    readonly options: { fields?: FieldErrors; params?: Record<string, string> } = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export const notFound = () => new DomainError('not_found', 'not_found');
export const forbidden = () => new DomainError('forbidden', 'forbidden');

/** A 400 naming fields; field messages are already translated. */
export const invalidFields = (fields: FieldErrors) =>
  new DomainError('invalid', 'validation_failed', { fields });

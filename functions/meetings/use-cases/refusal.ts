import type { Refusal } from '#shared/meetings/meeting-rules';
import { DomainError } from '#core/errors';

/** A rule's refusal as the error the API answers with. */
export const refusalError = (r: Refusal) => new DomainError(r.kind, r.code);

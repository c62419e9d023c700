import * as z from 'zod';
import { requestKinds } from '../service/request-options';
import { lazySchema } from '../lazy-schema';

/** Whom to contact about a service request. */
export const requestContactSchema = lazySchema(() => z.strictObject({ name: z.string().trim().min(1).max(50), phone: z.string().trim().max(30).optional() }));

/**
 * Something a customer raised elsewhere — a visit's follow-up, a revisit's item, a meeting's feedback —
 * turned into a service request: its kind, whom to contact, and a note added below the customer's words,
 * which stay as recorded (R7: 不得隐瞒). In a module of its own so the visit, meeting and revisit schemas
 * that name it do not build the request schemas (issue 15, docs/performance.md).
 */
export const followUpRequestSchema = lazySchema(() => z.strictObject({
  kind: z.enum(requestKinds),
  contact: requestContactSchema,
  note: z.string().trim().max(3000).optional(),
}));
export type FollowUpRequest = z.infer<typeof followUpRequestSchema>;

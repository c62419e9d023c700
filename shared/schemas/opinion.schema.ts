import * as z from 'zod';
import { departmentSchema } from './department.schema';
import { unitCodeSchema } from './unit-code.schema';
import { lazySchema } from '../lazy-schema';

/**
 * The register of customers' opinions and suggestions (采集、处理、反馈客户意见及建议, 第三条〔四〕, R10): each
 * with where it came from (linked), the department it is passed to, what the company decided, and when and
 * how the answer went back to the customer. Open ones age against their answer date and are escalated.
 */
export const opinionSources = ['revisit', 'meeting', 'service-request'] as const;
export type OpinionSource = (typeof opinionSources)[number];
export const opinionStatuses = ['open', 'answered'] as const;
export const answerChannels = ['phone', 'sms', 'email', 'visit', 'meeting', 'letter', 'other'] as const;

const person = lazySchema(() => z.object({ id: z.string(), name: z.string() }));
const date = lazySchema(() => z.iso.date());

export const opinionSchema = lazySchema(() => z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  unitId: z.string(),
  /** The customer's words as recorded at the source. */
  text: z.string(),
  source: z.object({
    kind: z.enum(opinionSources),
    revisitId: z.string().optional(),
    meetingId: z.string().optional(),
    feedbackId: z.string().optional(),
    /** The request it came from (an inquiry), or the request a meeting's feedback became. */
    serviceRequestId: z.string().optional(),
  }),
  receivedAt: z.iso.datetime(),
  recordedBy: person,
  status: z.enum(opinionStatuses),
  /** The date the customer should have an answer by (Asia/Shanghai); set when registered, reset when passed on. */
  dueDate: date,
  passedTo: departmentSchema.optional(),
  passedAt: z.iso.datetime().optional(),
  passedBy: person.optional(),
  decision: z.object({ text: z.string(), at: z.iso.datetime(), by: person }).optional(),
  answer: z.object({ on: date, channel: z.enum(answerChannels), note: z.string(), by: person, at: z.iso.datetime() }).optional(),
  /** The day the daily check found it past its date (escalated once until a new date is set). */
  overdueSince: date.optional(),
  updatedAt: z.iso.datetime(),
  version: z.number().int().positive(),
}));
export type Opinion = z.infer<typeof opinionSchema>;

/** POST /opinions/{id}/actions: pass it to a department, record the decision, record the answer to the customer. */
export const opinionActionSchema = lazySchema(() => z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('pass'), department: departmentSchema, dueDate: date }),
  z.strictObject({ action: z.literal('decide'), decision: z.string().trim().min(2).max(2000) }),
  z.strictObject({ action: z.literal('answer'), answeredOn: date, channel: z.enum(answerChannels), note: z.string().trim().min(2).max(2000) }),
]));
export type OpinionAction = z.infer<typeof opinionActionSchema>;

/** GET /opinions (and /opinions/export): newest first; a unit user always gets their unit's. */
export const opinionListQuerySchema = lazySchema(() => z.strictObject({
  status: z.enum(opinionStatuses).optional(),
  source: z.enum(opinionSources).optional(),
  unitId: unitCodeSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** Open ones waiting on a department: passed to it (Sales: also those not passed on yet, shared/opinions). */
  waitingOn: departmentSchema.optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
}));
export type OpinionListQuery = z.infer<typeof opinionListQuerySchema>;

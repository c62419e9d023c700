import * as z from 'zod';
import { requestChannels, requestKinds, requestStatuses } from '../service/request-options';
import { departmentSchema } from './department.schema';
import { followUpRequestSchema, requestContactSchema, type FollowUpRequest } from './follow-up-request.schema';
import { lazySchema } from '../lazy-schema';

export { requestKinds, requestChannels, requestStatuses, financeKinds, type RequestKind, type RequestStatus } from '../service/request-options';
export { companyDepartments, departmentPattern, departmentScorecardPathSchema } from './department.schema';
export { departmentSchema, followUpRequestSchema, type FollowUpRequest };

const date = lazySchema(() => z.iso.date());

/** POST /service-requests: what the customer said is kept exactly as received (不得隐瞒). */
export const serviceRequestCreateSchema = lazySchema(() => z.strictObject({
  customerId: z.string().trim().min(1).max(64),
  kind: z.enum(requestKinds),
  channel: z.enum(requestChannels),
  contact: requestContactSchema,
  statement: z.string().trim().min(2).max(5000),
}));
export type ServiceRequestCreate = z.infer<typeof serviceRequestCreateSchema>;

const plan = () => ({
  reason: z.string().trim().min(2).max(2000),
  handlingPlan: z.string().trim().min(2).max(2000),
  expectedDate: date,
});

/** Every move a request can make; which are allowed when is shared/service/request-state.ts. */
export const serviceActionSchema = lazySchema(() => z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('resolve'), resolution: z.string().trim().min(2).max(5000), satisfaction: z.number().int().min(1).max(5) }),
  z.strictObject({ action: z.literal('pend'), ...plan() }),
  z.strictObject({
    action: z.literal('transfer'),
    ...plan(),
    to: z.union([z.strictObject({ department: departmentSchema }), z.strictObject({ personId: z.string().trim().min(1).max(64) })]),
  }),
  z.strictObject({ action: z.literal('reschedule'), reason: plan().reason, expectedDate: date }),
  z.strictObject({ action: z.literal('record-money'), amountFen: z.number().int(), note: z.string().trim().min(2).max(2000) }),
  z.strictObject({ action: z.literal('correct'), text: z.string().trim().min(2).max(5000) }),
  z.strictObject({ action: z.literal('reopen'), reason: plan().reason }),
]));
export type ServiceAction = z.infer<typeof serviceActionSchema>;

export const serviceEventSchema = lazySchema(() => z.object({
  at: z.iso.datetime(),
  by: z.string(),
  byName: z.string(),
  action: z.enum(['receive', 'resolve', 'pend', 'transfer', 'reschedule', 'record-money', 'correct', 'reopen', 'forward-to-office', 'overdue']),
  details: z.record(z.string(), z.unknown()),
}));
export type ServiceEvent = z.infer<typeof serviceEventSchema>;

export const serviceRequestSchema = lazySchema(() => z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  unitId: z.string(),
  kind: z.enum(requestKinds),
  channel: z.enum(requestChannels),
  contact: z.object({ name: z.string(), phone: z.string().optional() }),
  /** As received; never edited. Corrections are appended events. */
  statement: z.string(),
  receivedBy: z.object({ id: z.string(), name: z.string(), department: departmentSchema }),
  /** 首问责任人: the first staff member who recorded it; stays accountable after transfers. */
  firstOwnerId: z.string(),
  // The person variant first: a plain object schema would match it too and drop `personId`.
  handler: z.union([z.object({ personId: z.string(), department: departmentSchema }), z.object({ department: departmentSchema })]),
  status: z.enum(requestStatuses),
  handlingPlan: z.string().optional(),
  expectedDate: date.optional(),
  resolution: z.string().optional(),
  satisfaction: z.number().int().optional(),
  money: z.object({ amountFen: z.number().int(), note: z.string(), recordedBy: z.string(), recordedAt: z.iso.datetime() }).optional(),
  /** Complaints are tracked by the General Office to the end, whoever received them. */
  officeTracking: z.boolean(),
  /** The revisit and follow-up item it was raised from (R6 → R7): set only by the revisit route, which marks the item too. */
  revisitId: z.string().optional(),
  revisitItemId: z.string().optional(),
  /** Set when the request was a reception's follow-up item (R5 → R7); the visit's follow-up names this request back. */
  visitFollowUp: z.object({ visitId: z.string(), followUpId: z.string() }).optional(),
  /** Set when the request was feedback raised at a customer meeting (第三条〔八〕); the feedback names this request back. */
  meetingFeedback: z.object({ meetingId: z.string(), feedbackId: z.string() }).optional(),
  overdueSince: date.optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  closedAt: z.iso.datetime().optional(),
  version: z.number().int().positive(),
}));
export type ServiceRequest = z.infer<typeof serviceRequestSchema>;

export const serviceListQuerySchema = lazySchema(() => z.strictObject({
  view: z.enum(['mine', 'handling', 'department', 'complaints', 'finance', 'all']).default('mine'),
  kind: z.enum(requestKinds).optional(),
  status: z.enum(requestStatuses).optional(),
  department: departmentSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** Only requests not yet closed (the 工作台's "my service requests"). */
  open: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}));

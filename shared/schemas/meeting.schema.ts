import * as z from 'zod';
import { customerKinds, tiers } from '../customer-options';
import { followUpRequestSchema } from './follow-up-request.schema';
import { unitCodeSchema } from './unit-code.schema';
import { lazySchema } from '../lazy-schema';

/**
 * Customer meetings (客户座谈会、交流会, POLICY.md R10, 第三条〔八〕): Sales plans them, invites customers from the
 * archive with the contacts who should come, records replies, attendance and the minutes; feedback raised
 * there becomes service requests or revisits, linked both ways.
 */
export const meetingKinds = ['symposium', 'exchange'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const meetingStatuses = ['planned', 'held', 'cancelled'] as const;
export const invitationReplies = ['pending', 'accepted', 'declined'] as const;
export type InvitationReply = (typeof invitationReplies)[number];

const instant = lazySchema(() => z.iso.datetime({ offset: true }).transform((v) => new Date(v).toISOString()));
const person = lazySchema(() => z.object({ id: z.string(), name: z.string() }));
const id = lazySchema(() => z.string().trim().min(1).max(64));

/** POST /meetings: hosts are staff ids (shown by their names, which the server looks up). */
export const meetingCreateSchema = lazySchema(() => z.strictObject({
  topic: z.string().trim().min(2).max(200),
  kind: z.enum(meetingKinds),
  startsAt: instant,
  place: z.string().trim().min(2).max(200),
  hostIds: z.array(id).min(1).max(10),
  budgetNote: z.string().trim().max(1000).default(''),
}));
export type MeetingCreate = z.infer<typeof meetingCreateSchema>;

/** PATCH /meetings/{id} (If-Match): the plan's fields, changed while the meeting is still planned. */
export const meetingPatchSchema = lazySchema(() => z
  .strictObject({
    topic: meetingCreateSchema.shape.topic.optional(),
    startsAt: instant.optional(),
    place: meetingCreateSchema.shape.place.optional(),
    hostIds: meetingCreateSchema.shape.hostIds.optional(),
    budgetNote: z.string().trim().max(1000).optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { error: 'meeting.nothingToChange' }));
export type MeetingPatch = z.infer<typeof meetingPatchSchema>;

/** The plan's fields a change shows before → after. */
export const meetingPlanFields = ['topic', 'startsAt', 'place', 'hosts', 'budgetNote'] as const;
export type MeetingPlanField = (typeof meetingPlanFields)[number];
const planValues = lazySchema(() => z.object({
  topic: z.string(),
  startsAt: z.iso.datetime(),
  place: z.string(),
  hosts: z.array(person),
  budgetNote: z.string(),
}).partial());

/** One change of a meeting's plan: who, when, the changed fields before → after. */
export const meetingChangeSchema = lazySchema(() => z.object({
  meetingId: z.string(),
  version: z.number().int().positive(),
  at: z.iso.datetime(),
  by: person,
  before: planValues,
  after: planValues,
}));
export type MeetingChange = z.infer<typeof meetingChangeSchema>;

/** One piece of feedback a customer raised at the meeting; once turned, it names the request or revisit. */
export const meetingFeedbackSchema = lazySchema(() => z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  unitId: z.string(),
  text: z.string(),
  raisedBy: z.string().optional(),
  recordedBy: person,
  recordedAt: z.iso.datetime(),
  serviceRequestId: z.string().optional(),
  revisitId: z.string().optional(),
  convertedAt: z.iso.datetime().optional(),
  convertedBy: person.optional(),
}));
export type MeetingFeedback = z.infer<typeof meetingFeedbackSchema>;

export const meetingSchema = lazySchema(() => z.object({
  id: z.string(),
  topic: z.string(),
  kind: z.enum(meetingKinds),
  startsAt: z.iso.datetime(),
  place: z.string(),
  hosts: z.array(person),
  budgetNote: z.string(),
  status: z.enum(meetingStatuses),
  organizer: person,
  minutes: z.object({ text: z.string(), recordedAt: z.iso.datetime(), recordedBy: person }).optional(),
  feedback: z.array(meetingFeedbackSchema),
  cancellation: z.object({ at: z.iso.datetime(), by: person, reason: z.string() }).optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int().positive(),
}));
export type Meeting = z.infer<typeof meetingSchema>;

export const invitedContactSchema = lazySchema(() => z.strictObject({
  name: z.string().trim().min(1).max(50),
  title: z.string().trim().max(50).optional(),
}));

/** A customer invited to a meeting, in the meeting's partition; indexed by customer and by unit. */
export const invitationSchema = lazySchema(() => z.object({
  meetingId: z.string(),
  /** The meeting's topic and start, copied so a customer's page and a unit's list need no second read. */
  topic: z.string(),
  startsAt: z.iso.datetime(),
  customerId: z.string(),
  customerName: z.string(),
  unitId: z.string(),
  tier: z.enum(tiers),
  contacts: z.array(z.object({ name: z.string(), title: z.string().optional() })),
  reply: z.enum(invitationReplies),
  /** Unset until the meeting took place; then whether anyone of the customer came, and who. */
  attended: z.boolean().optional(),
  attendees: z.array(z.string()).default([]),
  invitedBy: person,
  invitedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int().positive(),
}));
export type Invitation = z.infer<typeof invitationSchema>;

/**
 * POST /meetings/{id}/invitations: customers chosen one by one, or every live customer matching the filter
 * (a unit, a tier, a kind: at least one of them). Customers already invited are left as they are.
 */
export const invitationAddSchema = lazySchema(() => z
  .strictObject({
    customerIds: z.array(id).max(200).optional(),
    filter: z
      .strictObject({ unitId: unitCodeSchema.optional(), tier: z.enum(tiers).optional(), kind: z.enum(customerKinds).optional() })
      .refine((f) => f.unitId || f.tier || f.kind, { error: 'meeting.filterEmpty' })
      .optional(),
  })
  .refine((b) => (b.customerIds?.length ?? 0) > 0 || b.filter, { error: 'meeting.noInvitees', path: ['customerIds'] }));
export type InvitationAdd = z.infer<typeof invitationAddSchema>;

/** PUT /meetings/{id}/invitations/{customerId}: who should come, the reply, and (once held) attendance. */
export const invitationUpdateSchema = lazySchema(() => z.strictObject({
  contacts: z.array(invitedContactSchema).max(20).optional(),
  reply: z.enum(invitationReplies).optional(),
  attended: z.boolean().optional(),
  attendees: z.array(z.string().trim().min(1).max(50)).max(30).optional(),
}));
export type InvitationUpdate = z.infer<typeof invitationUpdateSchema>;

/** PUT /meetings/{id}/minutes */
export const meetingMinutesSchema = lazySchema(() => z.strictObject({ text: z.string().trim().min(2).max(10000) }));

/** POST /meetings/{id}/feedback: what an invited customer raised, in its words. */
export const meetingFeedbackInputSchema = lazySchema(() => z.strictObject({
  customerId: id,
  text: z.string().trim().min(2).max(1000),
  /** Who of the customer raised it. */
  raisedBy: z.string().trim().max(50).optional(),
}));
export type MeetingFeedbackInput = z.infer<typeof meetingFeedbackInputSchema>;

export const meetingCancelSchema = lazySchema(() => z.strictObject({ reason: z.string().trim().min(2).max(500) }));

/** POST /meetings/{id}/feedback/{feedbackId}/service-request: the feedback's words stay; a note may follow. */
export const feedbackServiceRequestSchema = followUpRequestSchema;
export type FeedbackServiceRequestInput = z.infer<typeof feedbackServiceRequestSchema>;

/** GET /meetings: newest first, optionally from a Shanghai date. */
export const meetingListQuerySchema = lazySchema(() => z.strictObject({
  from: z.iso.date().optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}));
export type MeetingListQuery = z.infer<typeof meetingListQuerySchema>;

/** How the invitations the caller may see stand (shared/meetings/meeting-rules.ts summarize). */
export const attendanceSummarySchema = lazySchema(() => z.object({
  invited: z.number().int(),
  accepted: z.number().int(),
  declined: z.number().int(),
  pending: z.number().int(),
  attended: z.number().int(),
}));
export type AttendanceSummary = z.infer<typeof attendanceSummarySchema>;

/** A meeting as the caller may see it: unit users see only their unit's invitations and feedback. */
export const meetingViewSchema = lazySchema(() => meetingSchema.extend({ invitations: z.array(invitationSchema), summary: attendanceSummarySchema }));
export type MeetingView = z.infer<typeof meetingViewSchema>;

/** A row of GET /meetings: the meeting, or for a unit user its unit's invitation of it (id, topic and start only). */
export const meetingRowSchema = lazySchema(() => z.object({
  id: z.string(),
  topic: z.string(),
  startsAt: z.iso.datetime(),
  kind: z.enum(meetingKinds).optional(),
  place: z.string().optional(),
  status: z.enum(meetingStatuses).optional(),
  hosts: z.array(person).optional(),
}));
export type MeetingRow = z.infer<typeof meetingRowSchema>;

/** POST /meetings/{id}/invitations answers how many were invited now and how many already were. */
export const invitationsAddedSchema = lazySchema(() => z.object({ invited: z.number().int(), alreadyInvited: z.number().int() }));

import * as z from 'zod';
import { partyIds } from '../reception/parties';
import { roles } from '../roles';
import { unitCodeSchema } from './unit-code.schema';
import { tiers } from '../customer-options';
import { followUpRequestSchema } from './follow-up-request.schema';
import { lazySchema } from '../lazy-schema';

/**
 * Customer visits and their reception plans (客户接待, POLICY.md R5, 第十条).
 * Times are instants (ISO 8601, stored in UTC); dates shown and queried are Asia/Shanghai.
 */

/** A visitor's rank as 第十条〔三〕 distinguishes them, highest first. */
export const visitorRanks = ['chairman-gm', 'manager', 'below-manager'] as const;
export type VisitorRank = (typeof visitorRanks)[number];

/** What a checklist step is about; `approval` is the approver's half of the plan clause, `custom` a unit's own step. */
export const stepKinds = ['info', 'plan', 'approval', 'lodging', 'pickup', 'vehicles', 'meeting', 'banquet', 'screen', 'custom'] as const;
export type StepKind = (typeof stepKinds)[number];

/** waiting: held until the plan is approved; open: to do; done: ticked by its owner with a note. */
export const stepStatuses = ['waiting', 'open', 'done'] as const;
export type StepStatus = (typeof stepStatuses)[number];

export const visitStatuses = ['awaiting-approval', 'rejected', 'open', 'recorded', 'cancelled'] as const;
export type VisitStatus = (typeof visitStatuses)[number];

export const cellIds = ['vip.chairman-gm', 'vip.manager', 'vip.below-manager', 'key.chairman-gm', 'key.manager-and-below', 'unit-own'] as const;
export type CellId = (typeof cellIds)[number];

const bilingual = lazySchema(() => z.object({ 'zh-CN': z.string(), en: z.string() }));
export type Bilingual = z.infer<typeof bilingual>;

/** An instant given with its offset (`2026-11-27T10:30:00+08:00`), kept as UTC ISO so keys sort by time. */
const instant = lazySchema(() => z.iso.datetime({ offset: true }).transform((v) => new Date(v).toISOString()));
const maxVisitDays = 31;
export const maxVisitMs = maxVisitDays * 24 * 60 * 60 * 1000;

export const visitorSchema = lazySchema(() => z.strictObject({
  name: z.string().trim().min(1).max(50),
  title: z.string().trim().max(50).default(''),
  rank: z.enum(visitorRanks),
}));
export type Visitor = z.infer<typeof visitorSchema>;

/** How the guests come or go: by train (station), plane (airport) or otherwise, where, when, and the train or flight. */
export const travelLegSchema = lazySchema(() => z.strictObject({
  mode: z.enum(['station', 'airport', 'other']),
  place: z.string().trim().min(1).max(100),
  at: instant,
  reference: z.string().trim().max(50).optional(),
}));
export type TravelLeg = z.infer<typeof travelLegSchema>;

export const travelSchema = lazySchema(() => z.strictObject({
  arrival: travelLegSchema.optional(),
  departure: travelLegSchema.optional(),
}));

/** Lodging is booked only on the customer's request (③ in every cell). */
export const lodgingSchema = lazySchema(() => z.strictObject({
  requested: z.boolean(),
  rooms: z.number().int().min(1).max(200).optional(),
  checkIn: z.iso.date().optional(),
  checkOut: z.iso.date().optional(),
  notes: z.string().trim().max(500).optional(),
}));
export type Lodging = z.infer<typeof lodgingSchema>;

/** POST /visits. The hosting unit, tier, rank and plan are the system's; the caller's unit or the customer's decides the host. */
export const visitRegisterSchema = lazySchema(() => z
  .strictObject({
    customerId: z.string().trim().min(1).max(64),
    visitors: z.array(visitorSchema).min(1).max(50),
    arrivalAt: instant,
    departureAt: instant,
    purpose: z.string().trim().min(2).max(1000),
    travel: travelSchema.default({}),
    lodging: lodgingSchema.default({ requested: false }),
    headcount: z.number().int().min(1).max(500),
  })
  .refine((v) => v.departureAt > v.arrivalAt, { error: 'visit.departureOrder', path: ['departureAt'] })
  .refine((v) => Date.parse(v.departureAt) - Date.parse(v.arrivalAt) <= maxVisitMs, { error: 'visit.tooLong', path: ['departureAt'] })
  .refine((v) => v.headcount >= v.visitors.length, { error: 'visit.headcount', path: ['headcount'] })
  .refine((v) => !v.lodging.checkIn || !v.lodging.checkOut || v.lodging.checkIn < v.lodging.checkOut, {
    error: 'visit.lodgingDates',
    path: ['lodging', 'checkOut'],
  }));
export type VisitRegisterInput = z.infer<typeof visitRegisterSchema>;

export const ownerSchema = lazySchema(() => z.object({ party: z.enum(partyIds), role: z.enum(roles), unitId: z.string().optional() }));

const person = lazySchema(() => z.object({ id: z.string(), name: z.string() }));

/** One checklist step of a reception plan. Steps from the standard carry their clause and source sentence. */
export const visitStepSchema = lazySchema(() => z.object({
  id: z.string(),
  kind: z.enum(stepKinds),
  title: bilingual,
  /** e.g. `第十条〔三〕1〔1〕②`; absent for a unit's own steps. */
  clause: z.string().optional(),
  /** The clause's sentence exactly as in the policy text (its wording, not yet read with the key). */
  source: z.string().optional(),
  /** What the clause asks beyond the owner (chair, attendees, host, assistance), in words. */
  details: bilingual.optional(),
  owner: ownerSchema,
  /** Who may do it instead (e.g. company leadership meets VIP chairmen in special cases). */
  alternates: z.array(ownerSchema).optional(),
  /** Who helps (配合): told when the step opens, cannot tick it. */
  assist: z.array(ownerSchema).optional(),
  /** Where the collected information is reported (报…): told when the step is done. */
  reportTo: ownerSchema.optional(),
  chair: ownerSchema.optional(),
  host: ownerSchema.optional(),
  attendees: z.array(ownerSchema).optional(),
  /** Who may attend as the case or the customer asks (酌情参加, 依据客户建议). */
  mayAttend: z.array(ownerSchema).optional(),
  /** The text names no one for this step: the hosting unit (〔一〕) answers for it. */
  ownerImplied: z.boolean().optional(),
  dueAt: z.iso.datetime(),
  status: z.enum(stepStatuses),
  doneAt: z.iso.datetime().optional(),
  doneBy: person.optional(),
  note: z.string().optional(),
}));
export type VisitStep = z.infer<typeof visitStepSchema>;

/**
 * One open step filed under the party that owns it (shared/reception/open-steps.ts): the 工作台's "reception steps I
 * own" and the visit list's 我负责的步骤 read these, never every visit. Written with each change of its visit.
 */
export const myStepSchema = lazySchema(() => z.object({
  /** `unit-head@east`, or a company role (`leadership`). */
  holder: z.string(),
  visitId: z.string(),
  stepId: z.string(),
  kind: z.enum(stepKinds),
  title: bilingual,
  dueAt: z.iso.datetime(),
  customerId: z.string(),
  customerName: z.string(),
  hostUnitId: z.string(),
  arrivalAt: z.iso.datetime(),
}));
export type MyStep = z.infer<typeof myStepSchema>;

/** One submission of the plan and, once decided, its decision. */
export const approvalRoundSchema = lazySchema(() => z.object({
  submittedAt: z.iso.datetime(),
  submittedBy: person,
  planNotes: z.string().optional(),
  decision: z.enum(['approved', 'rejected']).optional(),
  decidedAt: z.iso.datetime().optional(),
  decidedBy: person.optional(),
  reason: z.string().optional(),
}));
export type ApprovalRound = z.infer<typeof approvalRoundSchema>;

export const followUpKinds = ['revisit', 'service-request', 'other'] as const;

export const followUpSchema = lazySchema(() => z.strictObject({
  description: z.string().trim().min(2).max(500),
  kind: z.enum(followUpKinds),
  ownerId: z.string().trim().min(1).max(64).optional(),
  dueOn: z.iso.date().optional(),
}));

/**
 * A recorded follow-up item. Once it becomes a service request or a revisit it carries that record's id
 * (and the record carries the visit's, for service requests: `visitFollowUp`), who turned it and when.
 */
export const recordedFollowUpSchema = lazySchema(() => followUpSchema.extend({
  id: z.string(),
  serviceRequestId: z.string().optional(),
  revisitId: z.string().optional(),
  convertedAt: z.iso.datetime().optional(),
  convertedBy: person.optional(),
}));
export type RecordedFollowUp = z.infer<typeof recordedFollowUpSchema>;

export const visitRecordSchema = lazySchema(() => z.object({
  metWith: z.array(z.string()),
  outcomes: z.string(),
  followUps: z.array(recordedFollowUpSchema),
  recordedAt: z.iso.datetime(),
  recordedBy: person,
}));
export type VisitRecord = z.infer<typeof visitRecordSchema>;

/** A visit as stored and as returned (reads add the `overdue` flags, see reception/plan.ts). */
export const visitSchema = lazySchema(() => z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  /** The customer's tier when the visit was registered: the standard that applies is fixed then. */
  tier: z.enum(tiers),
  /** The highest rank among the visitors. */
  rank: z.enum(visitorRanks),
  cell: z.enum(cellIds),
  hostUnitId: unitCodeSchema,
  registeredBy: person.extend({ role: z.enum(roles) }),
  registeredAt: z.iso.datetime(),
  visitors: z.array(visitorSchema),
  arrivalAt: z.iso.datetime(),
  departureAt: z.iso.datetime(),
  purpose: z.string(),
  travel: travelSchema,
  lodging: lodgingSchema,
  headcount: z.number().int(),
  status: z.enum(visitStatuses),
  plan: z.object({ drafter: ownerSchema, notes: z.string() }),
  approval: z.object({
    required: z.boolean(),
    approver: ownerSchema.optional(),
    status: z.enum(['not-required', 'pending', 'approved', 'rejected']),
    rounds: z.array(approvalRoundSchema),
  }),
  steps: z.array(visitStepSchema),
  record: visitRecordSchema.optional(),
  cancellation: z.object({ at: z.iso.datetime(), by: person, reason: z.string() }).optional(),
  updatedAt: z.iso.datetime(),
  version: z.number().int().positive(),
}));
export type Visit = z.infer<typeof visitSchema>;

/** POST /visits/{id}/approval: leadership approves, or rejects with a reason. */
export const visitDecisionSchema = lazySchema(() => z
  .strictObject({
    decision: z.enum(['approved', 'rejected']),
    reason: z.string().trim().max(1000).optional(),
  })
  .refine((d) => d.decision === 'approved' || (d.reason?.length ?? 0) >= 2, { error: 'visit.reasonRequired', path: ['reason'] }));
export type VisitDecision = z.infer<typeof visitDecisionSchema>;

/** POST /visits/{id}/resubmit: the drafter revises the plan after a rejection. */
export const visitResubmitSchema = lazySchema(() => z.strictObject({
  planNotes: z.string().trim().max(4000).optional(),
}));

/** POST /visits/{id}/steps/{stepId}/done */
export const stepDoneSchema = lazySchema(() => z.strictObject({
  note: z.string().trim().max(1000).default(''),
}));

/** PUT /visits/{id}/steps: a general or reserve customer's visit, the hosting unit's own checklist. */
export const unitStepsSchema = lazySchema(() => z.strictObject({
  steps: z
    .array(
      z.strictObject({
        /** An existing step keeps its status; a step without id is new. */
        id: z.string().max(64).optional(),
        title: z.string().trim().min(1).max(100),
        dueAt: instant,
        details: z.string().trim().max(500).optional(),
      }),
    )
    .max(40),
}));
export type UnitStepsInput = z.infer<typeof unitStepsSchema>;

/** POST /visits/{id}/record: after the visit, who met the guests, the outcomes and follow-up items. */
export const visitRecordInputSchema = lazySchema(() => z.strictObject({
  metWith: z.array(z.string().trim().min(1).max(50)).min(1).max(30),
  outcomes: z.string().trim().min(2).max(4000),
  followUps: z.array(followUpSchema).max(30).default([]),
}));
export type VisitRecordInput = z.infer<typeof visitRecordInputSchema>;

/**
 * POST /visits/{id}/follow-ups/{followUpId}/service-request: the follow-up becomes a service request
 * received through the visit (channel `visit`), the caller its first-inquiry owner (R7). What the customer
 * raised is the item as recorded (不得隐瞒): the receiver may add a note below it, never replace it.
 */
export const followUpServiceRequestSchema = followUpRequestSchema;
export type FollowUpServiceRequestInput = z.infer<typeof followUpServiceRequestSchema>;

export const visitCancelSchema = lazySchema(() => z.strictObject({
  reason: z.string().trim().min(2).max(500),
}));

const maxRangeDays = 92;

/** GET /visits: visits on the calendar between two dates (Asia/Shanghai, inclusive), of a unit or all. */
export const visitCalendarQuerySchema = lazySchema(() => z
  .strictObject({
    from: z.iso.date(),
    to: z.iso.date(),
    unitId: unitCodeSchema.optional(),
  })
  .refine((q) => q.from <= q.to, { error: 'visit.rangeOrder', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= maxRangeDays * 86_400_000, { error: 'visit.rangeTooLong', path: ['to'] }));
export type VisitCalendarQuery = z.infer<typeof visitCalendarQuerySchema>;

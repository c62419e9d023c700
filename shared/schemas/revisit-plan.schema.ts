import * as z from 'zod';
import { revisitChannels } from '../revisits/rules';
import { unitCodeSchema } from './unit-code.schema';
import { tiers } from '../customer-options';
import { temporaryPlanMaxDays } from '../revisits/plan-limits';
import { lazySchema } from '../lazy-schema';

const text = (max: number) => z.string().trim().max(max);
const person = lazySchema(() => z.object({ id: z.string(), name: z.string() }));
const dayMs = 86_400_000;

export { temporaryPlanMaxDays };

/** The year an annual plan is for, as it appears in a path. */
export const planYearSchema = lazySchema(() => z.coerce.number().int().min(2020, { error: 'revisitPlan.year' }).max(2100, { error: 'revisitPlan.year' }));

/** Planned revisits of one tier in Q1–Q4. */
const quarterTargetsSchema = lazySchema(() => z.array(z.number().int().min(0).max(100_000)).length(4));

/** Planned revisits per tier and quarter (R6 "annual plan"): how many revisits the unit means to make. */
export const annualTargetsSchema = lazySchema(() => z.strictObject({
  vip: quarterTargetsSchema,
  key: quarterTargetsSchema,
  general: quarterTargetsSchema,
  reserve: quarterTargetsSchema,
}));
export type AnnualTargets = z.infer<typeof annualTargetsSchema>;

/** PUT /revisit-plans/annual/{unitId}/{year} (If-Match: the version edited; "0" for a plan not written yet). */
export const annualPlanInputSchema = lazySchema(() => z.strictObject({
  targets: annualTargetsSchema,
  notes: text(2000).default(''),
}));
export type AnnualPlanInput = z.infer<typeof annualPlanInputSchema>;

/** A business unit's annual revisit plan as stored; version 0 is the empty plan of a year not planned yet. */
export const annualPlanSchema = lazySchema(() => z.object({
  unitId: unitCodeSchema,
  year: z.number().int(),
  targets: annualTargetsSchema,
  notes: z.string(),
  version: z.number().int().min(0),
  updatedAt: z.iso.datetime().optional(),
  updatedBy: person.optional(),
}));
export type AnnualPlan = z.infer<typeof annualPlanSchema>;

/** One change of an annual plan: who, when, before → after (before is absent for the first version). */
export const annualPlanChangeSchema = lazySchema(() => z.object({
  unitId: unitCodeSchema,
  year: z.number().int(),
  version: z.number().int().positive(),
  at: z.iso.datetime(),
  by: person,
  before: z.object({ targets: annualTargetsSchema, notes: z.string() }).optional(),
  after: z.object({ targets: annualTargetsSchema, notes: z.string() }),
}));
export type AnnualPlanChange = z.infer<typeof annualPlanChangeSchema>;

export const temporaryPlanStatuses = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type TemporaryPlanStatus = (typeof temporaryPlanStatuses)[number];

const planFields = () => ({
  purpose: z.string().trim().min(2).max(500),
  /** The new need or the problem many customers raised (R6: why a temporary plan). */
  background: text(2000).default(''),
  customerIds: z.array(z.string().trim().min(1).max(64)).min(1).max(200),
  /** The channels that count for this plan (on-site only, say); all by default. */
  channels: z.array(z.enum(revisitChannels)).min(1).max(revisitChannels.length).default([...revisitChannels]),
  /** First and last day, Asia/Shanghai, both inclusive. */
  startDate: z.iso.date(),
  endDate: z.iso.date(),
});

type Dated = { startDate: string; endDate: string; customerIds: string[] };
const datesInOrder = (p: Dated) => p.endDate >= p.startDate;
const notTooLong = (p: Dated) => Date.parse(p.endDate) - Date.parse(p.startDate) < temporaryPlanMaxDays * dayMs;
const distinct = (p: Dated) => new Set(p.customerIds).size === p.customerIds.length;

/** POST /revisit-plans/temporary/{planId}/resubmit: the plan revised after a rejection (its unit stays). */
export const temporaryPlanEditSchema = lazySchema(() => z
  .strictObject(planFields())
  .refine(datesInOrder, { error: 'revisitPlan.dateOrder', path: ['endDate'] })
  .refine(notTooLong, { error: 'revisitPlan.tooLong', path: ['endDate'] })
  .refine(distinct, { error: 'revisitPlan.duplicateCustomer', path: ['customerIds'] }));
export type TemporaryPlanEdit = z.infer<typeof temporaryPlanEditSchema>;

/** POST /revisit-plans/temporary: a unit user's plan is for their own unit; everyone else names the unit. */
export const temporaryPlanCreateSchema = lazySchema(() => z
  .strictObject({ ...planFields(), unitId: unitCodeSchema.optional() })
  .refine(datesInOrder, { error: 'revisitPlan.dateOrder', path: ['endDate'] })
  .refine(notTooLong, { error: 'revisitPlan.tooLong', path: ['endDate'] })
  .refine(distinct, { error: 'revisitPlan.duplicateCustomer', path: ['customerIds'] }));
export type TemporaryPlanCreate = z.infer<typeof temporaryPlanCreateSchema>;

/** POST /revisit-plans/temporary/{planId}/decision: leadership approves, or rejects with a reason. */
export const temporaryPlanDecisionSchema = lazySchema(() => z
  .strictObject({
    decision: z.enum(['approved', 'rejected']),
    reason: text(1000).optional(),
  })
  .refine((d) => d.decision === 'approved' || (d.reason?.length ?? 0) >= 2, { error: 'revisitPlan.reasonRequired', path: ['reason'] }));
export type TemporaryPlanDecision = z.infer<typeof temporaryPlanDecisionSchema>;

/** POST /revisit-plans/temporary/{planId}/cancel */
export const temporaryPlanCancelSchema = lazySchema(() => z.strictObject({
  reason: z.string().trim().min(2, { error: 'revisitPlan.reasonRequired' }).max(1000),
}));

/** A customer as the plan lists it (a snapshot when the plan was written). */
export const planCustomerSchema = lazySchema(() => z.object({
  id: z.string(),
  name: z.string(),
  tier: z.enum(tiers),
  ownerId: z.string(),
}));
export type PlanCustomer = z.infer<typeof planCustomerSchema>;

/** A temporary revisit plan as stored and returned. */
export const temporaryPlanSchema = lazySchema(() => z.object({
  id: z.string(),
  unitId: unitCodeSchema,
  purpose: z.string(),
  background: z.string(),
  customers: z.array(planCustomerSchema),
  channels: z.array(z.enum(revisitChannels)),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  status: z.enum(temporaryPlanStatuses),
  createdBy: person.extend({ role: z.string() }),
  createdAt: z.iso.datetime(),
  /** The latest submission (creation or resubmission). */
  submittedAt: z.iso.datetime(),
  /** Every decision, oldest first; the last one stands. */
  decisions: z.array(
    z.object({ decision: z.enum(['approved', 'rejected']), reason: z.string().optional(), by: person, at: z.iso.datetime() }),
  ),
  /** When leadership approved it: the plan runs from then on (never before its start date). */
  approvedAt: z.iso.datetime().optional(),
  cancellation: z.object({ by: person, at: z.iso.datetime(), reason: z.string() }).optional(),
  updatedAt: z.iso.datetime(),
  version: z.number().int().positive(),
}));
export type TemporaryPlan = z.infer<typeof temporaryPlanSchema>;

/** GET /revisit-plans/temporary */
export const temporaryPlanListQuerySchema = lazySchema(() => z.strictObject({
  status: z.enum(temporaryPlanStatuses).optional(),
  unitId: unitCodeSchema.optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}));
export type TemporaryPlanListQuery = z.infer<typeof temporaryPlanListQuerySchema>;

/** GET /revisit-plans/due: approved plans' revisits on the days [from, to] (Shanghai dates). */
export const planDueQuerySchema = lazySchema(() => z
  .strictObject({
    unitId: unitCodeSchema.optional(),
    ownerId: z.string().trim().max(64).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .refine((q) => !q.from || !q.to || q.to >= q.from, { error: 'revisitPlan.dateOrder', path: ['to'] })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) < 92 * dayMs, { error: 'visit.rangeTooLong', path: ['to'] }));
export type PlanDueQuery = z.infer<typeof planDueQuerySchema>;

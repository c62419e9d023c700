import * as z from 'zod';
import { periodKinds } from '../revisits/periods';
import { revisitChannels, visitorRanks } from '../revisits/rules';
import { tiers } from '../customer-options';
import { unitCodeSchema } from './unit-code.schema';
import { lazySchema } from '../lazy-schema';

const text = (max: number) => z.string().trim().max(max);

/** Someone who went on the revisit, and their rank (which decides the obligations it meets, R6). */
export const revisitVisitorSchema = lazySchema(() => z.strictObject({
  name: z.string().trim().min(1).max(50),
  rank: z.enum(visitorRanks),
  /** The staff member, when the visitor is one of ours in the directory. */
  staffId: z.string().trim().max(64).optional(),
}));

/** Follow-up of an earlier service item (R6 content 2): its progress, result and the customer's rating. */
export const serviceFollowUpSchema = lazySchema(() => z.strictObject({
  item: z.string().trim().min(1).max(200),
  progress: text(1000).default(''),
  result: text(1000).default(''),
  rating: z.number().int().min(1).max(5).optional(),
  /** The service request it follows up, when there is one (R7). */
  serviceRequestId: z.string().trim().max(64).optional(),
}));

/** POST /customers/{customerId}/revisits: the record of one revisit, with the four contents of R6. */
export const revisitCreateSchema = lazySchema(() => z.strictObject({
  /** When it took place; must not be in the future. */
  visitedAt: z.iso.datetime({ offset: true }),
  channel: z.enum(revisitChannels),
  visitors: z.array(revisitVisitorSchema).min(1).max(20),
  /** ① the customer's opinions and suggestions */
  opinions: text(4000).default(''),
  /** ② follow-up of earlier service items */
  serviceFollowUps: z.array(serviceFollowUpSchema).max(50).default([]),
  /** ③ recent products, policies and rules promoted */
  promoted: text(4000).default(''),
  /** ④ the customer's plans, latent needs and the support asked of the company */
  plansAndNeeds: text(4000).default(''),
  satisfaction: z.number().int().min(1).max(5),
  /** Issues raised, kept as follow-up items; each gets an id a service request can name (`revisitItemId`, R7). */
  issues: z.array(z.strictObject({ text: z.string().trim().min(1).max(1000) })).max(50).default([]),
}));
export type RevisitCreate = z.infer<typeof revisitCreateSchema>;

export const revisitIssueSchema = lazySchema(() => z.object({
  id: z.string(),
  text: z.string(),
  status: z.enum(['open', 'turned-into-request', 'closed']),
  serviceRequestId: z.string().optional(),
}));

/** A revisit as stored (in its customer's partition) and returned. */
export const revisitSchema = lazySchema(() => z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  unitId: unitCodeSchema,
  /** The customer's tier when the revisit was recorded (for the quarterly evaluation by tier). */
  tierAtVisit: z.enum(tiers),
  visitedAt: z.iso.datetime(),
  channel: z.enum(revisitChannels),
  visitors: z.array(z.object({ name: z.string(), rank: z.enum(visitorRanks), staffId: z.string().optional() })),
  opinions: z.string(),
  serviceFollowUps: z.array(
    z.object({
      item: z.string(),
      progress: z.string(),
      result: z.string(),
      rating: z.number().int().optional(),
      serviceRequestId: z.string().optional(),
    }),
  ),
  promoted: z.string(),
  plansAndNeeds: z.string(),
  satisfaction: z.number().int().min(1).max(5),
  issues: z.array(revisitIssueSchema),
  recordedBy: z.object({ id: z.string(), name: z.string() }),
  recordedAt: z.iso.datetime(),
  /** Set when the revisit carried out feedback raised at a customer meeting (第三条〔八〕); the feedback names this revisit back. */
  meetingFeedback: z.object({ meetingId: z.string(), feedbackId: z.string() }).optional(),
  version: z.number().int().positive(),
}));
export type Revisit = z.infer<typeof revisitSchema>;

/** GET /customers/{customerId}/revisits: newest first, optionally within [from, to] (Shanghai dates). */
export const revisitListQuerySchema = lazySchema(() => z.strictObject({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}));
export type RevisitListQuery = z.infer<typeof revisitListQuerySchema>;

/** GET /revisits/coverage: the period holding `at` (a Shanghai date, default today). */
export const coverageQuerySchema = lazySchema(() => z.strictObject({
  period: z.enum(periodKinds).default('quarter'),
  at: z.iso.date().optional(),
  unitId: unitCodeSchema.optional(),
}));
export type CoverageQuery = z.infer<typeof coverageQuerySchema>;

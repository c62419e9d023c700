import * as z from 'zod';
import { tiers } from '../customer-options';
import { periodKinds } from '../revisits/periods';
import { revisitChannels, visitorRanks } from '../revisits/rules';
import { coverageQuerySchema, revisitCreateSchema, revisitListQuerySchema, revisitSchema } from '../schemas/revisit.schema';
import { revisitSettingsSchema } from '../schemas/revisit-settings.schema';
import { followUpToRequestSchema } from '../schemas/revisit-follow-up.schema';
import { revisitCalendarQuerySchema } from '../schemas/revisit-calendar.schema';
import { serviceRequestSchema } from '../schemas/service-request.schema';
import { pageOf, settingsHistoryOf, storedSettingsOf } from './common.contract';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

const bilingual = lazySchema(() => z.object({ 'zh-CN': z.string(), en: z.string() }));
const obligationStatus = lazySchema(() => z.enum(['met', 'open', 'due-soon', 'overdue']));
/** shared/revisits/periods.ts */
export const periodSchema = lazySchema(() => z.object({ kind: z.enum(periodKinds), id: z.string(), start: z.string(), end: z.string() }));

export const coverageRowSchema = lazySchema(() => z.object({
  unitId: z.string(),
  tier: z.enum(tiers),
  ruleId: z.string(),
  label: bilingual,
  obligations: z.number().int(),
  met: z.number().int(),
  /** met / obligations, 0–1; 1 when nothing is owed. */
  share: z.number(),
  /** The share the policy demands (1 = 100% for VIP and key), when it sets one. */
  target: z.number().optional(),
}));

export const owedItemSchema = lazySchema(() => z.object({
  customerId: z.string(),
  customerName: z.string(),
  unitId: z.string(),
  ownerId: z.string(),
  tier: z.enum(tiers),
  ruleId: z.string(),
  owed: bilingual,
  periodId: z.string(),
  status: obligationStatus,
  /** Set when a temporary plan owes it (`ruleId` is then `plan#<planId>`). */
  plan: z.object({ id: z.string(), purpose: z.string(), endDate: z.string() }).optional(),
}));

/** shared/revisits/plan-coverage.ts: an approved temporary plan ending in the period, its own row. */
export const planCoverageRowSchema = lazySchema(() => z.object({
  unitId: z.string(),
  planId: z.string(),
  purpose: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  owed: z.number().int(),
  met: z.number().int(),
  overdue: z.number().int(),
  share: z.number(),
}));

export const coverageSchema = lazySchema(() => z.object({
  period: periodSchema,
  previousPeriod: periodSchema,
  rows: z.array(coverageRowSchema),
  byTier: z.array(coverageRowSchema.omit({ unitId: true, ruleId: true, label: true })),
  dueSoon: z.array(owedItemSchema),
  overdue: z.array(owedItemSchema),
  plans: z.array(planCoverageRowSchema),
}));

export const obligationStatusItemSchema = lazySchema(() => z.object({
  key: z.string(),
  ruleId: z.string(),
  label: bilingual,
  periodKind: z.enum(periodKinds),
  periodId: z.string(),
  /** The period's last day (Asia/Shanghai). */
  dueDate: z.string(),
  tier: z.enum(tiers),
  status: obligationStatus,
  metBy: z.array(z.string()),
  selective: z.boolean(),
  target: z.number().optional(),
}));

/** shared/revisits/calendar.ts CalendarEntry: what every entry says, the day (Asia/Shanghai) and whose customer it is. */
const entryOn = () => ({ date: z.string(), customerId: z.string(), customerName: z.string(), unitId: z.string(), ownerId: z.string() });
export const calendarEntrySchema = lazySchema(() => z.discriminatedUnion('kind', [
  z.object({ ...entryOn(), kind: z.literal('due'), tier: z.enum(tiers), ruleId: z.string(), label: bilingual, periodId: z.string(), status: obligationStatus, metBy: z.array(z.string()) }),
  z.object({
    ...entryOn(),
    kind: z.literal('revisit'),
    revisitId: z.string(),
    channel: z.enum(revisitChannels),
    visitors: z.array(z.object({ name: z.string(), rank: z.enum(visitorRanks) })),
    satisfaction: z.number(),
  }),
  z.object({
    ...entryOn(),
    kind: z.literal('plan'),
    tier: z.enum(tiers),
    planId: z.string(),
    purpose: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    status: z.enum(['upcoming', 'open', 'due-soon', 'overdue', 'met']),
    metBy: z.array(z.string()),
  }),
]));

/** functions/revisits/use-cases/revisit-calendar.ts: a month of one person's or one unit's customers. */
export const revisitCalendarSchema = lazySchema(() => z.object({
  month: z.string(),
  scope: z.discriminatedUnion('kind', [z.object({ kind: z.literal('person'), ownerId: z.string() }), z.object({ kind: z.literal('unit'), unitId: z.string() })]),
  /** Live customers the calendar covers. */
  customers: z.number().int(),
  entries: z.array(calendarEntrySchema),
}));

/** Revisits (客户回访, R6): records, coverage, each customer's obligations, the rules as a setting. */
export const revisitsContracts = defineContracts({
  'POST /customers/{customerId}/revisits': { summary: 'Record a revisit', body: revisitCreateSchema, status: 201, response: revisitSchema },
  'GET /customers/{customerId}/revisits': { summary: 'A customer’s revisits, newest first', query: revisitListQuerySchema, response: pageOf(revisitSchema) },
  'GET /revisits/coverage': { summary: 'Coverage of the revisit obligations by unit, tier and rule (R6, R8)', query: coverageQuerySchema, response: coverageSchema },
  'GET /revisits/calendar': { summary: 'A month of revisits due and made', query: revisitCalendarQuerySchema, response: revisitCalendarSchema },
  'GET /settings/revisits': { summary: 'The R6 frequency rules and reminder timing (ETag: version)', response: storedSettingsOf(revisitSettingsSchema) },
  'PUT /settings/revisits': { summary: 'Change the rules (If-Match)', body: revisitSettingsSchema, response: storedSettingsOf(revisitSettingsSchema) },
  'POST /customers/{customerId}/revisits/{revisitId}/issues/{itemId}/service-request': {
    summary: 'Open a service request from a revisit’s follow-up item',
    body: followUpToRequestSchema,
    status: 201,
    response: lazySchema(() => z.object({ revisit: revisitSchema, serviceRequest: serviceRequestSchema })),
  },
  'GET /customers/{customerId}/revisit-obligations': { summary: 'The customer’s standing against each rule', response: lazySchema(() => z.object({ items: z.array(obligationStatusItemSchema) })) },
  'GET /settings/revisits/history': { summary: 'Earlier versions of the rules, newest first', response: settingsHistoryOf(revisitSettingsSchema) },
});

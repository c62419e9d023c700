import * as z from 'zod';
import {
  annualPlanChangeSchema,
  annualPlanInputSchema,
  annualPlanSchema,
  planCustomerSchema,
  planDueQuerySchema,
  temporaryPlanCancelSchema,
  temporaryPlanCreateSchema,
  temporaryPlanDecisionSchema,
  temporaryPlanEditSchema,
  temporaryPlanListQuerySchema,
  temporaryPlanSchema,
} from '../schemas/revisit-plan.schema';
import { pageOf } from './common.contract';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

/** shared/revisits/plans.ts PlanRevisitItem: one revisit an approved temporary plan owes, with its status now. */
export const planRevisitItemSchema = lazySchema(() => z.object({
  planId: z.string(),
  purpose: z.string(),
  unitId: z.string(),
  customer: planCustomerSchema,
  window: z.object({ start: z.string(), end: z.string() }),
  status: z.enum(['upcoming', 'open', 'due-soon', 'overdue', 'met']),
  metBy: z.array(z.string()),
}));

/** shared/revisits/plans.ts TemporaryPlanView: the plan and what it owes. */
export const temporaryPlanViewSchema = lazySchema(() => z.object({ plan: temporaryPlanSchema, items: z.array(planRevisitItemSchema) }));

/** Revisit plans (R6): each unit's annual plan, and temporary plans approved by leadership before they run. */
export const revisitPlansContracts = defineContracts({
  'GET /revisit-plans/annual/{unitId}/{year}': {
    summary: 'A unit’s annual plan (version 0: not written yet) with its changes',
    response: lazySchema(() => z.object({ plan: annualPlanSchema, history: z.array(annualPlanChangeSchema) })),
  },
  'PUT /revisit-plans/annual/{unitId}/{year}': {
    summary: 'Write the annual plan (If-Match)',
    body: annualPlanInputSchema,
    readOnly: ['unitId', 'year', 'version', 'updatedAt', 'updatedBy'],
    response: annualPlanSchema,
  },
  'POST /revisit-plans/temporary': {
    summary: 'Propose a temporary plan (for leadership’s approval)',
    body: temporaryPlanCreateSchema,
    readOnly: ['id', 'status', 'customers', 'createdBy', 'createdAt', 'decisions', 'approvedAt', 'version'],
    status: 201,
    response: temporaryPlanViewSchema,
  },
  'GET /revisit-plans/temporary': { summary: 'A page of temporary plans', query: temporaryPlanListQuerySchema, response: pageOf(temporaryPlanSchema) },
  'GET /revisit-plans/temporary/{planId}': { summary: 'A temporary plan and what it owes', response: temporaryPlanViewSchema },
  'POST /revisit-plans/temporary/{planId}/decision': { summary: 'Leadership approves or rejects', body: temporaryPlanDecisionSchema, response: temporaryPlanViewSchema },
  'POST /revisit-plans/temporary/{planId}/resubmit': { summary: 'Change a rejected plan and submit it again', body: temporaryPlanEditSchema, readOnly: ['unitId', 'status'], response: temporaryPlanViewSchema },
  'POST /revisit-plans/temporary/{planId}/cancel': { summary: 'Cancel a plan', body: temporaryPlanCancelSchema, response: temporaryPlanViewSchema },
  'GET /revisit-plans/due': {
    summary: 'What approved temporary plans owe on the days asked',
    query: planDueQuerySchema,
    response: lazySchema(() => z.object({ from: z.string(), to: z.string(), items: z.array(planRevisitItemSchema) })),
  },
});

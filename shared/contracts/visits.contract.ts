import * as z from 'zod';
import {
  followUpServiceRequestSchema,
  myStepSchema,
  stepDoneSchema,
  unitStepsSchema,
  visitCalendarQuerySchema,
  visitCancelSchema,
  visitDecisionSchema,
  visitRecordInputSchema,
  visitRegisterSchema,
  visitResubmitSchema,
  visitSchema,
  visitStepSchema,
} from '../schemas/visit.schema';
import { revisitCreateSchema, revisitSchema } from '../schemas/revisit.schema';
import { serviceRequestSchema } from '../schemas/service-request.schema';
import { pageQuerySchema } from '../schemas/page.schema';
import { pageOf } from './common.contract';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

/** shared/reception/plan.ts visitView: the visit with each step's overdue flag worked out on reading. */
export const visitViewSchema = lazySchema(() => visitSchema.extend({
  steps: z.array(visitStepSchema.extend({ overdue: z.boolean() })),
  overdueCount: z.number().int(),
}));

/** Customer visits and reception plans (客户接待, R5). Every answer with a visit gives its view (the steps' overdue flags). */
export const visitsContracts = defineContracts({
  'POST /visits': { body: visitRegisterSchema, status: 201, response: visitViewSchema },
  'GET /visits': { query: visitCalendarQuerySchema, response: lazySchema(() => z.object({ items: z.array(visitViewSchema), truncated: z.boolean() })) },
  'GET /visit-approvals': { query: pageQuerySchema, response: pageOf(visitViewSchema) },
  'GET /visit-steps': { summary: 'The open reception steps the caller’s role (in their unit) owns, soonest due first', query: pageQuerySchema, response: lazySchema(() => pageOf(myStepSchema.extend({ overdue: z.boolean() }))) },
  'GET /visits/{visitId}': { response: visitViewSchema },
  'POST /visits/{visitId}/approval': { body: visitDecisionSchema, response: visitViewSchema },
  'POST /visits/{visitId}/resubmit': { body: visitResubmitSchema, response: visitViewSchema },
  'POST /visits/{visitId}/steps/{stepId}/done': { body: stepDoneSchema, response: visitViewSchema },
  'PUT /visits/{visitId}/steps': { body: unitStepsSchema, response: visitViewSchema },
  'POST /visits/{visitId}/record': { body: visitRecordInputSchema, response: visitViewSchema },
  'POST /visits/{visitId}/cancel': { body: visitCancelSchema, response: visitViewSchema },
  'GET /customers/{customerId}/visits': { query: pageQuerySchema, response: pageOf(visitViewSchema) },
  'POST /visits/{visitId}/follow-ups/{followUpId}/service-request': { body: followUpServiceRequestSchema, status: 201, response: lazySchema(() => z.object({ visit: visitViewSchema, serviceRequest: serviceRequestSchema })) },
  'POST /visits/{visitId}/follow-ups/{followUpId}/revisit': { body: revisitCreateSchema, status: 201, response: lazySchema(() => z.object({ visit: visitViewSchema, revisit: revisitSchema })) },
});

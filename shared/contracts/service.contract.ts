import * as z from 'zod';
import { serviceActionSchema, serviceEventSchema, serviceListQuerySchema, serviceRequestCreateSchema, serviceRequestSchema } from '../schemas/service-request.schema';
import { countsSchema, pageOf } from './common.contract';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

/** A request as lists and reads show it: `overdue` is worked out on reading (past its expected date, still open). */
export const listedRequestSchema = lazySchema(() => serviceRequestSchema.extend({ overdue: z.boolean() }));

export const serviceStatsSchema = lazySchema(() => z.object({
  total: z.number().int(),
  /** More requests than the figures look at (the newest 5,000). */
  truncated: z.boolean().optional(),
  byKind: countsSchema,
  byStatus: countsSchema,
  byDepartment: countsSchema,
  openByAge: countsSchema,
  overdue: z.number().int(),
  averageSatisfaction: z.number().nullable(),
}));

/** Service requests and complaints under first-inquiry responsibility (首问负责制, R7). */
export const serviceContracts = defineContracts({
  'POST /service-requests': { summary: 'Receive a request (the receiver owns it first)', body: serviceRequestCreateSchema, status: 201, response: serviceRequestSchema },
  'GET /service-requests': { summary: 'A page of requests in one view', query: serviceListQuerySchema, response: pageOf(listedRequestSchema) },
  'GET /service-requests/stats': { summary: 'R8 figures over the newest requests', response: serviceStatsSchema },
  'GET /service-requests/{requestId}': {
    summary: 'A request and its timeline',
    response: lazySchema(() => listedRequestSchema.extend({ timeline: z.array(serviceEventSchema) })),
  },
  'POST /service-requests/{requestId}/actions': { summary: 'Resolve, pend, transfer, reschedule… (If-Match optional)', body: serviceActionSchema, response: serviceRequestSchema },
});

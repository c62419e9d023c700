import * as z from 'zod';
import { roles } from '../roles';
import { staffListQuerySchema, staffStatuses } from '../schemas/staff.schema';
import { listOf } from './common.contract';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

/** A colleague for owner pickers: who they are, not how a message reaches them. */
export const staffMemberSchema = lazySchema(() => z.object({ id: z.string(), name: z.string(), role: z.enum(roles), unitId: z.string().optional(), status: z.enum(staffStatuses).optional() }));

export const staffContracts = defineContracts({
  'GET /staff': { summary: 'Staff in the caller’s scope (a unit user: their own unit)', query: staffListQuerySchema, response: listOf(staffMemberSchema) },
  'GET /staff/names': { summary: 'Every person’s name, to show who did what', response: lazySchema(() => listOf(z.object({ id: z.string(), name: z.string() }))) },
});

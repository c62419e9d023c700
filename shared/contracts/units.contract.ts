import * as z from 'zod';
import { unitChangeSchema, unitCreateSchema, unitPatchSchema, unitSchema } from '../schemas/unit.schema';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

/** Business units (业务单位, R1). A `{code}` that cannot be a unit code names no unit (404), like an unknown one. */
export const unitsContracts = defineContracts({
  'GET /units': { summary: 'Every unit, retired ones included', response: lazySchema(() => z.object({ items: z.array(unitSchema) })) },
  'POST /units': { summary: 'Create a unit', body: unitCreateSchema, response: unitSchema, status: 201 },
  'PATCH /units/{code}': { summary: 'Rename a unit, set its heads or region (If-Match)', body: unitPatchSchema, response: unitSchema },
  'POST /units/{code}/retire': { summary: 'Retire a unit with no customers and no active staff', response: unitSchema },
  'GET /units/{code}/history': { summary: 'A unit’s changes, newest first', response: lazySchema(() => z.object({ items: z.array(unitChangeSchema) })) },
});

import * as z from 'zod';
import { roles } from '../roles';
import { unitIds } from '../units';

/** A member of staff as the directory knows them; `id` is the Cognito username. */
export const staffSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(roles),
  unitId: z.enum(unitIds).optional(),
});
export type Staff = z.infer<typeof staffSchema>;

export const staffListQuerySchema = z.strictObject({
  unitId: z.enum(unitIds).optional(),
});

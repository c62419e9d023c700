import { z } from 'zod';
import { roles } from '../roles';
import { unitCodeSchema } from './unit.schema';

/** A member of staff as the directory knows them; `id` is the Cognito username. */
export const staffSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(roles),
  unitId: unitCodeSchema.optional(),
});
export type Staff = z.infer<typeof staffSchema>;

export const staffListQuerySchema = z.strictObject({
  unitId: unitCodeSchema.optional(),
});

import { z } from 'zod';
import { roles } from '../roles';
import { unitIds } from '../units';

/** A member of staff as the directory knows them; `id` is the Cognito username. */
export const staffSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(roles),
  unitId: z.enum(unitIds).optional(),
  /**
   * The person's user id in the company's WeCom / DingTalk app (issue 12), so a notice reaches them there
   * directly (functions/core/channels/company-apps.ts). Optional; kept by user administration (issue 11).
   */
  wecomUserId: z.string().max(64).optional(),
  dingtalkUserId: z.string().max(64).optional(),
});
export type Staff = z.infer<typeof staffSchema>;

export const staffListQuerySchema = z.strictObject({
  unitId: z.enum(unitIds).optional(),
});

import * as z from 'zod';
import { roles } from '../roles';
import { staffStatuses } from '../users/staff-status';
import { unitCodeSchema } from './unit-code.schema';
import { lazySchema } from '../lazy-schema';

export { staffStatus, staffStatuses, type StaffStatus } from '../users/staff-status';

/** A member of staff as the directory knows them; `id` is the Cognito username. */
export const staffSchema = lazySchema(() => z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(roles),
  unitId: unitCodeSchema.optional(),
  email: z.string().optional(),
  mobile: z.string().optional(),
  /** Absent: active (entries from before accounts were managed in the app, test fixtures). See `staffStatus`. */
  status: z.enum(staffStatuses).optional(),
  /** Optimistic locking for PATCH /users (If-Match); absent on entries from before, read as 0. */
  version: z.number().int().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  /**
   * The person's user id in the company's WeCom / DingTalk app (issue 12), so a notice reaches them there
   * directly (functions/core/channels/company-apps.ts). Optional; kept by user administration (issue 11).
   */
  wecomUserId: z.string().max(64).optional(),
  dingtalkUserId: z.string().max(64).optional(),
}));
export type Staff = z.infer<typeof staffSchema>;
export type StaffInput = z.input<typeof staffSchema>;

export const staffVersion = (s: Pick<Staff, 'version'>): number => s.version ?? 0;

export const staffListQuerySchema = lazySchema(() => z.strictObject({
  unitId: unitCodeSchema.optional(),
}));

/** Who someone is, for showing a name where a person did something (GET /staff/names). */
export type StaffName = Pick<Staff, 'id' | 'name'>;

import * as z from 'zod';
import { unitCodeSchema } from './unit-code.schema';
import { lazySchema } from '../lazy-schema';

/**
 * GET /revisits/calendar: one month (Asia/Shanghai, default this month) of one person's customers
 * (`ownerId`, default the caller) or of a whole unit (`unitId`).
 */
export const revisitCalendarQuerySchema = lazySchema(() => z
  .strictObject({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'calendar.month' }).optional(),
    unitId: unitCodeSchema.optional(),
    ownerId: z.string().trim().min(1).max(64).optional(),
  })
  .refine((q) => !(q.unitId && q.ownerId), { error: 'calendar.oneScope', path: ['ownerId'] }));
export type RevisitCalendarQuery = z.infer<typeof revisitCalendarQuerySchema>;

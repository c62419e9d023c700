import * as z from 'zod';
import { unitCodeSchema } from './unit-code.schema';
import { lazySchema } from '../lazy-schema';

const date = lazySchema(() => z.iso.date());
const format = lazySchema(() => z.enum(['json', 'xlsx']).default('json'));

/** `GET /reports/tiers?from=&to=&unitId=&format=`: the period (Shanghai dates, inclusive), default the last 30 days. */
export const tierReportQuerySchema = lazySchema(() => z
  .strictObject({ from: date.optional(), to: date.optional(), unitId: unitCodeSchema.optional(), format })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'visit.rangeOrder', path: ['to'] }));
export type TierReportQuery = z.output<typeof tierReportQuerySchema>;

/** `GET /reports/archive-freshness?unitId=&ownerId=&format=`. */
export const freshnessReportQuerySchema = lazySchema(() => z.strictObject({
  unitId: unitCodeSchema.optional(),
  ownerId: z.string().trim().min(1).max(64).optional(),
  format,
}));
export type FreshnessReportQuery = z.output<typeof freshnessReportQuerySchema>;

/** `GET /reports/service-quality?from=&to=&department=&format=`: months 'YYYY-MM', inclusive; default the last 6. */
const month = lazySchema(() => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/));
export const serviceQualityQuerySchema = lazySchema(() => z
  .strictObject({ from: month.optional(), to: month.optional(), department: z.string().trim().max(40).optional(), format })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'visit.rangeOrder', path: ['to'] }));
export type ServiceQualityQuery = z.output<typeof serviceQualityQuerySchema>;

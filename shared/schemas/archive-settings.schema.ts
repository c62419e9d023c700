import * as z from 'zod';
import { defaultStalePeriodMonths } from '../archive-freshness';
import { lazySchema } from '../lazy-schema';

/** The archive's freshness rule (R2 及时更新): an archive not verified within the period is stale. */
export const archiveSettingsSchema = lazySchema(() => z.strictObject({
  /** Whole calendar months after the last verification (or creation) before an archive is stale. */
  stalePeriodMonths: z.number().int().min(1, { error: 'archiveSettings.period' }).max(60, { error: 'archiveSettings.period' }),
}));
export type ArchiveSettings = z.infer<typeof archiveSettingsSchema>;

/** The policy's default: "configurable, default 12 months". */
export const defaultArchiveSettings: ArchiveSettings = { stalePeriodMonths: defaultStalePeriodMonths };

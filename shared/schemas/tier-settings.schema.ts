import { z } from 'zod';
import { creditRatings } from './customer.schema';

export const amountPeriods = ['trailing-12-months', 'calendar-year'] as const;
export type AmountPeriod = (typeof amountPeriods)[number];

/** The tier rules' parameters (R3), changed only by an administrator, with history. */
export const tierSettingsSchema = z
  .strictObject({
    /** VIP from this annual amount (inclusive), with good credit. Default 500,000.00 yuan. */
    vipThresholdFen: z.number().int().positive(),
    /** Key from this annual amount (inclusive). Default 100,000.00 yuan. */
    keyThresholdFen: z.number().int().positive(),
    /** Credit grades that count as good payment credit (付款信用优秀) for VIP. */
    goodCreditRatings: z.array(z.enum(creditRatings)).min(1),
    /** What "annual" means: the trailing 12 months (default) or the calendar year to date. */
    period: z.enum(amountPeriods),
  })
  .refine((s) => s.keyThresholdFen < s.vipThresholdFen, { error: 'tiers.thresholdOrder', path: ['keyThresholdFen'] });
export type TierSettings = z.infer<typeof tierSettingsSchema>;

export const defaultTierSettings: TierSettings = {
  vipThresholdFen: 50_000_000,
  keyThresholdFen: 10_000_000,
  goodCreditRatings: ['AAA', 'AA'],
  period: 'trailing-12-months',
};

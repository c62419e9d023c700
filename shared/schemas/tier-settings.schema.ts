import * as z from 'zod';
import { defaultCreditGrades, gradeKey } from '../credit-grades';
import { creditGradeSchema } from './credit-grade.schema';
import { lazySchema } from '../lazy-schema';

export const amountPeriods = ['trailing-12-months', 'calendar-year'] as const;
export type AmountPeriod = (typeof amountPeriods)[number];

const unique = (grades: readonly string[]) => new Set(grades.map(gradeKey)).size === grades.length;

/** The tier rules' parameters (R3) and the credit grades, changed only by an administrator, with history. */
export const tierSettingsSchema = lazySchema(() => z
  .strictObject({
    /** VIP from this annual amount (inclusive), with good credit. Default 500,000.00 yuan. */
    vipThresholdFen: z.number().int().positive(),
    /** Key from this annual amount (inclusive). Default 100,000.00 yuan. */
    keyThresholdFen: z.number().int().positive(),
    /** The credit grades a customer may hold (信用状况), best first. */
    creditGrades: z.array(creditGradeSchema).min(2).max(12).refine(unique, { error: 'creditGrades.duplicate' }),
    /** Credit grades that count as good payment credit (付款信用优秀) for VIP; each one of `creditGrades`. */
    goodCreditRatings: z.array(creditGradeSchema).min(1),
    /** What "annual" means: the trailing 12 months (default) or the calendar year to date. */
    period: z.enum(amountPeriods),
  })
  .refine((s) => s.keyThresholdFen < s.vipThresholdFen, { error: 'tiers.thresholdOrder', path: ['keyThresholdFen'] })
  .refine((s) => s.goodCreditRatings.every((g) => s.creditGrades.includes(g)), { error: 'creditGrades.goodUnknown', path: ['goodCreditRatings'] }));
export type TierSettings = z.infer<typeof tierSettingsSchema>;

export const defaultTierSettings: TierSettings = {
  vipThresholdFen: 50_000_000,
  keyThresholdFen: 10_000_000,
  creditGrades: [...defaultCreditGrades],
  goodCreditRatings: ['AAA', 'AA'],
  period: 'trailing-12-months',
};

/** Settings as stored: those written before the grades became a setting held the default grades. */
export const storedTierSettingsSchema = lazySchema(() => z.preprocess(
  (v) => (v && typeof v === 'object' && !('creditGrades' in v) ? { ...v, creditGrades: [...defaultCreditGrades] } : v),
  tierSettingsSchema,
));

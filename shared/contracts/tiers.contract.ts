import * as z from 'zod';
import { customerSchema } from '../schemas/customer.schema';
import { tierHistoryEntrySchema } from '../schemas/tier-history.schema';
import { amountPeriods, tierSettingsSchema } from '../schemas/tier-settings.schema';
import { tierOverrideInputSchema } from '../schemas/tier-override.schema';
import { listOf, settingsHistoryOf, storedSettingsOf } from './common.contract';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

/** functions/tiers/use-cases/get-monthly-totals.ts: every month of the amount period, oldest first, zero when quiet. */
export const monthlyTotalsSchema = lazySchema(() => z.object({
  period: z.enum(amountPeriods),
  annualAmountFen: z.number().int(),
  months: z.array(z.object({ month: z.string(), amountFen: z.number().int() })),
}));

/** Tiers (客户分级, R3): history, Sales' override, the thresholds as a setting. */
export const tiersContracts = defineContracts({
  'GET /customers/{customerId}/tier-history': { summary: 'A customer’s tier changes, newest first', response: listOf(tierHistoryEntrySchema) },
  // The stored customer (its tier fields are what the SPA takes): only Sales heads may set or lift an override.
  'PUT /customers/{customerId}/tier-override': { summary: 'Set or replace Sales’ override (reason, expiry)', body: tierOverrideInputSchema, response: customerSchema },
  'DELETE /customers/{customerId}/tier-override': { summary: 'Lift the override; the computed tier applies again', response: customerSchema },
  'GET /settings/tiers': { summary: 'The thresholds and credit grades in force (ETag: version)', response: storedSettingsOf(tierSettingsSchema) },
  'PUT /settings/tiers': { summary: 'Change the thresholds (If-Match)', body: tierSettingsSchema, response: storedSettingsOf(tierSettingsSchema) },
  'GET /customers/{customerId}/monthly-totals': { summary: 'The customer’s order totals by month over the amount period', response: monthlyTotalsSchema },
  'GET /settings/tiers/history': { summary: 'Earlier thresholds, newest first', response: settingsHistoryOf(tierSettingsSchema) },
});

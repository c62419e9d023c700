import { tierHistoryEntrySchema } from '../schemas/tier-history.schema';
import { tierSettingsSchema } from '../schemas/tier-settings.schema';
import { tierOverrideInputSchema } from '../schemas/tier-override.schema';
import { listOf } from './common.contract';
import { defineContracts } from './route-contract';

export const tiersContracts = defineContracts({
  'GET /customers/{customerId}/tier-history': { summary: 'A customer’s tier changes, newest first', response: listOf(tierHistoryEntrySchema) },
  'PUT /customers/{customerId}/tier-override': { body: tierOverrideInputSchema },
  'DELETE /customers/{customerId}/tier-override': {},
  'GET /settings/tiers': {},
  'PUT /settings/tiers': { body: tierSettingsSchema },
  'GET /customers/{customerId}/monthly-totals': {},
  'GET /settings/tiers/history': {},
});

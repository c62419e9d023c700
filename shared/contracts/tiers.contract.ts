import { tierSettingsSchema } from '../schemas/tier-settings.schema';
import { tierOverrideInputSchema } from '../schemas/tier-override.schema';
import { defineContracts } from './route-contract';

export const tiersContracts = defineContracts({
  'GET /customers/{customerId}/tier-history': {},
  'PUT /customers/{customerId}/tier-override': { body: tierOverrideInputSchema },
  'DELETE /customers/{customerId}/tier-override': {},
  'GET /settings/tiers': {},
  'PUT /settings/tiers': { body: tierSettingsSchema },
  'GET /customers/{customerId}/monthly-totals': {},
  'GET /settings/tiers/history': {},
});

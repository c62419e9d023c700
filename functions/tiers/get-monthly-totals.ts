import { tiersContracts } from '#shared/contracts/tiers.contract';
import { http } from '#core/http/http';
import { tierDeps } from './deps';
import { getMonthlyTotals } from './use-cases/get-monthly-totals';

const deps = tierDeps();

export const handler = http('GET /customers/{customerId}/monthly-totals', async ({ params, principal }) => ({
  status: 200,
  body: await getMonthlyTotals(deps, params.customerId, principal),
}), tiersContracts);

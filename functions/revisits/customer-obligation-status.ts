import { revisitsContracts } from '#shared/contracts/revisits.contract';
import { http } from '#core/http/http';
import { revisitDeps } from './deps';
import { customerObligationStatus } from './use-cases/customer-obligation-status';

const deps = revisitDeps();

export const handler = http('GET /customers/{customerId}/revisit-obligations', async ({ params, principal }) => ({
  status: 200,
  body: await customerObligationStatus(deps, params.customerId, principal),
}), revisitsContracts);

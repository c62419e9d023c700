import type { PolicyRequest, PreferentialPolicy } from '#shared/schemas/preferential-policy.schema';
import { DomainError } from '#core/errors';
import type { Principal } from '#core/principal';
import { getCustomer } from '../../customers/use-cases/get-customer';
import type { PolicyDeps } from '../deps';

/**
 * Sales drafts a preferential policy request (R3):
 * 1. only for a customer the caller can see that is VIP or key now;
 * 2. recorded as pending, with the assessment (综合考评), for the GM office meeting to decide.
 */
export async function requestPolicy(deps: PolicyDeps, customerId: string, input: PolicyRequest, principal: Principal): Promise<PreferentialPolicy> {
  const customer = await getCustomer(deps, customerId, principal);
  if (customer.tier !== 'vip' && customer.tier !== 'key') throw new DomainError('invalid', 'policy_tier_not_eligible');
  const policy: PreferentialPolicy = {
    id: deps.newId(),
    customerId,
    customerName: customer.name,
    unitId: customer.unitId,
    ...input,
    status: 'pending',
    requestedBy: principal.id,
    requestedAt: deps.now().toISOString(),
    version: 1,
  };
  await deps.policies.create(policy);
  return policy;
}

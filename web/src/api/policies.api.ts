import type { PolicyDecision, PolicyRequest, PolicyStatus, PreferentialPolicy } from '#shared/schemas/preferential-policy.schema';
import { apiRequest } from './api-client';

export interface PolicyPage {
  items: PreferentialPolicy[];
  nextCursor: string | null;
}

const customerPolicies = (customerId: string) => `/customers/${encodeURIComponent(customerId)}/preferential-policies`;

export async function listCustomerPolicies(customerId: string): Promise<PreferentialPolicy[]> {
  const { data } = await apiRequest<{ items: PreferentialPolicy[] }>('GET', customerPolicies(customerId));
  return data.items;
}

/** Sales drafts a request for a VIP or key customer (400 `policy_tier_not_eligible` otherwise). */
export async function requestPolicy(customerId: string, input: PolicyRequest): Promise<PreferentialPolicy> {
  const { data } = await apiRequest<PreferentialPolicy>('POST', customerPolicies(customerId), { body: input });
  return data;
}

export async function listPolicies(params: { status: PolicyStatus; cursor?: string; limit?: number }): Promise<PolicyPage> {
  const { data } = await apiRequest<PolicyPage>('GET', '/preferential-policies', { query: { ...params } });
  return data;
}

/** Leadership records the GM office meeting's decision; 409 `policy_already_decided` when someone did first. */
export async function decidePolicy(customerId: string, policyId: string, input: PolicyDecision): Promise<PreferentialPolicy> {
  const { data } = await apiRequest<PreferentialPolicy>(
    'POST',
    `${customerPolicies(customerId)}/${encodeURIComponent(policyId)}/decision`,
    { body: input },
  );
  return data;
}

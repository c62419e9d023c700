import type { PolicyDecision, PolicyRequest, PolicyStatus } from '#shared/schemas/preferential-policy.schema';
import { api, type ApiAnswer } from './api-client';

// The answers' types come from the routes' contracts (shared/contracts/policies.contract.ts).
export type PolicyPage = ApiAnswer<'GET /preferential-policies'>;
export type PreferentialPolicy = PolicyPage['items'][number];

export async function listCustomerPolicies(customerId: string): Promise<PreferentialPolicy[]> {
  const { data } = await api('GET /customers/{customerId}/preferential-policies', { params: { customerId } });
  return data.items;
}

/** Sales drafts a request for a VIP or key customer (400 `policy_tier_not_eligible` otherwise). */
export async function requestPolicy(customerId: string, input: PolicyRequest): Promise<PreferentialPolicy> {
  const { data } = await api('POST /customers/{customerId}/preferential-policies', { params: { customerId }, body: input });
  return data;
}

export async function listPolicies(query: { status: PolicyStatus; cursor?: string; limit?: number }): Promise<PolicyPage> {
  const { data } = await api('GET /preferential-policies', { query });
  return data;
}

/** Leadership records the GM office meeting's decision; 409 `policy_already_decided` when someone did first. */
export async function decidePolicy(customerId: string, policyId: string, input: PolicyDecision): Promise<PreferentialPolicy> {
  const { data } = await api('POST /customers/{customerId}/preferential-policies/{policyId}/decision', { params: { customerId, policyId }, body: input });
  return data;
}

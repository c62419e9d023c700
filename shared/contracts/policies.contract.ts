import { policyDecisionSchema, policyListQuerySchema, policyRequestSchema, preferentialPolicySchema } from '../schemas/preferential-policy.schema';
import { listOf, pageOf } from './common.contract';
import { defineContracts } from './route-contract';

/** Preferential policies (优惠政策, R3): Sales drafts, leadership records the GM office meeting's decision. */
export const policiesContracts = defineContracts({
  'POST /customers/{customerId}/preferential-policies': { summary: 'Request a policy for a VIP or key customer', body: policyRequestSchema, status: 201, response: preferentialPolicySchema },
  'GET /customers/{customerId}/preferential-policies': { summary: 'A customer’s policies', response: listOf(preferentialPolicySchema) },
  'POST /customers/{customerId}/preferential-policies/{policyId}/decision': {
    summary: 'Record the GM office meeting’s decision',
    body: policyDecisionSchema,
    response: preferentialPolicySchema,
  },
  'GET /preferential-policies': { summary: 'A page of policies in one status', query: policyListQuerySchema, response: pageOf(preferentialPolicySchema) },
});

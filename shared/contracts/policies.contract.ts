import { policyDecisionSchema, policyListQuerySchema, policyRequestSchema } from '../schemas/preferential-policy.schema';
import { defineContracts } from './route-contract';

export const policiesContracts = defineContracts({
  'POST /customers/{customerId}/preferential-policies': { body: policyRequestSchema },
  'GET /customers/{customerId}/preferential-policies': {},
  'POST /customers/{customerId}/preferential-policies/{policyId}/decision': { body: policyDecisionSchema },
  'GET /preferential-policies': { query: policyListQuerySchema },
});

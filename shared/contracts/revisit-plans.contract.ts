import { annualPlanInputSchema, planDueQuerySchema, temporaryPlanCancelSchema, temporaryPlanCreateSchema, temporaryPlanDecisionSchema, temporaryPlanEditSchema, temporaryPlanListQuerySchema } from '../schemas/revisit-plan.schema';
import { defineContracts } from './route-contract';

export const revisitPlansContracts = defineContracts({
  'GET /revisit-plans/annual/{unitId}/{year}': {},
  'PUT /revisit-plans/annual/{unitId}/{year}': { body: annualPlanInputSchema, readOnly: ['unitId', 'year', 'version', 'updatedAt', 'updatedBy'] },
  'POST /revisit-plans/temporary': { body: temporaryPlanCreateSchema, readOnly: ['id', 'status', 'customers', 'createdBy', 'createdAt', 'decisions', 'approvedAt', 'version'] },
  'GET /revisit-plans/temporary': { query: temporaryPlanListQuerySchema },
  'GET /revisit-plans/temporary/{planId}': {},
  'POST /revisit-plans/temporary/{planId}/decision': { body: temporaryPlanDecisionSchema },
  'POST /revisit-plans/temporary/{planId}/resubmit': { body: temporaryPlanEditSchema, readOnly: ['unitId', 'status'] },
  'POST /revisit-plans/temporary/{planId}/cancel': { body: temporaryPlanCancelSchema },
  'GET /revisit-plans/due': { query: planDueQuerySchema },
});

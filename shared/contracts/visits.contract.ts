import { followUpServiceRequestSchema, stepDoneSchema, unitStepsSchema, visitCalendarQuerySchema, visitCancelSchema, visitDecisionSchema, visitRecordInputSchema, visitRegisterSchema, visitResubmitSchema } from '../schemas/visit.schema';
import { revisitCreateSchema } from '../schemas/revisit.schema';
import { pageQuerySchema } from '../schemas/page.schema';
import { defineContracts } from './route-contract';

export const visitsContracts = defineContracts({
  'POST /visits': { body: visitRegisterSchema },
  'GET /visits': { query: visitCalendarQuerySchema },
  'GET /visit-approvals': { query: pageQuerySchema },
  'GET /visits/{visitId}': {},
  'POST /visits/{visitId}/approval': { body: visitDecisionSchema },
  'POST /visits/{visitId}/resubmit': { body: visitResubmitSchema },
  'POST /visits/{visitId}/steps/{stepId}/done': { body: stepDoneSchema },
  'PUT /visits/{visitId}/steps': { body: unitStepsSchema },
  'POST /visits/{visitId}/record': { body: visitRecordInputSchema },
  'POST /visits/{visitId}/cancel': { body: visitCancelSchema },
  'GET /customers/{customerId}/visits': { query: pageQuerySchema },
  'POST /visits/{visitId}/follow-ups/{followUpId}/service-request': { body: followUpServiceRequestSchema },
  'POST /visits/{visitId}/follow-ups/{followUpId}/revisit': { body: revisitCreateSchema },
});

import { serviceActionSchema, serviceListQuerySchema, serviceRequestCreateSchema } from '../schemas/service-request.schema';
import { defineContracts } from './route-contract';

export const serviceContracts = defineContracts({
  'POST /service-requests': { body: serviceRequestCreateSchema },
  'GET /service-requests': { query: serviceListQuerySchema },
  'GET /service-requests/stats': {},
  'GET /service-requests/{requestId}': {},
  'POST /service-requests/{requestId}/actions': { body: serviceActionSchema },
});

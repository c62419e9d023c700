import { staffListQuerySchema } from '../schemas/staff.schema';
import { defineContracts } from './route-contract';

export const staffContracts = defineContracts({
  'GET /staff': { query: staffListQuerySchema },
});

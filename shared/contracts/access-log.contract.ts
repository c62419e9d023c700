import { accessLogExportQuerySchema, accessLogQuerySchema } from '../schemas/access-log.schema';
import { defineContracts } from './route-contract';

export const accessLogContracts = defineContracts({
  'GET /access-log': { query: accessLogQuerySchema },
  'GET /access-log/export': { query: accessLogExportQuerySchema },
});

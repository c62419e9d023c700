import { freshnessReportQuerySchema, serviceQualityQuerySchema, tierReportQuerySchema } from '../schemas/report.schema';
import { defineContracts } from './route-contract';

export const reportsContracts = defineContracts({
  'GET /reports/tiers': { query: tierReportQuerySchema },
  'GET /reports/archive-freshness': { query: freshnessReportQuerySchema },
  'GET /reports/service-quality': { query: serviceQualityQuerySchema },
});

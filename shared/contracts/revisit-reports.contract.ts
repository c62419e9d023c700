import { reportListQuerySchema, reportReviewSchema, reportWrittenSchema } from '../schemas/revisit-report.schema';
import { defineContracts } from './route-contract';

export const revisitReportsContracts = defineContracts({
  'GET /revisit-reports': { query: reportListQuerySchema },
  'GET /revisit-reports/{unitId}/{quarter}': {},
  'PUT /revisit-reports/{unitId}/{quarter}': { body: reportWrittenSchema, readOnly: ['status', 'figures', 'submissions', 'reviews', 'version'] },
  'POST /revisit-reports/{unitId}/{quarter}/submit': { body: reportWrittenSchema, readOnly: ['status', 'figures', 'submissions', 'reviews', 'version'] },
  'POST /revisit-reports/{unitId}/{quarter}/review': { body: reportReviewSchema },
  'GET /revisit-reports/{unitId}/{quarter}/export': {},
});

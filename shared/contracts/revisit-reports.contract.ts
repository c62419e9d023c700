import * as z from 'zod';
import { reportListQuerySchema, reportListRowSchema, reportReviewSchema, reportWrittenSchema, revisitReportViewSchema } from '../schemas/revisit-report.schema';
import { downloadLinkSchema } from './common.contract';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

const systemFields = ['status', 'figures', 'submissions', 'reviews', 'version'];

/** The quarterly revisit evaluation per unit (R6): figures by the system, judgement by the unit head, reviewed by Sales. */
export const revisitReportsContracts = defineContracts({
  'GET /revisit-reports': { summary: 'One quarter’s reports, a row per unit in scope', query: reportListQuerySchema, response: lazySchema(() => z.object({ quarter: z.string(), items: z.array(reportListRowSchema) })) },
  'GET /revisit-reports/{unitId}/{quarter}': { summary: 'A unit’s report with its figures (ETag: version)', response: revisitReportViewSchema },
  'PUT /revisit-reports/{unitId}/{quarter}': { summary: 'Save the written parts (If-Match)', body: reportWrittenSchema, readOnly: systemFields, response: revisitReportViewSchema },
  'POST /revisit-reports/{unitId}/{quarter}/submit': { summary: 'Submit: the figures are frozen for review (If-Match)', body: reportWrittenSchema, readOnly: systemFields, response: revisitReportViewSchema },
  'POST /revisit-reports/{unitId}/{quarter}/review': { summary: 'Sales accepts or returns the report (If-Match)', body: reportReviewSchema, response: revisitReportViewSchema },
  'GET /revisit-reports/{unitId}/{quarter}/export': { summary: 'The report as .xlsx (a download link)', response: downloadLinkSchema },
});

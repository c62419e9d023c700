import {
  acknowledgementSchema,
  objectionSchema,
  scorecardListQuerySchema,
  scorecardListSchema,
  scorecardViewSchema,
  scorecardSystemFields,
  scorecardWrittenSchema,
} from '../schemas/assessment.schema';
import { departmentScorecardPathSchema } from '../schemas/department.schema';
import { downloadLinkSchema } from './common.contract';
import { defineContracts } from './route-contract';

/**
 * The General Office's department assessment (第六条〔八〕, R9) on the assessment engine's shapes
 * (shared/schemas/assessment.schema.ts). `{department}` is 'sales', 'finance' or 'unit:<code>'; any other is 404.
 */
export const departmentAssessmentsContracts = defineContracts({
  'GET /assessments/departments': {
    summary: 'A quarter’s department scorecards (default: this quarter), a row per department the caller may read',
    query: scorecardListQuerySchema,
    response: scorecardListSchema,
  },
  'GET /assessments/departments/{department}/{quarter}': {
    summary: 'A department’s scorecard of a quarter: its service figures beside the office’s evaluation (ETag: version)',
    params: departmentScorecardPathSchema,
    response: scorecardViewSchema,
  },
  'PUT /assessments/departments/{department}/{quarter}': {
    summary: 'The General Office saves scores, comments and the written evaluation (If-Match)',
    params: departmentScorecardPathSchema,
    body: scorecardWrittenSchema,
    readOnly: scorecardSystemFields,
    response: scorecardViewSchema,
  },
  'POST /assessments/departments/{department}/{quarter}/submit': {
    summary: 'The General Office submits it to the department’s head (If-Match); definitions and figures are frozen',
    params: departmentScorecardPathSchema,
    body: scorecardWrittenSchema,
    readOnly: scorecardSystemFields,
    response: scorecardViewSchema,
  },
  'POST /assessments/departments/{department}/{quarter}/acknowledge': { summary: 'The department’s head acknowledges it (If-Match)', params: departmentScorecardPathSchema, body: acknowledgementSchema, response: scorecardViewSchema },
  'POST /assessments/departments/{department}/{quarter}/object': { summary: 'The department’s head objects, with a reason (If-Match)', params: departmentScorecardPathSchema, body: objectionSchema, response: scorecardViewSchema },
  'GET /assessments/departments/{department}/{quarter}/export': { summary: 'The scorecard as .xlsx (a download link)', params: departmentScorecardPathSchema, response: downloadLinkSchema },
});

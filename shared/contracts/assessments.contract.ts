import {
  acknowledgementSchema,
  indicatorHistorySchema,
  indicatorSetSchema,
  indicatorSettingsViewSchema,
  objectionSchema,
  scorecardListQuerySchema,
  scorecardListSchema,
  scorecardViewSchema,
  scorecardSystemFields,
  scorecardWrittenSchema,
} from '../schemas/assessment.schema';
import { downloadLinkSchema } from './common.contract';
import { defineContracts } from './route-contract';

/** Assessments (考核, R9). `{kind}` is an assessment kind (shared/schemas/assessment.schema.ts); any other is 404. */
export const assessmentsContracts = defineContracts({
  'GET /settings/assessment-indicators/{kind}': { summary: 'The indicators of an assessment kind (ETag: version)', response: indicatorSettingsViewSchema },
  'PUT /settings/assessment-indicators/{kind}': {
    summary: 'Change a kind’s indicators (If-Match); a submitted scorecard keeps those it was submitted under',
    body: indicatorSetSchema,
    response: indicatorSettingsViewSchema,
  },
  'GET /settings/assessment-indicators/{kind}/history': { summary: 'Earlier versions of a kind’s indicators, newest first', response: indicatorHistorySchema },
  'GET /assessments/units': {
    summary: 'A quarter’s unit scorecards (default: this quarter), a row per unit the caller may read',
    query: scorecardListQuerySchema,
    response: scorecardListSchema,
  },
  'GET /assessments/units/{unitId}/{quarter}': { summary: 'A unit’s scorecard of a quarter with its computed indicators (ETag: version)', response: scorecardViewSchema },
  'PUT /assessments/units/{unitId}/{quarter}': { summary: 'Sales saves scores and comments (If-Match)', body: scorecardWrittenSchema, readOnly: scorecardSystemFields, response: scorecardViewSchema },
  'POST /assessments/units/{unitId}/{quarter}/submit': {
    summary: 'Sales submits the scorecard to the unit head (If-Match); definitions and values are frozen',
    body: scorecardWrittenSchema,
    readOnly: scorecardSystemFields,
    response: scorecardViewSchema,
  },
  'POST /assessments/units/{unitId}/{quarter}/acknowledge': { summary: 'The unit head acknowledges it (If-Match)', body: acknowledgementSchema, response: scorecardViewSchema },
  'POST /assessments/units/{unitId}/{quarter}/object': { summary: 'The unit head objects, with a reason (If-Match)', body: objectionSchema, response: scorecardViewSchema },
  'GET /assessments/units/{unitId}/{quarter}/export': { summary: 'The scorecard as .xlsx (a download link)', response: downloadLinkSchema },
});

import { indicatorHistorySchema, indicatorSetSchema, indicatorSettingsViewSchema } from '../schemas/assessment.schema';
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
});

import { assessmentsContracts } from '#shared/contracts/assessments.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { unitAssessmentDeps } from './unit-deps';
import { unitKind } from './unit-kind';
import { submitScorecardForAnswer } from './use-cases/assessment-engine';

const kind = unitKind(unitAssessmentDeps());

export const handler = http(
  'POST /assessments/units/{unitId}/{quarter}/submit',
  async ({ params, body, headers, principal }) => {
    const view = await submitScorecardForAnswer(kind, params.unitId, params.quarter, body, expectedVersion(headers['if-match']), principal);
    return { status: 200, body: view, headers: { etag: etagOf(view.scorecard.version) } };
  },
  assessmentsContracts,
);

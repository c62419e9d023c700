import { assessmentsContracts } from '#shared/contracts/assessments.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { unitAssessmentDeps } from './unit-deps';
import { unitKind } from './unit-kind';
import { saveScorecardDraft } from './use-cases/assessment-engine';

const kind = unitKind(unitAssessmentDeps());

export const handler = http(
  'PUT /assessments/units/{unitId}/{quarter}',
  async ({ params, body, headers, principal }) => {
    const view = await saveScorecardDraft(kind, params.unitId, params.quarter, body, expectedVersion(headers['if-match']), principal);
    return { status: 200, body: view, headers: { etag: etagOf(view.scorecard.version) } };
  },
  assessmentsContracts,
);

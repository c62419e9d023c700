import { assessmentsContracts } from '#shared/contracts/assessments.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { unitAssessmentDeps } from './unit-deps';
import { unitKind } from './unit-kind';
import { getScorecard } from './use-cases/assessment-engine';

const kind = unitKind(unitAssessmentDeps());

export const handler = http(
  'GET /assessments/units/{unitId}/{quarter}',
  async ({ params, principal }) => {
    const view = await getScorecard(kind, params.unitId, params.quarter, principal);
    return { status: 200, body: view, headers: { etag: etagOf(view.scorecard.version) } };
  },
  assessmentsContracts,
);

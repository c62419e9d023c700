import { departmentAssessmentsContracts } from '#shared/contracts/department-assessments.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { departmentAssessmentDeps } from './department-deps';
import { departmentKind } from './department-kind';
import { getScorecard } from './use-cases/assessment-engine';

const kind = departmentKind(departmentAssessmentDeps());

export const handler = http(
  'GET /assessments/departments/{department}/{quarter}',
  async ({ params, principal }) => {
    const view = await getScorecard(kind, params.department, params.quarter, principal);
    return { status: 200, body: view, headers: { etag: etagOf(view.scorecard.version) } };
  },
  departmentAssessmentsContracts,
);

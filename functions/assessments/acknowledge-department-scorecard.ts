import { departmentAssessmentsContracts } from '#shared/contracts/department-assessments.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { departmentAssessmentDeps } from './department-deps';
import { departmentKind } from './department-kind';
import { acknowledgeSubmittedScorecard } from './use-cases/assessment-engine';

const kind = departmentKind(departmentAssessmentDeps());

export const handler = http(
  'POST /assessments/departments/{department}/{quarter}/acknowledge',
  async ({ params, body, headers, principal }) => {
    const view = await acknowledgeSubmittedScorecard(kind, params.department, params.quarter, body.remark, expectedVersion(headers['if-match']), principal);
    return { status: 200, body: view, headers: { etag: etagOf(view.scorecard.version) } };
  },
  departmentAssessmentsContracts,
);

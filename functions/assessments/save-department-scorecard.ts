import { departmentAssessmentsContracts } from '#shared/contracts/department-assessments.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { departmentAssessmentDeps } from './department-deps';
import { departmentKind } from './department-kind';
import { saveScorecardDraft } from './use-cases/assessment-engine';

const kind = departmentKind(departmentAssessmentDeps());

export const handler = http(
  'PUT /assessments/departments/{department}/{quarter}',
  async ({ params, body, headers, principal }) => {
    const view = await saveScorecardDraft(kind, params.department, params.quarter, body, expectedVersion(headers['if-match']), principal);
    return { status: 200, body: view, headers: { etag: etagOf(view.scorecard.version) } };
  },
  departmentAssessmentsContracts,
);

import { departmentAssessmentsContracts } from '#shared/contracts/department-assessments.contract';
import { http } from '#core/http/http';
import { departmentAssessmentDeps } from './department-deps';
import { departmentKind } from './department-kind';
import { listScorecards } from './use-cases/assessment-engine';

const kind = departmentKind(departmentAssessmentDeps());

export const handler = http(
  'GET /assessments/departments',
  async ({ query, principal }) => ({ status: 200, body: await listScorecards(kind, query.quarter, principal) }),
  departmentAssessmentsContracts,
);

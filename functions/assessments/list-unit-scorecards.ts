import { assessmentsContracts } from '#shared/contracts/assessments.contract';
import { http } from '#core/http/http';
import { unitAssessmentDeps } from './unit-deps';
import { unitKind } from './unit-kind';
import { listScorecards } from './use-cases/assessment-engine';

const kind = unitKind(unitAssessmentDeps());

export const handler = http(
  'GET /assessments/units',
  async ({ query, principal }) => ({ status: 200, body: await listScorecards(kind, query.quarter, principal) }),
  assessmentsContracts,
);

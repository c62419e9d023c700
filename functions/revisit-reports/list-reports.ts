import { revisitReportsContracts } from '#shared/contracts/revisit-reports.contract';
import { http } from '#core/http/http';
import { revisitReportDeps } from './deps';
import { listReports } from './use-cases/reports';

const deps = revisitReportDeps();

export const handler = http(
  'GET /revisit-reports',
  async ({ query, principal }) => ({ status: 200, body: await listReports(deps, query.quarter, principal) }),
  revisitReportsContracts,
);

import { revisitReportsContracts } from '#shared/contracts/revisit-reports.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { quarterParam, unitParam } from '../revisit-plans/path-params';
import { revisitReportDeps } from './deps';
import { getReport } from './use-cases/reports';

const deps = revisitReportDeps();

export const handler = http('GET /revisit-reports/{unitId}/{quarter}', async ({ params, principal }) => {
  const view = await getReport(deps, await unitParam(deps.units, params.unitId), quarterParam(params.quarter), principal);
  return { status: 200, body: view, headers: { etag: etagOf(view.report.version) } };
}, revisitReportsContracts);

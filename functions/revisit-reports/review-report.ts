import { revisitReportsContracts } from '#shared/contracts/revisit-reports.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { quarterParam, unitParam } from '../revisit-plans/path-params';
import { revisitReportDeps } from './deps';
import { reviewSubmittedReport } from './use-cases/reports';

const deps = revisitReportDeps();

export const handler = http(
  'POST /revisit-reports/{unitId}/{quarter}/review',
  async ({ params, body, headers, principal }) => {
    const view = await reviewSubmittedReport(deps, await unitParam(deps.units, params.unitId), quarterParam(params.quarter), body, expectedVersion(headers['if-match']), principal);
    return { status: 200, body: view, headers: { etag: etagOf(view.report.version) } };
  },
  revisitReportsContracts,
);

import { revisitReportsContracts } from '#shared/contracts/revisit-reports.contract';
import { xlsxContentType } from '#shared/attachments';
import { downloadLink } from '#core/http/download-link';
import { http } from '#core/http/http';
import { quarterParam, unitParam } from '../revisit-plans/path-params';
import { revisitReportDeps } from './deps';
import { exportReport } from './use-cases/export-report';

const deps = revisitReportDeps();

export const handler = http('GET /revisit-reports/{unitId}/{quarter}/export', async ({ params, principal }) => {
  const file = await exportReport(deps, await unitParam(deps.units, params.unitId), quarterParam(params.quarter), principal);
  return downloadLink({ ...file, contentType: xlsxContentType }, principal);
}, revisitReportsContracts);

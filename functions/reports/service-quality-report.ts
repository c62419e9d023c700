import { reportsContracts } from '#shared/contracts/reports.contract';
import { xlsxContentType } from '#shared/attachments';
import { downloadLink } from '#core/http/download-link';
import { http } from '#core/http/http';
import { reportDeps } from './deps';
import { buildServiceQuality } from './use-cases/service-quality-report';
import { serviceQualityWorkbook } from './workbooks';

const deps = reportDeps();

export const handler = http(
  'GET /reports/service-quality',
  async ({ query, principal }) => {
    const report = await buildServiceQuality(deps, query, principal);
    if (query.format !== 'xlsx') return { status: 200, body: report };
    const file = await serviceQualityWorkbook(report, principal.name, deps.now());
    return downloadLink({ ...file, contentType: xlsxContentType }, principal);
  },
  reportsContracts,
);

import { reportsContracts } from '#shared/contracts/reports.contract';
import { xlsxContentType } from '#shared/attachments';
import { downloadLink } from '#core/http/download-link';
import { http } from '#core/http/http';
import { reportDeps } from './deps';
import { buildTierReport } from './use-cases/tier-report';
import { tierWorkbook } from './workbooks';

const deps = reportDeps();

export const handler = http(
  'GET /reports/tiers',
  async ({ query, principal }) => {
    const report = await buildTierReport(deps, query, principal);
    if (query.format !== 'xlsx') return { status: 200, body: report };
    const file = await tierWorkbook(report, principal.name, deps.now());
    return downloadLink({ ...file, contentType: xlsxContentType }, principal);
  },
  reportsContracts,
);

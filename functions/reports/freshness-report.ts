import { reportsContracts } from '#shared/contracts/reports.contract';
import { xlsxContentType } from '#shared/attachments';
import { downloadLink } from '#core/http/download-link';
import { http } from '#core/http/http';
import { reportDeps } from './deps';
import { buildFreshnessReport } from './use-cases/freshness-report';
import { freshnessWorkbook } from './workbooks';

const deps = reportDeps();

export const handler = http(
  'GET /reports/archive-freshness',
  async ({ query, principal }) => {
    const report = await buildFreshnessReport(deps, query, principal);
    if (query.format !== 'xlsx') return { status: 200, body: report };
    const file = await freshnessWorkbook(report, principal.name, deps.now());
    return downloadLink({ ...file, contentType: xlsxContentType }, principal);
  },
  reportsContracts,
);

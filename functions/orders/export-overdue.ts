import { xlsxContentType } from '#shared/attachments';
import { receivablesContracts } from '#shared/contracts/receivables.contract';
import { downloadLink } from '#core/http/download-link';
import { http } from '#core/http/http';
import { overdueExportDeps } from './deps';
import { exportOverdue } from './use-cases/export-overdue';

const deps = overdueExportDeps();

export const handler = http(
  'GET /receivables/overdue/export',
  async ({ query, principal, lang }) => downloadLink({ ...(await exportOverdue(deps, query, principal, lang)), contentType: xlsxContentType }, principal),
  receivablesContracts,
);

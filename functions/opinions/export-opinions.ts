import { xlsxContentType } from '#shared/attachments';
import { opinionsContracts } from '#shared/contracts/opinions.contract';
import { downloadLink } from '#core/http/download-link';
import { http } from '#core/http/http';
import { opinionDeps } from './deps';
import { exportOpinions } from './use-cases/export-opinions';

const deps = opinionDeps();

export const handler = http(
  'GET /opinions/export',
  async ({ query, principal, lang }) => downloadLink({ ...(await exportOpinions(deps, query, principal, lang)), contentType: xlsxContentType }, principal),
  opinionsContracts,
);

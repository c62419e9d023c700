import { attachmentsContracts } from '#shared/contracts/attachments.contract';
import { http } from '#core/http/http';
import { attachmentDeps } from './deps';
import { downloadAttachment } from './use-cases/download-attachment';

const deps = attachmentDeps();

export const handler = http(
  'GET /customers/{customerId}/attachments/{attachmentId}',
  async ({ params, query, principal }) => ({
    status: 200,
    body: await downloadAttachment(deps, params.customerId, params.attachmentId, principal, query.purpose),
  }),
  attachmentsContracts,
);

import { attachmentsContracts } from '#shared/contracts/attachments.contract';
import { http } from '#core/http/http';
import { attachmentDeps } from './deps';
import { listAttachments } from './use-cases/list-attachments';

const deps = attachmentDeps();

export const handler = http(
  'GET /customers/{customerId}/attachments',
  async ({ params, query, principal }) => ({ status: 200, body: await listAttachments(deps, params.customerId, principal, query.purpose) }),
  attachmentsContracts,
);

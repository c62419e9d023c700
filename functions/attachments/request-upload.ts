import { attachmentsContracts } from '#shared/contracts/attachments.contract';
import { http } from '#core/http/http';
import { attachmentDeps } from './deps';
import { requestUpload } from './use-cases/request-upload';

const deps = attachmentDeps();

export const handler = http(
  'POST /customers/{customerId}/attachments',
  async ({ params, body, principal }) => ({ status: 201, body: await requestUpload(deps, params.customerId, body, principal) }),
  attachmentsContracts,
);

import { salesTargetsContracts } from '#shared/contracts/sales-targets.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { salesTargetDeps } from './deps';
import { putTarget } from './use-cases/sales-targets';

const deps = salesTargetDeps();

export const handler = http(
  'PUT /sales-targets/{year}/{kind}/{subjectId}',
  async ({ params, body, headers, principal }) => {
    const target = await putTarget(deps, params, body, expectedVersion(headers['if-match']), principal);
    return { status: 200, body: target, headers: { etag: etagOf(target.version) } };
  },
  salesTargetsContracts,
);

import { salesTargetsContracts } from '#shared/contracts/sales-targets.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { salesTargetDeps } from './deps';
import { getTarget } from './use-cases/sales-targets';

const deps = salesTargetDeps();

export const handler = http(
  'GET /sales-targets/{year}/{kind}/{subjectId}',
  async ({ params, principal }) => {
    const out = await getTarget(deps, params, principal);
    return { status: 200, body: out, headers: { etag: etagOf(out.target?.version ?? 0) } };
  },
  salesTargetsContracts,
);

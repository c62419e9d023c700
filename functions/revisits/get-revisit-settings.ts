import { revisitsContracts } from '#shared/contracts/revisits.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { revisitDeps } from './deps';

const deps = revisitDeps();

/** The R6 frequency rules in force (the policy's until an administrator changes them), with their version as ETag. */
export const handler = http('GET /settings/revisits', async () => {
  const stored = await deps.settings.get();
  return { status: 200, body: stored, headers: { etag: etagOf(stored.version) } };
}, revisitsContracts);

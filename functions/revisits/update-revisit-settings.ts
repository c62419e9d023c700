import { revisitsContracts } from '#shared/contracts/revisits.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { revisitDeps } from './deps';

const deps = revisitDeps();

/** An administrator changes the R6 frequency rules; coverage, reminders and calendars use them from the next read. */
export const handler = http(
  'PUT /settings/revisits',
  async ({ headers, body, principal }) => {
    const stored = await deps.settings.put(body, expectedVersion(headers['if-match']), principal.id, deps.now().toISOString());
    return { status: 200, body: stored, headers: { etag: etagOf(stored.version) } };
  },
  revisitsContracts,
);

import { revisitsContracts } from '#shared/contracts/revisits.contract';
import { http } from '#core/http/http';
import { revisitDeps } from './deps';

const deps = revisitDeps();

/** Who changed the revisit rules, when, from what to what (newest first). */
export const handler = http('GET /settings/revisits/history', async () => ({
  status: 200,
  body: { items: await deps.settings.history() },
}), revisitsContracts);

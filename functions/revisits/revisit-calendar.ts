import { revisitsContracts } from '#shared/contracts/revisits.contract';
import { http } from '#core/http/http';
import { revisitDeps } from './deps';
import { revisitCalendar } from './use-cases/revisit-calendar';

const deps = revisitDeps();

export const handler = http(
  'GET /revisits/calendar',
  async ({ query, principal }) => ({ status: 200, body: await revisitCalendar(deps, query, principal) }),
  revisitsContracts,
);

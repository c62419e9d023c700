import { unitsContracts } from '#shared/contracts/units.contract';
import { http } from '#core/http/http';
import { unitDeps } from './deps';

const deps = unitDeps();

/** Every unit, retired ones included (old records still name them); forms offer the active ones. */
export const handler = http('GET /units', async () => ({ status: 200, body: { items: await deps.units.listFresh() } }), unitsContracts);

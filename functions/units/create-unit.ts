import { unitsContracts } from '#shared/contracts/units.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { unitDeps } from './deps';
import { createUnit } from './use-cases/units';

const deps = unitDeps();

export const handler = http(
  'POST /units',
  async ({ body, principal }) => {
    const unit = await createUnit(deps, body, principal);
    return { status: 201, body: unit, headers: { etag: etagOf(unit.version) } };
  },
  unitsContracts,
);

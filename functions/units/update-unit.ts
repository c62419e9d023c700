import { unitsContracts } from '#shared/contracts/units.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { unitDeps } from './deps';
import { unitCodeParam } from './unit-code-param';
import { updateUnit } from './use-cases/units';

const deps = unitDeps();

/** Rename a unit, set its heads or region, at the version read (If-Match, like customers). */
export const handler = http(
  'PATCH /units/{code}',
  async ({ params, headers, body, principal }) => {
    const unit = await updateUnit(deps, unitCodeParam(params), body, expectedVersion(headers['if-match']), principal);
    return { status: 200, body: unit, headers: { etag: etagOf(unit.version) } };
  },
  unitsContracts,
);

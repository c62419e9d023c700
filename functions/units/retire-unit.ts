import { unitsContracts } from '#shared/contracts/units.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { unitDeps } from './deps';
import { unitCodeParam } from './unit-code-param';
import { retireUnit } from './use-cases/units';

const deps = unitDeps();

/** Retire a unit with no customers and no active staff left (409 with the counts otherwise); If-Match optional. */
export const handler = http('POST /units/{code}/retire', async ({ params, headers, principal }) => {
  const version = headers['if-match'] ? expectedVersion(headers['if-match']) : undefined;
  const unit = await retireUnit(deps, unitCodeParam(params), version, principal);
  return { status: 200, body: unit, headers: { etag: etagOf(unit.version) } };
}, unitsContracts);

import { unitsContracts } from '#shared/contracts/units.contract';
import { notFound } from '#core/errors';
import { http } from '#core/http/http';
import { unitDeps } from './deps';
import { unitCodeParam } from './unit-code-param';

const deps = unitDeps();

/** A unit's changes, newest first: who, when, before → after. */
export const handler = http('GET /units/{code}/history', async ({ params }) => {
  const code = unitCodeParam(params);
  if (!(await deps.units.get(code))) throw notFound();
  return { status: 200, body: { items: await deps.units.history(code) } };
}, unitsContracts);

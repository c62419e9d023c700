import type { HomeScope, HomeView } from '#shared/schemas/home.schema';
import type { UnitId } from '#shared/units';
import { invalidFields } from '#core/errors';
import { dataScope, type Principal } from '#core/principal';
import type { HomeDeps } from '../deps';
import { homeTodos } from './home-todos';

/**
 * The 工作台 of the caller (issue 12):
 * 1. the scope of the figures: a unit user's own unit; everyone else the company, or one active unit they ask for
 *    (another code is refused: 400);
 * 2. the to-dos (homeTodos) and that scope's figures (one GetItem of the nightly job's summary) at once.
 * Nothing reads the customers themselves, so the answer costs the same at 100 or 100,000 customers.
 */
export async function getHome(deps: HomeDeps, query: { unitId?: UnitId }, me: Principal): Promise<HomeView> {
  const scope = dataScope(me);
  const shown: HomeScope = scope.kind === 'unit' ? scope.unitId : (query.unitId ?? 'company');
  const [todos, figures, units] = await Promise.all([homeTodos(deps, me), deps.summaries.figures(shown), deps.units.active()]);
  if (scope.kind !== 'unit' && query.unitId && !units.some((u) => u.code === query.unitId)) throw invalidFields({ unitId: 'unit.unknown' });
  const own = scope.kind === 'unit' ? units.filter((u) => u.code === scope.unitId) : units;
  return {
    todos,
    figures: figures ?? null,
    scopes: scope.kind === 'unit' ? [scope.unitId] : ['company', ...units.map((u) => u.code)],
    units: own.map((u) => ({ code: u.code, name: u.name, ...(u.nameEn ? { nameEn: u.nameEn } : {}) })),
  };
}

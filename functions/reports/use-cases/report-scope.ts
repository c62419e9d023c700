import type { Customer } from '#shared/schemas/customer.schema';
import type { UnitId, UnitLabel } from '#shared/units';
import { DomainError } from '#core/errors';
import { keys } from '#core/keys';
import { dataScope, type Principal } from '#core/principal';
import type { ReportDeps } from '../deps';

/**
 * The units a report covers: a unit head's own (asking for another is refused), else every active unit or the
 * one asked for; with the names of those the caller may choose from (the page's unit filter and row labels).
 */
export async function reportUnits(deps: Pick<ReportDeps, 'units'>, me: Principal, unitId?: UnitId): Promise<{ units: UnitId[]; choices: UnitLabel[] }> {
  const scope = dataScope(me);
  const active = await deps.units.active();
  const label = (u: UnitLabel): UnitLabel => ({ code: u.code, name: u.name, ...(u.nameEn ? { nameEn: u.nameEn } : {}) });
  if (scope.kind === 'unit') {
    if (unitId && unitId !== scope.unitId) throw new DomainError('forbidden', 'forbidden');
    const own = (await deps.units.find(scope.unitId)) ?? { code: scope.unitId, name: scope.unitId };
    return { units: [scope.unitId], choices: [label(own)] };
  }
  return { units: unitId ? [unitId] : active.map((u) => u.code), choices: active.map(label) };
}

/** A unit's live customers by the unit index (Queries, no Scan; a report is bounded by the company's customers). */
export const unitCustomers = (deps: Pick<ReportDeps, 'customers'>, unitId: UnitId): Promise<Customer[]> => deps.customers.all(keys.customerPartitions.unit(unitId));

/** Staff names by id, so reports show people by their names. */
export async function staffNames(deps: Pick<ReportDeps, 'staff'>): Promise<Map<string, string>> {
  return new Map((await deps.staff.list()).map((s) => [s.id, s.name]));
}

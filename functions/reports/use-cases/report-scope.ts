import type { Customer } from '#shared/schemas/customer.schema';
import { unitIds, type UnitId } from '#shared/units';
import { DomainError } from '#core/errors';
import { keys } from '#core/keys';
import { dataScope, type Principal } from '#core/principal';
import type { ReportDeps } from '../deps';

/** The units a report covers: a unit head's own (asking for another is refused), else all or the one asked for. */
export function reportUnits(me: Principal, unitId?: UnitId): UnitId[] {
  const scope = dataScope(me);
  if (scope.kind === 'unit') {
    if (unitId && unitId !== scope.unitId) throw new DomainError('forbidden', 'forbidden');
    return [scope.unitId];
  }
  return unitId ? [unitId] : [...unitIds];
}

/** A unit's live customers by the unit index (Queries, no Scan; a report is bounded by the company's customers). */
export async function unitCustomers(deps: Pick<ReportDeps, 'customers'>, unitId: UnitId): Promise<Customer[]> {
  const out: Customer[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.customers.list(keys.customerPartitions.unit(unitId), {}, { limit: 100, cursor });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

/** Staff names by id, so reports show people by their names. */
export async function staffNames(deps: Pick<ReportDeps, 'staff'>): Promise<Map<string, string>> {
  return new Map((await deps.staff.list()).map((s) => [s.id, s.name]));
}

/** Shanghai midnight of a date as a UTC instant ('2026-11-01' → '2026-10-31T16:00:00.000Z'). */
export const shanghaiStart = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`)).toISOString();
export const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

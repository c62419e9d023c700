import type { Lang } from '#shared/messages';
import { overdueExportRow } from '#shared/orders/overdue-export';
import type { OverdueQuery } from '#shared/schemas/receivable.schema';
import type { Principal } from '#core/principal';
import type { StaffRepository } from '#core/repositories/staff.repository';
import type { UnitRepository } from '#core/repositories/unit.repository';
import { buildOverdueExport } from '#core/xlsx/overdue-workbook';
import { listOverdue, type OverdueDeps } from './list-overdue';

export interface OverdueExportDeps extends OverdueDeps {
  staff: Pick<StaffRepository, 'list'>;
  units: Pick<UnitRepository, 'list'>;
}

/**
 * The overdue 回款 list as an .xlsx (R11), exactly as GET /receivables/overdue answers it for the same caller
 * and filters (scope, unit, owner; the same read cap, named on the About sheet when reached): owners by name,
 * units by name, in the caller's language.
 */
export async function exportOverdue(deps: OverdueExportDeps, query: OverdueQuery, principal: Principal, lang: Lang) {
  const [list, staff, units] = await Promise.all([listOverdue(deps, query, principal), deps.staff.list(), deps.units.list()]);
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const ownerName = (id: string) => names.get(id) ?? id;
  const filters: Record<string, string> = {};
  if (query.unitId) filters.unitId = query.unitId;
  if (query.ownerId) filters.ownerId = query.ownerId;
  if (list.truncated) filters.truncated = 'true';
  const data = await buildOverdueExport(
    list.items.map((row) => overdueExportRow(row, ownerName, units, lang)),
    { exportedBy: principal.name, exportedAt: deps.now().toISOString(), filters, rowCount: list.items.length },
    lang,
  );
  return { data, rowCount: list.items.length, fileName: `overdue-receivables-${list.today}.xlsx` };
}

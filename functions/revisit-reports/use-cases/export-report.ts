import type { Period } from '#shared/revisits/periods';
import type { UnitId } from '#shared/units';
import type { Principal } from '#core/principal';
import { buildRevisitReportWorkbook } from '#core/xlsx/revisit-report-workbook';
import type { RevisitReportDeps } from '../deps';
import { getReport } from './reports';

/** The report as an .xlsx (R6: "then exported"), the same figures the page shows, with who exported it and when. */
export async function exportReport(deps: RevisitReportDeps, unitId: UnitId, quarter: Period, principal: Principal): Promise<{ data: Buffer; fileName: string }> {
  const view = await getReport(deps, unitId, quarter, principal);
  const data = await buildRevisitReportWorkbook(view, principal.name, deps.now().toISOString(), await deps.units.list());
  return { data, fileName: `客户回访评价报告-${unitId}-${quarter.id}.xlsx` };
}

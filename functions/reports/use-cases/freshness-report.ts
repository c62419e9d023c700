import { freshnessReport, type FreshnessReport } from '#shared/reports/freshness-report';
import type { FreshnessReportQuery } from '#shared/schemas/report.schema';
import type { UnitLabel } from '#shared/units';
import type { Principal } from '#core/principal';
import type { ReportDeps } from '../deps';
import { reportUnits, staffNames, unitCustomers } from './report-scope';

export interface FreshnessReportView extends FreshnessReport {
  asOf: string;
  units: string[];
  choices: UnitLabel[];
  /** Names of the owners the report mentions. */
  names: Record<string, string>;
}

/**
 * Archive freshness (R2, R8): the units in scope, their live customers (unit index), narrowed to one owner
 * when asked, then shared/reports/freshness-report.ts with the staleness period in force.
 */
export async function buildFreshnessReport(deps: ReportDeps, query: FreshnessReportQuery, me: Principal): Promise<FreshnessReportView> {
  const now = deps.now();
  const { units, choices } = await reportUnits(deps, me, query.unitId);
  const customers = (await Promise.all(units.map((u) => unitCustomers(deps, u)))).flat().filter((c) => !query.ownerId || c.ownerId === query.ownerId);
  const report = freshnessReport(customers, now, await deps.archiveSettings.stalePeriodMonths());
  const all = await staffNames(deps);
  const ids = new Set(customers.map((c) => c.ownerId));
  return { ...report, asOf: now.toISOString(), units, choices, names: Object.fromEntries([...ids].map((id) => [id, all.get(id) ?? id])) };
}

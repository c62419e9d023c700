import { tierReport, type TierReport } from '#shared/reports/tier-report';
import type { TierReportQuery } from '#shared/schemas/report.schema';
import type { UnitLabel } from '#shared/units';
import { shanghaiDate, shanghaiMidnight } from '#shared/shanghai-time';
import { forEachLimited } from '#core/concurrency';
import type { Principal } from '#core/principal';
import type { ReportDeps } from '../deps';
import { reportUnits, unitCustomers } from './report-scope';

export interface TierReportView extends TierReport {
  from: string;
  to: string;
  units: string[];
  /** The units the caller may choose from, with their names. */
  choices: UnitLabel[];
}

/**
 * Tier distribution and changes over a period (R3, R8):
 * 1. the units in scope and their live customers (unit index);
 * 2. each customer's tier history (its partition, `TIERHIST#`);
 * 3. shared/reports/tier-report.ts: tiers at the start and end by unit, moves up and down, each move and why.
 */
export async function buildTierReport(deps: ReportDeps, query: TierReportQuery, me: Principal): Promise<TierReportView> {
  const now = deps.now();
  const to = query.to ?? shanghaiDate(now);
  const from = query.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
  const { units, choices } = await reportUnits(deps, me, query.unitId);
  const customers = (await Promise.all(units.map((u) => unitCustomers(deps, u)))).flat();
  const facts: Parameters<typeof tierReport>[0][number][] = [];
  await forEachLimited(customers, 8, async (c) => {
    facts.push({ id: c.id, name: c.name, unitId: c.unitId, tier: c.tier, createdAt: c.createdAt, history: await deps.tiers.history(c.id) });
  });
  return { from, to, units, choices, ...tierReport(facts, units, shanghaiMidnight(from), shanghaiMidnight(to, 1)) };
}

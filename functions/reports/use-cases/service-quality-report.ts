import { serviceQuality, type QualityRow } from '#shared/reports/service-quality';
import type { ServiceQualityQuery } from '#shared/schemas/report.schema';
import { departmentLabels, departmentsOf } from '#shared/service/departments';
import { monthMinus, shanghaiMidnight, shanghaiMonth } from '#shared/shanghai-time';
import { DomainError } from '#core/errors';
import { dataScope, type Principal } from '#core/principal';
import type { ReportDeps } from '../deps';
import { serviceFacts } from './service-facts';
import type { Bilingual } from '#shared/messages';

export interface ServiceQualityView {
  from: string;
  to: string;
  department?: string;
  rows: QualityRow[];
  totals: QualityRow[];
  /** Every department the report may name (units retired included), with its names, for the filter and the rows. */
  departments: { value: string; label: Bilingual; active: boolean }[];
}

const monthAfter = (month: string) => monthMinus(month, -1);

/**
 * Service quality by department and month (第六条〔七〕, R8):
 * 1. the requests received in the months asked with their timelines and ratings (service-facts.ts),
 *    a unit head's narrowed to their unit's department, or to the department asked for;
 * 2. shared/reports/service-quality.ts.
 */
export async function buildServiceQuality(deps: ReportDeps, query: ServiceQualityQuery, me: Principal): Promise<ServiceQualityView> {
  const now = deps.now();
  const to = query.to ?? shanghaiMonth(now);
  const from = query.from ?? monthMinus(to, 5);
  const scope = dataScope(me);
  let department = query.department;
  if (scope.kind === 'unit') {
    const own = `unit:${scope.unitId}`;
    if (department && department !== own) throw new DomainError('forbidden', 'forbidden');
    department = own;
  }
  const start = shanghaiMidnight(`${from}-01`);
  const before = shanghaiMidnight(`${monthAfter(to)}-01`);
  const facts = await serviceFacts(deps, start, before, department);
  const units = await deps.units.list();
  const active = new Set(departmentsOf(units.filter((u) => u.status === 'active')));
  const named = [...new Set([...departmentsOf(units), 'admin' as const])];
  const departments = named
    .filter((d) => scope.kind !== 'unit' || d === department)
    .map((d) => ({ value: d, label: departmentLabels(d, units), active: active.has(d) }));
  return { from, to, ...(department ? { department } : {}), departments, ...serviceQuality(facts, now) };
}

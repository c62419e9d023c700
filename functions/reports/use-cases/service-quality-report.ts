import { serviceQuality, type QualityRequest, type QualityRow } from '#shared/reports/service-quality';
import type { ServiceQualityQuery } from '#shared/schemas/report.schema';
import { departmentLabels, departmentsOf } from '#shared/service/departments';
import { monthMinus, shanghaiMonth } from '#shared/shanghai-time';
import { forEachLimited } from '#core/concurrency';
import { DomainError } from '#core/errors';
import { dataScope, type Principal } from '#core/principal';
import type { ReportDeps } from '../deps';
import { shanghaiStart } from './report-scope';

export interface ServiceQualityView {
  from: string;
  to: string;
  department?: string;
  rows: QualityRow[];
  totals: QualityRow[];
  /** Every department the report may name (units retired included), with its names, for the filter and the rows. */
  departments: { value: string; label: { 'zh-CN': string; en: string }; active: boolean }[];
}

const monthAfter = (month: string) => monthMinus(month, -1);

/**
 * Service quality by department and month (第六条〔七〕, R8):
 * 1. the requests received in the months asked (the all-requests index by time: a Query, not a Scan),
 *    a unit head's narrowed to their unit's department, or to the department asked for;
 * 2. each request's timeline (first step, transfers);
 * 3. the ratings customers gave in revisits that followed a request up: per customer concerned, its
 *    revisits from the first month on (its partition, `REVISIT#`);
 * 4. shared/reports/service-quality.ts.
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
  const start = shanghaiStart(`${from}-01`);
  const before = shanghaiStart(`${monthAfter(to)}-01`);
  const requests = (await deps.requests.receivedBetween(start, before)).filter((r) => !department || r.handler.department === department);

  const ratings = new Map<string, number[]>();
  const customers = [...new Set(requests.map((r) => r.customerId))];
  await forEachLimited(customers, 8, async (customerId) => {
    for (const revisit of await deps.revisits.between(customerId, start, now.toISOString())) {
      for (const f of revisit.serviceFollowUps) {
        if (f.serviceRequestId && f.rating !== undefined) ratings.set(f.serviceRequestId, [...(ratings.get(f.serviceRequestId) ?? []), f.rating]);
      }
    }
  });
  const facts: QualityRequest[] = [];
  await forEachLimited(requests, 8, async (r) => {
    facts.push({
      id: r.id,
      kind: r.kind,
      status: r.status,
      department: r.handler.department,
      createdAt: r.createdAt,
      ...(r.closedAt ? { closedAt: r.closedAt } : {}),
      ...(r.expectedDate ? { expectedDate: r.expectedDate } : {}),
      ...(r.satisfaction !== undefined ? { satisfaction: r.satisfaction } : {}),
      events: await deps.requests.timeline(r.id),
      revisitRatings: ratings.get(r.id) ?? [],
    });
  });
  const units = await deps.units.list();
  const active = new Set(departmentsOf(units.filter((u) => u.status === 'active')));
  const named = [...new Set([...departmentsOf(units), 'admin' as const])];
  const departments = named
    .filter((d) => scope.kind !== 'unit' || d === department)
    .map((d) => ({ value: d, label: departmentLabels(d, units), active: active.has(d) }));
  return { from, to, ...(department ? { department } : {}), departments, ...serviceQuality(facts, now) };
}

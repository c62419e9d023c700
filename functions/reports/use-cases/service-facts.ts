import type { QualityRequest } from '#shared/reports/service-quality';
import { forEachLimited } from '#core/concurrency';
import type { ReportDeps } from '../deps';

/**
 * The service requests received in [start, before) — of `department` when given — as the service figures
 * read them (R8, and the department assessment of R9):
 * 1. the requests (the all-requests index by time: a Query, not a Scan);
 * 2. each request's timeline (first step, transfers);
 * 3. the ratings customers gave in revisits that followed a request up: per customer concerned, its
 *    revisits from `start` on (its partition, `REVISIT#`).
 */
export async function serviceFacts(deps: Pick<ReportDeps, 'requests' | 'revisits' | 'now'>, start: string, before: string, department?: string): Promise<QualityRequest[]> {
  const requests = (await deps.requests.receivedBetween(start, before)).filter((r) => !department || r.handler.department === department);
  const ratings = new Map<string, number[]>();
  const customers = [...new Set(requests.map((r) => r.customerId))];
  await forEachLimited(customers, 8, async (customerId) => {
    for (const revisit of await deps.revisits.between(customerId, start, deps.now().toISOString())) {
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
  return facts;
}

import { isOverdue } from '#shared/service/request-state';
import type { ServiceRequest } from '#shared/schemas/service-request.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import { keys } from '#core/keys';
import type { ServiceDeps } from '../deps';

/** Ages in days, as the figures page groups them. */
const ageBuckets = [
  { key: '0-3', max: 3 },
  { key: '4-7', max: 7 },
  { key: '8-30', max: 30 },
  { key: '30+', max: Infinity },
];

/**
 * R8 figures over the most recent requests (newest first, up to `cap`): counts by kind, status,
 * handling department and age of open ones, overdue count, and average satisfaction of closed ones.
 */
export async function requestStats(deps: Pick<ServiceDeps, 'requests' | 'now'>, cap = 5000) {
  const requests: ServiceRequest[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.requests.list(keys.serviceRequestPartitions.all(), undefined, { limit: 100, cursor });
    requests.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && requests.length < cap);

  const now = deps.now();
  const today = shanghaiDate(now);
  const count = (f: (r: ServiceRequest) => string) =>
    requests.reduce<Record<string, number>>((acc, r) => ((acc[f(r)] = (acc[f(r)] ?? 0) + 1), acc), {});
  const open = requests.filter((r) => r.status !== 'closed');
  const rated = requests.filter((r) => r.satisfaction !== undefined);
  return {
    total: requests.length,
    truncated: !!cursor,
    byKind: count((r) => r.kind),
    byStatus: count((r) => r.status),
    byDepartment: count((r) => r.handler.department),
    openByAge: Object.fromEntries(
      ageBuckets.map((b, i) => [
        b.key,
        open.filter((r) => {
          const days = (now.getTime() - new Date(r.createdAt).getTime()) / 86_400_000;
          return days <= b.max && (i === 0 || days > ageBuckets[i - 1]!.max);
        }).length,
      ]),
    ),
    overdue: open.filter((r) => isOverdue(r, today)).length,
    averageSatisfaction: rated.length ? rated.reduce((s, r) => s + r.satisfaction!, 0) / rated.length : null,
  };
}

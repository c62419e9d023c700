import { overdueOwnOnly, todoKindsFor, todoLink } from '#shared/home/todo-rules';
import { opinionTodoFilter, registerScope } from '#shared/opinions/opinion-rules';
import { personHolderKey } from '#shared/reception/open-steps';
import { periodOf, previousPeriod } from '#shared/revisits/periods';
import type { Todo, TodoKind } from '#shared/schemas/home.schema';
import { financeKinds } from '#shared/service/request-options';
import { shanghaiDate } from '#shared/shanghai-time';
import { keys } from '#core/keys';
import type { Principal } from '#core/principal';
import { countPartition } from '#core/repositories/partition-count';
import { listOverdue } from '../../orders/use-cases/list-overdue';
import type { HomeDeps } from '../deps';

const openFilter = { expression: '#status <> :closed', names: { '#status': 'status' }, values: { ':closed': 'closed' } };

/**
 * The caller's to-dos, each counted with the same partition and filter as the list its link opens
 * (docs/data-model.md "Home to-dos"): Queries with Select COUNT of the caller's own partitions (their open
 * reception steps too: the holder partition GET /visit-steps reads) and of the small approval queues; GetItems for
 * the revisits due and stale archives (the nightly job's, as of its run) and for the quarterly reports.
 * Only to-dos with something waiting are returned.
 */
export async function homeTodos(deps: HomeDeps, me: Principal): Promise<Todo[]> {
  const now = deps.now();
  const today = shanghaiDate(now);
  const count = (q: Parameters<typeof countPartition>[2]) => countPartition(deps.client, deps.tableName, q);
  const handling = keys.serviceRequestPartitions.handler(`person:${me.id}`);
  let revisits: Promise<{ dueSoon: number; overdue: number; staleArchives: number } | undefined> | undefined;
  const ownRevisits = () => (revisits ??= deps.summaries.ownerRevisits(me.id));

  const counters: Record<TodoKind, () => Promise<number | { count: number; quarter: string }[]>> = {
    'revisits-overdue': async () => (await ownRevisits())?.overdue ?? 0,
    'revisits-due': async () => (await ownRevisits())?.dueSoon ?? 0,
    'service-overdue': () =>
      count({
        ...handling,
        filter: { expression: `${openFilter.expression} AND #expected < :today`, names: { ...openFilter.names, '#expected': 'expectedDate' }, values: { ...openFilter.values, ':today': today } },
      }),
    'service-open': () => count({ ...handling, filter: openFilter }),
    // The register's own view behind the link (its unit scope included), counted.
    'opinions-open': () => deps.opinions.count(registerScope({ ...opinionTodoFilter(me) }, me)),
    'reception-steps': () => deps.visits.openStepCount(personHolderKey(me)),
    'approvals-visits': () => count(keys.visitPartitions.awaitingApproval('leadership')),
    'approvals-temporary-plans': () => count(keys.temporaryRevisitPlanPartitions.pending()),
    'approvals-policies': () => count(keys.policyStatusPartition('pending')),
    'approvals-reports': async () => {
      const current = periodOf('quarter', now);
      const quarters = [previousPeriod(current).id, current.id];
      return Promise.all(
        quarters.map(async (quarter) => ({
          quarter,
          count: (await Promise.all((await deps.units.activeCodes()).map((u) => deps.reports.get(u, quarter)))).filter((r) => r.status === 'submitted').length,
        })),
      );
    },
    // From the nightly run like the revisits: counting live would read every customer the person owns.
    'stale-archives': async () => (await ownRevisits())?.staleArchives ?? 0,
    'unmatched-orders': () => count(keys.unmatchedPartition()),
    'overdue-receivables': async () => (await listOverdue(deps.overdue, overdueOwnOnly(me.role) ? { ownerId: me.id } : {}, me)).items.length,
    'finance-requests': () =>
      count({
        ...keys.serviceRequestPartitions.all(),
        filter: {
          expression: `${openFilter.expression} AND #kind IN (${financeKinds.map((_, i) => `:k${i}`).join(', ')})`,
          names: { ...openFilter.names, '#kind': 'kind' },
          values: { ...openFilter.values, ...Object.fromEntries(financeKinds.map((k, i) => [`:k${i}`, k])) },
        },
      }),
    'unread-notices': () => deps.inbox.unreadCount(me.id),
  };

  const kinds = todoKindsFor(me.role);
  const counted = await Promise.all(kinds.map(async (kind) => ({ kind, result: await counters[kind]() })));
  return counted.flatMap(({ kind, result }): Todo[] =>
    typeof result === 'number'
      ? result > 0
        ? [{ kind, count: result, link: todoLink(kind, me) }]
        : []
      : result.filter((r) => r.count > 0).map((r) => ({ kind, count: r.count, link: todoLink(kind, me, r.quarter) })),
  );
}

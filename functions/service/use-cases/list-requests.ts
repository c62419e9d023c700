import { departmentOf } from '#shared/service/departments';
import { isOverdue, viewRoles } from '#shared/service/request-state';
import type { ServiceRequest } from '#shared/schemas/service-request.schema';
import type { z } from 'zod';
import type { serviceListQuerySchema } from '#shared/schemas/service-request.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import { forbidden } from '#core/errors';
import { keys } from '#core/keys';
import type { Principal } from '#core/principal';
import type { PartitionQuery } from '#core/repositories/query-pages';
import type { ServiceDeps } from '../deps';

type Query = z.output<typeof serviceListQuerySchema>;

/**
 * The request lists of R7, newest first: mine (as first-inquiry owner), handling (held by me),
 * department (held by my department), the office's complaint board, Finance's queue, and all.
 * Each is a Query of one index partition; kind, status, department and overdue narrow it.
 */
export async function listRequests(deps: Pick<ServiceDeps, 'requests' | 'now'>, query: Query, principal: Principal) {
  const allowed = viewRoles[query.view];
  if (allowed !== 'everyone' && !allowed.includes(principal.role)) throw forbidden();
  const partition =
    query.view === 'mine'
      ? keys.serviceRequestPartitions.owner(principal.id)
      : query.view === 'handling'
        ? keys.serviceRequestPartitions.handler(`person:${principal.id}`)
        : query.view === 'department'
          ? keys.serviceRequestPartitions.handler(`dept:${departmentOf(principal)}`)
          : keys.serviceRequestPartitions.all();

  const kinds = query.kind ? [query.kind] : query.view === 'complaints' ? ['complaint'] : query.view === 'finance' ? ['return-refund', 'reconciliation'] : [];
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (kinds.length) {
    names['#kind'] = 'kind';
    kinds.forEach((k, i) => (values[`:k${i}`] = k));
    parts.push(`#kind IN (${kinds.map((_, i) => `:k${i}`).join(', ')})`);
  }
  if (query.status) {
    names['#status'] = 'status';
    values[':status'] = query.status;
    parts.push('#status = :status');
  }
  if (query.department) {
    names['#handler'] = 'handler';
    names['#dept'] = 'department';
    values[':dept'] = query.department;
    parts.push('#handler.#dept = :dept');
  }
  if (query.overdue === 'true') {
    names['#status2'] = 'status';
    names['#expected'] = 'expectedDate';
    values[':closed'] = 'closed';
    values[':today'] = shanghaiDate(deps.now());
    parts.push('#status2 <> :closed AND #expected < :today');
  }
  if (query.open === 'true') {
    names['#status3'] = 'status';
    values[':closed'] = 'closed';
    parts.push('#status3 <> :closed');
  }
  const filter: PartitionQuery['filter'] = parts.length ? { expression: parts.join(' AND '), names, values } : undefined;
  const page = await deps.requests.list(partition, filter, { limit: query.limit, cursor: query.cursor });
  const today = shanghaiDate(deps.now());
  return { items: page.items.map((r: ServiceRequest) => ({ ...r, overdue: isOverdue(r, today) })), nextCursor: page.nextCursor };
}
